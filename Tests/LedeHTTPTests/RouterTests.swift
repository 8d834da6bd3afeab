import LedeHTTP
import Testing

/// A router whose handlers echo what routing found: "<route> <params> <query>".
func echoRouter() -> Router {
    var router = Router()
    let echo: Handler = { request in
        let params = request.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        let query = request.query.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
        return .text("\(request.http.method) \(request.route) [\(params)] [\(query)]")
    }
    router.add(.get, "/", echo)
    router.add(.get, "/v1/articles", echo)
    router.add(.post, "/v1/articles", echo)
    router.add(.get, "/v1/articles/{id}", echo)
    router.add(.delete, "/v1/articles/{id}", echo)
    router.add(.get, "/v1/articles/search", echo)
    router.add(.get, "/v1/articles/{id}/entities", echo)
    router.add(.get, "/v1/articles/{id}/entities/{kind}", echo)
    router.add(.get, "/v1/articles/search/entities", echo)
    router.add(.put, "/v1/{any}/x", echo)
    router.add(.get, "/v1/problem", { _ throws(Problem) in
        throw Problem(status: 422, title: "Unprocessable Content", detail: "bad field", invalidParams: [("limit", "too big")])
    })
    return router
}

func request(_ method: HTTPMethod, _ target: String) -> HTTPRequest {
    let question = target.firstIndex(of: "?")
    let path = question.map { String(target[..<$0]) } ?? target
    let query = question.map { String(target[target.index(after: $0)...]) }
    return HTTPRequest(method: method, target: target, path: path, query: query)
}

func body(_ response: HTTPResponse) -> String { String(decoding: response.body, as: UTF8.self) }

@Suite("Router")
struct RouterTests {
    let router = echoRouter()

    @Test(
        "matching, precedence, decoding",
        arguments: [
            ("/", "GET / [] []"),
            ("/v1/articles", "GET /v1/articles [] []"),
            ("/v1/articles/42", "GET /v1/articles/{id} [id=42] []"),
            ("/v1/articles/search", "GET /v1/articles/search [] []"),
            ("/v1/articles/search/entities", "GET /v1/articles/search/entities [] []"),
            ("/v1/articles/42/entities", "GET /v1/articles/{id}/entities [id=42] []"),
            ("/v1/articles/search/entities/person", "GET /v1/articles/{id}/entities/{kind} [id=search,kind=person] []"),
            ("/v1/articles/caf%C3%A9%20au%20lait", "GET /v1/articles/{id} [id=café au lait] []"),
            ("/v1/%61rticles/a+b", "GET /v1/articles/{id} [id=a+b] []"),
            ("/v1/articles?q=a+b&q=c%20d&flag&&x=", "GET /v1/articles [] [q=a b&q=c d&flag=&x=]"),
            ("/v1/articles/7?tag=%E2%9C%93", "GET /v1/articles/{id} [id=7] [tag=✓]"),
        ])
    func matches(_ target: String, _ expected: String) {
        let response = router.respond(to: request(.get, target))
        #expect(response.status == .ok)
        #expect(body(response) == expected)
    }

    @Test(
        "bad encodings are 400 problems",
        arguments: [
            "/v1/articles/a%2Fb", "/v1/articles/a%2fb", "/v1/articles/a%00b", "/v1/articles/%zz", "/v1/articles/%4",
            "/v1/articles/%C3%28", "/v1/articles/%FF", "/v1/articles?q=%", "/v1/articles?q=%G1", "/v1/articles?q=%FF",
            "/v1/articles?a%00=1",
        ])
    func badEncoding(_ target: String) {
        let response = router.respond(to: request(.get, target))
        #expect(response.status.code == 400)
        #expect(response.headers["Content-Type"] == "application/problem+json")
        #expect(body(response).contains("\"status\":400"))
    }

    @Test("unknown paths are 404; known paths with another method are 405 with Allow")
    func notFoundAndNotAllowed() {
        let missing = router.respond(to: request(.get, "/v2/nothing"))
        #expect(missing.status == .notFound)
        #expect(missing.headers["Content-Type"] == "application/problem+json")
        #expect(router.respond(to: request(.get, "/v1/articles/1/entities/person/extra")).status == .notFound)
        #expect(router.respond(to: request(.get, "/v1//entities")).status == .notFound)

        let wrong = router.respond(to: request(.patch, "/v1/articles/9"))
        #expect(wrong.status == .methodNotAllowed)
        #expect(wrong.headers["Allow"] == "GET, HEAD, DELETE, OPTIONS")
        #expect(body(wrong).contains("\"status\":405"))
        #expect(router.respond(to: request(.delete, "/v1/articles")).headers["Allow"] == "GET, HEAD, POST, OPTIONS")
        #expect(router.respond(to: request(.get, "/v1/anything/x")).headers["Allow"] == "PUT, OPTIONS")
    }

