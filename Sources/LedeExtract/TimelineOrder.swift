/// Events are ordered by their start day, then by where their expression starts (speed round
/// nineteen). The start day was compared as the `YYYY-MM-DD` string the event carries; for
/// four-digit years that order is the order of the numbers year·10⁴ + month·10² + day, so the
/// events are sorted on that number before their strings are made. The sort is the same
/// stable sort with a comparator that answers alike, so the order is the same.
struct PendingEvent {
    /// The index of its expression in the builder's list (`found`), which holds its date and
    /// sentence: a copy of the date made the array of a typical article's events too large for
    /// malloc's per-thread cache (speed44).
    var found: Int
    /// year·10⁴ + month·10² + day when the start's text is fixed-width, else -1.
    var dayKey: Int
    var expression: TextRange
    var clause: TextRange
    var entities: [String]
    /// The clause's text when another event shares the clause (made once for both, speed44);
    /// nil otherwise, and `TimelineBuilder.events(_:doc:)` makes it.
    var clauseText: String? = nil

    /// The numeric form of `CivilDate.description` when that is `YYYY-MM-DD` (the same bounds).
    static func dayKey(_ d: CivilDate) -> Int {
        guard d.year >= 1000, d.year <= 9999, d.month >= 0, d.month <= 99, d.day >= 0, d.day <= 99 else { return -1 }
        return d.year * 10_000 + d.month * 100 + d.day
    }
}

extension TimelineBuilder {
    /// The events of `pending`, ordered by start day, then expression start.
    static func events(_ pending: [PendingEvent], found: [(sentence: Int, match: TemporalTagger.Match)], doc: Document) -> [TimelineEvent] {
        var events: [TimelineEvent] = []
        events.reserveCapacity(pending.count)
        var fixedWidth = true
        for p in pending.indices where pending[p].dayKey < 0 {
            fixedWidth = false
            break
        }
        // Sorted as plain integers: sorting the pending events themselves copied each moved one
        // (a retain and a release of its strings) as the sort shifted it.
        var order = pending.indices.map { (day: pending[$0].dayKey, start: pending[$0].expression.start, index: $0) }
        if fixedWidth { order.sort { a, b in a.day != b.day ? a.day < b.day : a.start < b.start } }
        for o in order.indices {
            let p = order[o].index
            let d = found[pending[p].found].match.date
            let expression = pending[p].expression, clause = pending[p].clause
            // A day is its own start and end: one string for both. A year's three strings come
            // from a table for the years news names most (speed44).
            let startText = YearTexts44.start(d.start) ?? d.start.description
            // A day's value is its start's text: the same string again.
            events.append(TimelineEvent(
                date: d.label == .day(d.start) ? startText : YearTexts44.value(d) ?? d.value, granularity: d.granularity,
                qualifier: d.qualifier, start: startText,
                end: d.end == d.start ? startText : YearTexts44.end(d.end) ?? d.end.description,
                expression: doc.text(expression.start, expression.end),
                expressionRange: expression, text: pending[p].clauseText ?? doc.text(clause.start, clause.end), textRange: clause,
                sentence: found[pending[p].found].sentence, entities: pending[p].entities))
        }
        if !fixedWidth {
            events.sort { a, b in
                a.start != b.start ? a.start < b.start : a.expressionRange.start < b.expressionRange.start
            }
        }
        return events
    }
}
