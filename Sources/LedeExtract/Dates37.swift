/// Timeline round dates37 (twenty-second session): a day counted from a holiday ("one day
/// after Christmas", "three weeks before Christmas") and "that <month>" in a narrative.
extension TemporalTagger {
    /// "one day after Christmas", "three weeks before Christmas", "two days after Thanksgiving":
    /// the holiday's day moved by the count (a day or a week each). The year is chosen for the
    /// moved day, as for a month and day without one ("confirmed yesterday, three weeks before
    /// Christmas" written on 5 December is this December's 4th, not last year's); a year written
    /// with the holiday ("a week after Easter 2019") or "last/this/next" keeps the holiday's.
    /// Not after a word of spans ("for two weeks after Christmas" is a stretch, no day).
    func holidayOffset37(at i: Int, range: Range<Int>) -> Match? {
        guard range.contains(i + 3), tokens[i + 3].flags.contains(.holiday) else { return nil }
        let rel = tokens.span[i + 2].key
        guard rel == "after" || rel == "before" else { return nil }
        let unit = tokens.span[i + 1].key
        let step: Int
        switch unit {
        case "day", "days": step = 1
        case "week", "weeks": step = 7
        default: return nil
        }
        if i > range.lowerBound, TemporalTagger.spanBefore.contains(tokens[i - 1]) { return nil }
        let k = tokens.span[i].key
        guard let n = TemporalTagger.numberWords.value(k, hash: tokens.span[i].keyHash) ?? (tokens[i].kind == .number ? Int(k) : nil),
            n > 0, n <= 12, (n == 1) == (unit == "day" || unit == "week"), let anchor,
            let (holidayLast, rule) = holiday(at: i + 3, range: range), let h = holidayExpression(at: i + 3, range: range),
            h.date.granularity == .day
        else { return nil }
        let delta = (rel == "after" ? 1 : -1) * n * step
        // A year written or named ("Easter 2019", "last Christmas"): the holiday's.
        if h.first != i + 3 || h.last != holidayLast { return Match(first: i, last: h.last, date: .day(h.date.start.adding(days: delta))) }
        let pub = anchorDay ?? CivilDate(anchor.year, anchor.month ?? 6, 15)
        let tense = dateTense(i, holidayLast, range)
        let y = TemporalTagger.year(tense: tense == .present ? .unknown : tense, pub: pub, historic: false) { rule.date(in: $0).adding(days: delta) }
        return Match(first: i, last: holidayLast, date: .day(rule.date(in: y).adding(days: delta)))
    }
}

extension TimelineBuilder {
    /// Words before "that" that make it a demonstrative before a month ("in that November").
    static let thatMonthPrepositions37: Set<String> = ["in", "by", "during", "until", "of", "from", "since"]

    /// "That November, the board voted …" after "In September 2022 …": a month named with
    /// "that" and no year is a month of the narrative's year, the year of the latest day or month
    /// told before it up to three sentences back ("that" points back, like "that year"), not the
    /// one the tense picks around publication. Left alone without such a date.
    static func placeThatMonths37(_ found: inout [(sentence: Int, match: TemporalTagger.Match)], tokens: [Token]) {
        for n in found.indices where n > 0 {
            let m = found[n].match
            guard m.date.granularity == .month, m.first == m.last, m.first > 0, m.anaphoric == nil,
                tokens[m.first - 1].key == "that", tokens[m.first].isCapitalized,
                // "That November, …" or "in that November"; not the conjunction ("said that March sales …").
                tokens[m.first - 1].isCapitalized || (m.first > 1 && TimelineBuilder.thatMonthPrepositions37.contains(tokens[m.first - 2].key))
            else { continue }
            var b = n - 1
            while b >= 0, found[n].sentence - found[b].sentence <= 3 {
                let base = found[b].match
                if base.anaphoric == nil, base.date.granularity == .month || base.date.granularity == .day {
                    found[n].match.date = .month(base.date.start.year, m.date.start.month, m.date.qualifier)
                    break
                }
                b -= 1
            }
        }
    }
}

extension TemporalTagger {
    /// "Tuesday and Wednesday (13-14 December)", "Friday and Saturday (16-17 December)" in an
    /// article dated only to its month: the bracketed date falls on the pair's first weekday, so
    /// the first weekday is that day and the second the next such weekday after it. The date
    /// lies within six months of the article's month, as for a lone bracketed weekday.
    func bracketedPairDay37(_ w: Int, first i: Int, last: Int, range: Range<Int>, anchor: PartialDate, month pm: Int) -> ResolvedDate? {
        func near(_ d: CivilDate) -> Bool { abs(d.year * 12 + d.month - anchor.year * 12 - pm) <= 6 }
        // The first weekday: "and", the second weekday, then the bracket.
        if key(last + 1, range) == "and", range.contains(last + 2),
            TemporalTagger.weekdays.value(tokens.span[last + 2].key, hash: tokens.span[last + 2].keyHash) != nil,
            key(last + 3, range) == "(", let dated = datedWeekday(w, after: last + 3, range: range),
            dated.date.granularity == .day, dated.date.start.weekday == w, near(dated.date.start)
        {
            return dated.date
        }
        // The second weekday: the first one and "and" before it, the bracket after it.
        if i >= range.lowerBound + 2, key(i - 1, range) == "and", key(last + 1, range) == "(",
            let w1 = TemporalTagger.weekdays.value(tokens.span[i - 2].key, hash: tokens.span[i - 2].keyHash), w1 != w,
            let dated = datedWeekday(w1, after: last + 1, range: range), dated.date.granularity == .day,
            dated.date.start.weekday == w1, near(dated.date.start)
        {
            return .day(dated.date.start.adding(days: (w - w1 + 7) % 7))
        }
        return nil
    }
}
