/// What a word says about tense, from one look-up (the cue lists below, merged).
struct CueWord: OptionSet, Sendable {
    let rawValue: UInt16
    static let future = CueWord(rawValue: 1 << 0)
    static let modal = CueWord(rawValue: 1 << 1)
    static let prospective = CueWord(rawValue: 1 << 2)
    static let notPast = CueWord(rawValue: 1 << 3)
    static let present = CueWord(rawValue: 1 << 4)
    static let determiner = CueWord(rawValue: 1 << 5)
    static let pronoun = CueWord(rawValue: 1 << 6)
    static let adverb = CueWord(rawValue: 1 << 7)
    static let past = CueWord(rawValue: 1 << 8)
    /// "was", "were", "been": before a future cue, a plan made in the past.
    static let pastAuxiliary = CueWord(rawValue: 1 << 9)
    /// "to", "not", "n't": a bare verb after one takes no present tense of its own.
    static let verbBlocker = CueWord(rawValue: 1 << 10)
    static let set = CueWord(rawValue: 1 << 11)
    static let presentPlural = CueWord(rawValue: 1 << 12)
    /// "to", "will", "did", a modal: the verb after one is bare ("to hit"), whatever its form.
    static let bareAfter = CueWord(rawValue: 1 << 14)
    static let pluralSubject = CueWord(rawValue: 1 << 13)

}

/// The tense that decides which year a month or weekday without a year falls in.
extension TemporalTagger {
    static let futureCues = [
        "will", "shall", "'ll", "scheduled", "expected", "expects", "plans", "planned", "due", "upcoming",
        "starting", "until", "begins", "takes", "take", "slated", "going", "next", "later", "coming",
        "aims", "intends", "deadline", "hopes", "supposed",
    ]
    static let modalCues = ["would", "could", "may", "might", "must", "should", "can"]
    /// Past verbs whose infinitive looks ahead: "urged parents to vaccinate … before June".
    static let prospectiveVerbs = [
        "urged", "asked", "planned", "agreed", "voted", "decided", "promised", "pledged", "vowed", "hoped", "wanted",
        "sought", "aimed", "intended", "expected", "scheduled", "told", "called", "ordered", "directed", "moved",
    ]
    /// Words ending in "-ed" that are no past tense.
    static let notPast = [
        "need", "needs", "feed", "seed", "speed", "bleed", "breed", "proceed", "succeed", "exceed", "indeed", "heed",
        "greed", "weed", "embed", "shed", "bed", "red", "bred", "hundred", "sacred", "naked", "wicked", "kindred",
        "based", "related", "limited", "united", "interested", "concerned", "involved", "supposed", "used",
    ]
    static let presentCues = [
        "is", "are", "says", "remains",
        // Present-tense verbs of schedules and forecasts: "rain arrives late Wednesday", "the
        // exhibit runs through Friday", "the team hosts Ohio State on Saturday".
        "arrives", "opens", "closes", "reopens", "meets", "plays", "hosts", "faces", "visits", "returns", "continues",
        "resumes", "lasts", "runs", "wraps", "heads", "travels", "airs", "debuts", "kicks", "reports", "releases",
    ]
    /// The same verbs' plural forms: a cue only after a plural subject ("companies report
    /// results Thursday", "they meet Saturday"), not after "will now face".
    static let presentPlural = ["report", "release", "open", "meet", "play", "host", "face", "visit", "return", "resume"]
    /// Past verbs that move a date ahead: "rescheduled the trial for October 19", "pushing
    /// back the start to Nov. 1" name a day after the act, not before it.
    static let postponing: WordSet = [
        "postponed", "postpone", "postpones", "delayed", "delay", "delays", "rescheduled", "reschedule", "pushed",
        "pushing", "moved", "extended", "adjourned", "deferred", "bumped", "continued",
    ]
    /// Nouns a date names a past event with: "the Sept. 11 attacks", "the Jan. 6 riot".
    static let historicNouns: WordSet = [
        "attack", "attacks", "riot", "riots", "insurrection", "shooting", "shootings", "bombing", "bombings", "massacre",
        "hijackers", "hijackings", "conspirator", "conspirators", "terror", "tragedy", "uprising", "coup", "raid",
        "commission", "anniversary",
    ]
    /// Words before a noun: "in a report Tuesday", "the plays Saturday" hold no verb.
    static let determiners = [
        "a", "an", "the", "its", "their", "his", "her", "our", "new", "latest", "first", "last", "next", "quarterly",
        "annual", "weekly", "daily",
    ]
    /// Subject pronouns: a word in "-s" right after one is a present-tense verb ("before it winds up").
    static let subjectPronouns = ["it", "he", "she", "this", "that", "which", "who"]
    /// Words between an auxiliary and its participle: "was not held", "has already been".
    static let adverbsBeforeParticiple = ["not", "n't", "also", "already", "still", "being"]
    static let pastIrregular = [
        "said", "told", "was", "were", "had", "did", "began", "won", "lost", "took", "made", "came", "went", "struck",
        "beat", "hit", "drew", "met", "gave", "saw", "left", "brought", "held", "found", "wrote", "sent", "spoke", "ran",
        "fell", "rose", "sold", "bought", "paid", "led", "shot", "built", "chose", "became", "knew", "thought", "felt",
        "kept", "got", "ago", "last", "earlier", "previously", "former", "since", "grew", "threw", "flew", "stole",
        "sought", "taught", "caught", "fought", "broke", "spent", "meant", "lent", "heard", "stood", "sat",
        "overturned", "upheld", "swore", "quit", "laid", "fled", "slid", "sank", "drove", "rode", "froze", "wore", "tore",
        "forgot", "hid", "shook", "dealt", "dug", "hung", "spun", "stuck", "swung", "withdrew", "overtook", "undertook",
        "oversaw", "withheld", "arose", "ate", "drank", "underwent", "overcame", "rang", "sang", "swam", "bore", "bit",
        "blew", "bled", "bred", "clung", "crept", "fed", "forbade", "forgave", "froze", "knelt", "leapt", "lent",
        "mistook", "rebuilt", "resold", "retook", "rewrote", "shrank", "slept", "sped", "spat", "stank", "strode",
        "strove", "stung", "swept", "woke", "wove", "wrung",
    ]

