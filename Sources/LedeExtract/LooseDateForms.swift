/// Timeline round eleven: dates written loosely — days named by a season or a month rather than
/// a date (British bank holidays, "the new year", "in fall" without "the"), a year with a
/// possessive, "Q3" alone or with a relative year, "January of last year", an ordinal day whose
/// month closes its pair ("the 18th and the 22nd of September"), and the publication day and
/// clock words the weekday spans of `TimelineBuilder` read.
extension TemporalTagger {
    /// A bank holiday named by the word before "bank holiday": England's early May (the first
    /// Monday of May), spring (the last Monday of May) and summer or August (the last Monday of
    /// August) holidays. The month word is at `i`; `month` is 5 or 8, `spring` a spring one.
    func bankHoliday(month: Int, last: Bool, at i: Int, range: Range<Int>) -> Match? {
        guard key(i + 1, range) == "bank", key(i + 2, range) == "holiday" || key(i + 2, range) == "holidays", let anchor else {
            return nil
        }
        let rule = HolidayRule.nth(month: month, weekday: 0, n: last ? -1 : 1)
        let pub = anchorDay ?? CivilDate(anchor.year, anchor.month ?? 6, 15)
        var first = i
        let y: Int
        if let named = holidayYear(rule, pub: pub, namedBefore: i, range) {
            (y, first) = named
        } else if let written = year(i + 3, range) ?? year(i + 4, range) {
            y = written
        } else {
            let tense = dateTense(i, i + 2, range)
            y = TemporalTagger.year(tense: tense == .present ? .unknown : tense, pub: pub, historic: false) { rule.date(in: $0) }
        }
        let monday = rule.date(in: y)
        // "the August bank holiday weekend": Saturday to the Monday, valued as the Saturday's week.
        if key(i + 3, range) == "weekend" {
            let saturday = monday.adding(days: -2)
            var date = ResolvedDate.week(containing: saturday)
            date.start = saturday
            date.end = monday
            return Match(first: first, last: i + 3, date: date)
        }
        return Match(first: first, last: i + 2, date: .day(monday))
    }

    static let newHash = 2393897505370235432  // StringTable<Bool>.hash("new"), a literal: no `swift_once` a read

    /// "as we near the new year", "start off the new year" (lower case; "New Year's Day" is
    /// the holiday): the year that begins nearest publication — the coming one from October,
    /// the current one until March; between them no year is near enough to be meant.
    func theNewYear(at i: Int, range: Range<Int>) -> Match? {
        guard !tokens[i].isCapitalized, i > range.lowerBound, tokens.span[i - 1].key == "the", key(i + 1, range) == "year",
            key(i + 2, range) != "'s", key(i + 2, range) != "\u{2019}s", let anchor, let pm = anchor.month
        else { return nil }
        if pm >= 10 { return Match(first: i - 1, last: i + 1, date: .year(anchor.year + 1)) }
        if pm <= 3 { return Match(first: i - 1, last: i + 1, date: .year(anchor.year)) }
        return nil
    }

    /// Words that may follow a bare season after a preposition: "in fall through December",
    /// "in spring, when …" (not "in spring training", "in summer camps").
    static let afterBareSeason: WordSet = [
        "and", "or", "through", "to", "until", "when", "before", "after", "while", "as", "with", "the", "a", "an",
    ]

    /// "in fall", "during winter", "by spring": a season after a preposition without "the",
    /// read as "in the fall" is (the tense picks the side of publication).
    func bareSeason(_ s: Int, at i: Int, range: Range<Int>, currentIndex: Int) -> Int? {
        guard i > range.lowerBound, TemporalTagger.seasonPrepositions.contains(tokens[i - 1]) else { return nil }
        if range.contains(i + 1), tokens[i + 1].kind == .word, !TemporalTagger.afterBareSeason.contains(tokens[i + 1]) { return nil }
        var delta = s - currentIndex
        switch tense(i, i, range) {
        case .past: if delta > 0 { delta -= 4 }
        case .future, .modal: if delta < 0 { delta += 4 }
        default: if delta > 2 { delta -= 4 } else if delta < -2 { delta += 4 }
        }
        return delta
    }
}

extension TemporalTagger {
    /// "At 2022's festival", "2016's referendum": a year with a possessive is the year itself,
    /// whatever stands before it (the tokenizer splits "2022's" as a number, "'" and "s").
    func possessiveYear(_ i: Int, _ range: Range<Int>) -> Bool {
        guard range.contains(i + 1), tokens[i + 1].start == tokens[i].end else { return false }
        let k = tokens.span[i + 1].key
        return k == "'s" || (k == "'" && key(i + 2, range) == "s" && tokens[i + 2].start == tokens[i + 1].end)
    }
}

extension TemporalTagger {
    /// Words of a time of day that may stand between a range's link and its end ("until noon Monday").
    static let clockWords: WordSet = ["noon", "midnight", "midday"]
}

extension TimelineBuilder {
    /// The publication day, when the date is known to the day.
    var publishedDay: CivilDate? {
        guard let published, let m = published.month, let d = published.day else { return nil }
        return CivilDate(published.year, m, d)
    }
}

extension TemporalTagger {
    /// "Q3 2024", "Q3 last year", and a lone "Q3" in a sentence about business results ("a
    /// strong Q3 performance", "For Q3, revenue rose"), read as "the third quarter" is.
    func letterQuarter(_ q: Int, at i: Int, range: Range<Int>) -> Match? {
        if let y = year(i + 1, range) { return Match(first: i, last: i + 1, date: .quarter(y, q)) }
        if key(i + 2, range) == "year", let anchor,
            let shift = TemporalTagger.relativeYears.value(tokens.span[i + 1].key, hash: tokens.span[i + 1].keyHash)
        {
            return Match(first: i, last: i + 2, date: .quarter(anchor.year + shift, q))
        }
        return yearlessQuarter(q, at: i, range: range, hyphenated: true)
    }
}

extension TemporalTagger {
    /// The year "last year", "this year" or "next year" right after token `i` names.
    func relativeYear(after i: Int, _ range: Range<Int>) -> Int? {
        guard range.contains(i + 2), tokens.span[i + 2].keyHash == TemporalTagger.yearHash, tokens.span[i + 2].key == "year", let anchor,
            let shift = TemporalTagger.relativeYears.value(tokens.span[i + 1].key, hash: tokens.span[i + 1].keyHash)
        else { return nil }
        return anchor.year + shift
    }
}

extension TemporalTagger {
    /// The month closing "the 18th and the 22nd of September", "the 18th to 22nd September"
    /// after the ordinal day at `i`.
    func monthAfterOrdinalPair(_ i: Int, _ range: Range<Int>) -> Int? {
        guard TemporalTagger.pairLinks.contains(key(i + 1, range)) || key(i + 1, range) == "until" else { return nil }
        var j = i + 2
        if key(j, range) == "the" { j += 1 }
        guard range.contains(j), tokens[j].startsWithDigit else { return nil }
        j += 1
        if key(j, range) == "of" { j += 1 }
        guard range.contains(j), tokens[j].isCapitalized, tokens[j].flags.contains(.temporal) else { return nil }
        return TemporalTagger.months.value(tokens.span[j].key, hash: tokens.span[j].keyHash)
    }
}
