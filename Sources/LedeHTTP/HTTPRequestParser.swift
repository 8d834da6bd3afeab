/// Limits the parser enforces, each mapped to its status (see `HTTPParseError`).
package struct HTTPLimits: Sendable, Equatable {
    /// Longest request-target; longer → 414.
    package var maxTargetBytes = 8 * 1024
    /// Largest header section (request line + fields, and any empty lines before the request
    /// line, through the empty line that ends the head); larger → 431. Also bounds a chunked
    /// body's trailer section.
    package var maxHeaderBytes = 16 * 1024
    /// Most header fields; more → 431. Also bounds the trailer fields of a chunked body.
    package var maxHeaderCount = 100
    /// Largest decoded body; larger → 413.
    package var maxBodyBytes = 1024 * 1024

    package init() {}

    /// Limits from configuration; each omitted one keeps its default.
    package init(
        maxTargetBytes: Int = 8 * 1024, maxHeaderBytes: Int = 16 * 1024, maxHeaderCount: Int = 100,
        maxBodyBytes: Int = 1024 * 1024
    ) {
        self.maxTargetBytes = maxTargetBytes
        self.maxHeaderBytes = maxHeaderBytes
        self.maxHeaderCount = maxHeaderCount
        self.maxBodyBytes = maxBodyBytes
    }
}

/// Why a request was rejected: the status to answer with and a human-readable detail.
/// After any parse error the connection closes, since framing is in doubt.
package struct HTTPParseError: Error, Sendable, Equatable {
    package var status: HTTPStatus
    package var detail: String
    package init(status: HTTPStatus, detail: String) {
        self.status = status
        self.detail = detail
    }

    /// The error as an `application/problem+json` response for the connection to send
    /// (with `keepAlive: false`) before closing.
    package var response: HTTPResponse {
        Problem(status: status.code, title: status.reason, detail: detail).response
    }

    static func badRequest(_ detail: String) -> HTTPParseError { .init(status: .badRequest, detail: detail) }
}

/// What one call to `HTTPRequestParser.parse` found.
package enum HTTPParseResult: Sendable {
    /// No complete request yet; call again when more bytes arrive.
    case needMoreData
    /// The head is complete and carries `Expect: 100-continue`, and the body has not
    /// arrived: the connection writes `HTTP/1.1 100 Continue` once and calls again.
    case expectContinue
    /// One complete request; the parser is ready for the next one (pipelining).
    case request(HTTPRequest)
    /// The input is not an acceptable request.
    case failure(HTTPParseError)
}

/// Incremental HTTP/1.1 request parser over bytes (RFC 9112).
///
/// The connection keeps a receive buffer and calls `parse` with its unconsumed bytes;
/// it then drops `consumed` bytes from the front and, after `.request`, calls again for
/// the next pipelined request. The parser keeps its scan position between calls, so a
/// client sending one byte at a time is not rescanned from the start (slowloris).
///
/// While the head is incomplete nothing is consumed (the scan state holds offsets into the
/// unconsumed bytes, as nginx's `r->state` does); the head is consumed when it completes.
/// Body bytes are consumed as they arrive and copied into the request. After `.failure`
/// the parser keeps answering the same failure.
///
/// Choices where RFC 9112 leaves room: a bare LF ends a line like CRLF (§2.2); empty lines
/// before the request line are skipped (§2.2); HTTP/1.2–1.9 are treated as HTTP/1.1
/// (RFC 9110 §6.2), every other version is 505; repeated `Content-Length` values that are
/// all equal (in one list or in several fields) are accepted (§6.3); `Transfer-Encoding` on
/// an HTTP/1.0 request is rejected with 400 (§6.1); an `Expect` other than
/// `100-continue` is 417 (RFC 9110 §10.1.1); `CONNECT` is 501.
package struct HTTPRequestParser: Sendable {
    package let limits: HTTPLimits

    private var phase = Phase.head
    var scan = HeadScan()
    /// The request whose body is being read.
    private var pending: HTTPRequest?
    /// The body of `pending` so far, kept apart so appends never copy the request.
    var body: [UInt8] = []
    var chunk = ChunkScan()

    private enum Phase {
        case head
        case fixedBody(remaining: Int)
        case chunkedBody
        case failed(HTTPParseError)
    }

    package init(limits: HTTPLimits = HTTPLimits()) {
        self.limits = limits
    }

    /// Whether bytes of a request not yet returned have been seen (for choosing between the
    /// idle keep-alive timeout and the request timeouts).
    package var isInsideRequest: Bool {
        if case .head = phase { return scan.position > 0 }
        return true
    }

    /// Whether the current request's head is complete and its body is being read (the
    /// header timeout no longer applies; a body timeout does).
    package var isReadingBody: Bool {
        switch phase {
        case .fixedBody, .chunkedBody: true
        case .head, .failed: false
        }
    }

    /// Parses as much of `input` as it can. `input` begins at the first byte not yet
    /// consumed; the bytes reported as `consumed` must not be passed again.
    package mutating func parse(_ input: Span<UInt8>) -> (result: HTTPParseResult, consumed: Int) {
        var offset = 0
        switch phase {
        case .failed(let error):
            return (.failure(error), 0)
        case .fixedBody, .chunkedBody:
            break
        case .head:
            let headEnd: Int
            do throws(HTTPParseError) {
                guard let end = try scanHead(input) else { return (.needMoreData, 0) }
                headEnd = end
                try finishHead(input, headEnd: headEnd)
            } catch {
                return fail(error)
            }
            offset = headEnd
            if case .head = phase { return (.request(takeRequest()), headEnd) }
            // RFC 9110 §10.1.1: 100 Continue only when the client is still waiting for it.
            if scan.expectsContinue, offset == input.count {
                scan.expectsContinue = false
                return (.expectContinue, offset)
            }
        }
        return readBody(input, from: offset)
    }

    private mutating func fail(_ error: HTTPParseError) -> (result: HTTPParseResult, consumed: Int) {
        phase = .failed(error)
        pending = nil
        return (.failure(error), 0)
    }

    private mutating func takeRequest() -> HTTPRequest {
        var request = pending.take() ?? HTTPRequest(method: .get, target: "/", path: "/", query: nil)
        swap(&request.body, &body)
        phase = .head
        scan.expectsContinue = false
        return request
    }

    /// Called by `finishHead` once the head is valid: sets up reading the body.
    mutating func begin(_ request: consuming HTTPRequest, contentLength: Int, chunked: Bool) {
        pending = consume request
        body = []
        if chunked {
            chunk = ChunkScan()
            phase = .chunkedBody
        } else if contentLength > 0 {
            body.reserveCapacity(contentLength)
            phase = .fixedBody(remaining: contentLength)
        } else {
            phase = .head
        }
    }

    private mutating func readBody(_ input: Span<UInt8>, from start: Int) -> (result: HTTPParseResult, consumed: Int) {
        switch phase {
        case .fixedBody(let remaining):
            let count = min(remaining, input.count - start)
            for index in start..<(start + count) { body.append(input[index]) }
            if count == remaining { return (.request(takeRequest()), start + count) }
            phase = .fixedBody(remaining: remaining - count)
            return (.needMoreData, start + count)
        case .chunkedBody:
            do throws(HTTPParseError) {
                let (done, end) = try decodeChunked(input, from: start)
                if done { return (.request(takeRequest()), end) }
                return (.needMoreData, end)
            } catch {
                return fail(error)
            }
        case .head, .failed:
            return (.needMoreData, start)
        }
    }
}
