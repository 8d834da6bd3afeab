import LedeJSON

/// One thing wrong with a corpus file: where, and why. Errors make the file skipped;
/// warnings are reported and the file is still loaded.
package struct CorpusProblem: Sendable, Hashable, CustomStringConvertible {
    package enum Severity: String, Sendable { case error, warning }

    package var path: String
    /// 1-based line in the file, when the problem has one.
    package var line: Int?
    package var reason: String
    package var severity: Severity

    package init(path: String, line: Int? = nil, reason: String, severity: Severity = .error) {
        self.path = path
        self.line = line
        self.reason = reason
        self.severity = severity
    }

    /// `path:line: error: reason`, the form compilers use, so editors can jump to it.
    package var description: String {
        let place = line.map { "\(path):\($0)" } ?? path
        return "\(place): \(severity.rawValue): \(reason)"
    }
}

/// A field that failed validation, named as the client wrote it.
package struct FieldProblem: Sendable, Hashable {
    package var name: String
    package var reason: String
    package init(name: String, reason: String) {
        self.name = name
        self.reason = reason
    }
}

/// The two on-disk forms of an article.
package enum ArticleFileFormat: Sendable {
    /// `.json`: one object with the article's fields.
    case json
    /// `.txt` / `.md`: `key: value` lines, a line `---`, then the body byte for byte.
    case frontMatter

    package init?(fileName: String) {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".json") { self = .json } else if lower.hasSuffix(".txt") || lower.hasSuffix(".md") {
            self = .frontMatter
        } else {
            return nil
        }
    }
}

