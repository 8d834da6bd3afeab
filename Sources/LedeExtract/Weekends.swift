/// "over the weekend", "this weekend", "last weekend", "next weekend" and a lone "overnight".
extension TemporalTagger {
    static let weekendHash = -8890559057425805978  // StringTable<Bool>.hash("weekend"), a literal: no `swift_once` a read
    static let overnightHash = -4745018655801402437  // StringTable<Bool>.hash("overnight"), a literal: no `swift_once` a read

    /// Words before "the weekend" that make it a time: "over the weekend", "during the weekend".
    static let weekendPrepositions: WordSet = [
        "over", "during", "on", "at", "this", "through", "until", "by", "after", "before", "for", "since", "into",
        // "one of the weekend round of fixtures", "the rest of the weekend"
        "of",
    ]
    /// Words "overnight" may be followed by and still name the night: "broke out overnight into
    /// Sunday"; before any other lower-case word it is an adjective ("overnight delivery").
    static let afterOvernight: WordSet = [
        "into", "and", "in", "on", "at", "to", "from", "as", "after", "before", "when", "while", "near", "along", "across",
        "through", "but", "or", "with",
    ]

    /// A weekend: its Saturday and Sunday, valued as the ISO week they fall in. `direction` is
    /// -1 for "last weekend", 1 for "next weekend", 0 for one read from the tense.
    func weekend(first: Int, last: Int, direction: Int, range: Range<Int>) -> Match? {
        guard let pub = anchorDay else {
            guard let anchor, let pm = anchor.month else { return nil }
            return Match(first: first, last: last, date: .month(anchor.year, pm))
        }
        let saturday = pub.adding(days: 5 - pub.weekday)  // this week's (Monday to Sunday)
        let day: CivilDate
        switch direction {
        case -1: day = saturday.adding(days: -7)
        case 1: day = pub.weekday >= 5 ? saturday.adding(days: 7) : saturday
        default:
            // Past: the latest weekend begun by publication; otherwise the one not yet over.
            // ("this past weekend": `direction` -2, past whatever the verb.)
            let past = direction == -2 || tense(first, last, range) == .past
            day = past && pub.weekday < 5 ? saturday.adding(days: -7) : saturday
        }
        var date = ResolvedDate.week(containing: day)
        date.start = day
        date.end = day.adding(days: 1)
        return Match(first: first, last: last, date: date)
    }

    /// "over the weekend", "during the weekend" at the token "weekend".
    func theWeekend(at i: Int, range: Range<Int>) -> Match? {
        // "this past weekend", "over the past weekend": the latest one begun by publication.
        if key(i - 1, range) == "past", key(i - 2, range) == "this" || key(i - 2, range) == "the" {
            return weekend(first: i - 2, last: i, direction: -2, range: range)
        }
        // "services will not run all weekend": the weekend the tense names.
        if key(i - 1, range) == "all" { return weekend(first: i - 1, last: i, direction: 0, range: range) }
        guard key(i - 1, range) == "the", range.contains(i - 2), TemporalTagger.weekendPrepositions.contains(tokens[i - 2]) else {
            return nil
        }
        return weekend(first: i - 1, last: i, direction: 0, range: range)
    }

    /// A lone "overnight": the night before publication after a past verb ("a fire broke out
    /// overnight", like "last night"), tonight otherwise ("will fall overnight").
    func overnight(at i: Int, range: Range<Int>) -> Match? {
        guard let pub = anchorDay else { return nil }
        // "until overnight Wednesday": the weekday's night, which the weekday dates (round eleven).
        if range.contains(i + 1), tokens[i + 1].isCapitalized, TemporalTagger.weekdays.value(tokens.span[i + 1].key, hash: tokens.span[i + 1].keyHash) != nil {
            return nil
        }
        if range.contains(i + 1), tokens[i + 1].kind == .word, !tokens[i + 1].isCapitalized,
            !TemporalTagger.afterOvernight.contains(tokens[i + 1])
        {
            return nil
        }
        switch tense(i, i, range) {
        case .future, .modal, .present: return Match(first: i, last: i, date: .day(pub))
        case .past, .unknown: return Match(first: i, last: i, date: .day(pub.adding(days: -1)))
        }
    }
}
