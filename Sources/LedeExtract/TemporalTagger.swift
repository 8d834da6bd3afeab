/// Finds temporal expressions in a sentence's tokens and resolves them against the
/// publication date.
struct TemporalTagger {
    /// `modal`: "would", "could", "may": ahead of something, but often of a past moment
    /// ("said it would close … on February 24"), so a far-off year is not trusted.
    enum Tense { case past, present, future, modal, unknown }

    /// One expression: its tokens and the period it names.
    struct Match {
        var first: Int
        var last: Int
        var date: ResolvedDate
        /// A bare weekday ("Monday", not "last Monday"): its number, and whether a tense cue
        /// placed it (an uncued one may follow the same weekday elsewhere in the article).
        var weekday: Int8? = nil
        var cued = false
        /// "through Friday" after a past verb: the end of a span that starts at a day before it.
        var endpoint = false
        /// "the next year", "the next day": one unit after the event before it, resolved by
        /// `TimelineBuilder` (dropped when there is none).
        var anaphoric: DateGranularity? = nil
        /// "the 18th": the day of the month of the dated expression before it (with `anaphoric`).
        var dayOfMonth: Int8? = nil
        /// How many `anaphoric` units after the expression before it ("three weeks later": 21
        /// days; "the day before": -1).
        var step: Int16 = 1
        /// "05/03/2024": both numbers could be the month. `date` reads it month first (US);
        /// `TimelineBuilder` swaps it when the article writes its other dates day first.
        var eitherOrder = false
        /// "then lit a fire three days later": counted only from a date of its own sentence
        /// (one that opens its sentence, "Two days later, …", may count from the one before).
        var localOnly = false
        /// "a week after a mob stormed …": dated by the act of its sentence (`placeClauseDays`).
        var clauseDay = false
    }

    let tokens: [Token]
    let anchor: PartialDate?
    /// The document's text: tense cues are not sought across a line break (a headline or a
    /// caption without a period runs into the next line's sentence).
    var bytes: [UInt8] = []

    /// Whether a line break separates token `a` from the token after it.
    /// The tokenizer notes `.lineEndOrBar` on every token a newline follows (`TokenNotes`): an
    /// unnoted token has none after it, and its gap's bytes are not read (speed44).
    func lineBreak(after a: Int) -> Bool {
        guard a + 1 < tokens.count, tokens[a].notes.contains(.lineEndOrBar), tokens[a].end < tokens[a + 1].start,
            tokens[a + 1].start <= bytes.count
        else { return false }
        var i = tokens[a].end
        if i + 1 == tokens[a + 1].start { return bytes[i] == 10 }  // one space, most often
        while i < tokens[a + 1].start {
            if bytes[i] == 10 { return true }
            i += 1
        }
        return false
    }

    var anchorDay: CivilDate? {
        guard let a = anchor, let m = a.month, let d = a.day else { return nil }
        return CivilDate(a.year, m, d)
    }

    /// All expressions of one sentence, left to right, not overlapping.
    /// Appended to the article's list with the sentence's index: an array made per sentence and
    /// copied out was an allocation and a copy (a retain) of every match.
    func matches(in range: Range<Int>, sentence: Int, into out: inout [(sentence: Int, match: Match)]) {
        var i = range.lowerBound
        while i < range.upperBound {
            if mayStart(i), let m = match(at: i, range: range) {
                i = m.last + 1
                let second = secondDay(after: m, range: range) ?? yearSpanEnd(after: m, range: range)
                out.append((sentence, m))
                if let second {
                    out.append((sentence, second))
                    i = second.last + 1
                }
            } else {
                i += 1
            }
        }
    }

