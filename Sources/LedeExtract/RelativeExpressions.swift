/// Relative expressions ("yesterday", "last week", "two years ago", "the next day", weekdays
/// with last/next): the matching part of `TemporalTagger` that counts from another day.
extension TemporalTagger {
    func relativeExpression(at i: Int, range: Range<Int>, qualifier q: DateQualifier?) -> Match? {
        // Through a `Span`: the array getter copied the whole token for its key.
        let k = tokens.span[i].key
        // By hash: the switch below compares strings one case after another.
        if tokens.span[i].keyHash == TemporalTagger.weekendHash, k == "weekend" { return theWeekend(at: i, range: range) }
        if tokens.span[i].keyHash == TemporalTagger.overnightHash, k == "overnight" { return overnight(at: i, range: range) }
        guard let anchor else { return nil }
        let pub = anchorDay
        func dayOrMonth(_ offset: Int) -> ResolvedDate? {
            if let pub { return .day(pub.adding(days: offset)) }
            guard let pm = anchor.month else { return nil }
            return .month(anchor.year, pm)
        }
        // Most tokens here are no relative word: they skip the switch, whose cases compare
        // strings one after another ("last" … "past", the commonest, first).
        if TemporalTagger.relativeWords.contains(tokens, at: i) {
            switch k {
            case "last", "next", "this", "earlier", "later", "past":
                var j = i + 1
                var first = i
                var direction = k == "last" || k == "past" ? -1 : k == "next" ? 1 : 0
                var qual = q
                if k == "earlier" || k == "later" {
                    // "earlier this month", "later this year"
                    guard key(i + 1, range) == "this" else { return earlierOrLaterInThe(at: i, range: range) }
                    j = i + 2
                    direction = 0
                    if k == "later" { qual = .late }
                }
                let unit = key(j, range)
                if unit == "weekend", k != "past", k != "earlier", k != "later" {
                    return weekend(first: i, last: j, direction: k == "this" ? 0 : direction, range: range)
                }
                if k == "last" || k == "this", unit == "night" || unit == "morning" || unit == "afternoon" || unit == "evening" {
                    guard let d = dayOrMonth(k == "last" && unit == "night" ? -1 : 0) else { return nil }
                    return Match(first: i, last: j, date: d)
                }
                // "the next year", "the next day": after the event before it, not after publication.
                if k == "next", i > range.lowerBound, tokens.span[i - 1].key == "the" {
                    let g: DateGranularity
                    switch unit {
                    case "day", "morning", "afternoon", "evening", "night": g = .day
                    case "month": g = .month
                    case "year": g = .year
                    default: return nil
                    }
                    return Match(first: i - 1, last: j, date: .year(anchor.year), anaphoric: g)
                }
                if k == "past" && unit != "week" && unit != "month" && unit != "year" { return nil }
                if k == "past" { return nil }  // "the past year" is a span of time, not a date
                if q != nil, i > range.lowerBound { first = i - 1 }
                switch unit {
                case "week":
                    guard let pub else {
                        guard let pm = anchor.month else { return nil }
                        return Match(first: first, last: j, date: .month(anchor.year, pm))
                    }
                    return Match(first: i, last: j, date: .week(containing: pub.adding(days: 7 * direction)))
                case "month":
                    guard let pm = anchor.month else { return nil }
                    let n = anchor.year * 12 + (pm - 1) + direction
                    return Match(first: i, last: j, date: .month(n / 12, n % 12 + 1, qual))
                case "year":
                    return Match(first: q != nil ? i - 1 : i, last: j, date: .year(anchor.year + direction, qual))
                case "decade":
                    return nil
                default:
                    return nil
                }
            case "quarter": return relativeQuarter(at: i, range: range)
            case "first-quarter", "second-quarter", "third-quarter", "fourth-quarter":
                // A modifier only: "second-quarter sales", not "the outlook for the second-quarter."
                guard let q = TemporalTagger.hyphenQuarters[k], range.contains(i + 1), tokens[i + 1].kind == .word else { return nil }
                return yearlessQuarter(q, at: i, range: range, hyphenated: true)
            case "yesterday", "today", "tomorrow", "tonight":
                if k == "today", key(i + 1, range) == "'s", !todayNamesTheDay(i, range) { return nil }
                guard let d = dayOrMonth(k == "yesterday" ? -1 : k == "tomorrow" ? 1 : 0) else { return nil }
                return Match(first: i, last: i, date: d)
            case "day": return dayBeforeOrAfter(at: i, range: range)
            case "following":
                // "the following day": as "the next day"; "the following Monday" is the weekday's.
                guard i > range.lowerBound, tokens.span[i - 1].key == "the" else { return nil }
                let unit = key(i + 1, range)
                // "to be played … the following week": the week after the day named before it
                // (round eleven; a week-valued placeholder tells `resolveAnaphora` from "the Monday after").
                if unit == "week", let pub { return Match(first: i - 1, last: i + 1, date: .week(containing: pub), anaphoric: .week) }
                // "The following month", "the following year": as "the next year" (dates37).
                if unit == "month" || unit == "year" { return Match(first: i - 1, last: i + 1, date: .year(anchor.year), anaphoric: unit == "month" ? .month : .year) }
                guard unit == "day" || unit == "morning" || unit == "afternoon" || unit == "evening" || unit == "night" else { return nil }
                return Match(first: i - 1, last: i + 1, date: .year(anchor.year), anaphoric: .day)
            case "coming", "upcoming":
                // "the upcoming week", "the coming month": next week's, next month's (round eleven);
                // "in the coming weeks" and "the coming year" are spans ahead, no date.
                guard i > range.lowerBound, tokens.span[i - 1].key == "the" else { return nil }
                let unit = key(i + 1, range)
                if unit == "week", let pub { return Match(first: i - 1, last: i + 1, date: .week(containing: pub.adding(days: 7))) }
                guard unit == "month", let pm = anchor.month else { return nil }
                return Match(first: i - 1, last: i + 1, date: .month(pm == 12 ? anchor.year + 1 : anchor.year, pm % 12 + 1))
            default:
                break
            }
        }
        // "two years ago", "a week ago", "30 days ago"; "two days later" (below)
        guard let after = countedUnit(i, range) else { return unitsAfterClause(at: i, range: range) ?? holidayOffset37(at: i, range: range) }
        let count = TemporalTagger.numberWords.value(k, hash: tokens[i].keyHash) ?? (tokens[i].kind == .number ? Int(k) : nil)
        if let n = count, n > 0, n < 200, after == 0 {
            let unit = key(i + 1, range)
            switch unit {
            case "day", "days": if let d = dayOrMonth(-n) { return Match(first: i, last: i + 2, date: d) }
            case "week", "weeks":
                if let pub { return Match(first: i, last: i + 2, date: .week(containing: pub.adding(days: -7 * n))) }
            case "month", "months":
                guard let pm = anchor.month else { return nil }
                let m = anchor.year * 12 + (pm - 1) - n
                return Match(first: i, last: i + 2, date: .month(m / 12, m % 12 + 1))
            case "year", "years": return Match(first: i, last: i + 2, date: .year(anchor.year - n))
            case "decade", "decades": return Match(first: i, last: i + 2, date: .year(anchor.year - 10 * n))
            default: break
            }
        }
        if let n = count, n > 0, n < 200 {
            return unitsLater(n, at: i, range: range)
        }
        return nil
    }
}
