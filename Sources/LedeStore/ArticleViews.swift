import LedeExtract
import LedeJSON

/// The JSON documents the API serves for one article. Pure functions of the article
/// and an extraction whose offsets are already in `unit`; the snapshot calls them once
/// per article for the default unit, the API again only for `?offsets=utf8|utf16` or a
/// `?type=` filter.
package enum ArticleViews {
    package static func links(_ id: String, into json: inout JSONWriter) {
        json.key("links")
        json.beginObject()
        json.field("self", "/v1/articles/\(id)")
        json.field("entities", "/v1/articles/\(id)/entities")
        json.field("timeline", "/v1/articles/\(id)/timeline")
        json.endObject()
    }

    package static func entityCounts(_ extraction: Extraction, into json: inout JSONWriter) {
        json.key("entity_counts")
        json.beginObject()
        for type in EntityType.allCases {
            json.field(type.rawValue, extraction.entities.count { $0.type == type })
        }
        json.endObject()
    }

    /// `GET /v1/articles`: one element of `articles`.
    package static func summary(_ article: Article, _ extraction: Extraction, wordCount: Int) -> [UInt8] {
        var json = JSONWriter(capacity: 384)
        json.beginObject()
        json.field("id", article.id)
        json.field("title", article.title)
        json.field("source", article.source)
        json.field("url", article.url)
        json.field("published", article.published)
        json.field("word_count", wordCount)
        entityCounts(extraction, into: &json)
        json.endObject()
        return json.bytes
    }

    /// `GET /v1/articles/{id}`.
    package static func article(_ article: Article, _ extraction: Extraction, wordCount: Int, unit: OffsetUnit) -> [UInt8] {
        var json = JSONWriter(capacity: article.body.utf8.count + 1024)
        json.beginObject()
        json.field("id", article.id)
        json.field("title", article.title)
        json.field("byline", article.byline)
        json.field("source", article.source)
        json.field("url", article.url)
        json.field("published", article.published)
        json.field("dateline", article.dateline)
        json.field("word_count", wordCount)
        entityCounts(extraction, into: &json)
        json.field("offsets", unit.rawValue)
        json.key("paragraphs")
        json.beginArray()
        for paragraph in extraction.paragraphs { range(paragraph, into: &json) }
        json.endArray()
        json.key("boilerplate")
        json.beginArray()
        for item in extraction.boilerplate {
            json.beginObject()
            json.field("start", item.range.start)
            json.field("end", item.range.end)
            json.field("kind", item.kind)
            json.endObject()
        }
        json.endArray()
        json.field("body", article.body)
        links(article.id, into: &json)
        json.endObject()
        return json.bytes
    }

    /// `GET /v1/articles/{id}/entities`, optionally only some types.
    package static func entities(_ id: String, _ extraction: Extraction, unit: OffsetUnit, types: Set<EntityType>? = nil) -> [UInt8] {
        var json = JSONWriter(capacity: 4096)
        json.beginObject()
        json.field("article", id)
        json.field("offsets", unit.rawValue)
        json.key("entities")
        json.beginArray()
        for entity in extraction.entities where types?.contains(entity.type) ?? true {
            json.beginObject()
            json.field("id", entity.id)
            json.field("type", entity.type.rawValue)
            json.field("name", entity.name)
            strings("aliases", entity.aliases, into: &json)
            strings("descriptors", entity.descriptors, into: &json)
            json.field("salience", entity.salience)
            mentions(entity.mentions, into: &json)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.bytes
    }

    /// `GET /v1/articles/{id}/timeline`.
    package static func timeline(_ article: Article, _ extraction: Extraction, unit: OffsetUnit) -> [UInt8] {
        var json = JSONWriter(capacity: 2048)
        json.beginObject()
        json.field("article", article.id)
        json.field("published", article.published)
        json.field("offsets", unit.rawValue)
        json.key("events")
        json.beginArray()
        for event in extraction.events { self.event(event, into: &json) }
        json.endArray()
        json.endObject()
        return json.bytes
    }

    /// One timeline event's members (without the enclosing braces' owner fields).
    package static func event(_ event: TimelineEvent, articleID: String? = nil, entities: [String]? = nil, into json: inout JSONWriter) {
        json.beginObject()
        if let articleID { json.field("article", articleID) }
        json.field("date", event.date)
        json.field("granularity", event.granularity.rawValue)
        json.field("qualifier", event.qualifier?.rawValue)
        json.field("start", event.start)
        json.field("end", event.end)
        json.field("expression", event.expression)
        json.field("text", event.text)
        json.field("sentence", event.sentence)
        json.key("offsets")
        json.beginObject()
        json.key("expression")
        range(event.expressionRange, into: &json)
        json.key("text")
        range(event.textRange, into: &json)
        json.endObject()
        strings("entities", entities ?? event.entities, into: &json)
        json.endObject()
    }

    /// displaCy's manual-rendering input: `[{"text","ents":[{"start","end","label"}],"title"}]`.
    /// displaCy indexes Python strings, so offsets must be code points.
    package static func displacy(_ article: Article, _ extraction: Extraction, types: Set<EntityType>? = nil) -> [UInt8] {
        var spans: [(start: Int, end: Int, label: String)] = []
        for entity in extraction.entities where types?.contains(entity.type) ?? true {
            for mention in entity.mentions { spans.append((mention.start, mention.end, entity.type.rawValue.uppercased())) }
        }
        spans.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        var json = JSONWriter(capacity: article.body.utf8.count + 1024)
        json.beginArray()
        json.beginObject()
        json.field("text", article.body)
        json.key("ents")
        json.beginArray()
        for span in spans {
            json.beginObject()
            json.field("start", span.start)
            json.field("end", span.end)
            json.field("label", span.label)
            json.endObject()
        }
        json.endArray()
        json.field("title", article.title)
        json.endObject()
        json.endArray()
        return json.bytes
    }

    /// Knight Lab TimelineJS: partial dates stay partial (a month-only event has no
    /// `day`); seasons, quarters and decades carry their year plus a `display_date`.
    package static func timelineJS(_ article: Article, _ extraction: Extraction) -> [UInt8] {
        var json = JSONWriter(capacity: 2048)
        json.beginObject()
        json.key("title")
        json.beginObject()
        json.key("text")
        json.beginObject()
        json.field("headline", article.title)
        if let source = article.source { json.field("text", source) }
        json.endObject()
        json.endObject()
        json.key("events")
        json.beginArray()
        for event in extraction.events {
            json.beginObject()
            json.key("start_date")
            json.beginObject()
            let parts = event.date.split(separator: "-")
            let yearText = parts.first.map(String.init) ?? event.date
            json.field("year", yearText.hasSuffix("s") ? String(yearText.dropLast()) : yearText)
            if event.granularity == .month || event.granularity == .day, parts.count >= 2, let month = Int(parts[1]) {
                json.field("month", String(month))
                if event.granularity == .day, parts.count >= 3, let day = Int(parts[2]) { json.field("day", String(day)) }
            }
            if ![.day, .month, .year].contains(event.granularity) || event.qualifier != nil {
                json.field("display_date", event.expression)
            }
            json.endObject()
            json.key("text")
            json.beginObject()
            json.field("headline", event.expression)
            json.field("text", event.text)
            json.endObject()
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.bytes
    }

    /// `"mentions":[{"start","end","text","sentence"}]`, shared by article and corpus views.
    package static func mentions(_ mentions: [Mention], into json: inout JSONWriter) {
        json.key("mentions")
        json.beginArray()
        for mention in mentions {
            json.beginObject()
            json.field("start", mention.start)
            json.field("end", mention.end)
            json.field("text", mention.text)
            json.field("sentence", mention.sentence)
            json.endObject()
        }
        json.endArray()
    }

    private static func range(_ range: TextRange, into json: inout JSONWriter) {
        json.beginObject()
        json.field("start", range.start)
        json.field("end", range.end)
        json.endObject()
    }

    private static func strings(_ name: String, _ values: [String], into json: inout JSONWriter) {
        json.key(name)
        json.beginArray()
        for value in values { json.string(value) }
        json.endArray()
    }
}
