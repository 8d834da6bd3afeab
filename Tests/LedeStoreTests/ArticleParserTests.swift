import FoundationEssentials
import LedeExtract
import Testing
@testable import LedeStore

@Suite struct ArticleParserTests {
    @Test func seedArticleLoadsWithItsBodyByteForByte() throws {
        let path = Seed.dataFolder + "/" + Seed.fileName
        let bytes = try #require(FileManager.default.contents(atPath: path).map { Array($0) })
        let (article, problems) = ArticleParser.parseFile(bytes, fileName: Seed.fileName, path: path)
        #expect(problems.isEmpty)
        let seed = try #require(article)
        #expect(seed.id == "see-something-say-something-unless-youre-the-detroit-police")
        #expect(seed.published == "2025-03")
        #expect(seed.publishedDate == PartialDate(year: 2025, month: 3))
        #expect(seed.source == "Michigan News Source")
        #expect(seed.dateline == "DETROIT, Mich.")
        let separator = Array("\n---\n".utf8)
        let headerEnd = try #require((0..<bytes.count).first { Array(bytes[$0..<min($0 + 5, bytes.count)]) == separator })
        #expect(Array(seed.body.utf8) == Array(bytes[(headerEnd + 5)...]))
        // The original seed is the same text.
        let original = FileManager.default.contents(atPath: "/work/shared/seed/article.txt").map { Array($0) }
        if let original { #expect(Array(seed.body.utf8) == original) }
    }

    @Test func jsonArticle() throws {
        let text = #"{"title":"Storm \"hits\"","body":"Rain in Détroit.","published":"2025-03-14T09:30:00-04:00","url":"https://example.com/a","byline":null}"#
        let (article, problems) = ArticleParser.parseFile(Array(text.utf8), fileName: "Storm Hits.json", path: "x/Storm Hits.json")
        #expect(problems.isEmpty)
        #expect(article?.id == "storm-hits")
        #expect(article?.title == "Storm \"hits\"")
        #expect(article?.body == "Rain in Détroit.")
        #expect(article?.byline == nil)
        #expect(article?.publishedDate == PartialDate(year: 2025, month: 3, day: 14))
    }

    @Test func frontMatterWithJekyllOpeningAndCRLF() throws {
        let text = "---\r\ntitle: Hello\r\npublished: 2024\r\n---\r\nBody\r\n"
        let (article, problems) = ArticleParser.parseFile(Array(text.utf8), fileName: "hello.md", path: "hello.md")
        #expect(problems.isEmpty)
        #expect(article?.title == "Hello")
        #expect(article?.body == "Body\r\n")
        #expect(article?.id == "hello")
    }

    /// (file name, contents, expected line, fragment of the reason)
    static let badFiles: [(String, String, Int?, String)] = [
        ("a.json", "{\"title\": \"x\",\n \"body\": }", 2, "invalid JSON"),
        ("b.json", "{\"title\": \"x\", \"body\": \"y\", \"tilte\": \"z\"}", nil, "tilte"),
        ("c.json", "{\"title\": 5, \"body\": \"y\"}", nil, "\"title\" must be a string"),
        ("d.json", "[1, 2]", nil, "must be a JSON object"),
        ("e.txt", "title: x\nbody text without a separator\n", 2, "key: value"),
        ("f.txt", "title: x\npublished: March 2025\n---\nBody", 2, "published"),
        ("g.txt", "title: x\nid: Not A Slug\n---\nBody", 2, "\"id\""),
        ("h.txt", "title: x\ntitle: y\n---\nBody", 2, "duplicate"),
        ("i.txt", "id: ok\n---\nBody", nil, "\"title\" is required"),
        ("j.txt", "title: x\n---\n   \n", 3, "\"body\" must not be blank"),
        ("k.json", "{\"title\":\"x\",\"body\":\"y\",\"url\":\"ftp://x\"}", nil, "url"),
    ]

    @Test(arguments: badFiles) func badFileIsReportedWithLineAndReason(_ item: (String, String, Int?, String)) {
        let (name, text, line, reason) = item
        let (article, problems) = ArticleParser.parseFile(Array(text.utf8), fileName: name, path: "corpus/" + name)
        #expect(article == nil)
        let error = problems.first { $0.severity == .error }
        #expect(error?.path == "corpus/" + name)
        if let line { #expect(error?.line == line) }
        #expect(error?.reason.contains(reason) == true, "\(problems)")
    }

    @Test func invalidUTF8IsReportedWithItsLine() {
        var bytes = Array("title: x\n---\nok\n".utf8)
        bytes += [0xFF, 0x0A]
        let (article, problems) = ArticleParser.parseFile(bytes, fileName: "u.txt", path: "u.txt")
        #expect(article == nil)
        #expect(problems.first?.line == 4)
    }

    @Test func unknownHeaderFieldIsAWarningNotAnError() {
        let (article, problems) = ArticleParser.parseFile(Array("title: x\ntags: a, b\n---\nBody".utf8), fileName: "w.txt", path: "w.txt")
        #expect(article != nil)
        #expect(problems.map(\.severity) == [.warning])
        #expect(problems.first?.line == 2)
    }

    static let slugs: [(String, String?)] = [
        ("see-something-2025", nil), ("", "empty"), ("Upper", "lowercase"), ("-lead", "hyphen"), ("a--b", "two hyphens"),
        ("a b", "lowercase"), (String(repeating: "a", count: 129), "at most"),
    ]

    @Test(arguments: slugs) func slugValidation(_ item: (String, String?)) {
        let problem = Slug.problem(item.0)
        if let expected = item.1 { #expect(problem?.contains(expected) == true) } else { #expect(problem == nil) }
    }

    @Test func slugDerivation() {
        #expect(Slug.derive(from: "See Something – Unless You’re the Police") == "see-something-unless-youre-the-police")
        #expect(Slug.derive(from: "  Hello__World  ") == "hello-world")
        #expect(Slug.derive(from: "日本") == nil)
    }

    static let dates: [(String, Bool)] = [
        ("2025", true), ("2025-03", true), ("2025-03-14", true), ("2025-03-14T09:30Z", true),
        ("2025-03-14T09:30:00.123+01:00", true), ("2025-3", false), ("2025-02-30", false), ("2025-03T10:00Z", false),
        ("2025-03-14T25:00Z", false), ("2025-03-14T09:30", false), ("March 2025", false),
    ]

    @Test(arguments: dates) func publishedDateValidation(_ item: (String, Bool)) {
        #expect((PublishedDate.problem(item.0) == nil) == item.1, "\(item.0)")
    }

    @Test func serialiseRoundTripsBothFormats() throws {
        let article = Article(id: "x", title: "T “q”", body: "Line 1\n\nLine 2 é 😀\n", published: "2025-03", source: "S", url: "https://e.com")
        for (format, name) in [(ArticleFileFormat.json, "x.json"), (.frontMatter, "x.txt")] {
            let (parsed, problems) = ArticleParser.parseFile(ArticleParser.serialise(article, as: format), fileName: name, path: name)
            #expect(problems.isEmpty)
            #expect(parsed == article)
        }
    }
}

@Suite struct JSONParserTests {
    @Test func parsesValues() throws {
        let value = try JSONParser.parse(Array(#" {"a":[1,-2.5e3,true,false,null],"b":"\u00e9\ud83d\ude00\n"} "#.utf8))
        #expect(value == .object([("a", .array([.number(1), .number(-2500), .bool(true), .bool(false), .null])), ("b", .string("é😀\n"))]))
    }

    static let invalid = ["", "{", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "\"\\x\"", "01x", "{\"a\":1,\"a\":2}", "\"\\ud800\"", "[1] 2", "\"a\nb\""]

    @Test(arguments: invalid) func rejectsInvalid(_ text: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(text.utf8)) }
    }

    @Test func rejectsDeepNesting() {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array((String(repeating: "[", count: 100) + String(repeating: "]", count: 100)).utf8)) }
    }
}
