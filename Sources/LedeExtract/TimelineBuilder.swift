/// Turns the temporal expressions of each sentence into dated events, each with the clause
/// that carries it and the entities mentioned there.
struct TimelineBuilder {
    let doc: Document
    let published: PartialDate?
    let entities: [Entity]

    func events() -> [TimelineEvent] {
        let tagger = TemporalTagger(tokens: doc.tokens, anchor: published)
        var found: [(sentence: Int, match: TemporalTagger.Match)] = []
        for (index, range) in doc.sentenceTokens.enumerated() {
            for match in tagger.matches(in: range) { found.append((index, match)) }
        }
        guard !found.isEmpty else { return [] }
        // Entity mentions by start offset, for the clause look-up; policy names hide their years.
        var mentions: [(start: Int, end: Int, id: String)] = []
        var policySpans: [(Int, Int)] = []
        for entity in entities {
            for m in entity.mentions {
                mentions.append((m.start, m.end, entity.id))
                if entity.type == .policy { policySpans.append((m.start, m.end)) }
            }
        }
        mentions.sort { $0.start < $1.start }
        let mentionStarts = Set(mentions.map(\.start))
        var events: [TimelineEvent] = []
        for (index, match) in found {
            do {
                let range = doc.sentenceTokens[index]
                let start = doc.tokens[match.first].start, end = doc.tokens[match.last].end
                if policySpans.contains(where: { $0.0 <= start && end <= $0.1 }) { continue }
                // "the 2018 Turkish Building Earthquake Code": a year naming which edition of a thing.
                // "the 2018 Woolsey Fire", "the 2024 Olympics": likewise a year before a name.
                let next = match.last + 1 < doc.tokens.count ? doc.tokens[match.last + 1] : nil
                if match.date.granularity == .year, match.first == match.last, let next,
                    mentionStarts.contains(next.start)
                        || (next.isNameLike && match.first > 0 && doc.tokens[match.first - 1].key == "the")
                {
                    continue
                }
                let clause = clauseRange(around: match.first, in: range)
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

    /// The sentence, cut at semicolons and spaced dashes: a sentence often joins two clauses
    /// that way, each with its own time.
    private func clauseRange(around index: Int, in range: Range<Int>) -> TextRange {
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
        while lo > range.lowerBound, !isBreak(lo - 1) { lo -= 1 }
        while hi + 1 < range.upperBound, !isBreak(hi + 1) { hi += 1 }
        // Trailing punctuation stays with the clause only when it closes it.
        while hi > lo, doc.tokens[hi].kind == .punct, doc.tokens[hi].key != "\"" && doc.tokens[hi].key != ")" && doc.tokens[hi].key != "." {
            hi -= 1
        }
        return TextRange(start: doc.tokens[lo].start, end: doc.tokens[hi].end)
    }
}
