/// The second day of a pair written with one month ("May 7 and 9", "April 15-18", "Sept.
/// 16-17", "15-18 April") and a lone ordinal day ("on the 18th") after a dated expression.
extension TemporalTagger {
    /// Words that may follow the second day of "May 7 and 9" when it is a day, not a count
    /// ("May 7 and 9 others").
    static let afterSecondDay: WordSet = [
        "in", "at", "on", "and", "or", "when", "with", "as", "while", "for", "before", "after", "but", "from", "to", "until",
    ]
    static let pairLinks: WordSet = ["and", "to", "or", "&", "through", "-"]

    /// The day a pair's second number names: a `day` match whose own token is "15-18", or one
    /// followed by "and 9", "to 18". Nil for most matches (one granularity test).
    func secondDay(after m: Match, range: Range<Int>) -> Match? {
        guard m.date.granularity == .day, m.weekday == nil, m.anaphoric == nil else { return nil }
        let first = m.date.start
        func day(_ d: Int, at t: Int) -> Match? {
            guard d > first.day, d <= PartialDate.daysIn(month: first.month, year: first.year) else { return nil }
            return Match(first: t, last: t, date: .day(CivilDate(first.year, first.month, d)))
        }
        // "April 15-18", "15-18 April": one token holds both days.
        for t in m.first...m.last where tokens[t].startsWithDigit {
            let k = tokens.span[t].key
            guard let dash = k.utf8.firstIndex(of: 45) else { continue }
            let head = Int(k[..<dash]), tail = Int(k[k.utf8.index(after: dash)...])
            guard head == first.day, let tail else { return nil }
            return day(tail, at: t)
        }
        // "May 7 and 9": the month written before the first day (the day-first order "7 and 9
        // May" is read from its month already).
        let t = m.last
        guard tokens[t].kind == .number, t > m.first, Int(tokens.span[t].key) == first.day, range.contains(t + 2), tokens[t + 2].kind == .number,
            TemporalTagger.pairLinks.contains(tokens[t + 1]), let d = Int(tokens.span[t + 2].key)
        else { return nil }
        // "May 13 and 14 2022": the year closes the pair (the first day took it already).
        if year(t + 3, range) != nil, var second = day(d, at: t + 2) {
            second.last = t + 3
            return second
        }
        if range.contains(t + 3) {
            guard tokens[t + 3].kind == .punct || TemporalTagger.afterSecondDay.contains(tokens[t + 3]) else { return nil }
            if tokens[t + 3].kind == .punct, tokens.span[t + 3].key == "%" || tokens.span[t + 3].key == ":" { return nil }
        }
        return day(d, at: t + 2)
    }

    /// "on the 18th", "by the 3rd": an ordinal day of the month named by the dated expression
    /// just before it (resolved by `TimelineBuilder`; dropped without one). Not "the 18th
    /// century", "the 4th Precinct", "the 18th hole": a word after it other than a function
    /// word makes it an ordinal adjective.
    func ordinalDay(at i: Int, range: Range<Int>) -> Match? {
        guard let anchor, i > range.lowerBound, tokens.span[i - 1].key == "the", tokens[i].kind == .word else { return nil }
        let k = tokens.span[i].key
        guard k.hasBytesSuffix("st") || k.hasBytesSuffix("nd") || k.hasBytesSuffix("rd") || k.hasBytesSuffix("th"),
            let d = Int(String(decoding: k.utf8.dropLast(2), as: UTF8.self)), d >= 1, d <= 31
        else { return nil }
        // "between the 18th and the 22nd of September": the month written after the pair's second
        // day is the first's too (round eleven).
        if let m = monthAfterOrdinalPair(i, range) { return resolveMonthDay(m, d, first: i - 1, last: i, range: range) }
        if range.contains(i + 1) {
            // "the 17th and last election": an ordinal adjective coordinated with another.
            guard tokens[i + 1].kind == .punct || TemporalTagger.afterSecondDay.contains(tokens[i + 1]), tokens.span[i + 1].key != "and",
                tokens.span[i + 1].key != "or"
            else { return nil }
            if tokens[i + 1].kind == .punct, tokens.span[i + 1].key == "-" || tokens.span[i + 1].key == "%" { return nil }
        }
        // The placeholder keeps the day in its start; the month and year come from the date before.
        return Match(first: i - 1, last: i, date: .day(CivilDate(anchor.year, 1, d)), anaphoric: .day, dayOfMonth: Int8(d))
    }
}

