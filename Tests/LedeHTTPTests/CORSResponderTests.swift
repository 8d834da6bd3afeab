import LedeHTTP
import Testing

private struct Echo: HTTPResponder {
    func respond(to request: HTTPRequest) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers.add(name: "ETag", value: "\"x\"")
        return HTTPResponse(status: HTTPStatus(code: 200, reason: "OK"), headers: headers, body: Array("ok".utf8))
    }
}

@Suite struct CORSResponderTests {
    private func request(_ method: HTTPMethod, _ headers: [(String, String)]) -> HTTPRequest {
        HTTPRequest(method: method, target: "/v1/articles", path: "/v1/articles", query: nil, headers: HTTPHeaders(headers))
    }

    @Test func disabledPolicyPassesThrough() {
        let responder = CORSResponder(inner: Echo(), policy: CORSPolicy(allowedOrigins: []))
        let response = responder.respond(to: request(.get, [("Host", "a"), ("Origin", "https://x.example")]))
        #expect(response.headers["Access-Control-Allow-Origin"] == nil)
    }

    @Test func allowedOriginGetsHeadersAndExposedETag() {
        let responder = CORSResponder(inner: Echo(), policy: CORSPolicy(allowedOrigins: ["https://x.example"]))
        let response = responder.respond(to: request(.get, [("Host", "a"), ("Origin", "https://x.example")]))
        #expect(response.headers["Access-Control-Allow-Origin"] == "https://x.example")
        #expect(response.headers["Access-Control-Expose-Headers"]?.contains("ETag") == true)
        #expect(response.headers["Access-Control-Expose-Headers"]?.contains("Link") == true)
        #expect(response.headers["Vary"] == "Origin")
    }

    @Test func otherOriginGetsNoHeaders() {
        let responder = CORSResponder(inner: Echo(), policy: CORSPolicy(allowedOrigins: ["https://x.example"]))
        let response = responder.respond(to: request(.get, [("Host", "a"), ("Origin", "https://evil.example")]))
        #expect(response.status.code == 200)
        #expect(response.headers["Access-Control-Allow-Origin"] == nil)
    }

    @Test func preflightIsAnsweredWithoutTheInnerResponder() {
        let responder = CORSResponder(inner: Echo(), policy: CORSPolicy(allowedOrigins: ["*"]))
        let response = responder.respond(
            to: request(
                .options,
                [("Host", "a"), ("Origin", "https://x.example"), ("Access-Control-Request-Method", "POST")]))
        #expect(response.status.code == 204)
        #expect(response.headers["Access-Control-Allow-Origin"] == "*")
        #expect(response.headers["Access-Control-Allow-Methods"]?.contains("POST") == true)
        #expect(response.headers["Access-Control-Allow-Headers"]?.contains("Authorization") == true)
        #expect(response.body.isEmpty)
    }

    @Test func preflightFromADisallowedOriginOrMethodIsRefused() {
        let responder = CORSResponder(inner: Echo(), policy: CORSPolicy(allowedOrigins: ["https://x.example"]))
        let badOrigin = responder.respond(
            to: request(.options, [("Origin", "https://evil.example"), ("Access-Control-Request-Method", "GET")]))
        #expect(badOrigin.status.code == 403)
        #expect(badOrigin.headers["Content-Type"] == "application/problem+json")
        let badMethod = responder.respond(
            to: request(.options, [("Origin", "https://x.example"), ("Access-Control-Request-Method", "PATCH")]))
        #expect(badMethod.status.code == 403)
    }
}
