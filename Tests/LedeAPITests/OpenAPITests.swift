import LedeAPI
import LedeHTTP
import LedeStore
import Testing

/// The OpenAPI document against the router: the same operations, references that
/// resolve, and the route that serves it.
@Suite struct OpenAPITests {
    static let methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"]

    let spec: JSONValue

    init() throws {
        spec = try JSONParser.parse(Array(OpenAPIDocument.json.utf8))
    }

    /// "GET /v1/articles/{id}" for every operation the document lists.
    var documented: Set<String> {
        var operations: Set<String> = []
        guard case .object(let paths)? = spec["paths"] else { return operations }
        for (template, item) in paths {
            guard case .object(let members) = item else { continue }
            for (key, _) in members where Self.methods.contains(key) { operations.insert(key.uppercased() + " " + template) }
        }
        return operations
    }

    static func operations(_ router: Router) -> Set<String> {
        Set(router.routes.map { "\($0.method) \($0.template)" })
    }

    @Test func declaresOpenAPI31() {
        #expect(spec["openapi"]?.string == "3.1.0")
        #expect(spec["info"]?["title"]?.string == "Lede API")
    }

    /// The router as `lede serve` builds it: with metrics, so `GET /metrics` is routed.
    @Test func documentsExactlyTheRoutesTheRouterServes() throws {
        let api = try APIHarness()
        let metrics: @Sendable () -> [UInt8] = { [] }
        var options = APIOptions(writeToken: "s3cret")
        options.metrics = metrics
        let router = APIRoutes.router(snapshot: api.store.snapshot, store: api.store, options: options, readiness: Readiness())
        let served = Self.operations(router)
        #expect(served.contains("GET /metrics"))
        #expect(documented.subtracting(served).sorted() == [], "documented but not routed")
        #expect(served.subtracting(documented).sorted() == [], "routed but not documented")
        // While loading, the same /v1 routes exist (answering 503) next to the probes.
        #expect(Self.operations(APIRoutes.loadingRouter(readiness: Readiness(), metrics: metrics)) == served)
    }

    @Test func everyReferenceResolves() {
        var references: [String] = []
        collectReferences(spec, into: &references)
        #expect(references.count > 50)
        for reference in Set(references) {
            #expect(reference.hasPrefix("#/"), "only local references: \(reference)")
            #expect(resolve(reference) != nil, "unresolved \(reference)")
        }
    }

