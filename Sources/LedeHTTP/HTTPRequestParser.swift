/// Limits the parser enforces, each mapped to its status (see `HTTPParseError`).
package struct HTTPLimits: Sendable, Equatable {
    /// Longest request-target; longer → 414.
    package var maxTargetBytes = 8 * 1024
    /// Largest header section (request line + fields); larger → 431.
    package var maxHeaderBytes = 16 * 1024
    /// Most header fields; more → 431.
    package var maxHeaderCount = 100
    /// Largest decoded body; larger → 413.
    package var maxBodyBytes = 1024 * 1024

    package init() {}
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
package struct HTTPRequestParser: Sendable {
    package let limits: HTTPLimits

    package init(limits: HTTPLimits = HTTPLimits()) {
        self.limits = limits
    }

    /// Parses as much of `input` as it can. `input` begins at the first byte not yet
    /// consumed; the bytes reported as `consumed` must not be passed again.
    package mutating func parse(_ input: Span<UInt8>) -> (result: HTTPParseResult, consumed: Int) {
        // Contract stub: the parser issue fills this in.
        (.needMoreData, 0)
    }
}