/// Days counted from the date just named: "two days later", "a week later", "the day before".
extension TemporalTagger {
    /// "two days later", "three weeks earlier", "a month later", "two years later": that many
    /// units after (before) the expression just before it, in the same or the previous sentence.
    /// The three words' hashes as literals (`StringTable<Bool>.hash` of "ago", "later",
    /// "earlier"; speed round forty-two): a `static let` computed at first use was a `swift_once`
    /// call on each read, once per number and per listed word (`countedUnitMayFollow`).
    static var countedUnitHashes: (ago: Int, later: Int, earlier: Int) {
        (ago: -1_795_319_858_059_244_477, later: -6_996_591_693_360_027_771, earlier: -2_376_758_427_627_756_394)
    }

    /// What the word two after a count says: 0 "ago", 1 "later", -1 "earlier", nil anything
    /// else (by stored hash first: this runs on every number that is no year).
    func countedUnit(_ i: Int, _ range: Range<Int>) -> Int? {
        guard range.contains(i + 2) else { return nil }
        let h = tokens.span[i + 2].keyHash
        let hashes = TemporalTagger.countedUnitHashes
        if h == hashes.ago { return tokens.span[i + 2].key == "ago" ? 0 : nil }
        if h == hashes.later { return tokens.span[i + 2].key == "later" ? 1 : nil }
        if h == hashes.earlier { return tokens.span[i + 2].key == "earlier" ? -1 : nil }
        return nil
    }

    /// Words before a count that make it a span ("in over 106 years"), not a step from a date.
    static let spanBefore: WordSet = ["over", "in", "for", "than", "within", "after", "nearly", "almost", "some"]
    /// Words after "earlier" that take it into another expression ("… years earlier this month").
    static let relativeAfter: WordSet = ["this", "that", "last", "next"]

    func unitsLater(_ n: Int, at i: Int, range: Range<Int>) -> Match? {
        if i > range.lowerBound, TemporalTagger.spanBefore.contains(tokens[i - 1]) { return nil }
        if range.contains(i + 3), TemporalTagger.relativeAfter.contains(tokens[i + 3]) { return nil }
        let sign = countedUnit(i, range) == 1 ? 1 : -1
        let unit: DateGranularity, step: Int
        switch key(i + 1, range) {
        case "day", "days": (unit, step) = (.day, n)
        case "week", "weeks": (unit, step) = (.day, 7 * n)
        case "month", "months": (unit, step) = (.month, n)
        case "year", "years": (unit, step) = (.year, n)
        default: return nil
        }
        // A leading "But", "And", "About" still opens the sentence.
        let opens = i == range.lowerBound || (i == range.lowerBound + 1 && tokens[range.lowerBound].isCapitalized)
        return Match(first: i, last: i + 2, date: .year(anchor?.year ?? 0), anaphoric: unit, step: Int16(sign * step), localOnly: !opens)
    }

    static let dayHash = -3851359330035386875  // StringTable<Bool>.hash("day"), a literal: no `swift_once` a read
    static let beforeHash = -2838780269698936100  // StringTable<Bool>.hash("before"), a literal: no `swift_once` a read
    static let afterHash = -4647150698051146778  // StringTable<Bool>.hash("after"), a literal: no `swift_once` a read

    /// Whether "before" or "after" follows token `i` (by stored hash).
    func dayBeforeOrAfterFollows(_ i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let h = tokens.span[i + 1].keyHash
        return h == TemporalTagger.beforeHash || h == TemporalTagger.afterHash
    }

    /// Whether "the same" or "later that" / "earlier that" comes before token `i` ("day").
    func sameDayPrecedes(_ i: Int) -> Bool {
        guard i >= 2 else { return false }
        let a = tokens.span[i - 2].key, b = tokens.span[i - 1].key
        return (b == "same" && (a == "the" || a == "that")) || (b == "that" && (a == "later" || a == "earlier"))
            || (b == "previous" && a == "the")
    }

