import ArgumentParser
import FoundationEssentials
import LedeExtract

/// `lede extract FILE…`: prints what the extractor finds in each article, as JSON.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract entities and a timeline from articles and print them as JSON.",
        discussion: """
            Each FILE is plain text, a JSON article ({"id","title","body","published",...}) or a
            .txt/.md file with a front-matter header (key: value lines, a line ---, then the body).
            """
    )

    @Argument(help: "Article files.")
    var files: [String]

    @Option(help: "Publication date YYYY[-MM[-DD]], overriding the file's.")
    var published: String?

    @Flag(help: "Indent the JSON.")
    var pretty = false

    struct Output: Encodable {
        var file: String
        var id: String?
        var title: String?
        var published: String?
        var extraction: Extraction
    }

    func run() throws {
        if let missing = Extractor.resourceError { throw missing }
        var override: PartialDate?
        if let published {
            guard let date = PartialDate(iso: published) else {
                throw ValidationError("--published: expected YYYY, YYYY-MM or YYYY-MM-DD, got '\(published)'")
            }
            override = date
        }
        let extractor = Extractor()
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        var outputs: [Output] = []
        for file in files {
            let article = try ArticleFile.read(path: file)
            let date = override ?? article.published.flatMap(PartialDate.init(iso:))
            let extraction = extractor.extract(text: article.body, published: date)
            outputs.append(Output(file: file, id: article.id, title: article.title, published: date?.description, extraction: extraction))
        }
        let data = outputs.count == 1 ? try encoder.encode(outputs[0]) : try encoder.encode(outputs)
        print(String(decoding: data, as: UTF8.self))
    }
}

/// An article read from disk: its body and the metadata the file carries.
struct ArticleFile {
    var id: String?
    var title: String?
    var published: String?
    var body: String

    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    private struct JSONArticle: Decodable {
        var id: String?
        var title: String?
        var body: String
        var published: String?
    }

    static func read(path: String) throws -> ArticleFile {
        let data: Data
        do {
            data = try Data(contentsOf: URL(filePath: path))
        } catch {
            throw ReadError(description: "\(path): cannot read the file (\(error))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ReadError(description: "\(path): not UTF-8 text")
        }
        if path.hasSuffix(".json") || text.first == "{" {
            do {
                let article = try JSONDecoder().decode(JSONArticle.self, from: data)
                return ArticleFile(id: article.id, title: article.title, published: article.published, body: article.body)
            } catch {
                throw ReadError(description: "\(path): not a JSON article with a string \"body\" (\(error))")
            }
        }
        return parseFrontMatter(text)
    }

    /// `key: value` lines, a `---` line, then the body; text without that shape is all body.
    static func parseFrontMatter(_ text: String) -> ArticleFile {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let separator = lines.firstIndex(where: { $0.trimmed == "---" }), separator > 0,
            lines[..<separator].allSatisfy({ $0.contains(":") || $0.trimmed.isEmpty })
        else {
            return ArticleFile(body: text)
        }
        var article = ArticleFile(body: "")
        for line in lines[..<separator] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmed.lowercased()
            let value = line[line.index(after: colon)...].trimmed
            switch key {
            case "id": article.id = value
            case "title": article.title = value
            case "published", "date": article.published = value
            default: break
            }
        }
        lines.removeFirst(separator + 1)
        article.body = lines.joined(separator: "\n")
        return article
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and carriage returns.
    var trimmed: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
