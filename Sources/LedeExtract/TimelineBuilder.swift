/// Turns the temporal expressions of each sentence into dated events, each with the clause
/// that carries it and the entities mentioned there.
struct TimelineBuilder {
    let doc: Document
    let published: PartialDate?
    let entities: [Entity]

    func events() -> [TimelineEvent] {
        let tagger = TemporalTagger(tokens: doc.tokens, anchor: published, bytes: doc.bytes)
        var found: [(sentence: Int, match: TemporalTagger.Match)] = []
        for (index, range) in doc.sentenceTokens.enumerated() {
            for match in tagger.matches(in: range) { found.append((index, match)) }
        }
        guard !found.isEmpty else { return [] }
        TimelineBuilder.placeOpenWeekdays(&found)
        // A range's start may move (below); weekdays that followed it follow again.
        if orderRanges(&found) { TimelineBuilder.placeOpenWeekdays(&found) }
        TimelineBuilder.resolveAnaphora(&found)
        // Entity mentions by start offset, for the clause look-up; policy names hide their years.
        var mentions: [(start: Int, end: Int, id: String)] = []
        // Reserved: grown from empty, an array reallocates at 1, 2, 4, 8… elements.
        mentions.reserveCapacity(entities.reduce(0) { $0 + $1.mentions.count })
        var policySpans: [(Int, Int)] = []
        for entity in entities {
            for m in entity.mentions {
                mentions.append((m.start, m.end, entity.id))
                if entity.type == .policy { policySpans.append((m.start, m.end)) }
            }
        }
        mentions.sort { $0.start < $1.start }
        // Sorted (as `mentions` is) and searched by halves: a `Set` hashed every start with SipHash.
        let mentionStarts = mentions.map(\.start)
        func isMentionStart(_ offset: Int) -> Bool {
            var lo = 0, hi = mentionStarts.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if mentionStarts[mid] < offset { lo = mid + 1 } else { hi = mid }
            }
            return lo < mentionStarts.count && mentionStarts[lo] == offset
        }
        var events: [TimelineEvent] = []
        events.reserveCapacity(found.count)
        for (index, match) in found where match.anaphoric == nil {
            do {
                let range = doc.sentenceTokens[index]
                let start = doc.tokens[match.first].start, end = doc.tokens[match.last].end
                if policySpans.contains(where: { $0.0 <= start && end <= $0.1 }) { continue }
                // "the 2018 Turkish Building Earthquake Code": a year naming which edition of a thing.
                // "the 2018 Woolsey Fire", "the 2024 Olympics": likewise a year before a name.
                let next = match.last + 1 < doc.tokens.count ? doc.tokens[match.last + 1] : nil
                if match.date.granularity == .year, match.first == match.last, let next,
                    isMentionStart(next.start)
                        || (next.isNameLike && match.first > 0 && doc.tokens[match.first - 1].key == "the")
                {
                    continue
                }
                let clause = clauseRange(around: match.first, in: range, tagger: tagger)
                var ids: [String] = []
                for m in mentions where m.start >= clause.start && m.end <= clause.end && !ids.contains(m.id) {
                    ids.append(m.id)
                }
                let d = match.date
                events.append(TimelineEvent(
                    date: d.value, granularity: d.granularity, qualifier: d.qualifier, start: d.start.description,
                    end: d.end.description, expression: doc.text(start, end), expressionRange: TextRange(start: start, end: end),
                    text: doc.text(clause.start, clause.end), textRange: clause, sentence: index, entities: ids))
            }
        }
        events.sort { a, b in
            a.start != b.start ? a.start < b.start : a.expressionRange.start < b.expressionRange.start
        }
        return events
    }

    /// The sentence, cut at semicolons, spaced dashes and line breaks: a sentence often joins
    /// two clauses that way, each with its own time, and a line without a period (a headline,
    /// a caption) is no part of the next line's sentence.
    private func clauseRange(around index: Int, in range: Range<Int>, tagger: TemporalTagger) -> TextRange {
        var lo = index, hi = index
        func isBreak(_ i: Int) -> Bool {
            // Fields are read in place: copying a `Token` out of the array retains its key.
            guard doc.tokens[i].kind == .punct else { return false }
            let key = doc.tokens[i].key
            if key == ";" { return true }
            // A dash with space on both sides separates clauses; "mid-2024" has none.
            return key == "-" && i > 0 && doc.tokens[i - 1].end < doc.tokens[i].start && i + 1 < doc.tokens.count
                && doc.tokens[i + 1].start > doc.tokens[i].end
        }
        // A line break before token i breaks before it; punctuation breaks replace the token.
        while lo > range.lowerBound, !isBreak(lo - 1), !tagger.lineBreak(after: lo - 1) { lo -= 1 }
        while hi + 1 < range.upperBound, !isBreak(hi + 1), !tagger.lineBreak(after: hi) { hi += 1 }
        // Trailing punctuation stays with the clause only when it closes it.
        while hi > lo, doc.tokens[hi].kind == .punct, doc.tokens[hi].key != "\"" && doc.tokens[hi].key != ")" && doc.tokens[hi].key != "." {
            hi -= 1
        }
        return TextRange(start: doc.tokens[lo].start, end: doc.tokens[hi].end)
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
    static func resolveAnaphora(_ found: inout [(sentence: Int, match: TemporalTagger.Match)]) {
        for n in found.indices {
            guard let unit = found[n].match.anaphoric else { continue }
            guard n > 0, found[n - 1].match.anaphoric == nil, found[n].sentence - found[n - 1].sentence <= 1 else { continue }
            let base = found[n - 1].match.date
            var date: ResolvedDate?
            switch unit {
            case .year: date = .year(base.start.year + 1)
            case .month where base.granularity == .day || base.granularity == .month:
                let next = base.start.year * 12 + base.start.month
                date = .month(next / 12, next % 12 + 1)
            case .day where base.granularity == .day: date = .day(base.start.adding(days: 1))
            default: date = nil
            }
            if let date {
                found[n].match.date = date
                found[n].match.anaphoric = nil
            }
        }
    }

    /// "from Saturday to Monday morning": a weekday that opens a range lies in the week before
    /// its end, whatever tense placed it ("issued a warning … from Saturday to Monday").
    func orderRanges(_ found: inout [(sentence: Int, match: TemporalTagger.Match)]) -> Bool {
        var moved = false
        for n in found.indices.dropLast() {
            guard let day = found[n].match.weekday, found[n + 1].sentence == found[n].sentence,
                found[n + 1].match.first == found[n].match.last + 2, found[n + 1].match.date.granularity == .day
            else { continue }
            switch doc.tokens[found[n].match.last + 1].key {
            case "to", "through", "until", "till", "-":
                let end = found[n + 1].match.date.start, start = found[n].match.date.start
                guard start > end || end.dayNumber - start.dayNumber > 6 else { continue }
                let back = (end.weekday - Int(day) + 7) % 7
                found[n].match.date = .day(end.adding(days: -(back == 0 ? 7 : back)))
                moved = true
            default: continue
            }
        }
        return moved
    }
}