    static let cueWords: StringTable<CueWord> = {
        var table = StringTable<CueWord>()
        func mark(_ words: [String], _ bit: CueWord) {
            for w in words { table[w] = (table[w] ?? []).union(bit) }
        }
        mark(futureCues, .future)
        mark(modalCues, .modal)
        mark(prospectiveVerbs, .prospective)
        mark(notPast, .notPast)
        mark(presentCues, .present)
        mark(determiners, .determiner)
        mark(subjectPronouns, .pronoun)
        mark(adverbsBeforeParticiple, .adverb)
        mark(pastIrregular, .past)
        mark(["was", "were", "been"], .pastAuxiliary)
        mark(["to", "not", "n't"], .verbBlocker)
        mark(["set"], .set)
        mark(presentPlural, .presentPlural)
        mark(["to", "will", "shall", "did", "does", "do", "not", "n't"] + modalCues, .bareAfter)
        mark(["they", "we", "you", "i"], .pluralSubject)
        return table
    }()

    /// The cue bits of a token, with the hash the tokenizer stored.
    @inline(__always) func cue(_ index: Int) -> CueWord {
        TemporalTagger.cueWords.value(tokens[index].key, hash: tokens[index].keyHash) ?? []
    }

    /// A participle after an auxiliary takes the auxiliary's tense: "will be held" is future,
    /// "is scheduled" present, "was held" and "has been held" past.
    private func passiveTense(_ index: Int, _ bits: CueWord, _ range: Range<Int>) -> Tense? {
        let k = tokens.span[index].key
        guard index > range.lowerBound, k.hasBytesSuffix("ed") || bits.contains(.past) || k.hasBytesSuffix("en") else { return nil }
        var aux = index - 1
        if cue(aux).contains(.adverb), aux > range.lowerBound { aux -= 1 }
        switch tokens[aux].key {
        case "be":
            guard aux > range.lowerBound else { return nil }
            let before = cue(aux - 1)
            if before.contains(.future) { return .future }
            return before.contains(.modal) ? .modal : nil
        case "been":
            return .past
        case "is", "are": return .present
        case "was", "were", "has", "have", "had": return .past
        default: return nil
        }
    }

    /// The tense for a date at `first…last`: "rescheduled … for October 19" after a past verb of
    /// postponing is ahead of that act (modal), otherwise `tense`.
    func dateTense(_ first: Int, _ last: Int, _ range: Range<Int>) -> Tense {
        let tense = tense(first, last, range)
        guard tense == .past || tense == .unknown, first > range.lowerBound else { return tense }
        switch tokens[first - 1].key {
        case "to", "for", "until", "till":
            for i in range where TemporalTagger.postponing.contains(tokens[i]) { return .modal }
            return tense
        default: return tense
        }
    }

