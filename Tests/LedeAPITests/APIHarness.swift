import FoundationEssentials
import LedeAPI
import LedeExtract
import LedeTestSupport
import LedeHTTP
import LedeStore
import LedeSystem
import Synchronization

/// A router-level API over a temporary corpus: no sockets. After each write the store
/// publishes a new snapshot and the harness swaps in a new router, as the server does.
final class APIHarness: Sendable {
    let folder: String
    let store: Store
    private let current: RouterBox

    /// Articles with hand-made extractions, so entity and timeline endpoints have data
    /// whatever the extractor's state.
    static let fixtures: [(Article, Extraction)] = {
        let bodyA = "Détroit’s mayor Mike Duggan met the Detroit Police Department (DPD) in early February."
        let bodyB = "The DPD said Duggan would speak in January. Police in Detroit agreed."
        let bodyC = "Lansing weather was calm in 2024. Rain fell on Lansing."
        return [
            (Article(id: "alpha", title: "Mayor meets police", body: bodyA, published: "2025-03", source: "Example News", url: "https://example.com/a"),
             makeExtraction(bodyA, [("mike-duggan", .person, "Mike Duggan", [], ["Mike Duggan"]),
                                    ("detroit-police-department", .agency, "Detroit Police Department", ["DPD"], ["Detroit Police Department", "DPD"]),
                                    ("detroit", .place, "Detroit", [], ["Détroit"])],
                            [("2025-02", .month, "2025-02-01", "2025-02-28", "early February", ["detroit-police-department"])])),
            (Article(id: "bravo", title: "Police statement", body: bodyB, published: "2025-03-20"),
             makeExtraction(bodyB, [("dpd", .agency, "DPD", [], ["DPD"]), ("duggan", .person, "Duggan", [], ["Duggan"]),
                                    ("detroit", .place, "Detroit", [], ["Detroit"])],
                            [("2025-01", .month, "2025-01-01", "2025-01-31", "January", ["dpd"])])),
            (Article(id: "charlie", title: "Weather", body: bodyC, published: "2024-06-01"),
             makeExtraction(bodyC, [("lansing", .place, "Lansing", [], ["Lansing"])],
                            [("2024", .year, "2024-01-01", "2024-12-31", "2024", ["lansing"])])),
        ]
    }()

    init(token: String? = "s3cret", extra: Int = 0) throws {
        folder = FileManager.default.temporaryDirectory.path + "/lede-api-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var items: [(record: ArticleRecord, termCounts: [String: Int32])] = []
        var fixtures = APIHarness.fixtures
        for i in 0..<extra {
            let body = "Filler story number \(i) about roads."
            fixtures.append((Article(id: "filler-\(i)", title: "Filler \(i)", body: body, published: "2023-01-\(i % 28 + 1 < 10 ? "0" : "")\(i % 28 + 1)"),
                             makeExtraction(body, [("roads-\(i % 3)", .policy, "Road Act \(i % 3)", [], [])], [])))
        }
        for (article, extraction) in fixtures {
            try Data(ArticleParser.serialise(article, as: .json)).write(to: URL(fileURLWithPath: folder + "/" + article.id + ".json"))
            items.append((ArticleRecord(article: article, fileName: article.id + ".json", extraction: extraction), ArticleRecord.termCounts(article)))
        }
        let options = APIOptions(writeToken: token)
        let readiness = Readiness()
        readiness.markLoaded()
        let current = RouterBox()
        store = Store(directory: folder, extractor: Extractor(), snapshot: Snapshot.build(items)) { snapshot, store in
            let router = APIRoutes.router(snapshot: snapshot, store: store, options: options, readiness: readiness)
            current.router.withLock { $0 = router }
        }
        let router = APIRoutes.router(snapshot: store.snapshot, store: store, options: options, readiness: readiness)
        current.router.withLock { $0 = router }
        self.current = current
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    var router: Router { current.router.withLock { $0 } }

    func request(
        _ method: HTTPMethod, _ target: String, headers: [(String, String)] = [], body: String? = nil, json: Bool = true
    ) -> HTTPResponse {
        var fields = HTTPHeaders(headers)
        if body != nil, json, !fields.contains("Content-Type") { fields.add(name: "Content-Type", value: "application/json") }
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let request = HTTPRequest(
            method: method, target: target, path: String(parts[0]), query: parts.count > 1 ? String(parts[1]) : nil,
            headers: fields, body: body.map { Array($0.utf8) } ?? [])
        return router.respond(to: request)
    }

    func get(_ target: String, headers: [(String, String)] = []) -> HTTPResponse { request(.get, target, headers: headers) }

    var auth: (String, String) { ("Authorization", "Bearer s3cret") }
}

/// The router the server would be running, swapped on every publish.
final class RouterBox: Sendable {
    let router = Mutex(Router())
}

/// The response body as a parsed JSON value (gunzipped when needed).
func document(_ response: HTTPResponse) throws -> JSONValue {
    var bytes = response.body
    if response.headers["Content-Encoding"] == "gzip", let plain = Gzip.decompress(bytes) { bytes = plain }
    return try JSONParser.parse(bytes)
}

extension JSONValue {
    subscript(_ key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }
    subscript(_ index: Int) -> JSONValue? {
        guard case .array(let items) = self, index < items.count else { return nil }
        return items[index]
    }
    var string: String? { if case .string(let s) = self { s } else { nil } }
    var int: Int? { if case .number(let n) = self { Int(n) } else { nil } }
    var array: [JSONValue] { if case .array(let a) = self { a } else { [] } }
}

func makeExtraction(
    _ body: String, _ entities: [(String, EntityType, String, [String], [String])],
    _ events: [(String, DateGranularity, String, String, String, [String])]
) -> Extraction {
    extraction(
        body, entities: entities.map { (id: $0.0, type: $0.1, name: $0.2, aliases: $0.3, mentions: $0.4) },
        events: events.map { event($0.0, $0.1, start: $0.2, end: $0.3, expression: $0.4, in: body, entities: $0.5) })
}
