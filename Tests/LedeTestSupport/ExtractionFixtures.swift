import LedeExtract

/// The UTF-8 byte range of the first occurrence of `text` in `body`; a fixture that names
/// text its body lacks is a broken test, so it stops the run.
private func locate(_ text: String, in body: String) -> Range<Int> {
    let bytes = Array(body.utf8)
    let needle = Array(text.utf8)
    if needle.count <= bytes.count {
        for start in 0...(bytes.count - needle.count) where Array(bytes[start..<start + needle.count]) == needle {
            return start..<start + needle.count
        }
    }
    fatalError("\(text) is not in the body")
}

/// Builds an extraction in UTF-8 offsets by locating each mention's text in `body`.
package func extraction(
    _ body: String, entities: [(id: String, type: EntityType, name: String, aliases: [String], mentions: [String])],
    events: [TimelineEvent] = []
) -> Extraction {
    let whole = TextRange(start: 0, end: body.utf8.count)
    return Extraction(
        paragraphs: [whole],
        sentences: [whole],
        entities: entities.map { e in
            Entity(
                id: e.id, type: e.type, name: e.name, aliases: e.aliases, salience: 0.5,
                mentions: e.mentions.map { text in
                    let r = locate(text, in: body)
                    return Mention(start: r.lowerBound, end: r.upperBound, text: text, sentence: 0)
                })
        },
        events: events)
}

/// A dated event whose clause is the whole body and whose expression is located in it.
package func event(
    _ date: String, _ granularity: DateGranularity, start: String, end: String, expression: String, in body: String,
    entities: [String] = []
) -> TimelineEvent {
    let r = locate(expression, in: body)
    return TimelineEvent(
        date: date, granularity: granularity, qualifier: nil, start: start, end: end, expression: expression,
        expressionRange: TextRange(start: r.lowerBound, end: r.upperBound), text: body,
        textRange: TextRange(start: 0, end: body.utf8.count), sentence: 0, entities: entities)
}