    /// Every word an expression can start with; most tokens fail this one look-up.
    static let triggers: Set<String> = {
        var set = Set(months.keys).union(weekdays.keys).union(seasons.keys).union(numberWords.keys)
        set.formUnion([
            "early", "mid", "late", "end", "beginning", "start", "middle", "midway", "yesterday", "today", "tomorrow",
            "tonight", "last", "next", "this", "earlier", "later", "past", "quarter", "fy", "weekend", "overnight",
            "following", "day", "first-quarter", "second-quarter", "third-quarter", "fourth-quarter",
            "coming", "upcoming",
        ])
        return set
    }()

    /// Fields read in place: a copy of the token would retain its key. Inlined in the walk of
    /// every token, with the rare cases out of line: called, with its string tests inside, it
    /// cost more than the walk did (speed round thirty-one).
    @inline(__always)
    func mayStart(_ i: Int) -> Bool {
        switch tokens[i].kind {
        // Most numbers open no expression: the shapes that may are tested out of line (speed44).
        case .number: return numberMayStart44(i)
        case .word:
            if !tokens[i].flags.isDisjoint(with: [.temporal, .holiday]) || tokens[i].startsWithDigit { return listedMayStart(i) }
            // The shapes left ("FY2025", "Q3", "mid-2024", "early-", "late-") open with f, q, m, e
            // or l. A key's first ASCII letter is its text's, folded to lower case, so the text's
            // first byte, read in place, spares most words reading their key (226,000 words a
            // corpus round). `bytes` is the document's text the tokens index.
            // Each of them is capitalised ("FY…" in capitals, "Q…") or holds a hyphen in its key
            // ("mid-…", "early-…", "late-…"): a lower-case word without one, most words, is
            // answered from its own fields before the text is read (speed44).
            guard tokens[i].isCapitalized || tokens[i].isAllCaps || tokens[i].hyphens.contains(.inKey) else { return false }
            guard tokens[i].start < bytes.count, TemporalTagger.mayOpenShape(bytes[tokens[i].start]) else { return false }
            return shapeMayStart(i)
        default: return false
        }
    }

    /// `mayStart` of a listed word (a trigger or a holiday's) or one opening with a digit.
    @inline(never)
    private func listedMayStart(_ i: Int) -> Bool {
        let flags = tokens[i].flags
        if flags.contains(.temporal) {
            // A number word ("a", "an", "two", "several") starts only "two days ago", "a week
            // later", "a year earlier": without one of those two words on, "a" and "an" (most
            // trigger tokens) are spared the full match, which ends in `countedUnit` for them.
            if countedUnitMayFollow(i) { return true }
            // "a" and "an", number words, by their stored hash: no probe of the table (speed44),
            // and the number words' literal filter before the table (speed43).
            if isAOrAn44(i) { return false }
            if Bits43.numberWords & WordSet.bit(tokens.span[i].keyHash) != 0,
                TemporalTagger.numberWords.value(tokens.span[i].key, hash: tokens.span[i].keyHash) != nil
            {
                return false
            }
            // "day" starts only "the day before|after" and "the same day": a common word spared
            // the full match.
            return tokens[i].keyHash != TemporalTagger.dayHash || dayBeforeOrAfterFollows(i) || sameDayPrecedes(i)
        }
        // Holidays are written with capitals: "new", "good", "black" in prose are spared.
        if flags.contains(.holiday) {
            // "the new year" (round eleven) is the one lower-case start.
            return tokens[i].isCapitalized || tokens[i].isAllCaps
                || (tokens[i].keyHash == TemporalTagger.newHash && i + 1 < tokens.count && tokens.span[i + 1].key == "year")
        }
        // "1990s"
        return tokens[i].startsWithDigit
    }

