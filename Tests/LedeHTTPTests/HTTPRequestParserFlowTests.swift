@testable import LedeHTTP
import Testing

@Suite("HTTP request parser: pipelining, limits, Expect, incremental scan")
struct HTTPRequestParserFlowTests {
    static let pipeline =
        "GET /one HTTP/1.1\r\nHost: a\r\n\r\n"
        + "POST /two HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc"
        + "PUT /three HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2;x=y\r\nhi\r\n0\r\nT: v\r\n\r\n"
        + "DELETE /four HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"

    @Test("pipelined requests in one buffer come out in order")
    func pipelined() {
        let (outcomes, leftover) = feed([Array(Self.pipeline.utf8)])
        let summary = outcomes.map { outcome -> String in
            guard case .request(let seen) = outcome else { return "\(outcome)" }
            return "\(seen.method) \(seen.path) \(seen.body) \(seen.keepAlive)"
        }
        #expect(summary == ["GET /one  true", "POST /two abc true", "PUT /three hi true", "DELETE /four  false"])
        #expect(leftover == 0)
    }

    @Test("pipelined requests at every split point give the same requests")
    func pipelinedSplits() {
        let bytes = Array(Self.pipeline.utf8)
        let whole = feed([bytes]).outcomes
        #expect(whole.count == 4)
        for pieces in splits(bytes) {
            #expect(feed(pieces).outcomes == whole, "pieces \(pieces.map(\.count))")
        }
    }

    @Test("an incomplete request after a complete one stays in the buffer")
    func partialTail() {
        let (outcomes, leftover) = feed([Array("GET / HTTP/1.1\r\nHost: a\r\n\r\nGET /next HT".utf8)])
        #expect(outcomes.count == 1)
        #expect(leftover == "GET /next HT".utf8.count)
    }

    @Test("byte-at-a-time input is scanned once: the scan position advances by one per call")
    func noRescan() {
        let bytes = Array("GET /abc?d=e HTTP/1.1\r\nHost: a\r\nX-Long: 0123456789\r\n\r\n".utf8)
        var parser = HTTPRequestParser()
        var buffer: [UInt8] = []
        for (index, byte) in bytes.enumerated() {
            buffer.append(byte)
            let (result, consumed) = parser.parse(buffer.span)
            if index < bytes.count - 1 {
                guard case .needMoreData = result else {
                    Issue.record("early result at byte \(index)")
                    return
                }
                #expect(consumed == 0)
                #expect(parser.scan.position == index + 1)
            } else {
                guard case .request = result else {
                    Issue.record("no request at the last byte")
                    return
                }
                #expect(consumed == bytes.count)
            }
        }
    }

    // MARK: limits, at the limit and one past it

    static func limits(target: Int = 8192, header: Int = 16384, count: Int = 100, body: Int = 1 << 20) -> HTTPLimits {
        HTTPLimits(maxTargetBytes: target, maxHeaderBytes: header, maxHeaderCount: count, maxBodyBytes: body)
    }

    @Test("default limits are the documented ones")
    func defaults() {
        #expect(HTTPLimits() == HTTPLimits(maxTargetBytes: 8192, maxHeaderBytes: 16384, maxHeaderCount: 100, maxBodyBytes: 1 << 20))
        #expect(HTTPLimits(maxBodyBytes: 5).maxHeaderCount == 100)
    }

    static func isRequest(_ outcomes: [Outcome]) -> Bool {
        if outcomes.count == 1, case .request = outcomes[0] { return true }
        return false
    }

    @Test("request-target: at the limit accepted, one past 414")
    func targetLimit() {
        let limits = Self.limits(target: 32)
        let atLimit = "/" + String(repeating: "a", count: 31)
        #expect(Self.isRequest(feedWhole("GET \(atLimit) HTTP/1.1\r\nHost: a\r\n\r\n", limits: limits)))
        #expect(feedWhole("GET \(atLimit)b HTTP/1.1\r\nHost: a\r\n\r\n", limits: limits) == [.failure(414)])
        // A target longer than the limit is refused before its end arrives.
        #expect(feedWhole("GET \(atLimit)bbbb", limits: limits) == [.failure(414)])
    }

    @Test("header section: at the limit accepted, one past 431")
    func headerBytesLimit() {
        let head = "GET / HTTP/1.1\r\nHost: a\r\nX: \r\n\r\n"
        let limits = Self.limits(header: 200)
        let fill = String(repeating: "v", count: 200 - head.utf8.count)
        let exact = "GET / HTTP/1.1\r\nHost: a\r\nX: \(fill)\r\n\r\n"
        #expect(exact.utf8.count == 200)
        #expect(Self.isRequest(feedWhole(exact, limits: limits)))
        #expect(feedWhole("GET / HTTP/1.1\r\nHost: a\r\nX: \(fill)v\r\n\r\n", limits: limits) == [.failure(431)])
        // Never-ending head: refused once it passes the limit, without waiting for its end.
        #expect(feedWhole("GET / HTTP/1.1\r\nX: " + String(repeating: "v", count: 300), limits: limits) == [.failure(431)])
    }

