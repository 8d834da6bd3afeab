import LedeHTTP
import LedeJSON
import LedeStore

/// `GET /v1/search?q=&limit=`: articles ranked by BM25 with a highlighted snippet.
enum SearchRoute {
    /// Words of context kept before the first match and in the whole snippet.
    static let wordsBefore = 8
    static let snippetWords = 32

    static func search(_ request: Request, _ snapshot: Snapshot, _ options: APIOptions) throws(Problem) -> HTTPResponse {
        var query = QueryParameters(request, allowed: ["q", "limit"])
        let limit = query.limit(default: 10, max: options.maxLimit)
        let text = query.string("q") ?? ""
        if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            query.fail("q", "is required: the words to search for")
        } else if Tokenizer.terms(text).isEmpty {
            query.fail("q", "has no searchable words (only punctuation or very common words)")
        }
        try query.finish()
        let terms = Set(Tokenizer.terms(text))
        var json = JSONWriter(capacity: 1024 * limit)
        json.beginObject()
        json.field("query", text)
        json.key("results")
        json.beginArray()
        for hit in snapshot.search.search(text, limit: limit) {
            let record = snapshot.records[hit.slot]!
            let article = record.metadata
            json.beginObject()
            json.field("id", article.id)
            json.field("title", article.title)
            json.field("published", article.published)
            json.field("score", hit.score)
            json.field("snippet", snippet(record.body, terms: terms))
            json.key("links")
            json.beginObject()
            json.field("self", "/v1/articles/\(article.id)")
            json.endObject()
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return Representation.respond(rendering: json.bytes, to: request.http)
    }

    /// A window of the body around the first match, matches wrapped in `<mark>…</mark>`,
    /// the rest HTML-escaped and whitespace collapsed, so it can go straight into a page.
    static func snippet(_ body: String, terms: Set<String>) -> String {
        let tokens = Tokenizer.tokens(body)
        guard !tokens.isEmpty else { return "" }
        let first = tokens.firstIndex { terms.contains($0.term) } ?? 0
        let from = max(0, first - wordsBefore)
        let to = min(tokens.count, from + snippetWords)
        let bytes = Array(body.utf8)
        var out = from > 0 ? "… " : ""
        var cursor = tokens[from].range.lowerBound
        for token in tokens[from..<to] {
            out += escaped(bytes[cursor..<token.range.lowerBound])
            let word = escaped(bytes[token.range])
            out += terms.contains(token.term) ? "<mark>" + word + "</mark>" : word
            cursor = token.range.upperBound
        }
        if to < tokens.count {
            out += " …"
        } else {
            out += escaped(bytes[cursor...])
        }
        return out.trimmingASCIISpaces
    }

    private static func escaped(_ bytes: ArraySlice<UInt8>) -> String {
        var out = ""
        var lastWasSpace = false
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if scalar.properties.isWhitespace {
                if !lastWasSpace { out += " " }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
