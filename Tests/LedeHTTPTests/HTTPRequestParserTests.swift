import LedeHTTP
import Testing

/// A request the parser must accept, with what it must report.
struct ValidRow: Sendable, CustomStringConvertible {
    var name: String
    var raw: String
    var method: String
    var path: String
    var query: String?
    var version = "HTTP/1.1"
    var body = ""
    var keepAlive = true
    var headerCount = 1
    var description: String { name }
}

let validRows: [ValidRow] = [
    ValidRow(name: "simple GET", raw: "GET / HTTP/1.1\r\nHost: a\r\n\r\n", method: "GET", path: "/"),
    ValidRow(
        name: "query kept encoded", raw: "GET /v1/articles?q=a%20b&x HTTP/1.1\r\nHost: a\r\n\r\n",
        method: "GET", path: "/v1/articles", query: "q=a%20b&x"),
    ValidRow(name: "empty query", raw: "GET /a? HTTP/1.1\r\nHost: a\r\n\r\n", method: "GET", path: "/a", query: ""),
    ValidRow(
        name: "leading empty lines (RFC 9112 §2.2)", raw: "\r\n\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n",
        method: "GET", path: "/"),
    ValidRow(name: "bare LF line ends", raw: "GET / HTTP/1.1\nHost: a\n\n", method: "GET", path: "/"),
    ValidRow(
        name: "HTTP/1.0 without Host closes", raw: "GET /x HTTP/1.0\r\n\r\n", method: "GET", path: "/x",
        version: "HTTP/1.0", keepAlive: false, headerCount: 0),
    ValidRow(
        name: "HTTP/1.0 keep-alive", raw: "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n", method: "GET", path: "/",
        version: "HTTP/1.0", keepAlive: true),
    ValidRow(
        name: "HTTP/1.0 keep-alive and close", raw: "GET / HTTP/1.0\r\nConnection: keep-alive, CLOSE\r\n\r\n",
        method: "GET", path: "/", version: "HTTP/1.0", keepAlive: false),
    ValidRow(
        name: "HTTP/1.1 close in list", raw: "GET / HTTP/1.1\r\nHost: a\r\nConnection: foo ,  Close\r\n\r\n",
        method: "GET", path: "/", keepAlive: false, headerCount: 2),
    ValidRow(
        name: "HTTP/1.2 is processed as 1.1 (RFC 9110 §6.2)", raw: "GET / HTTP/1.2\r\nHost: a\r\n\r\n", method: "GET",
        path: "/"),
    ValidRow(
        name: "Content-Length body", raw: "POST /p HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello",
        method: "POST", path: "/p", body: "hello", headerCount: 2),
    ValidRow(
        name: "equal Content-Length list accepted", raw: "POST /p HTTP/1.1\r\nHost: a\r\nContent-Length: 3, 3\r\n\r\nabc",
        method: "POST", path: "/p", body: "abc", headerCount: 2),
    ValidRow(
        name: "equal Content-Length fields accepted",
        raw: "POST /p HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\ncontent-length: 3\r\n\r\nabc",
        method: "POST", path: "/p", body: "abc", headerCount: 3),
    ValidRow(
        name: "chunked with extensions and trailers",
        raw: "POST /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5;name=value;x=\"q s\"\r\nhello\r\n6 ; ext\r\n world\r\n0\r\nTrailer-One: 1\r\nT2: two\r\n\r\n",
        method: "POST", path: "/c", body: "hello world", headerCount: 2),
    ValidRow(
        name: "chunked upper-case hex, list with empty elements",
        raw: "PUT /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: , Chunked\r\n\r\nA\r\n0123456789\r\n0\r\n\r\n",
        method: "PUT", path: "/c", body: "0123456789", headerCount: 2),
    ValidRow(
        name: "absolute-form routes by path (RFC 9112 §3.2.2)",
        raw: "GET http://example.com:8080/v1/x?y=1 HTTP/1.1\r\nHost: example.com\r\n\r\n", method: "GET",
        path: "/v1/x", query: "y=1"),
    ValidRow(
        name: "absolute-form without path", raw: "GET https://example.com HTTP/1.1\r\nHost: example.com\r\n\r\n",
        method: "GET", path: "/"),
    ValidRow(name: "OPTIONS *", raw: "OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n", method: "OPTIONS", path: "*"),
    ValidRow(
        name: "value whitespace trimmed, empty value, obs-text",
        raw: "GET / HTTP/1.1\r\nHost:a\r\nX-Empty:\r\nX-Pad: \t v \t\r\nX-Obs: caf\u{E9}\r\n\r\n", method: "GET", path: "/",
        headerCount: 4),
    ValidRow(name: "extension method", raw: "PURGE /a HTTP/1.1\r\nHost: a\r\n\r\n", method: "PURGE", path: "/a"),
]