    /// `mayStart` of a word opening with f, q, m, e or l (`mayOpenShape`). The text's first byte
    /// is the key's, folded; the cheap tests come first and the key is read last (its prefix
    /// test cost about 110 instructions, on 32,000 words a corpus round).
    @inline(never)
    private func shapeMayStart(_ i: Int) -> Bool {
        let start = tokens[i].start, end = tokens[i].end
        // The hyphen of "mid-", "late-", "early-": ASCII, or a Unicode dash the key folds to one
        // (all of them open with the byte E2).
        func dashAt(_ offset: Int) -> Bool { start + offset < end && (bytes[start + offset] == 45 || bytes[start + offset] == 0xE2) }
        switch bytes[start] | 0x20 {
        // "FY2025"
        case UInt8(ascii: "f"): return tokens[i].isAllCaps && tokens.span[i].key.hasBytesPrefix("fy")
        // "Q3" (round eleven)
        case UInt8(ascii: "q"): return tokens[i].isCapitalized && tokens.span[i].key.utf8.count == 2
        // "mid-2024", "late-March"
        case UInt8(ascii: "m"): return dashAt(3) && tokens.span[i].key.hasBytesPrefix("mid-")
        case UInt8(ascii: "e"): return dashAt(5) && tokens.span[i].key.hasBytesPrefix("early-")
        case UInt8(ascii: "l"): return dashAt(4) && tokens.span[i].key.hasBytesPrefix("late-")
        default: return false
        }
    }

    /// Whether "ago", "later" or "earlier" is the token two after `i` (by stored hash; in the
    /// sentence or not: `countedUnit` tests that).
    @inline(__always)
    func countedUnitMayFollow(_ i: Int) -> Bool {
        guard i + 2 < tokens.count else { return false }
        let h = tokens.span[i + 2].keyHash, hashes = TemporalTagger.countedUnitHashes
        return h == hashes.ago || h == hashes.later || h == hashes.earlier || h == TemporalTagger.afterHash
            || h == TemporalTagger.beforeHash  // "three weeks before Christmas" (dates37)
    }

    /// Whether a word whose text opens with `lead` may be "FY…", "Q…", "mid-…", "early-…" or
    /// "late-…" (either case; a byte past ASCII never folds to these letters).
    private static func mayOpenShape(_ lead: UInt8) -> Bool {
        let b = lead | 0x20
        return b == UInt8(ascii: "f") || b == UInt8(ascii: "q") || b == UInt8(ascii: "m") || b == UInt8(ascii: "e")
            || b == UInt8(ascii: "l")
    }

    // Through a `Span`: its element is borrowed, the array getter copies the whole token.
    func key(_ i: Int, _ range: Range<Int>) -> String { range.contains(i) ? tokens.span[i].key : "" }

    private func qualifier(_ word: String) -> DateQualifier? {
        // The first byte rules out most words before any string compare: e, b, s, m, l.
        guard let first = word.utf8.first, first == 101 || first == 98 || first == 115 || first == 109 || first == 108 else {
            return nil
        }
        // Only the words of that first byte are compared (speed round forty-three: the switch
        // compared the word with every case, about 24,000 string compares a corpus round).
        return switch first {
        case 101: word == "early" ? .early : word == "end" ? .late : nil
        case 98: word == "beginning" ? .early : nil
        case 115: word == "start" ? .early : nil
        case 109: word == "mid" || word == "middle" || word == "midway" ? .mid : nil
        default: word == "late" ? .late : nil
        }
    }

    func year(_ i: Int, _ range: Range<Int>) -> Int? {
        guard range.contains(i), tokens[i].kind == .number, tokens.span[i].key.utf8.count == 4, let y = Int(tokens.span[i].key),
            y >= 1800, y <= 2200
        else { return nil }
        return y
    }

    private func dayOfMonth(_ i: Int, _ range: Range<Int>) -> Int? {
        guard range.contains(i) else { return nil }
        var k = tokens.span[i].key
        // "Sept. 16-17": a range of days starts on its first.
        if tokens[i].kind == .number, let dash = k.utf8.firstIndex(of: 45) { k = String(k[..<dash]) }
        if TemporalTagger.endsInOrdinalSuffix(k) {
            k = String(decoding: k.utf8.dropLast(2), as: UTF8.self)
        }
        guard k.utf8.count <= 2, let d = Int(k), d >= 1, d <= 31 else { return nil }
        return d
    }

