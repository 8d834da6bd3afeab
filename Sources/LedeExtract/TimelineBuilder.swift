/// Turns the temporal expressions of each sentence into dated events, each with the clause
/// that carries it and the entities mentioned there.
struct TimelineBuilder {
    let doc: Document
    let published: PartialDate?
    let entities: [Entity]

    func events() -> [TimelineEvent] {
        let tagger = TemporalTagger(tokens: doc.tokens, anchor: published, bytes: doc.bytes)
        var found: [(sentence: Int, match: TemporalTagger.Match)] = []
        // Room for a typical article's dates: grown from empty, the array reallocated at 1, 2, 4, 8.
        // Eight fit in a block of under 1 KiB, which malloc serves from its per-thread cache; room
        // for sixteen took a trip through its bins (about 3,200 instructions an article).
        found.reserveCapacity(8)
        for (index, range) in doc.sentenceTokens.enumerated() { tagger.matches(in: range, sentence: index, into: &found) }
        guard !found.isEmpty else { return [] }
        settleSlashedDates(&found)
        placeBracketedWeekdays(&found)
        snapWeekdaysToDates(&found)
        TimelineBuilder.placeOpenWeekdays(&found)
        alignHeadlineWeekdays(&found)
        // A range's start may move (below); weekdays that followed it follow again.
        if orderRanges(&found) { TimelineBuilder.placeOpenWeekdays(&found) }
        orderSpanEnds(&found)  // round thirteen (Events13.swift)
        TimelineBuilder.resolveAnaphora(&found, tokens: doc.tokens)
        TimelineBuilder.placeThatMonths37(&found, tokens: doc.tokens)  // dates37 (Dates37.swift)
        TimelineBuilder.placeClauseDays(&found)  // round thirteen (Events13.swift)
        placeQuotedDays(&found, tagger: tagger)
        // Entity mentions by start offset, for the clause look-up; policy names hide their years.
        // Each mention keeps its entity's index, not a copy of its id: the copy, and copying each
        // entity out of the array to read it, were retains and releases (atomic) per mention.
        var mentions: [(start: Int, end: Int, entity: Int)] = []
        // Reserved: grown from empty, an array reallocates at 1, 2, 4, 8… elements.
        var mentionCount = 0, policyCount = 0
        for e in entities.indices {
            mentionCount += entities[e].mentions.count
            if entities[e].type == .policy { policyCount += entities[e].mentions.count }
        }
        mentions.reserveCapacity(mentionCount)
        var policySpans: [(Int, Int)] = []
        // Reserved too: grown from empty it was reallocated at 1, 2, 4… (speed44).
        if policyCount > 0 { policySpans.reserveCapacity(policyCount) }
        for e in entities.indices {
            for k in entities[e].mentions.indices {
                let start = entities[e].mentions[k].start, end = entities[e].mentions[k].end
                mentions.append((start, end, e))
                if entities[e].type == .policy { policySpans.append((start, end)) }
            }
        }
        mentions.sort { $0.start < $1.start }
        // Searched by halves: a `Set` hashed every start with SipHash. The starts are read in
        // place (an array of them was an allocation an article, speed44).
        /// The index of the first mention starting at or after `offset`.
        func firstMention(atOrAfter offset: Int) -> Int {
            var lo = 0, hi = mentions.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if mentions[mid].start < offset { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        func isMentionStart(_ offset: Int) -> Bool {
            let lo = firstMention(atOrAfter: offset)
            return lo < mentions.count && mentions[lo].start == offset
        }
        // The events to make, in text order; their strings are made once the order is known.
        var pending: [PendingEvent] = []
        pending.reserveCapacity(found.count)
        var lastClause: WalkedClause? = nil
        for f in found.indices where found[f].match.anaphoric == nil {
            do {
                let index = found[f].sentence, match = found[f].match
                let range = doc.sentenceTokens[index]
                let start = doc.tokens[match.first].start, end = doc.tokens[match.last].end
                if policySpans.contains(where: { $0.0 <= start && end <= $0.1 }) { continue }
                // "the 2018 Turkish Building Earthquake Code": a year naming which edition of a thing.
                // "the 2018 Woolsey Fire", "the 2024 Olympics": likewise a year before a name.
                // The next token read in place: an optional copy of it cost a retain and a release.
                let next = match.last + 1
                // A name on the next line is no name the year modifies ("… for presidency in 2022" / "Reuters").
                if match.date.granularity == .year, match.first == match.last, next < doc.tokens.count, !tagger.lineBreak(after: match.last),
                    isMentionStart(doc.tokens[next].start)
                        || (doc.tokens[next].isNameLike && match.first > 0 && doc.tokens[match.first - 1].key == "the"),
                    !nameBeforeEventNoun(next)
                {
                    continue
                }
                if isStamp(match, tagger: tagger) { continue }
                let clause = clauseRange(around: match.first, in: range, sentence: index, tagger: tagger, last: &lastClause)
                // A date in the clause of the event before it (one in five: "from Monday to
                // Friday") shares its ids and its text, made once (speed44).
                if let previous = pending.indices.last, pending[previous].clause == clause {
                    let text = pending[previous].clauseText ?? doc.text(clause.start, clause.end)
                    pending[previous].clauseText = text
                    pending.append(PendingEvent(
                        found: f, dayKey: PendingEvent.dayKey(match.date.start),
                        expression: TextRange(start: start, end: end), clause: clause, entities: pending[previous].entities,
                        clauseText: text))
                    continue
                }
                var ids: [String] = []
                // Only the mentions that start inside the clause, found by halves (the whole list
                // was read for every event, each element copied with its id).
                let firstInClause = firstMention(atOrAfter: clause.start)
                var k = firstInClause
                while k < mentions.count, mentions[k].start <= clause.end {
                    // An entity's id is its own (`build` makes them unique): an id already taken
                    // is an entity already taken, found by index among the mentions before this
                    // one, not by comparing strings (speed44).
                    if mentions[k].end <= clause.end,
                        !TimelineBuilder.entityTaken44(mentions, mentions[k].entity, from: firstInClause, before: k, end: clause.end)
                    {
                        // Room for a clause's few ids at the first: grown from empty, the array
                        // was reallocated at one, two and four (14,700 times a round).
                        if ids.isEmpty { ids.reserveCapacity(4) }
                        ids.append(entities[mentions[k].entity].id)
                    }
                    k += 1
                }
                pending.append(PendingEvent(
                    found: f, dayKey: PendingEvent.dayKey(match.date.start),
                    expression: TextRange(start: start, end: end), clause: clause, entities: ids))
            }
        }
        return TimelineBuilder.events(pending, found: found, doc: doc)
    }

    /// The sentence, cut at semicolons, spaced dashes and line breaks: a sentence often joins
    /// two clauses that way, each with its own time, and a line without a period (a headline,
    /// a caption) is no part of the next line's sentence.
    static let semicolonHash = -5808598656149742154  // StringTable<Bool>.hash(";"), a literal: no `swift_once` a read
    static let hyphenHash = -5808622845405550892  // StringTable<Bool>.hash("-"), a literal: no `swift_once` a read

    /// A quote, a closing parenthesis or a period, by its one byte: three string compares were
    /// three calls for every other mark (no other string equals these one-byte ones).
    private static func closesClause(_ key: String) -> Bool {
        // Through a `Span`: `utf8.first` is a call of its own.
        let bytes = key.utf8.span
        guard bytes.count == 1 else { return false }
        let b = bytes[0]
        return b == UInt8(ascii: "\"") || b == UInt8(ascii: ")") || b == UInt8(ascii: ".")
    }

    /// The last clause walked: its sentence and its token bounds before trailing marks are
    /// trimmed, kept when the walk started on a token that is no break. Then no token between
    /// the bounds is a break and no line ends before the last, so a walk from any of them stops
    /// at the same bounds: a second date in the clause reuses them (dates share clauses).
    private struct WalkedClause {
        var sentence: Int
        var lo: Int
        var hi: Int
    }

    private func clauseRange(
        around index: Int, in range: Range<Int>, sentence: Int, tagger: TemporalTagger, last: inout WalkedClause?
    ) -> TextRange {
        var lo = index, hi = index
        // Read once per clause: each read of a `static let` in the walk was a `swift_once` call.
        let semicolonHash = TimelineBuilder.semicolonHash, hyphenHash = TimelineBuilder.hyphenHash
        func isBreak(_ i: Int) -> Bool {
            // Fields are read in place: copying a `Token` out of the array retains its key.
            guard doc.tokens[i].kind == .punct else { return false }
            // The stored hash rules out most marks (commas, periods) before a string compare.
            let hash = doc.tokens[i].keyHash
            guard hash == semicolonHash || hash == hyphenHash else { return false }
            let key = doc.tokens[i].key
            if key == ";" { return true }
            // A dash with space on both sides separates clauses; "mid-2024" has none.
            return key == "-" && i > 0 && doc.tokens[i - 1].end < doc.tokens[i].start && i + 1 < doc.tokens.count
                && doc.tokens[i + 1].start > doc.tokens[i].end
        }
        if let known = last, known.sentence == sentence, known.lo <= index, index <= known.hi {
            lo = known.lo
            hi = known.hi
        } else {
            // A line break before token i breaks before it; punctuation breaks replace the token.
            while lo > range.lowerBound, !isBreak(lo - 1), !tagger.lineBreak(after: lo - 1) { lo -= 1 }
            while hi + 1 < range.upperBound, !isBreak(hi + 1), !tagger.lineBreak(after: hi) { hi += 1 }
            last = isBreak(index) ? nil : WalkedClause(sentence: sentence, lo: lo, hi: hi)
        }
        // Trailing punctuation stays with the clause only when it closes it.
        while hi > lo, doc.tokens[hi].kind == .punct, !TimelineBuilder.closesClause(doc.tokens.span[hi].key) {
            hi -= 1
        }
        return TextRange(start: doc.tokens[lo].start, end: doc.tokens[hi].end)
    }

    /// Words a time stamp line holds besides its date and time: "Posted/updated on: June 27,
    /// 2022 at 4:04 pm", "Mon., Feb. 4, 2019", "3:58 p.m. ET, November 22, 2023".
    static let stampWords: StringTable<Bool> = {
        var table = StringTable<Bool>()
        // true: a word that marks a stamp by itself (a time or "posted"); false: one a stamp may hold.
        for w in ["posted", "updated", "published", "modified", "am", "pm", "a.m.", "p.m.", "a.m", "p.m"] { table[w] = true }
        for w in [
            "last", "on", "at", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "bst",
            "utc", "ist", "aest", "mon.", "tue.", "tues.", "wed.", "thu.", "thur.", "thurs.", "fri.", "sat.", "sun.", "mon",
            "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday",
        ] { table[w] = false }
        return table
    }()
    static let colonHash = -5808597556638115103  // StringTable<Bool>.hash(":"), a literal: no `swift_once` a read

    /// A date that only stamps its line (a dateline or timestamp: boilerplate, no event): the
    /// line holds nothing but the date, a time, a weekday and stamp words, and has a time or a
    /// stamp word, or names a weekday and a year ("Mon., Feb. 4, 2019"). (The date closing an
    /// embedded post's credit, "— Jane Roe (@jroe) May 2, 2024", stays: the post's own day.)
    private func isStamp(_ match: TemporalTagger.Match, tagger: TemporalTagger) -> Bool {
        // Walk out to the line's ends, giving up at the first word a stamp does not hold: most
        // dates sit in prose and stop within a word or two.
        var marked = false, weekday = match.weekday != nil
        func fits(_ t: Int) -> Bool {
            // Fields read in place through a `Span`: the array's getter copied the whole token
            // (a retain and a release of its key).
            let view = doc.tokens.span
            switch view[t].kind {
            case .number: return true
            case .punct:
                if view[t].keyHash == TimelineBuilder.colonHash { marked = true }  // "4:04"
                return true
            default: break
            }
            let k = view[t].key
            // "11:37am", "3:51pm" (the minutes and "am" one token), and a dateline's city in
            // capitals ("TORONTO Wed Jun 19, 2013 3:51pm EDT"): round eleven.
            if view[t].startsWithDigit, k.hasBytesSuffix("am") || k.hasBytesSuffix("pm") {
                marked = true
                return true
            }
            if view[t].isAllCaps, TimelineBuilder.stampWords.value(k, hash: view[t].keyHash) == nil { return true }
            guard let mark = TimelineBuilder.stampWords.value(k, hash: view[t].keyHash) else { return false }
            if mark { marked = true }
            if TemporalTagger.weekdays[k] != nil || k.utf8.count <= 5 && k.hasBytesSuffix(".") { weekday = true }
            return true
        }
        var t = match.last
        while t + 1 < doc.tokens.count, !tagger.lineBreak(after: t) {
            t += 1
            guard t - match.last <= 12, fits(t) else { return false }
        }
        t = match.first
        while t > 0, !tagger.lineBreak(after: t - 1) {
            t -= 1
            guard match.first - t <= 12, fits(t) else { return false }
        }
        if !weekday, TemporalTagger.weekdays[doc.tokens[match.first].key] != nil { weekday = true }
        let hasYear = match.date.granularity == .day && match.last > match.first && tagger.year(match.last, match.first..<(match.last + 1)) != nil
        return marked || (weekday && hasYear)
    }

    /// A weekday no tense cue placed ("Wednesday's forecast", a headline) is the same day as
    /// that weekday where a cue did place it, nearest in the article; failing that, the one
    /// nearest a dated day of its own sentence ("late Wednesday night and through Thursday").
    static func placeOpenWeekdays(_ found: inout [(sentence: Int, match: TemporalTagger.Match)]) {
        for n in found.indices {
            guard let day = found[n].match.weekday, !found[n].match.cued else { continue }
            let w = Int(day)
            let sentence = found[n].sentence
            if found[n].match.endpoint {
                // "from Monday through Friday": the first such day after the start.
                let start = found[..<n].last { $0.sentence == sentence && $0.match.date.granularity == .day }
                if let start {
                    let day = start.match.date.start
                    found[n].match.date = .day(day.adding(days: (w - day.weekday + 6) % 7 + 1))
                }
                continue
            }
            var best: (distance: Int, date: ResolvedDate)?
            for other in found where other.match.weekday == day && other.match.cued {
                let distance = abs(other.sentence - sentence)
                if best.map({ distance < $0.distance }) ?? true { best = (distance, other.match.date) }
            }
            if let best {
                found[n].match.date = best.date
                continue
            }
            let anchor = found.first { other in
                other.sentence == sentence && other.match.date.granularity == .day
                    && (other.match.weekday == nil || other.match.cued)
            }
            if let anchor {
                let day = anchor.match.date.start
                let forward = (w - day.weekday + 7) % 7
                found[n].match.date = .day(day.adding(days: forward <= 3 ? forward : forward - 7))
            }
        }
    }

    /// "the next year", "the next day": one unit after the expression just before it, in the
    /// same or the previous sentence ("built in 1937 … began operating the next year").
    static func resolveAnaphora(_ found: inout [(sentence: Int, match: TemporalTagger.Match)], tokens: [Token]) {
        for n in found.indices {
            guard let unit = found[n].match.anaphoric else { continue }
            guard n > 0, found[n - 1].match.anaphoric == nil, found[n].sentence - found[n - 1].sentence <= (found[n].match.localOnly ? 0 : 1)
            else {
                placeNarrativeDay(&found, n, tokens: tokens)  // round twelve (Events12.swift)
                continue
            }
            let base = found[n - 1].match.date
            var date: ResolvedDate?
            // "due on the 18th" after "September 19": that month's day.
            if let d = found[n].match.dayOfMonth {
                if base.granularity == .day || base.granularity == .month, Int(d) <= PartialDate.daysIn(month: base.start.month, year: base.start.year) {
                    found[n].match.date = .day(CivilDate(base.start.year, base.start.month, Int(d)))
                    found[n].match.anaphoric = nil
                    found[n].match.dayOfMonth = nil
                }
                continue
            }
            let step = Int(found[n].match.step)
            switch unit {
            case .year: date = .year(base.start.year + step)
            case .month where base.granularity == .day || base.granularity == .month:
                let next = base.start.year * 12 + base.start.month - 1 + step
                date = .month(next / 12, next % 12 + 1)
            case .day where base.granularity == .day: date = .day(base.start.adding(days: step))
            case .week where base.granularity == .day && found[n].match.date.granularity == .week:
                // "the following week" (round eleven)
                date = .week(containing: base.start.adding(days: 7))
            case .week where base.granularity == .day:
                // "the Monday after": the placeholder's weekday, first after the base day.
                date = .day(base.start.adding(days: (found[n].match.date.start.weekday - base.start.weekday + 6) % 7 + 1))
            default: date = nil
            }
            if let date {
                found[n].match.date = date
                found[n].match.anaphoric = nil
            } else {
                placeNarrativeDay(&found, n, tokens: tokens)
            }
        }
    }

    /// "rose from March to May", "from Nov. 28 to Jan. 3" with no year written: a range ends
    /// after it starts. When the end resolved before the start, a past range (its end by
    /// publication) starts a year earlier; one still ahead ends a year later.
    private func orderYearlessRange(_ found: inout [(sentence: Int, match: TemporalTagger.Match)], _ n: Int) -> Bool {
        guard found[n + 1].sentence == found[n].sentence, found[n + 1].match.first == found[n].match.last + 2 else { return false }
        let a = found[n].match, b = found[n + 1].match
        guard b.weekday == nil, a.weekday == nil, a.date.granularity == .day || a.date.granularity == .month else { return false }
        func hasYear(_ m: TemporalTagger.Match) -> Bool {
            (m.first...m.last).contains { doc.tokens[$0].kind == .number && doc.tokens[$0].key.utf8.count == 4 }
        }
        let link = doc.tokens[a.last + 1].key
        guard link == "to" || link == "through" || link == "until" || link == "till" || link == "-" || link == "and" else { return false }
        // "from October through March 2021": a start without its year lies in the twelve
        // months before the end that has one.
        if b.date.granularity == .day || b.date.granularity == .month, !hasYear(a), hasYear(b) {
            let end = b.date.start
            let y = (a.date.start.month, a.date.start.day) <= (end.month, end.day) || a.date.granularity == .month && a.date.start.month == end.month
                ? end.year : end.year - 1
            guard y != a.date.start.year else { return false }
            if a.date.granularity == .month {
                found[n].match.date = .month(y, a.date.start.month, a.date.qualifier)
            } else {
                found[n].match.date = .day(CivilDate(y, a.date.start.month, min(a.date.start.day, PartialDate.daysIn(month: a.date.start.month, year: y))))
            }
            return true
        }
        guard a.date.granularity == b.date.granularity, b.date.start < a.date.start else { return false }
        // "moved the count from June 4 to June 2": a change of date, not a span; a span that
        // wraps past New Year ("from Nov. 28 to Jan. 3") is months long, not nearly a year.
        let wrapped = b.date.granularity == .month
            ? (b.date.start.year + 1) * 12 + b.date.start.month - (a.date.start.year * 12 + a.date.start.month)
            : (CivilDate(b.date.start.year + 1, b.date.start.month, min(b.date.start.day, 28)).dayNumber - a.date.start.dayNumber) / 30
        guard wrapped <= 7 else { return false }
        switch link {
        case "to", "through", "until", "till", "-", "and":
            if hasYear(a) || hasYear(b) { return false }
            let pub = published.flatMap { p in p.month.map { CivilDate(p.year, $0, p.day ?? 15) } }
            func shifted(_ d: ResolvedDate, _ years: Int) -> ResolvedDate {
                let y = d.start.year + years
                if d.granularity == .month { return .month(y, d.start.month, d.qualifier) }
                return .day(CivilDate(y, d.start.month, min(d.start.day, PartialDate.daysIn(month: d.start.month, year: y))))
            }
            if let pub, b.date.end <= pub {
                found[n].match.date = shifted(a.date, -1)
            } else {
                found[n + 1].match.date = shifted(b.date, 1)
            }
            return true
        default: return false
        }
    }

    /// "from Saturday to Monday morning": a weekday that opens a range lies in the week before
    /// its end, whatever tense placed it ("issued a warning … from Saturday to Monday").
    func orderRanges(_ found: inout [(sentence: Int, match: TemporalTagger.Match)]) -> Bool {
        var moved = false
        for n in found.indices.dropLast() {
            if found[n].match.weekday == nil, orderYearlessRange(&found, n) { continue }
            // "from noon Thursday until noon Monday": a clock word before the end changes nothing.
            let gap = found[n + 1].match.first - found[n].match.last
            guard let day = found[n].match.weekday, found[n + 1].sentence == found[n].sentence,
                gap == 2 || (gap == 3 && TemporalTagger.clockWords.contains(doc.tokens[found[n + 1].match.first - 1])),
                found[n + 1].match.date.granularity == .day
            else { continue }
            switch doc.tokens[found[n].match.last + 1].key {
            // "rain Thursday into Friday" (round eleven: "into")
            case "to", "through", "until", "till", "-", "into":
                let end = found[n + 1].match.date.start, start = found[n].match.date.start
                guard start > end || end.dayNumber - start.dayNumber > 6 else { continue }
                // A span still ahead ("will lift closures from Thursday until Monday") ends on the
                // first such weekday after its start; one already begun starts before its end.
                if let endDay = found[n + 1].match.weekday, start > end, let pub = publishedDay, start >= pub {
                    found[n + 1].match.date = .day(start.adding(days: (Int(endDay) - start.weekday + 6) % 7 + 1))
                    moved = true
                    continue
                }
                let back = (end.weekday - Int(day) + 7) % 7
                found[n].match.date = .day(end.adding(days: -(back == 0 ? 7 : back)))
                moved = true
            default: continue
            }
        }
        return moved
    }
}
