/// The tense that decides which year a month or weekday without a year falls in.
extension TemporalTagger {
    static let futureCues: WordSet = [
        "will", "shall", "'ll", "scheduled", "expected", "expects", "plans", "planned", "due", "upcoming", "would",
        "set", "starting", "until", "begins", "takes", "take", "slated", "going", "next", "later", "coming",
        "aims", "intends", "deadline", "hopes", "could", "may", "might", "must",
    ]
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
    static let presentCues: WordSet = ["is", "are", "says", "remains"]
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
            return aux > range.lowerBound && TemporalTagger.futureCues.contains(tokens[aux - 1]) ? .future : nil
        case "been":
            return .past
        case "is", "are": return .present
        case "was", "were", "has", "have", "had": return .past
        default: return nil
        }
    }

    /// The tense of the verb nearest to the expression in its sentence. An infinitive in
    /// between ("urged parents to vaccinate … in June") detaches the expression from that
    /// verb's tense: then it is unknown and the nearest date wins.
    func tense(_ first: Int, _ last: Int, _ range: Range<Int>) -> Tense {
        var sawInfinitive = false
        for distance in 1...14 {
            for side in 0..<2 {
                let index = side == 0 ? first - distance : last + distance
                guard range.contains(index) else { continue }
                // Fields read in place: copying a `Token` out would retain its key.
                guard tokens[index].kind == .word else { continue }
                if index < first, tokens[index].key == "to", index + 1 < range.upperBound, tokens[index + 1].kind == .word,
                    !tokens[index + 1].isCapitalized, tokens[index + 1].key != "the"
                {
                    sawInfinitive = true
                }
                guard !tokens[index].isCapitalized || index == range.lowerBound else { continue }
                let k = tokens[index].key
                if TemporalTagger.futureCues.contains(tokens[index]) || k.hasBytesSuffix("'ll") { return .future }
                if let voice = passiveTense(index, range) { return voice }
                let prospective = sawInfinitive && index < first && TemporalTagger.prospectiveVerbs.contains(tokens[index])
                if TemporalTagger.pastIrregular.contains(tokens[index]) { return prospective ? .unknown : .past }
                if TemporalTagger.presentCues.contains(tokens[index]) { return .present }
                if k.utf8.count > 4, k.hasBytesSuffix("ed"), !TemporalTagger.notPast.contains(tokens[index]) { return prospective ? .unknown : .past }
            }
        }
        return .unknown
    }
}