    /// Whether `key` ends in "st", "nd", "rd" or "th": its last two bytes read once (four
    /// `hasBytesSuffix` calls took a `Span` of the key and one of each literal).
    private static func endsInOrdinalSuffix(_ key: String) -> Bool {
        let bytes = key.utf8.span
        let n = bytes.count
        guard n >= 2 else { return false }
        let a = bytes[n - 2], b = bytes[n - 1]
        return (a == UInt8(ascii: "s") && b == UInt8(ascii: "t")) || (a == UInt8(ascii: "n") && b == UInt8(ascii: "d"))
            || (a == UInt8(ascii: "r") && b == UInt8(ascii: "d")) || (a == UInt8(ascii: "t") && b == UInt8(ascii: "h"))
    }

    // swiftlint:disable:next cyclomatic_complexity
    private func match(at i: Int, range: Range<Int>) -> Match? {
        // Fields read in place: a copy of the token would retain its key.
        // A leading qualifier: "early February", "late 2024", "the end of March".
        var q: DateQualifier?
        var start = i
        var j = i
        // Every qualifier is a trigger word: the flag spares most tokens eight string compares.
        if tokens[i].kind == .word, tokens[i].flags.contains(.temporal), let qual = qualifier44(i) {
            let k = tokens.span[i].key
            if k == "end" || k == "beginning" || k == "start" || k == "middle" {
                guard key(i + 1, range) == "of" else { return nil }
                j = i + 2
                if i > range.lowerBound, tokens.span[i - 1].key == "the" { start = i - 1 }
                // "by the end of the year", "the start of this month": the publication's.
                if key(j, range) == "the" || key(j, range) == "this", let anchor {
                    if key(j + 1, range) == "year" { return Match(first: start, last: j + 1, date: .year(anchor.year, qual)) }
                    if key(j + 1, range) == "month", let pm = anchor.month {
                        return Match(first: start, last: j + 1, date: .month(anchor.year, pm, qual))
                    }
                    // "by the end of the week": publication's week (a week has no thirds).
                    if key(j + 1, range) == "week", let pub = anchorDay {
                        return Match(first: start, last: j + 1, date: .week(containing: pub))
                    }
                }
            } else {
                j = i + 1
            }
            q = qual
            if let m = match(at: j, range: range, qualifier: qual) {
                return Match(first: start, last: m.last, date: m.date)
            }
            return nil
        }
        return match(at: i, range: range, qualifier: q)
    }

