/// Quarters: "the first quarter", "Q3 2024", "the third quarter" of a business or a game, counted
/// from publication when no year is named. Split out of `TemporalResolution.swift` (2026-11-30).
extension TemporalTagger {
    static let ordinals: StringTable<Int> = ["first": 1, "second": 2, "third": 3, "fourth": 4]

    /// A calendar quarter named with its year: "the first quarter of 2019", "the 2009 second
    /// quarter", "Q3 2024". A quarter without a year stays out: "the third quarter" is as often
    /// a period of a game as of a business year.
    func quarterExpression(_ y: Int, at i: Int, range: Range<Int>) -> Match? {
        if key(i - 1, range) == "of", key(i - 2, range) == "quarter", let q = TemporalTagger.ordinals[key(i - 3, range)] {
            let first = key(i - 4, range) == "the" ? i - 4 : i - 3
            return Match(first: first, last: i, date: .quarter(y, q))
        }
        if key(i + 2, range) == "quarter", let q = TemporalTagger.ordinals[key(i + 1, range)] {
            return Match(first: i, last: i + 2, date: .quarter(y, q))
        }
        return nil
    }

    /// Words of business results: a year-less quarter in their sentence is a calendar one.
    static let businessWords: WordSet = [
        "profit", "profits", "revenue", "revenues", "sales", "earnings", "income", "loss", "losses", "results", "shares",
        "growth", "gdp", "economy", "deliveries", "output", "fiscal", "margin", "margins", "orders", "spending",
        "forecast", "guidance", "production", "percent", "%", "$", "euros", "billion", "million",
    ]
    /// Words of games: "scored in the third quarter" names a period of play.
    static let gameWords: WordSet = [
        "points", "scored", "score", "touchdown", "touchdowns", "goal", "goals", "yards", "quarterback", "game", "half",
        "inning", "period", "basket", "rebounds", "assists", "kick", "pass", "lead", "led", "trailed", "win", "won",
    ]

    /// "the third quarter of this year", "the first quarter of last year" (at "quarter"); a
    /// quarter without a year in a sentence about business results ("profits fell in the third
    /// quarter", "will close in the first quarter") by its tense: past → the latest such quarter
    /// ended by publication, future → the first not yet ended, otherwise the nearer.
    func relativeQuarter(at i: Int, range: Range<Int>) -> Match? {
        guard let anchor, let q = TemporalTagger.ordinals[key(i - 1, range)] else { return nil }
        guard key(i + 1, range) == "of", key(i + 3, range) == "year" else {
            return yearlessQuarter(q, at: i, range: range)
        }
        let shift: Int
        switch key(i + 2, range) {
        case "this": shift = 0
        case "last": shift = -1
        case "next": shift = 1
        default: return nil
        }
        let first = key(i - 2, range) == "the" ? i - 2 : i - 1
        return Match(first: first, last: i + 3, date: .quarter(anchor.year + shift, q))
    }

    /// "Q3 2024".
    func quarterByLetter(_ y: Int, at i: Int, range: Range<Int>) -> Match? {
        guard i > range.lowerBound, tokens[i - 1].kind == .word, tokens[i - 1].isAllCaps || tokens[i - 1].isCapitalized else { return nil }
        let previous = tokens.span[i - 1].key
        if previous.utf8.count == 2, previous.hasBytesPrefix("q"), let q = Int(previous.dropFirst()), (1...4).contains(q) {
            return Match(first: i - 1, last: i, date: .quarter(y, q))
        }
        return nil
    }

    /// `hyphenated`: "second-quarter sales" (at the one token), a modifier needing no "the".
    func yearlessQuarter(_ q: Int, at i: Int, range: Range<Int>, hyphenated: Bool = false) -> Match? {
        guard let anchor, let pm = anchor.month, hyphenated || key(i - 2, range) == "the" else { return nil }
        var business = false
        for t in range {
            // "the second quarter" in a sentence about a fiscal year is a fiscal quarter, whose
            // months depend on who keeps the year.
            if tokens.span[t].key == "fiscal" || tokens.span[t].key == "fy" || tokens.span[t].key.hasBytesPrefix("fy2") { return nil }
            if TemporalTagger.gameWords.contains(tokens[t]) { return nil }
            if TemporalTagger.businessWords.contains(tokens[t]) { business = true }
        }
        // "will close the plant in the first quarter": a plan names a calendar quarter too.
        let from = hyphenated ? i : i - 1
        let planned = !business && tense(from, i, range) == .future
        guard business || planned else { return nil }
        let pub = CivilDate(anchor.year, pm, anchor.day ?? 15)
        func end(_ y: Int) -> CivilDate { CivilDate.lastDay(year: y, month: q * 3) }
        let ended = end(anchor.year) < pub ? anchor.year : anchor.year - 1  // latest ended by publication
        let open = end(anchor.year) >= pub ? anchor.year : anchor.year + 1  // first not yet ended
        let y: Int
        switch tense(from, i, range) {
        case .past: y = ended
        case .future, .modal: y = open
        case .present, .unknown:
            y = pub.dayNumber - end(ended).dayNumber <= CivilDate(open, q * 3 - 2, 1).dayNumber - pub.dayNumber ? ended : open
        }
        return Match(first: hyphenated ? i : i - 2, last: i, date: .quarter(y, q))
    }
}
