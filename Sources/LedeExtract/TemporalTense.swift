/// The tense that decides which year a month or weekday without a year falls in.
extension TemporalTagger {
    static let futureCues: WordSet = [
        "will", "shall", "'ll", "scheduled", "expected", "expects", "plans", "planned", "due", "upcoming",
        "starting", "until", "begins", "takes", "take", "slated", "going", "next", "later", "coming",
        "aims", "intends", "deadline", "hopes", "supposed",
    ]
    static let modalCues: WordSet = ["would", "could", "may", "might", "must", "should"]
    /// Past verbs whose infinitive looks ahead: "urged parents to vaccinate … before June".
    static let prospectiveVerbs: WordSet = [
        "urged", "asked", "planned", "agreed", "voted", "decided", "promised", "pledged", "vowed", "hoped", "wanted",
        "sought", "aimed", "intended", "expected", "scheduled", "told", "called", "ordered", "directed", "moved",
    ]
    /// Words ending in "-ed" that are no past tense.
    static let notPast: WordSet = [
        "need", "needs", "feed", "seed", "speed", "bleed", "breed", "proceed", "succeed", "exceed", "indeed", "heed",
        "greed", "weed", "embed", "shed", "bed", "red", "bred", "hundred", "sacred", "naked", "wicked", "kindred",
        "based", "related", "limited", "united", "interested", "concerned", "involved", "supposed", "used",
    ]
    static let presentCues: WordSet = [
        "is", "are", "says", "remains",
        // Present-tense verbs of schedules and forecasts: "rain arrives late Wednesday", "the
        // exhibit runs through Friday", "the team hosts Ohio State on Saturday".
        "arrives", "opens", "closes", "reopens", "meets", "plays", "hosts", "faces", "visits", "returns", "continues",
        "resumes", "lasts", "runs", "wraps", "heads", "travels", "airs", "debuts", "kicks", "reports", "releases",
        "report", "release", "open", "meet", "play", "host", "face", "visit", "return", "resume",
    ]
    /// Words before a noun: "in a report Tuesday", "the plays Saturday" hold no verb.
    static let determiners: WordSet = [
        "a", "an", "the", "its", "their", "his", "her", "our", "new", "latest", "first", "last", "next", "quarterly",
        "annual", "weekly", "daily",
    ]
    /// Subject pronouns: a word in "-s" right after one is a present-tense verb ("before it winds up").
    static let subjectPronouns: WordSet = ["it", "he", "she", "this", "that", "which", "who"]
    /// Words between an auxiliary and its participle: "was not held", "has already been".
    static let adverbsBeforeParticiple: WordSet = ["not", "n't", "also", "already", "still", "being"]
    static let pastIrregular: WordSet = [
        "said", "told", "was", "were", "had", "did", "began", "won", "lost", "took", "made", "came", "went", "struck",
        "beat", "hit", "drew", "met", "gave", "saw", "left", "brought", "held", "found", "wrote", "sent", "spoke", "ran",
        "fell", "rose", "sold", "bought", "paid", "led", "shot", "built", "chose", "became", "knew", "thought", "felt",
        "kept", "got", "ago", "last", "earlier", "previously", "former", "since", "grew", "threw", "flew", "stole",
        "sought", "taught", "caught", "fought", "broke", "spent", "meant", "lent", "heard", "stood", "sat",
        "overturned", "upheld", "swore", "quit",
    ]

    /// A participle after an auxiliary takes the auxiliary's tense: "will be held" is future,
    /// "is scheduled" present, "was held" and "has been held" past.
    private func passiveTense(_ index: Int, _ range: Range<Int>) -> Tense? {
        let k = tokens[index].key
        guard k.hasBytesSuffix("ed") || TemporalTagger.pastIrregular.contains(tokens[index]) || k.hasBytesSuffix("en"), index > range.lowerBound else { return nil }
        var aux = index - 1
        if TemporalTagger.adverbsBeforeParticiple.contains(tokens[aux]), aux > range.lowerBound { aux -= 1 }
        switch tokens[aux].key {
        case "be":
            guard aux > range.lowerBound else { return nil }
            if TemporalTagger.futureCues.contains(tokens[aux - 1]) { return .future }
            return TemporalTagger.modalCues.contains(tokens[aux - 1]) ? .modal : nil
        case "been":
            return .past
        case "is", "are": return .present
        case "was", "were", "has", "have", "had": return .past
        default: return nil
        }
    }