/// A request the parser must reject, with the exact status.
struct InvalidRow: Sendable, CustomStringConvertible {
    var name: String
    var raw: String
    var status: Int
    var description: String { "\(status) \(name)" }
}

let invalidRows: [InvalidRow] = [
    InvalidRow(name: "garbage request line", raw: "GET\r\n\r\n", status: 400),
    InvalidRow(name: "two spaces before target", raw: "GET  / HTTP/1.1\r\nHost: a\r\n\r\n", status: 400),
    InvalidRow(name: "lower-case version", raw: "GET / http/1.1\r\nHost: a\r\n\r\n", status: 400),
    InvalidRow(name: "two-digit minor", raw: "GET / HTTP/1.10\r\nHost: a\r\n\r\n", status: 400),
    InvalidRow(name: "control in method", raw: "G\u{1}T / HTTP/1.1\r\nHost: a\r\n\r\n", status: 400),
    InvalidRow(name: "space in target", raw: "GET /a b HTTP/1.1\r\nHost: a\r\n\r\n", status: 400),
    InvalidRow(name: "fragment in target", raw: "GET /a#b HTTP/1.1\r\nHost: a\r\n\r\n", status: 400),
    InvalidRow(name: "non-ASCII in target", raw: "GET /caf\u{E9} HTTP/1.1\r\nHost: a\r\n\r\n", status: 400),
    InvalidRow(name: "relative target", raw: "GET a/b HTTP/1.1\r\nHost: a\r\n\r\n", status: 400),
    InvalidRow(name: "unknown scheme", raw: "GET ftp://h/ HTTP/1.1\r\nHost: a\r\n\r\n", status: 400),
    InvalidRow(name: "asterisk for GET", raw: "GET * HTTP/1.1\r\nHost: a\r\n\r\n", status: 400),
    InvalidRow(name: "header line without colon", raw: "GET / HTTP/1.1\r\nHost: a\r\nNoColon\r\n\r\n", status: 400),
    InvalidRow(name: "empty field name", raw: "GET / HTTP/1.1\r\nHost: a\r\n: v\r\n\r\n", status: 400),
    InvalidRow(name: "space before colon", raw: "GET / HTTP/1.1\r\nHost : a\r\n\r\n", status: 400),
    InvalidRow(name: "tab before colon", raw: "GET / HTTP/1.1\r\nHost\t: a\r\n\r\n", status: 400),
    InvalidRow(name: "obs-fold", raw: "GET / HTTP/1.1\r\nHost: a\r\nX: one\r\n two\r\n\r\n", status: 400),
    InvalidRow(name: "whitespace before first field", raw: "GET / HTTP/1.1\r\n Host: a\r\n\r\n", status: 400),
    InvalidRow(name: "missing Host on 1.1", raw: "GET / HTTP/1.1\r\nX: y\r\n\r\n", status: 400),
    InvalidRow(name: "duplicate Host", raw: "GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n", status: 400),
    InvalidRow(name: "duplicate Host on 1.0", raw: "GET / HTTP/1.0\r\nHost: a\r\nHost: a\r\n\r\n", status: 400),
    InvalidRow(name: "Host with space", raw: "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", status: 400),
    InvalidRow(name: "Content-Length not a number", raw: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5x\r\n\r\n", status: 400),
    InvalidRow(name: "Content-Length negative", raw: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n", status: 400),
    InvalidRow(name: "Content-Length empty", raw: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length:\r\n\r\n", status: 400),
    InvalidRow(name: "Content-Length plus sign", raw: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +1\r\n\r\n", status: 400),
    InvalidRow(
        name: "conflicting Content-Length list", raw: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3, 4\r\n\r\nabcd",
        status: 400),
    InvalidRow(
        name: "conflicting Content-Length fields",
        raw: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", status: 400),
    InvalidRow(
        name: "Content-Length with Transfer-Encoding",
        raw: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", status: 400),
    InvalidRow(
        name: "chunked twice", raw: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n",
        status: 400),
    InvalidRow(
        name: "Transfer-Encoding in HTTP/1.0", raw: "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        status: 400),
    InvalidRow(name: "gzip coding", raw: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n", status: 501),
    InvalidRow(
        name: "chunked not final", raw: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, gzip\r\n\r\n", status: 501),
    InvalidRow(
        name: "gzip then chunked", raw: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", status: 501),
    InvalidRow(name: "CONNECT", raw: "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com\r\n\r\n", status: 501),
    InvalidRow(name: "HTTP/2.0", raw: "GET / HTTP/2.0\r\nHost: a\r\n\r\n", status: 505),
    InvalidRow(name: "HTTP/2 preface", raw: "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", status: 505),
    InvalidRow(name: "HTTP/0.9 simple request", raw: "GET /\r\n", status: 505),
    InvalidRow(name: "HTTP/0.9 version", raw: "GET / HTTP/0.9\r\n\r\n", status: 505),
    InvalidRow(name: "HTTP/3.0", raw: "GET / HTTP/3.0\r\nHost: a\r\n\r\n", status: 505),
    InvalidRow(name: "bare CR in value", raw: "GET / HTTP/1.1\r\nHost: a\r\nX: a\rb\r\n\r\n", status: 400),
    InvalidRow(name: "bare CR after request line", raw: "GET / HTTP/1.1\rHost: a\r\n\r\n", status: 400),
    InvalidRow(name: "bare CR ending head", raw: "GET / HTTP/1.1\r\nHost: a\r\n\rX", status: 400),
    InvalidRow(name: "NUL in value", raw: "GET / HTTP/1.1\r\nHost: a\r\nX: a\u{0}b\r\n\r\n", status: 400),
    InvalidRow(name: "control in value", raw: "GET / HTTP/1.1\r\nHost: a\r\nX: a\u{1B}b\r\n\r\n", status: 400),
    InvalidRow(name: "DEL in value", raw: "GET / HTTP/1.1\r\nHost: a\r\nX: a\u{7F}b\r\n\r\n", status: 400),
    InvalidRow(name: "NUL in name", raw: "GET / HTTP/1.1\r\nHost: a\r\nX\u{0}: b\r\n\r\n", status: 400),
    InvalidRow(
        name: "unknown expectation", raw: "POST / HTTP/1.1\r\nHost: a\r\nExpect: 200-ok\r\nContent-Length: 1\r\n\r\nx",
        status: 417),
    InvalidRow(
        name: "chunk size not hex", raw: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", status: 400),
    InvalidRow(
        name: "chunk size overflow",
        raw: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n10000000000000000\r\n", status: 400),
    InvalidRow(
        name: "chunk data longer than size",
        raw: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n", status: 400),
    InvalidRow(
        name: "control in chunk extension",
        raw: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1;a\u{0}\r\nx\r\n0\r\n\r\n", status: 400),
    InvalidRow(
        name: "obs-fold in trailer",
        raw: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nT: 1\r\n 2\r\n\r\n", status: 400),
    InvalidRow(
        name: "Content-Length over the body limit (before the body)",
        raw: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1048577\r\n\r\n", status: 413),
    InvalidRow(
        name: "too-large body with Expect is refused before 100 Continue",
        raw: "POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2000000\r\n\r\n", status: 413),
    InvalidRow(name: "only empty lines then garbage", raw: "\r\n\r\n\u{0}GET / HTTP/1.1\r\n\r\n", status: 400),
    InvalidRow(name: "absolute-form without host", raw: "GET http:///x HTTP/1.1\r\nHost: a\r\n\r\n", status: 400),
    InvalidRow(name: "Transfer-Encoding empty", raw: "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding:\r\n\r\n", status: 400),
    InvalidRow(
        name: "absurd Content-Length is too large, not malformed",
        raw: "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999999\r\n\r\n", status: 413),
]

@Suite("HTTP request parser: rules")
struct HTTPRequestParserRuleTests {
    @Test("valid requests", arguments: validRows)
    func valid(_ row: ValidRow) throws {
        let outcomes = feedWhole(row.raw)
        try #require(outcomes.count == 1, "\(outcomes)")
        guard case .request(let seen) = outcomes[0] else {
            Issue.record("expected a request, got \(outcomes[0])")
            return
        }
        #expect(seen.method == row.method)
        #expect(seen.path == row.path)
        #expect(seen.query == row.query)
        #expect(seen.version == row.version)
        #expect(seen.body == row.body)
        #expect(seen.keepAlive == row.keepAlive)
        #expect(seen.headers.count == row.headerCount)
    }

    @Test("every split of a valid request gives the same result", arguments: validRows)
    func validSplits(_ row: ValidRow) {
        let bytes = Array(row.raw.utf8)
        let whole = feed([bytes]).outcomes
        for pieces in splits(bytes) {
            let (outcomes, leftover) = feed(pieces)
            #expect(outcomes == whole, "pieces \(pieces.map(\.count))")
            #expect(leftover == 0)
        }
    }

    @Test("invalid requests get the exact status", arguments: invalidRows)
    func invalid(_ row: InvalidRow) {
        #expect(feedWhole(row.raw) == [.failure(row.status)])
    }

    @Test("every split of an invalid request fails the same way", arguments: invalidRows)
    func invalidSplits(_ row: InvalidRow) {
        for pieces in splits(Array(row.raw.utf8)) {
            #expect(feed(pieces).outcomes == [.failure(row.status)], "pieces \(pieces.map(\.count))")
        }
    }

    @Test("fields keep arrival order, duplicates and raw values")
    func fieldValues() throws {
        let outcomes = feedWhole("GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\nx-a:  2 \r\nX-Obs: caf\u{E9}\r\n\r\n")
        guard case .request(let seen) = try #require(outcomes.first) else {
            Issue.record("no request")
            return
        }
        #expect(seen.headers == ["Host: h", "X-A: 1", "x-a: 2", "X-Obs: caf\u{E9}"])
    }

    @Test("a failed parser keeps failing and consumes nothing")
    func failureIsSticky() {
        var parser = HTTPRequestParser()
        let bad = Array("GET / HTTP/1.1\r\nHost : a\r\n\r\n".utf8)
        let first = parser.parse(bad.span)
        let good = Array("GET / HTTP/1.1\r\nHost: a\r\n\r\n".utf8)
        let second = parser.parse(good.span)
        guard case .failure(let error) = first.result, case .failure(let again) = second.result else {
            Issue.record("expected failures")
            return
        }
        #expect(error.status == .badRequest)
        #expect(again == error)
        #expect(first.consumed == 0 && second.consumed == 0)
        #expect(error.response.status.code == 400)
        #expect(error.response.headers["Content-Type"] == "application/problem+json")
    }
}