    /// The tense of the verb nearest to the expression in its sentence. An infinitive in
    /// between ("urged parents to vaccinate … in June") detaches the expression from that
    /// verb's tense: then it is unknown and the nearest date wins. A comma between the
    /// expression and a verb counts as four more words: "who was arrested Saturday, is
    /// expected" takes "arrested", while "On Monday, the council voted" still reaches "voted".
    func tense(_ first: Int, _ last: Int, _ range: Range<Int>) -> Tense {
        // The side after the expression wins only when strictly nearer: it need not be read further.
        let before = cue(from: first, step: -1, range, reach: TemporalTagger.reach)
        let after = cue(from: last, step: 1, range, reach: (before?.distance ?? TemporalTagger.reach + 1) - 1)
        return after?.tense ?? before?.tense ?? .unknown
    }

    private static let reach = 14
    private static let commaCost = 4
    private static let commaHash = StringTable<Bool>.hash(",")
    private static let setHash = StringTable<Bool>.hash("set")
    private static let quoteHash = StringTable<Bool>.hash("\"")
    private static let thatHash = StringTable<Bool>.hash("that")

    /// The nearest tense cue on one side of the expression, within `reach` words.
    private func cue(from origin: Int, step: Int, _ range: Range<Int>, reach: Int) -> (distance: Int, tense: Tense)? {
        var sawInfinitive = false
        var index = origin + step
        var distance = 1
        while range.contains(index), distance <= reach {
            defer {
                index += step
                distance += 1
            }
            if lineBreak(after: step < 0 ? index : index - 1) { break }
            // Fields read in place: copying a `Token` out would retain its key.
            if tokens[index].kind == .punct {
                if tokens[index].keyHash == TemporalTagger.commaHash { distance += TemporalTagger.commaCost }
                if tokens[index].keyHash == TemporalTagger.quoteHash { break }
                continue
            }
            guard tokens[index].kind == .word else { continue }
            if tokens[index].keyHash == TemporalTagger.thatHash, tokens[index].key == "that" { break }
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
        let k = tokens.span[index].key
        let bits = cue(index)
        // The word before matters to a few cues only: read it then.
        var before: CueWord { index > range.lowerBound ? cue(index - 1) : [] }
        if bits.contains(.future) || (k.hasBytesSuffix("ll") && (k.hasBytesSuffix("'ll") || k.hasBytesSuffix("\u{2019}ll"))) {
            // "was expected to reopen in late December", "were set for Monday": a plan made
            // in the past, ahead of that moment but not necessarily of publication.
            return before.contains(.pastAuxiliary) ? .modal : .future
        }
        if bits.contains(.modal) { return .modal }
        // "set for Friday", "set to open": ahead; "the judge set a date": no cue.
        if bits.contains(.set) {
            let next = index + 1 < range.upperBound ? tokens[index + 1].key : ""
            guard next == "for" || next == "to" else { return nil }
            return before.contains(.pastAuxiliary) ? .modal : .future
        }
        if let voice = passiveTense(index, bits, range) { return voice }
        let prospective = infinitive && bits.contains(.prospective)
        if bits.contains(.past) {
            // "expected to hit Wednesday", "will beat": a bare infinitive, not a past form.
            if before.contains(.bareAfter) { return nil }
            return prospective ? .unknown : .past
        }
        if bits.contains(.present) {
            // "in a report Tuesday" holds no verb; "will meet", "to open" take their tense from
            // the word before.
            return before.isDisjoint(with: [.determiner, .future, .modal, .verbBlocker]) ? .present : nil
        }
        if bits.contains(.presentPlural), index > range.lowerBound {
            let subject = before
            // A plural noun, a plural pronoun or a name before it: "companies report", "they
            // meet", "Meta Platforms Inc. report".
            let plural = subject.contains(.pluralSubject)
                || (tokens[index - 1].kind == .word && (tokens[index - 1].isCapitalized || tokens[index - 1].key.hasBytesSuffix("s"))
                    && !subject.contains(.pronoun) && subject.isDisjoint(with: [.future, .modal, .past, .present, .verbBlocker, .determiner]))
            if plural { return .present }
        }
        if k.utf8.count > 4, k.hasBytesSuffix("ed"), !bits.contains(.notPast) { return prospective ? .unknown : .past }
        if k.utf8.count > 2, k.hasBytesSuffix("s"), !k.hasBytesSuffix("ss"), before.contains(.pronoun) { return .present }
        return nil
    }
}