    @Test("an unknown method is 405 with Allow on a routed path, 501 elsewhere; a registered extension method routes")
    func unknownMethod() {
        // schemathesis (unsupported_method) sent QUERY to /livez and got 501 without `Allow`.
        for method in ["QUERY", "FOO", "get"] {
            let response = router.respond(to: request(.other(method), "/v1/articles"))
            #expect(response.status == .methodNotAllowed, "\(method)")
            #expect(response.headers["Allow"] == "GET, HEAD, POST, OPTIONS", "\(method)")
        }
        #expect(router.respond(to: request(.other("FOO"), "/nowhere")).status == .notImplemented)
        #expect(router.respond(to: request(.other("get"), "/nowhere")).status == .notImplemented)
        #expect(router.respond(to: request(.trace, "/v1/articles")).status == .methodNotAllowed)
        var custom = Router()
        custom.add(.other("PURGE"), "/cache", { _ in .empty() })
        #expect(custom.respond(to: request(.other("PURGE"), "/cache")).status == .noContent)
        #expect(custom.respond(to: request(.options, "/cache")).headers["Allow"] == "OPTIONS, PURGE")
    }

    @Test("a method on a more specific path falls back to a parameter route that has it")
    func methodAwarePrecedence() {
        // `/v1/articles/search` has only GET; DELETE reaches `/v1/articles/{id}`.
        let response = router.respond(to: request(.delete, "/v1/articles/search"))
        #expect(body(response) == "DELETE /v1/articles/{id} [id=search] []")
    }

    @Test("HEAD runs the GET handler; OPTIONS answers 204 with Allow; OPTIONS * lists everything")
    func headAndOptions() {
        let head = router.respond(to: request(.head, "/v1/articles/5"))
        #expect(head.status == .ok)
        #expect(body(head) == "HEAD /v1/articles/{id} [id=5] []")

        let options = router.respond(to: request(.options, "/v1/articles/5"))
        #expect(options.status == .noContent)
        #expect(options.headers["Allow"] == "GET, HEAD, DELETE, OPTIONS")
        #expect(router.respond(to: request(.options, "/nope")).status == .notFound)
        #expect(router.respond(to: request(.head, "/v1/anything/x")).status == .methodNotAllowed)

        let star = router.respond(to: HTTPRequest(method: .options, target: "*", path: "*", query: nil))
        #expect(star.status == .noContent)
        #expect(star.headers["Allow"] == "GET, HEAD, POST, PUT, DELETE, OPTIONS")
    }

    @Test("trailing slash does not match; the 404 names the canonical path")
    func trailingSlash() {
        let response = router.respond(to: request(.get, "/v1/articles/"))
        #expect(response.status == .notFound)
        #expect(body(response).contains("/v1/articles"))
        #expect(body(response).contains("canonical"))
        let unrelated = router.respond(to: request(.get, "/v2/other/"))
        #expect(unrelated.status == .notFound)
        #expect(!body(unrelated).contains("canonical"))
    }

    @Test("thrown problems are rendered as problem documents")
    func problems() {
        let response = router.respond(to: request(.get, "/v1/problem"))
        #expect(response.status == HTTPStatus(code: 422, reason: "Unprocessable Content"))
        #expect(response.headers["Content-Type"] == "application/problem+json")
        #expect(
            body(response)
                == #"{"type":"about:blank","title":"Unprocessable Content","status":422,"detail":"bad field","#
                + #""invalid_params":[{"name":"limit","reason":"too big"}]}"#)
    }

    @Test("routes lists every registration in order")
    func routes() {
        let listed = router.routes.map { "\($0.method) \($0.template)" }
        #expect(listed.count == 11)
        #expect(listed.prefix(3) == ["GET /", "GET /v1/articles", "POST /v1/articles"])
    }

    @Test("absolute-form requests route by their path, end to end from bytes")
    func absoluteForm() throws {
        var parser = HTTPRequestParser()
        let bytes = Array("GET http://example.com/v1/articles/3?x=1 HTTP/1.1\r\nHost: example.com\r\n\r\n".utf8)
        guard case .request(let parsed) = parser.parse(bytes.span).result else {
            Issue.record("not parsed")
            return
        }
        #expect(body(router.respond(to: parsed)) == "GET /v1/articles/{id} [id=3] [x=1]")
    }

    @Test("HTTPResponse conveniences set the content type")
    func conveniences() {
        let json = HTTPResponse.json(Array("{}".utf8), status: .created)
        #expect(json.status == .created && json.headers["Content-Type"] == "application/json" && json.body.count == 2)
        #expect(HTTPResponse.text("hi").headers["Content-Type"] == "text/plain; charset=utf-8")
        #expect(HTTPResponse.empty().status == .noContent)
    }
}