    /// Every `{name}` in a template is a declared path parameter, and nothing else is.
    @Test func pathParametersMatchTheirTemplates() {
        guard case .object(let paths)? = spec["paths"] else {
            Issue.record("no paths")
            return
        }
        for (template, item) in paths {
            let names = Set(template.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) })
            guard case .object(let members) = item else { continue }
            for (method, operation) in members where Self.methods.contains(method) {
                let declared = (item["parameters"]?.array ?? []) + (operation["parameters"]?.array ?? [])
                let inPath = Set(declared.map { resolveParameter($0) }.filter { $0?["in"]?.string == "path" }.compactMap { $0?["name"]?.string })
                #expect(inPath == names, "\(method) \(template)")
            }
        }
    }

    /// The error statuses the handlers can produce are documented where they can occur.
    @Test func documentsTheProblemsEachOperationCanAnswer() {
        guard case .object(let paths)? = spec["paths"] else { return }
        for (template, item) in paths where template.hasPrefix("/v1/") {
            guard case .object(let members) = item else { continue }
            for (method, operation) in members where Self.methods.contains(method) {
                var expected: Set<String> = ["400", "503"]
                if template.contains("{id}") { expected.insert("404") }
                if method == "get" { expected.formUnion(["200", "304"]) }
                if method != "get" { expected.formUnion(["401", "403", "500"]) }
                if method == "post" || method == "put" { expected.formUnion(["413", "415", "422"]) }
                if method == "post" { expected.formUnion(["201", "409"]) }
                if method == "delete" { expected.insert("204") }
                guard case .object(let responses)? = operation["responses"] else {
                    Issue.record("\(method) \(template) has no responses")
                    continue
                }
                let listed = Set(responses.map(\.key))
                #expect(expected.subtracting(listed).sorted() == [], "\(method) \(template)")
                let secured = operation["security"] != nil
                #expect(secured == (method != "get"), "\(method) \(template): bearer security exactly on writes")
            }
        }
    }

    @Test func servesTheDocumentWithAValidator() throws {
        let api = try APIHarness()
        let response = api.get("/openapi.json")
        #expect(response.status.code == 200)
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(response.body == Array(OpenAPIDocument.json.utf8))
        let etag = try #require(response.headers["ETag"])
        #expect(api.get("/openapi.json", headers: [("If-None-Match", etag)]).status.code == 304)
        let packed = api.get("/openapi.json", headers: [("Accept-Encoding", "gzip")])
        #expect(try document(packed)["openapi"]?.string == "3.1.0")
        // Served before the corpus is loaded, too.
        let loading = APIRoutes.loadingRouter(readiness: Readiness())
        let early = loading.respond(to: HTTPRequest(method: .get, target: "/openapi.json", path: "/openapi.json", query: nil, headers: HTTPHeaders(), body: []))
        #expect(early.status.code == 200)
        #expect(early.headers["ETag"] == etag)
    }

    /// The documented cursor patterns match the cursors the handlers issue, so the
    /// document changes when `Cursor`'s format does.
    @Test(arguments: [
        ("/v1/articles?limit=1", "ArticlesCursor"), ("/v1/entities?limit=1", "EntitiesCursor"),
        ("/v1/entities/agency-detroit-police-department?limit=1", "EntityCursor"), ("/v1/timeline?limit=1", "TimelineCursor"),
    ])
    func cursorPatternsMatchIssuedCursors(_ item: (String, String)) throws {
        let api = try APIHarness()
        let cursor = try #require(try document(api.get(item.0))["next_cursor"]?.string, "\(item.0) has a next page")
        let pattern = try #require(spec["components"]?["parameters"]?[item.1]?["schema"]?["pattern"]?.string)
        let regex = try Regex(pattern)
        #expect(cursor.wholeMatch(of: regex) != nil, "\(cursor) against \(item.1)")
        #expect("00".wholeMatch(of: regex) == nil)
    }

    /// Every problem the handlers answer has a `type` the document's Problem schema lists,
    /// and the members it requires.
    @Test func problemTypesAreDocumented() throws {
        let api = try APIHarness()
        let closed = try APIHarness(token: nil)
        let big = "{\"title\":\"x\",\"body\":\"" + String(repeating: "a", count: 600 * 1024) + "\"}"
        let responses: [(String, HTTPResponse)] = [
            ("invalid-parameters", api.get("/v1/articles?limit=0")),
            ("not-found", api.get("/v1/articles/nope")),
            ("unauthorized", api.request(.post, "/v1/articles", body: "{}")),
            ("writes-disabled", closed.request(.delete, "/v1/articles/alpha")),
            ("conflict", api.request(.post, "/v1/articles", headers: [api.auth], body: "{\"id\":\"alpha\",\"title\":\"A\",\"body\":\"b\"}")),
            ("too-large", api.request(.post, "/v1/articles", headers: [api.auth], body: big)),
            ("unsupported-media-type", api.request(.post, "/v1/articles", headers: [api.auth, ("Content-Type", "text/plain")], body: "hi", json: false)),
            ("invalid-article", api.request(.post, "/v1/articles", headers: [api.auth], body: "{\"title\":\"\"}")),
            ("malformed-json", api.request(.post, "/v1/articles", headers: [api.auth], body: "{")),
            ("about:blank", api.request(.patch, "/v1/articles")),
        ]
        let schema = try #require(spec["components"]?["schemas"]?["Problem"])
        let documented = Set((schema["properties"]?["type"]?["enum"]?.array ?? []).compactMap(\.string))
        let required = (schema["required"]?.array ?? []).compactMap(\.string)
        for (name, response) in responses {
            #expect(response.headers["Content-Type"] == "application/problem+json", "\(name)")
            let problem = try JSONParser.parse(response.body)
            let type = try #require(problem["type"]?.string, "\(name)")
            #expect(type.hasSuffix(name), "\(name): \(type)")
            #expect(documented.contains(type), "\(type) is not in the Problem schema's enum")
            for member in required { #expect(problem[member] != nil, "\(name) lacks \(member)") }
            #expect(problem["status"]?.int == response.status.code)
        }
    }

    private func collectReferences(_ value: JSONValue, into references: inout [String]) {
        switch value {
        case .object(let members):
            for (key, member) in members {
                if key == "$ref", let target = member.string { references.append(target) } else { collectReferences(member, into: &references) }
            }
        case .array(let items): for item in items { collectReferences(item, into: &references) }
        default: break
        }
    }

    /// A local JSON pointer (RFC 6901: `~1` is `/`, `~0` is `~`).
    private func resolve(_ reference: String) -> JSONValue? {
        var node: JSONValue? = spec
        for token in reference.dropFirst(2).split(separator: "/", omittingEmptySubsequences: false) {
            let key = token.replacing("~1", with: "/").replacing("~0", with: "~")
            node = node?[String(key)]
        }
        return node
    }

    private func resolveParameter(_ value: JSONValue) -> JSONValue? {
        if let reference = value["$ref"]?.string { return resolve(reference) }
        return value
    }
}