/// Turns file contents or request bodies into validated `Article`s.
package enum ArticleParser {
    /// Longest accepted metadata value (title, byline, …), in bytes.
    package static let maxFieldBytes = 2048

    /// Parses a JSON object's fields into an article. `fallbackID` is used when the
    /// object has no `id`; every invalid or unknown field is reported, not just the first.
    package static func article(fromJSON value: JSONValue, fallbackID: String?) -> (Article?, [FieldProblem]) {
        guard case .object(let members) = value else {
            return (nil, [FieldProblem(name: "(body)", reason: "must be a JSON object, found \(value.typeName)")])
        }
        var fields: [String: String] = [:]
        var problems: [FieldProblem] = []
        for (key, value) in members {
            guard Article.allFields.contains(key) else {
                problems.append(FieldProblem(name: key, reason: "unknown field; known fields: \(Article.allFields.joined(separator: ", "))"))
                continue
            }
            switch value {
            case .string(let text): fields[key] = text
            case .null where Article.optionalFields.contains(key) || key == "id": break
            default: problems.append(FieldProblem(name: key, reason: "must be a string, found \(value.typeName)"))
            }
        }
        let (article, more) = validate(fields, fallbackID: fallbackID)
        // A field already reported for its type is not also "required".
        problems += more.filter { problem in !problems.contains { $0.name == problem.name } }
        return (problems.isEmpty ? article : nil, problems)
    }

    /// Validates field values (already strings) and builds the article.
    package static func validate(_ fields: [String: String], fallbackID: String?) -> (Article?, [FieldProblem]) {
        var problems: [FieldProblem] = []
        let id = fields["id"] ?? fallbackID
        if let id, let reason = Slug.problem(id) { problems.append(FieldProblem(name: "id", reason: reason)) }
        if id == nil { problems.append(FieldProblem(name: "id", reason: "is required (no file name or title to derive it from)")) }
        for name in ["title", "body"] {
            let text = fields[name] ?? ""
            if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                problems.append(FieldProblem(name: name, reason: fields[name] == nil ? "is required" : "must not be blank"))
            }
        }
        for name in ["title"] + Article.optionalFields {
            guard let text = fields[name] else { continue }
            if text.utf8.count > maxFieldBytes { problems.append(FieldProblem(name: name, reason: "must be at most \(maxFieldBytes) bytes")) }
            if text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
                problems.append(FieldProblem(name: name, reason: "must be a single line"))
            }
        }
        if let published = fields["published"], let reason = PublishedDate.problem(published) {
            problems.append(FieldProblem(name: "published", reason: reason))
        }
        if let url = fields["url"], !(url.hasPrefix("https://") || url.hasPrefix("http://")) || url.contains(" ") {
            problems.append(FieldProblem(name: "url", reason: "must be an absolute http or https URL"))
        }
        guard problems.isEmpty, let id, let title = fields["title"], let body = fields["body"] else { return (nil, problems) }
        let article = Article(
            id: id, title: title, body: body, published: fields["published"], source: fields["source"],
            url: fields["url"], byline: fields["byline"], dateline: fields["dateline"])
        return (article, [])
    }

    /// Parses one corpus file. Problems carry `path`; the article is nil when any is an error.
    package static func parseFile(_ bytes: [UInt8], fileName: String, path: String) -> (Article?, [CorpusProblem]) {
        guard let format = ArticleFileFormat(fileName: fileName) else {
            return (nil, [CorpusProblem(path: path, reason: "not an article file (expected .json, .txt or .md)", severity: .warning)])
        }
        let stem = String(fileName[..<(fileName.lastIndex(of: ".") ?? fileName.endIndex)])
        let fallbackID = Slug.derive(from: stem)
        if let bad = firstInvalidUTF8Line(bytes) {
            return (nil, [CorpusProblem(path: path, line: bad, reason: "not valid UTF-8")])
        }
        switch format {
        case .json:
            let value: JSONValue
            do { value = try JSONParser.parse(bytes) } catch {
                return (nil, [CorpusProblem(path: path, line: error.line, reason: "invalid JSON: \(error.reason)")])
            }
            let (article, problems) = article(fromJSON: value, fallbackID: fallbackID)
            return (article, problems.map { CorpusProblem(path: path, reason: "field \"\($0.name)\" \($0.reason)") })
        case .frontMatter:
            return parseFrontMatter(bytes, fallbackID: fallbackID, path: path)
        }
    }

    private static func parseFrontMatter(_ bytes: [UInt8], fallbackID: String?, path: String) -> (Article?, [CorpusProblem]) {
        var problems: [CorpusProblem] = []
        var fields: [String: String] = [:]
        var fieldLines: [String: Int] = [:]
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0  // a UTF-8 byte order mark
        var line = 0
        var bodyStart: Int?
        while index < bytes.count {
            line += 1
            let end = bytes[index...].firstIndex(of: 0x0A) ?? bytes.count
            var text = String(decoding: bytes[index..<end], as: UTF8.self)
            if text.hasSuffix("\r") { text.removeLast() }
            index = min(end + 1, bytes.count)
            if text == "---" {
                // A leading `---` opens a Jekyll-style block; the next one closes it.
                if line == 1 { continue }
                bodyStart = index
                break
            }
            if text.allSatisfy(\.isWhitespace) { continue }
            guard let colon = text.firstIndex(of: ":") else {
                problems.append(CorpusProblem(path: path, line: line, reason: "expected `key: value` or the `---` line that ends the header"))
                continue
            }
            let key = text[..<colon].trimmingSpaces.lowercased()
            let value = text[text.index(after: colon)...].trimmingSpaces
            guard Article.allFields.contains(key), key != "body" else {
                problems.append(CorpusProblem(path: path, line: line, reason: "unknown header field \"\(key)\" (ignored)", severity: .warning))
                continue
            }
            if fieldLines[key] != nil {
                problems.append(CorpusProblem(path: path, line: line, reason: "duplicate header field \"\(key)\""))
                continue
            }
            fieldLines[key] = line
            if !value.isEmpty { fields[key] = value }
        }
        guard let bodyStart else {
            problems.append(CorpusProblem(path: path, line: line, reason: "no `---` line ends the header"))
            return (nil, problems)
        }
        fields["body"] = String(decoding: bytes[bodyStart...], as: UTF8.self)
        let (article, fieldProblems) = validate(fields, fallbackID: fallbackID)
        problems += fieldProblems.map {
            CorpusProblem(path: path, line: fieldLines[$0.name] ?? ($0.name == "body" ? line + 1 : nil), reason: "field \"\($0.name)\" \($0.reason)")
        }
        let failed = problems.contains { $0.severity == .error }
        return (failed ? nil : article, problems)
    }

    /// Renders an article in a file format (the writer's inverse of `parseFile`).
    package static func serialise(_ article: Article, as format: ArticleFileFormat) -> [UInt8] {
        let pairs: [(String, String?)] = [
            ("id", article.id), ("title", article.title), ("byline", article.byline), ("source", article.source),
            ("url", article.url), ("published", article.published), ("dateline", article.dateline),
        ]
        switch format {
        case .frontMatter:
            var text = ""
            for (key, value) in pairs { if let value { text += "\(key): \(value)\n" } }
            return Array((text + "---\n" + article.body).utf8)
        case .json:
            var json = JSONWriter(capacity: article.body.utf8.count + 512)
            json.beginObject()
            for (key, value) in pairs { if let value { json.field(key, value) } }
            json.field("body", article.body)
            json.endObject()
            return json.bytes + [0x0A]
        }
    }

    private static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        // Slow path, only for bad files: find the line of the first bad sequence.
        var line = 1
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}

extension StringProtocol {
    fileprivate var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