    func match(at i: Int, range: Range<Int>, qualifier q: DateQualifier?) -> Match? {
        guard range.contains(i) else { return nil }
        // Fields read in place: a copy of the token would retain its key.
        let k = tokens.span[i].key
        // "mid-2024", "mid-March", "late-2025"
        // A hyphen in the key is noted on the token (`TokenHyphens40`): most words skip the search.
        if tokens[i].kind == .word, !tokens[i].flags.contains(.temporal), tokens[i].hyphens.contains(.inKey),
            let dash = k.utf8.firstIndex(of: 45), let qual = qualifier(String(k[..<dash]))
        {
            let rest = String(k[k.index(after: dash)...])
            if let y = Int(rest), rest.count == 4 { return Match(first: i, last: i, date: .year(y, qual)) }
            // "mid-1990s"
            if rest.utf8.count == 5, rest.hasBytesSuffix("s"), let y = Int(rest.dropLast()), y % 10 == 0, y >= 1800, y % 100 != 0 || y >= 2000 {
                var decade = ResolvedDate.decade(y)
                decade.qualify(qual)
                return Match(first: i, last: i, date: decade)
            }
            if let m = TemporalTagger.months[rest] {
                if let y = year(i + 1, range) ?? year(i + 2, range).flatMap({ key(i + 1, range) == "," ? $0 : nil }) {
                    return Match(first: i, last: key(i + 1, range) == "," ? i + 2 : i + 1, date: .month(y, m, qual))
                }
                return resolveMonth(m, first: i, last: i, range: range, qualifier: qual)
            }
        }
        if q == nil, tokens[i].flags.contains(.holiday) {
            if let h = holidayExpression(at: i, range: range) { return h }
            if tokens[i].keyHash == TemporalTagger.newHash, let n = theNewYear(at: i, range: range) { return n }
        }
        if q == nil, tokens[i].isAllCaps, tokens[i].kind == .word, k.utf8.first == UInt8(ascii: "f"), k.hasBytesPrefix("fy") {
            return k == "fy" ? fyWord(at: i, range: range) : fyToken(at: i, range: range)
        }
        if q == nil, tokens[i].isCapitalized, tokens[i].kind == .word, k.utf8.count == 2, k.utf8.first == UInt8(ascii: "q"),
            let n = Int(k.dropFirst()), (1...4).contains(n)
        {
            return letterQuarter(n, at: i, range: range)
        }
        // Only listed words start the word-based expressions: skip their look-ups otherwise.
        let isTrigger = tokens[i].flags.contains(.temporal)
        if isTrigger, tokens[i].isCapitalized, let m = TemporalTagger.months.value(k, hash: tokens.span[i].keyHash) {
            return monthExpression(m, at: i, range: range, qualifier: q)
        }
        // British and international order: "3 February", "10 April 2025", "26th December".
        if tokens[i].kind == .number || (tokens[i].kind == .word && tokens[i].startsWithDigit), q == nil, i + 1 < range.upperBound, tokens[i + 1].isCapitalized,
            tokens[i + 1].flags.contains(.temporal), let m = TemporalTagger.months.value(tokens.span[i + 1].key, hash: tokens.span[i + 1].keyHash), let d = dayOfMonth(i, range)
        {
            if let y = year(i + 2, range) { return Match(first: i, last: i + 2, date: .day(CivilDate(y, m, d))) }
            // "6 December, 2023": a comma before the year, as after "December 6".
            if key(i + 2, range) == ",", let y = year(i + 3, range) { return Match(first: i, last: i + 3, date: .day(CivilDate(y, m, d))) }
            return resolveMonthDay(m, d, first: i, last: i + 1, range: range)
        }
        // "the 16th of March", "28th of October 2022": an ordinal day, "of" and the month.
        if q == nil, tokens[i].kind == .word, tokens[i].startsWithDigit, key(i + 1, range) == "of", i + 2 < range.upperBound,
            tokens[i + 2].isCapitalized, tokens[i + 2].flags.contains(.temporal),
            let m = TemporalTagger.months.value(tokens.span[i + 2].key, hash: tokens.span[i + 2].keyHash), let d = dayOfMonth(i, range)
        {
            if let y = year(i + 3, range) ?? (key(i + 3, range) == "," ? year(i + 4, range) : nil) {
                return Match(first: i, last: year(i + 3, range) != nil ? i + 3 : i + 4, date: .day(CivilDate(y, m, d)))
            }
            return resolveMonthDay(m, d, first: i, last: i + 2, range: range)
        }
        // "18 and 19 January 2023", "28 to 31 December": the first day of a pair takes the
        // month (and year) written after the second.
        if tokens[i].kind == .number, q == nil, i + 3 < range.upperBound, tokens[i + 3].isCapitalized,
            tokens[i + 3].flags.contains(.temporal), tokens[i + 2].kind == .number,
            let m = TemporalTagger.months.value(tokens.span[i + 3].key, hash: tokens.span[i + 3].keyHash),
            let d = dayOfMonth(i, range), dayOfMonth(i + 2, range) != nil
        {
            switch tokens.span[i + 1].key {
            case "and", "to", "or", "-", "&":
                if let y = year(i + 4, range) { return Match(first: i, last: i, date: .day(CivilDate(y, m, d))) }
                return resolveMonthDay(m, d, first: i, last: i, range: range)
            default: break
            }
        }
        if tokens[i].kind == .number, q == nil, range.contains(i + 4), tokens.span[i + 1].keyHash == TemporalTagger.slashHash,
            let slashed = slashDate(at: i, range: range)
        {
            return slashed
        }
        if tokens[i].kind == .number, q == nil, tokens.span[i].key.utf8.count >= 7 {
            if let iso = isoDate(at: i) { return iso }
            if let fiscal = fiscalSpanToken(at: i, range: range) { return fiscal }
            if let span = yearSpanStart(at: i, range: range) { return span }
        }
        // `year` answers nil for any token but a number: a word is spared the call (speed44).
        if tokens[i].kind == .number, let y = year(i, range) {
            let previous = i > range.lowerBound ? tokens.span[i - 1].key : ""
            guard q != nil || TemporalTagger.yearCues.contains(previous) || (previous != "$" && (yearBeforeEventNoun(i, range) || possessiveYear(i, range) || listedYear(i, range) || yearBeforeEventPhrase(i, range))) else {
                return yearSpanStart(at: i, range: range) ?? quarterByLetter(y, at: i, range: range)
            }
            if let quarter = quarterExpression(y, at: i, range: range) { return quarter }
            if q == nil, let fiscal = fiscalYear(y, at: i, range: range) { return fiscal }
            // "2024%", "2020-2022" model years, "the 2023/24 season", "the 1900 block of Park
            // Street": no dates.
            if i + 1 < range.upperBound, tokens.span[i + 1].key == "%" || tokens.span[i + 1].key == "block"
                || ((tokens.span[i + 1].key == "-" || tokens.span[i + 1].key == "/") && tokens[i + 1].start == tokens[i].end)
            {
                return yearSpanStart(at: i, range: range)
            }
            if previous == "$" { return nil }
            return Match(first: i, last: i, date: .year(y, q))
        }
        // "the 1990s", "the '90s"
        if k.hasBytesSuffix("s"), tokens[i].kind == .word, k.utf8.count == 5, let y = Int(k.dropLast()), y % 10 == 0, y >= 1800 {
            // "the 1800s", "the early 1900s" name a century, coarser than any value here.
            if y % 100 == 0, y < 2000 { return nil }
            var decade = ResolvedDate.decade(y)
            decade.qualify(q)
            return Match(first: i, last: i, date: decade)
        }
        if q == nil, tokens[i].kind == .word, tokens[i].startsWithDigit, let m = ordinalDay(at: i, range: range) { return m }
        // A number that is no year only starts "30 days ago".
        guard isTrigger || (tokens[i].kind == .number && countedUnit(i, range) != nil) else { return nil }
        if isTrigger, tokens[i].isCapitalized, let w = TemporalTagger.weekdays.value(k, hash: tokens.span[i].keyHash) {
            return weekdayExpression(w, at: i, range: range)
        }
        // The five season words known by their stored hash before the table is probed (speed44).
        if isTrigger, Words44.isSeasonHash(tokens[i].keyHash), let s = TemporalTagger.seasons.value(k, hash: tokens.span[i].keyHash) {
            return seasonExpression(s, at: i, range: range, qualifier: q)
        }
        return relativeExpression(at: i, range: range, qualifier: q)
    }

