import LedeHTTP
import Testing

@Suite("Response head and HTTP dates")
struct HTTPResponseHeadTests {
    static let date = "Sun, 06 Nov 1994 08:49:37 GMT"

    static func head(
        _ response: HTTPResponse, version: HTTPVersion = .http1_1, keepAlive: Bool = true
    ) -> String {
        var out: [UInt8] = []
        HTTPResponseHead.write(response, version: version, keepAlive: keepAlive, date: date, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test("200 with a body: status line, handler fields, Content-Length, Date, Server")
    func ok() {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "application/json")
        let text = Self.head(HTTPResponse(status: .ok, headers: headers, body: Array("{}".utf8)))
        #expect(
            text == "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                + "Date: \(Self.date)\r\nServer: lede\r\n\r\n")
    }

    @Test("Connection: close when not kept alive; keep-alive for a kept HTTP/1.0 request")
    func connection() {
        let closing = Self.head(HTTPResponse(status: .notFound), keepAlive: false)
        #expect(closing.hasPrefix("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n"))
        let old = Self.head(HTTPResponse(status: .ok), version: .http1_0, keepAlive: true)
        #expect(old.contains("\r\nConnection: keep-alive\r\n"))
        let oldClosing = Self.head(HTTPResponse(status: .ok), version: .http1_0, keepAlive: false)
        #expect(oldClosing.contains("\r\nConnection: close\r\n") && !oldClosing.contains("keep-alive"))
        #expect(!Self.head(HTTPResponse(status: .ok)).contains("Connection"))
    }

    @Test("no Content-Length for 204, 304 and 1xx")
    func noContentLength() {
        for status in [HTTPStatus.noContent, .notModified, .continue] {
            #expect(!Self.head(HTTPResponse(status: status)).contains("Content-Length"), "\(status.code)")
        }
        #expect(Self.head(HTTPResponse(status: .created, body: [1, 2, 3])).contains("Content-Length: 3\r\n"))
    }

    @Test("fields with CR/LF/NUL, bad names and writer-owned fields are dropped")
    func injection() {
        var headers = HTTPHeaders()
        headers.add(name: "X-Evil", value: "a\r\nSet-Cookie: x=1")
        headers.add(name: "X-Nul", value: "a\u{0}b")
        headers.add(name: "Bad Name", value: "v")
        headers.add(name: "Content-Length", value: "999")
        headers.add(name: "connection", value: "keep-alive")
        headers.add(name: "X-Good", value: "tab\tok")
        let text = Self.head(HTTPResponse(status: .ok, headers: headers, body: [0]))
        #expect(!text.contains("Set-Cookie") && !text.contains("X-Evil") && !text.contains("X-Nul"))
        #expect(!text.contains("Bad Name") && !text.contains("999") && !text.contains("Connection"))
        #expect(text.contains("X-Good: tab\tok\r\n") && text.contains("Content-Length: 1\r\n"))
        #expect(text.utf8.split(separator: 10).count == 6)  // 5 lines + the empty line
    }

    @Test("100 Continue bytes")
    func continueBytes() {
        #expect(String(decoding: HTTPResponseHead.continueBytes, as: UTF8.self) == "HTTP/1.1 100 Continue\r\n\r\n")
    }

    @Test("standard statuses and reasons")
    func statuses() {
        #expect(HTTPStatus(code: 413) == HTTPStatus(code: 413, reason: "Content Too Large"))
        #expect(HTTPStatus.methodNotAllowed.reason == "Method Not Allowed")
        #expect(HTTPStatus(code: 299).reason == "")
        #expect(Self.head(HTTPResponse(status: HTTPStatus(code: 299))).hasPrefix("HTTP/1.1 299 \r\n"))
    }

    @Test(
        "IMF-fixdate of known instants",
        arguments: [
            (0, "Thu, 01 Jan 1970 00:00:00 GMT"),
            (784_111_777, "Sun, 06 Nov 1994 08:49:37 GMT"),
            (951_782_400, "Tue, 29 Feb 2000 00:00:00 GMT"),
            (1_234_567_890, "Fri, 13 Feb 2009 23:31:30 GMT"),
            (4_102_444_799, "Thu, 31 Dec 2099 23:59:59 GMT"),
            (4_107_542_399, "Sun, 28 Feb 2100 23:59:59 GMT"),
            (1_709_251_199, "Thu, 29 Feb 2024 23:59:59 GMT"),
            (1_709_251_200, "Fri, 01 Mar 2024 00:00:00 GMT"),
            (-1, "Wed, 31 Dec 1969 23:59:59 GMT"),
        ])
    func imfFixdate(seconds: Int, expected: String) {
        #expect(HTTPDate.imfFixdate(epochSeconds: seconds) == expected)
    }

    @Test("date cache reformats only when the second changes")
    func dateCache() {
        var cache = HTTPDateCache()
        #expect(cache.value(epochSeconds: 0) == "Thu, 01 Jan 1970 00:00:00 GMT")
        #expect(cache.value(epochSeconds: 0) == "Thu, 01 Jan 1970 00:00:00 GMT")
        #expect(cache.value(epochSeconds: 86_400) == "Fri, 02 Jan 1970 00:00:00 GMT")
    }
}