    /// "The day before, …", "… the day after.": one day from the date just named. Before a
    /// noun or a date ("the day before the vote", "the day after Christmas") it counts from
    /// something else: no event. "The same day", "later that day": the day just named (the
    /// guideline's anchored relative days); "the same day as the vote" counts from the vote.
    func dayBeforeOrAfter(at i: Int, range: Range<Int>) -> Match? {
        if i - 2 >= range.lowerBound, sameDayPrecedes(i) {
            if key(i + 1, range) == "as" || key(i + 1, range) == "last" || key(i + 1, range) == "next" { return nil }
            // "the previous day" (round twelve): one day before the day just named.
            let step: Int16 = tokens.span[i - 1].key == "previous" ? -1 : 0
            return Match(first: i - 2, last: i, date: .year(anchor?.year ?? 0), anaphoric: .day, step: step)
        }
        guard i > range.lowerBound, tokens.span[i - 1].key == "the" else { return nil }
        let k = key(i + 1, range)
        guard k == "before" || k == "after" else { return nil }
        if range.contains(i + 2), tokens[i + 2].kind != .punct { return nil }
        return Match(first: i - 1, last: i + 1, date: .year(anchor?.year ?? 0), anaphoric: .day, step: k == "before" ? -1 : 1)
    }

    /// "2024-03-05": an ISO date, unambiguous in any convention.
    func isoDate(at i: Int) -> Match? {
        let b = tokens.span[i].key.utf8
        guard b.count == 10 else { return nil }
        let bytes = Array(b)
        guard bytes[4] == 45, bytes[7] == 45 else { return nil }
        func number(_ r: Range<Int>) -> Int? {
            var v = 0
            for j in r {
                guard bytes[j] >= 48, bytes[j] <= 57 else { return nil }
                v = v * 10 + Int(bytes[j] - 48)
            }
            return v
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10), y >= 1800, y <= 2200, m >= 1, m <= 12, d >= 1,
            d <= PartialDate.daysIn(month: m, year: y)
        else { return nil }
        return Match(first: i, last: i, date: .day(CivilDate(y, m, d)))
    }
}

extension TimelineBuilder {
    /// "June 12 (Thursday)", "Tuesday (November 19)": a weekday and a date side by side, one in
    /// brackets, name one day; the date decides, when it falls on that weekday. The weekday then
    /// counts as placed, for the same weekday written elsewhere ("on or before Thursday").
    func placeBracketedWeekdays(_ found: inout [(sentence: Int, match: TemporalTagger.Match)]) {
        for n in found.indices.dropLast() {
            // Positions read in place: copying a match retains its date's strings.
            guard found[n + 1].sentence == found[n].sentence, found[n + 1].match.first == found[n].match.last + 2,
                found[n].match.weekday != nil || found[n + 1].match.weekday != nil, doc.tokens[found[n].match.last + 1].key == "("
            else { continue }
            let a = found[n].match, b = found[n + 1].match
            let (w, date, k) = a.weekday != nil ? (a.weekday, b.date, n) : (b.weekday, a.date, n + 1)
            guard let w, date.granularity == .day, date.start.weekday == Int(w), found[k].match.date.start != date.start || !found[k].match.cued
            else { continue }
            found[k].match.date = date
            found[k].match.cued = true
        }
    }
}

extension TemporalTagger {
    static let slashHash = -5808620646382294094  // StringTable<Bool>.hash("/"), a literal: no `swift_once` a read

    /// "11/23/2023" (month first), "23/11/2023" (day first), "05/03/2024" (either: read month
    /// first, settled by the article's other dates in `TimelineBuilder`). Only with a four-digit
    /// year and no spaces: "5/3" alone is as often a fraction or a score.
    func slashDate(at i: Int, range: Range<Int>) -> Match? {
        for t in i..<(i + 4) where tokens[t].end != tokens[t + 1].start { return nil }
        guard tokens.span[i + 3].keyHash == TemporalTagger.slashHash, tokens[i + 2].kind == .number, let y = year(i + 4, range),
            tokens.span[i].key.utf8.count <= 2, tokens.span[i + 2].key.utf8.count <= 2,
            let a = Int(tokens.span[i].key), let b = Int(tokens.span[i + 2].key), a >= 1, b >= 1
        else { return nil }
        // A fifth part ("1/2/2024/5") is no date.
        if range.contains(i + 5), tokens[i + 4].end == tokens[i + 5].start, tokens.span[i + 5].keyHash == TemporalTagger.slashHash { return nil }
        let (m, d, either) = a > 12 ? (b, a, false) : b > 12 ? (a, b, false) : (a, b, a != b)
        guard m <= 12, d <= PartialDate.daysIn(month: m, year: y) else { return nil }
        return Match(first: i, last: i + 4, date: .day(CivilDate(y, m, d)), eitherOrder: either)
    }
}

