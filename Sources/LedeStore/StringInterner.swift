import LedeExtract

/// Shares one heap buffer among equal strings: entity names, aliases, ids, mention texts
/// and sources recur across a corpus (and within an article: most mentions spell the
/// entity's name), and each separate copy of a string over 15 UTF-8 bytes costs a heap
/// allocation. Swift strings are values over a shared buffer, so handing out the first
/// copy is enough. Loader workers keep one each (no shared state); the table itself is
/// dropped after the load, the shared buffers stay with the records.
package struct StringInterner {
    private var table: Set<String> = []

    package init() {}

    /// The first string equal to `text` seen by this interner. Small strings (stored
    /// inline, no heap buffer) are returned as they are.
    package mutating func intern(_ text: String) -> String {
        guard text.utf8.count > 15 else { return text }
        if let known = table.firstIndex(of: text) { return table[known] }
        table.insert(text)
        return text
    }

    package mutating func intern(_ text: String?) -> String? { text.map { intern($0) } }

    /// The extraction with its repeated strings shared.
    package mutating func intern(_ extraction: Extraction) -> Extraction {
        var copy = extraction
        copy.boilerplate = extraction.boilerplate.map { Boilerplate(range: $0.range, kind: intern($0.kind)) }
        copy.entities = extraction.entities.map { entity in
            var entity = entity
            entity.id = intern(entity.id)
            entity.name = intern(entity.name)
            entity.aliases = entity.aliases.map { intern($0) }
            entity.descriptors = entity.descriptors.map { intern($0) }
            entity.mentions = entity.mentions.map { Mention(start: $0.start, end: $0.end, text: intern($0.text), sentence: $0.sentence) }
            return entity
        }
        copy.events = extraction.events.map { event in
            var event = event
            event.expression = intern(event.expression)
            event.entities = event.entities.map { intern($0) }
            return event
        }
        return copy
    }

    /// The article's metadata with its repeated strings shared (the body is not).
    package mutating func intern(metadata article: Article) -> Article {
        var copy = article
        copy.source = intern(article.source)
        copy.byline = intern(article.byline)
        copy.dateline = intern(article.dateline)
        return copy
    }
}