    private func monthExpression(_ m: Int, at i: Int, range: Range<Int>, qualifier q: DateQualifier?) -> Match? {
        // "January 20, 2025", "Jan. 20", "November 2023", "November of 2023", "in January"
        if TemporalTagger.periodlessAbbreviations.contains(tokens[i]), dayOfMonth(i + 1, range) == nil { return nil }
        if m == 5 || m == 8, key(i + 1, range) == "bank", let holiday = bankHoliday(month: m, last: m == 8, at: i, range: range) {
            return holiday
        }
        // "Sept. 5:30" is a time; "London, Jan 6: The league …" a dateline's day (round eleven).
        if let d = dayOfMonth(i + 1, range),
            !(i + 2 < range.upperBound && tokens.span[i + 2].key == ":" && i + 3 < range.upperBound && tokens[i + 3].start == tokens[i + 2].end)
        {
            if key(i + 2, range) == ",", let y = year(i + 3, range) { return Match(first: i, last: i + 3, date: .day(CivilDate(y, m, d))) }
            if let y = year(i + 2, range) { return Match(first: i, last: i + 2, date: .day(CivilDate(y, m, d))) }
            // "May 13 and 14 2022", "May 7 and 9, 2024": the year after the second day is the pair's (round eleven).
            if TemporalTagger.pairLinks.contains(key(i + 2, range)), dayOfMonth(i + 3, range) != nil,
                let y = year(i + 4, range) ?? (key(i + 4, range) == "," ? year(i + 5, range) : nil)
            {
                return Match(first: i, last: i + 1, date: .day(CivilDate(y, m, d)))
            }
            return resolveMonthDay(m, d, first: i, last: i + 1, range: range)
        }
        if let y = year(i + 1, range) { return Match(first: i, last: i + 1, date: .month(y, m, q)) }
        if key(i + 1, range) == "of" || key(i + 1, range) == ",", let y = year(i + 2, range) {
            return Match(first: i, last: i + 2, date: .month(y, m, q))
        }
        // "January of last year", "the summer of next year" (round eleven)
        if key(i + 1, range) == "of", let shifted = relativeYear(after: i + 1, range) {
            return Match(first: i, last: i + 3, date: .month(shifted, m, q))
        }
        // "December last year", "in March this year": the year is given after the month.
        if range.contains(i + 2), tokens.span[i + 2].keyHash == TemporalTagger.yearHash, tokens.span[i + 2].key == "year", let anchor,
            let shift = TemporalTagger.relativeYears.value(tokens.span[i + 1].key, hash: tokens.span[i + 1].keyHash)
        {
            return Match(first: i, last: i + 2, date: .month(anchor.year + shift, m, q))
        }
        let previous = i > range.lowerBound ? tokens.span[i - 1].key : ""
        // "this past January": the latest such month before publication (round eleven).
        if previous == "past", i - 2 >= range.lowerBound, tokens.span[i - 2].key == "this", let anchor, let pm = anchor.month {
            return Match(first: i - 2, last: i, date: .month(m < pm ? anchor.year : anchor.year - 1, m, q))
        }
        // "May" and "March" are verbs too; every month is a given name somewhere ("August Wilson").
        if i + 1 < range.upperBound, tokens[i + 1].isNameLike { return nil }
        if (m == 5 || m == 3), q == nil, !TemporalTagger.monthCues.contains(previous) { return nil }
        if previous == "last" || previous == "next" || previous == "this" {
            guard let anchor, let pm = anchor.month else { return nil }
            let y: Int
            switch previous {
            case "last": y = m < pm ? anchor.year : anchor.year - 1
            case "next": y = m > pm ? anchor.year : anchor.year + 1
            default: y = anchor.year
            }
            return Match(first: i - 1, last: i, date: .month(y, m, q))
        }
        return resolveMonth(m, first: i, last: i, range: range, qualifier: q)
    }

    /// The words the `switch` of `relativeExpression` handles: any other word (a number word,
    /// a number) skips its string compares, found absent by its stored hash.
    static let relativeWords: WordSet = [
        "quarter", "yesterday", "today", "tomorrow", "tonight", "last", "next", "this", "earlier", "later", "past",
        "following", "day", "first-quarter", "second-quarter", "third-quarter", "fourth-quarter",
        "coming", "upcoming",
    ]
}