    /// The tense of the verb nearest to the expression in its sentence. An infinitive in
    /// between ("urged parents to vaccinate … in June") detaches the expression from that
    /// verb's tense: then it is unknown and the nearest date wins. A comma between the
    /// expression and a verb counts as four more words: "who was arrested Saturday, is
    /// expected" takes "arrested", while "On Monday, the council voted" still reaches "voted".
    func tense(_ first: Int, _ last: Int, _ range: Range<Int>) -> Tense {
        let before = cue(from: first, step: -1, range)
        let after = cue(from: last, step: 1, range)
        guard let b = before else { return after?.tense ?? .unknown }
        guard let a = after else { return b.tense }
        return a.distance < b.distance ? a.tense : b.tense
    }

    private static let reach = 14
    private static let commaCost = 4

    /// The nearest tense cue on one side of the expression and its distance in words.
    private func cue(from origin: Int, step: Int, _ range: Range<Int>) -> (distance: Int, tense: Tense)? {
        var sawInfinitive = false
        var index = origin + step
        var distance = 1
        while range.contains(index), distance <= TemporalTagger.reach {
            defer {
                index += step
                distance += 1
            }
            if lineBreak(after: step < 0 ? index : index - 1) { break }
            // Fields read in place: copying a `Token` out would retain its key.
            if tokens[index].kind == .punct, tokens[index].key == "," { distance += TemporalTagger.commaCost }
            guard tokens[index].kind == .word else { continue }
            if step < 0, tokens[index].key == "to", index + 1 < range.upperBound, tokens[index + 1].kind == .word,
                !tokens[index + 1].isCapitalized, tokens[index + 1].key != "the"
            {
                sawInfinitive = true
            }
            guard !tokens[index].isCapitalized || index == range.lowerBound else { continue }
            if let tense = cueTense(index, range, prospective: sawInfinitive && step < 0) { return (distance, tense) }
        }
        return nil
    }

    private func cueTense(_ index: Int, _ range: Range<Int>, prospective infinitive: Bool) -> Tense? {
        let k = tokens[index].key
        if TemporalTagger.futureCues.contains(tokens[index]) || k.hasBytesSuffix("'ll") {
            // "was expected to reopen in late December", "were set for Monday": a plan made
            // in the past, ahead of that moment but not necessarily of publication.
            if index > range.lowerBound {
                let before = tokens[index - 1].key
                if before == "was" || before == "were" || before == "been" { return .modal }
            }
            return .future
        }
        if TemporalTagger.modalCues.contains(tokens[index]) { return .modal }
        // "set for Friday", "set to open": ahead; "the judge set a date": no cue.
        if k == "set" {
            let next = index + 1 < range.upperBound ? tokens[index + 1].key : ""
            guard next == "for" || next == "to" else { return nil }
            let before = index > range.lowerBound ? tokens[index - 1].key : ""
            return before == "was" || before == "were" || before == "been" ? .modal : .future
        }
        if let voice = passiveTense(index, range) { return voice }
        let prospective = infinitive && TemporalTagger.prospectiveVerbs.contains(tokens[index])
        if TemporalTagger.pastIrregular.contains(tokens[index]) { return prospective ? .unknown : .past }
        if TemporalTagger.presentCues.contains(tokens[index]) {
            // "in a report Tuesday" holds no verb; "will meet", "to open" take their tense from
            // the word before.
            guard index > range.lowerBound else { return .present }
            let before = tokens[index - 1]
            if TemporalTagger.determiners.contains(before) || TemporalTagger.futureCues.contains(before)
                || TemporalTagger.modalCues.contains(before) || before.key == "to" || before.key == "not" || before.key == "n't"
            {
                return nil
            }
            return .present
        }
        if k.utf8.count > 4, k.hasBytesSuffix("ed"), !TemporalTagger.notPast.contains(tokens[index]) { return prospective ? .unknown : .past }
        if k.utf8.count > 2, k.hasBytesSuffix("s"), !k.hasBytesSuffix("ss"), index > range.lowerBound,
            TemporalTagger.subjectPronouns.contains(tokens[index - 1])
        {
            return .present
        }
        return nil
    }
}