    @Test("header count: at the limit accepted, one past 431")
    func headerCountLimit() {
        let limits = Self.limits(count: 5)
        let four = (1...4).map { "X-\($0): v\r\n" }.joined()
        #expect(Self.isRequest(feedWhole("GET / HTTP/1.1\r\nHost: a\r\n\(four)\r\n", limits: limits)))
        #expect(feedWhole("GET / HTTP/1.1\r\nHost: a\r\n\(four)X-5: v\r\n\r\n", limits: limits) == [.failure(431)])
    }

    @Test("Content-Length body: at the limit accepted, one past 413 before the body is read")
    func contentLengthLimit() {
        let limits = Self.limits(body: 10)
        let exact = "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n0123456789"
        #expect(Self.isRequest(feedWhole(exact, limits: limits)))
        #expect(feedWhole("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\n", limits: limits) == [.failure(413)])
    }

    @Test("chunked body: at the limit accepted, one past 413 while de-chunking")
    func chunkedLimit() {
        let limits = Self.limits(body: 10)
        let head = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
        #expect(Self.isRequest(feedWhole(head + "4\r\n0123\r\n6\r\n456789\r\n0\r\n\r\n", limits: limits)))
        #expect(feedWhole(head + "4\r\n0123\r\n7\r\n", limits: limits) == [.failure(413)])
    }

    @Test("trailer section over the header limits is 431")
    func trailerLimits() {
        let head = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n"
        let few = Self.limits(count: 2)
        #expect(Self.isRequest(feedWhole(head + "A: 1\r\nB: 2\r\n\r\n", limits: few)))
        #expect(feedWhole(head + "A: 1\r\nB: 2\r\nC: 3\r\n\r\n", limits: few) == [.failure(431)])
        let small = Self.limits(header: 100)
        #expect(feedWhole(head + "A: " + String(repeating: "x", count: 120) + "\r\n\r\n", limits: small) == [.failure(431)])
    }

    // MARK: Expect: 100-continue

    @Test("100-continue is reported once when the body has not arrived, then the request")
    func expectContinueBeforeBody() {
        let head = Array("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-Continue\r\nContent-Length: 4\r\n\r\n".utf8)
        let (outcomes, _) = feed([head, Array("da".utf8), Array("ta".utf8)])
        #expect(outcomes.count == 2)
        #expect(outcomes.first == .expectContinue)
        guard case .request(let seen) = outcomes.last else {
            Issue.record("no request")
            return
        }
        #expect(seen.body == "data")
    }

    @Test("no 100-continue when the body came with the head, for HTTP/1.0, or without a body")
    func expectContinueSkipped() {
        let cases: [[String]] = [
            ["POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok"],
            ["POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\no", "k"],
            ["POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n", "ok"],
            ["POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 0\r\n\r\n"],
            ["GET / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n\r\n"],
        ]
        for pieces in cases {
            let outcomes = feed(pieces.map { Array($0.utf8) }).outcomes
            #expect(outcomes.count == 1, "\(pieces)")
            #expect(!outcomes.contains(.expectContinue), "\(pieces)")
        }
    }

    @Test("100-continue for a chunked body")
    func expectContinueChunked() {
        let head = Array("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)
        let (outcomes, leftover) = feed([head, Array("3\r\nabc\r\n0\r\n\r\n".utf8)])
        #expect(outcomes.first == .expectContinue)
        #expect(outcomes.count == 2)
        #expect(leftover == 0)
    }
}

@Suite("HTTP request parser: progress for timeouts")
struct HTTPRequestParserProgressTests {
    @Test("isInsideRequest and isReadingBody follow the request through head and body")
    func progress() {
        var parser = HTTPRequestParser()
        #expect(!parser.isInsideRequest && !parser.isReadingBody)
        let head = Array("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n".utf8)
        let start = Array(head.prefix(5))
        _ = parser.parse(start.span)
        #expect(parser.isInsideRequest && !parser.isReadingBody)
        let (_, consumed) = parser.parse(head.span)
        #expect(consumed == head.count)
        #expect(parser.isInsideRequest && parser.isReadingBody)
        let body = Array("ok".utf8)
        guard case .request = parser.parse(body.span).result else {
            Issue.record("no request")
            return
        }
        #expect(!parser.isInsideRequest && !parser.isReadingBody)
    }
}