extension TimelineBuilder {
    /// "05/03/2024" in an article that writes "3 February" is 5 March: the order of its other
    /// day dates (day before month, or month before day) settles slashed dates either way.
    func settleSlashedDates(_ found: inout [(sentence: Int, match: TemporalTagger.Match)]) {
        guard found.contains(where: { $0.match.eitherOrder }) else { return }
        var dayFirst = 0, monthFirst = 0
        for f in found where f.match.date.granularity == .day && !f.match.eitherOrder && f.match.last > f.match.first {
            let t = f.match.first
            if TemporalTagger.months[doc.tokens[t].key] != nil {
                monthFirst += 1
            } else if doc.tokens[t].startsWithDigit, TemporalTagger.months[doc.tokens[t + 1].key] != nil {
                dayFirst += 1
            } else if let slashed = slashedOrder(f.match) {
                if slashed { dayFirst += 1 } else { monthFirst += 1 }
            }
        }
        guard dayFirst > monthFirst else { return }
        for n in found.indices where found[n].match.eitherOrder {
            let d = found[n].match.date.start
            found[n].match.date = .day(CivilDate(d.year, d.day, d.month))
            found[n].match.eitherOrder = false
        }
    }

    /// Whether a slashed date settled by its own numbers was day first ("23/11/2023").
    private func slashedOrder(_ m: TemporalTagger.Match) -> Bool? {
        guard m.last == m.first + 4, doc.tokens[m.first + 1].key == "/", let a = Int(doc.tokens[m.first].key) else { return nil }
        return a > 12
    }
}

extension TimelineBuilder {
    /// A headline (the first line, ending without a period) states its news in the present or
    /// a bare participle whatever its time ("Warning issued for Friday", "Police arrest man
    /// Saturday"); its weekday is the one the body places, when the body names it with a cue.
    func alignHeadlineWeekdays(_ found: inout [(sentence: Int, match: TemporalTagger.Match)]) {
        guard found.first?.sentence == 0, found.first?.match.weekday != nil, doc.sentenceTokens.count > 1 else { return }
        let head = doc.sentenceTokens[0]
        guard let last = head.last, doc.tokens[last].kind != .punct || doc.tokens[last].key == "\"" else { return }
        for n in found.indices {
            guard found[n].sentence == 0 else { break }
            guard let w = found[n].match.weekday,
                let body = found.first(where: { $0.sentence > 0 && $0.match.weekday == w && $0.match.cued })
            else { continue }
            found[n].match.date = body.match.date
        }
    }
}

extension TimelineBuilder {
    /// "Friday's game scheduled for 6 p.m., March 26": a weekday whose sentence names a date on
    /// that weekday within a week of it is that date (the date is written, the weekday's week
    /// only inferred from a tense).
    func snapWeekdaysToDates(_ found: inout [(sentence: Int, match: TemporalTagger.Match)]) {
        for n in found.indices {
            guard let w = found[n].match.weekday else { continue }
            let sentence = found[n].sentence, day = found[n].match.date.start
            var k = n - 1
            while k >= 0, found[k].sentence == sentence { k -= 1 }
            k += 1
            // The nearest such date in the sentence; none when one already is the weekday's day
            // ("scheduled for November 26 … released on Tuesday (November 19)").
            var best: (distance: Int, index: Int)?
            var agrees = false
            while k < found.count, found[k].sentence == sentence {
                defer { k += 1 }
                guard k != n, found[k].match.weekday == nil, found[k].match.anaphoric == nil, found[k].match.date.granularity == .day
                else { continue }
                // "from noon Thursday until … and from noon Thursday, Dec. 30": a date written with
                // its own weekday is that weekday's, not the other one's (round eleven).
                if doc.tokens[found[k].match.first].flags.contains(.temporal),
                    TemporalTagger.weekdays[doc.tokens[found[k].match.first].key] != nil
                { continue }
                let date = found[k].match.date.start
                if date == day { agrees = true }
                if date.weekday == Int(w), date != day, abs(date.dayNumber - day.dayNumber) <= 7 {
                    let distance = abs(found[k].match.first - found[n].match.first)
                    if best.map({ distance < $0.distance }) ?? true { best = (distance, k) }
                }
            }
            if let best, !agrees {
                found[n].match.date = found[best.index].match.date
                found[n].match.cued = true
            }
        }
    }
}
