import LedeHTTP
import LedeNet
import Testing

/// Every rejection rule of the parser reaches the client as an `application/problem+json`
/// response with `Connection: close`, and the connection then closes.
@Suite(.serialized)
struct ParserErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var request: String
        var status: Int
        var testDescription: String { name }
    }

    static let longTarget = "/" + String(repeating: "a", count: 9000)
    static let manyFields = (0..<101).map { "X-F\($0): v\r\n" }.joined()
    static let hugeField = "X-Big: " + String(repeating: "b", count: 17000) + "\r\n"

    static let cases: [Case] = [
        Case(name: "malformed request line", request: "GET\r\n\r\n", status: 400),
        Case(name: "malformed header line", request: "GET / HTTP/1.1\r\nHost: a\r\nNoColon\r\n\r\n", status: 400),
        Case(name: "space before colon", request: "GET / HTTP/1.1\r\nHost : a\r\n\r\n", status: 400),
        Case(name: "obs-fold", request: "GET / HTTP/1.1\r\nHost: a\r\nX: b\r\n c\r\n\r\n", status: 400),
        Case(name: "missing Host", request: "GET / HTTP/1.1\r\n\r\n", status: 400),
        Case(name: "duplicate Host", request: "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", status: 400),
        Case(name: "invalid Content-Length", request: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1x\r\n\r\n", status: 400),
        Case(name: "conflicting Content-Length", request: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", status: 400),
        Case(name: "Content-Length with Transfer-Encoding", request: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", status: 400),
        Case(name: "unknown transfer coding", request: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n", status: 501),
        Case(name: "target too long", request: "GET \(longTarget) HTTP/1.1\r\nHost: a\r\n\r\n", status: 414),
        Case(name: "too many fields", request: "GET / HTTP/1.1\r\nHost: a\r\n\(manyFields)\r\n", status: 431),
        Case(name: "header section too large", request: "GET / HTTP/1.1\r\nHost: a\r\n\(hugeField)\r\n", status: 431),
        Case(name: "body too large", request: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2000000\r\n\r\n", status: 413),
        Case(name: "unsupported version", request: "GET / HTTP/2.0\r\nHost: a\r\n\r\n", status: 505),
        Case(name: "unknown expectation", request: "GET / HTTP/1.1\r\nHost: a\r\nExpect: coffee\r\n\r\n", status: 417),
        Case(name: "CONNECT", request: "CONNECT a:443 HTTP/1.1\r\nHost: a:443\r\n\r\n", status: 501),
        Case(name: "bad chunk size", request: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", status: 400),
        Case(name: "chunked body too large", request: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n200000\r\n", status: 413),
    ]

    @Test(arguments: cases)
    func rejectionReachesClientAndCloses(_ rule: Case) throws {
        let server = try TestServer()
        defer { server.shutdown() }
        let client = try server.client()
        try client.send(rule.request)
        let response = try client.readResponse()
        #expect(response.status == rule.status)
        #expect(response.header("Content-Type") == "application/problem+json")
        #expect(response.header("Connection")?.lowercased() == "close")
        #expect(response.bodyText.contains("\"status\":\(rule.status)"))
        #expect(try client.readToEnd().isEmpty)
    }

    /// A bad request in the middle of a pipeline: the good ones before it are answered, then
    /// the problem, then the connection closes (nothing after it is processed).
    @Test func errorAfterPipelinedRequests() throws {
        let server = try TestServer()
        defer { server.shutdown() }
        let client = try server.client()
        try client.send(get("/one") + "BAD\r\n\r\n" + get("/never"))
        #expect(try client.readResponse().bodyText == "v1 GET /one")
        #expect(try client.readResponse().status == 400)
        #expect(try client.readToEnd().isEmpty)
    }
}
