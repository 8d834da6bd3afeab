/// What the framing-relevant header fields of one request said.
private struct Framing {
    var contentLength: Int?
    var hasTransferEncoding = false
    var chunkedCount = 0
    var unknownCoding: String?
    var hostCount = 0
    var close = false
    var keepAlive = false
    var expectsContinue = false
    var unknownExpectation = false
}

private enum FieldName {
    static let host = Array("host".utf8)
    static let contentLength = Array("content-length".utf8)
    static let transferEncoding = Array("transfer-encoding".utf8)
    static let connection = Array("connection".utf8)
    static let expect = Array("expect".utf8)
    static let chunked = Array("chunked".utf8)
    static let close = Array("close".utf8)
    static let keepAlive = Array("keep-alive".utf8)
    static let continue100 = Array("100-continue".utf8)
    static let http = Array("http".utf8)
    static let https = Array("https".utf8)
}

extension HTTPRequestParser {
    /// Turns the scanned head into an `HTTPRequest`, applying the message-level rules of
    /// RFC 9112 (§3.2 Host and target forms, §6 framing, §9.3 persistence), and sets up the body.
    mutating func finishHead(_ input: Span<UInt8>, headEnd: Int) throws(HTTPParseError) {
        let method = HTTPMethod(token: Self.string(input, scan.requestStart..<scan.methodEnd))
        if method == .connect {
            throw HTTPParseError(status: .notImplemented, detail: "CONNECT is not supported")
        }
        let version: HTTPVersion = scan.minor == 0 ? .http1_0 : .http1_1
        let target = Self.string(input, scan.targetStart..<scan.targetEnd)
        let (path, query) = try parseTarget(input, method: method, target: target)

        var headers = HTTPHeaders()
        headers.reserveCapacity(scan.fields.count)
        var framing = Framing()
        for field in scan.fields {
            let name = field.nameStart..<field.nameEnd
            let value = field.valueStart..<field.valueEnd
            headers.add(name: Self.string(input, name), value: Self.string(input, value))
            try Self.interpret(input, name: name, value: value, into: &framing)
        }

        if framing.hasTransferEncoding {
            // RFC 9112 §6.1: both present is a smuggling vector; reject rather than guess.
            if framing.contentLength != nil {
                throw .badRequest("both Content-Length and Transfer-Encoding are present")
            }
            if version == .http1_0 { throw .badRequest("Transfer-Encoding in an HTTP/1.0 request") }
            if let coding = framing.unknownCoding {
                throw HTTPParseError(status: .notImplemented, detail: "transfer coding '\(coding)' is not supported")
            }
            if framing.chunkedCount != 1 { throw .badRequest("Transfer-Encoding must be chunked exactly once") }
        }
        // RFC 9112 §3.2: exactly one Host in HTTP/1.1, at most one in HTTP/1.0.
        if framing.hostCount > 1 { throw .badRequest("more than one Host header field") }
        if framing.hostCount == 0, version == .http1_1 { throw .badRequest("missing Host header field") }
        if framing.unknownExpectation {
            throw HTTPParseError(status: .expectationFailed, detail: "only the 100-continue expectation is supported")
        }
        let chunked = framing.hasTransferEncoding
        let contentLength = framing.contentLength ?? 0
        if contentLength > limits.maxBodyBytes {
            throw HTTPParseError(status: .contentTooLarge, detail: "body larger than \(limits.maxBodyBytes) bytes")
        }
        // RFC 9112 §9.3: 1.1 persists unless "close"; 1.0 only with "keep-alive".
        let keepAlive = version == .http1_1 ? !framing.close : framing.keepAlive && !framing.close
        let request = HTTPRequest(
            method: method, target: target, path: path, query: query, version: version, headers: headers,
            keepAlive: keepAlive)
        scan.reset()
        // RFC 9110 §10.1.1: a server ignores 100-continue from an HTTP/1.0 client.
        scan.expectsContinue = framing.expectsContinue && version == .http1_1 && (chunked || contentLength > 0)
        begin(request, contentLength: contentLength, chunked: chunked)
    }

    /// Splits the request-target into path and query (RFC 9112 §3.2): origin-form, absolute-form
    /// (routed by its path, §3.2.2) and asterisk-form (OPTIONS only, §3.2.4).
    private func parseTarget(
        _ input: Span<UInt8>, method: HTTPMethod, target: String
    ) throws(HTTPParseError) -> (path: String, query: String?) {
        let start = scan.targetStart, end = scan.targetEnd
        let pathEnd = scan.queryMark >= 0 ? scan.queryMark : end
        let query = scan.queryMark >= 0 ? Self.string(input, (scan.queryMark + 1)..<end) : nil
        let first = input[start]
        if first == UInt8(ascii: "/") {
            return (pathEnd == end ? target : Self.string(input, start..<pathEnd), query)
        }
        if first == UInt8(ascii: "*"), end - start == 1 {
            guard method == .options else { throw .badRequest("asterisk-form target is only for OPTIONS") }
            return ("*", nil)
        }
        // absolute-form: scheme "://" authority path-abempty.
        var cursor = start
        while cursor < pathEnd, input[cursor] != ByteClass.colon { cursor += 1 }
        let scheme = start..<cursor
        guard Self.equalsLowercased(input, scheme, FieldName.http) || Self.equalsLowercased(input, scheme, FieldName.https),
            cursor + 2 < pathEnd, input[cursor + 1] == UInt8(ascii: "/"), input[cursor + 2] == UInt8(ascii: "/")
        else { throw .badRequest("malformed request-target") }
        let authorityStart = cursor + 3
        cursor = authorityStart
        while cursor < pathEnd, input[cursor] != UInt8(ascii: "/") { cursor += 1 }
        guard cursor > authorityStart else { throw .badRequest("absolute-form target without a host") }
        return (cursor == pathEnd ? "/" : Self.string(input, cursor..<pathEnd), query)
    }

    /// Records what one field means for framing, persistence and expectations.
    private static func interpret(
        _ input: Span<UInt8>, name: Range<Int>, value: Range<Int>, into framing: inout Framing
    ) throws(HTTPParseError) {
        switch name.count {
        case 4 where equalsLowercased(input, name, FieldName.host):
            framing.hostCount += 1
            for index in value where !ByteClass.isHostChar(input[index]) {
                throw .badRequest("invalid Host header field")
            }
        case 14 where equalsLowercased(input, name, FieldName.contentLength):
            // RFC 9112 §6.3: a list of identical values is the same length; anything else is invalid.
            var cursor = value.lowerBound
            var any = false
            while let element = nextListElement(input, &cursor, value.upperBound) {
                guard !element.isEmpty else { throw .badRequest("invalid Content-Length") }
                var length = 0
                for index in element {
                    let byte = input[index]
                    guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
                        throw .badRequest("invalid Content-Length")
                    }
                    // Saturate: an absurd length is "too large" (413), not malformed.
                    let (times10, o1) = length.multipliedReportingOverflow(by: 10)
                    let (sum, o2) = times10.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
                    length = o1 || o2 ? Int.max : sum
                }
                if let previous = framing.contentLength, previous != length {
                    throw .badRequest("conflicting Content-Length values")
                }
                framing.contentLength = length
                any = true
            }
            if !any { throw .badRequest("invalid Content-Length") }
        case 17 where equalsLowercased(input, name, FieldName.transferEncoding):
            framing.hasTransferEncoding = true
            var cursor = value.lowerBound
            while let element = nextListElement(input, &cursor, value.upperBound) {
                if element.isEmpty { continue }
                if equalsLowercased(input, element, FieldName.chunked) {
                    framing.chunkedCount += 1
                } else if framing.unknownCoding == nil {
                    framing.unknownCoding = string(input, element)
                }
            }
        case 10 where equalsLowercased(input, name, FieldName.connection):
            var cursor = value.lowerBound
            while let element = nextListElement(input, &cursor, value.upperBound) {
                if equalsLowercased(input, element, FieldName.close) { framing.close = true }
                if equalsLowercased(input, element, FieldName.keepAlive) { framing.keepAlive = true }
            }
        case 6 where equalsLowercased(input, name, FieldName.expect):
            if equalsLowercased(input, value, FieldName.continue100) {
                framing.expectsContinue = true
            } else if !value.isEmpty {
                framing.unknownExpectation = true
            }
        default:
            break
        }
    }

    /// The next element of a comma-separated list (RFC 9110 §5.6.1) with optional whitespace
    /// trimmed; nil after the last one.
    private static func nextListElement(_ input: Span<UInt8>, _ cursor: inout Int, _ end: Int) -> Range<Int>? {
        guard cursor <= end else { return nil }
        var start = cursor
        while cursor < end, input[cursor] != UInt8(ascii: ",") { cursor += 1 }
        var stop = cursor
        cursor += 1  // past the comma (or past `end`, which ends the iteration)
        while start < stop, input[start] == ByteClass.sp || input[start] == ByteClass.htab { start += 1 }
        while stop > start, input[stop - 1] == ByteClass.sp || input[stop - 1] == ByteClass.htab { stop -= 1 }
        return start..<stop
    }

    /// ASCII case-insensitive comparison of `input[range]` with a lower-case literal.
    static func equalsLowercased(_ input: Span<UInt8>, _ range: Range<Int>, _ literal: [UInt8]) -> Bool {
        guard range.count == literal.count else { return false }
        var index = 0
        for position in range {
            guard ByteClass.lower(input[position]) == literal[index] else { return false }
            index += 1
        }
        return true
    }

    /// A `String` from bytes of the input. Field values may carry obs-text that is not UTF-8;
    /// those bytes become U+FFFD rather than failing the request.
    static func string(_ input: Span<UInt8>, _ range: Range<Int>) -> String {
        let bytes = input.extracting(range)
        if let utf8 = try? UTF8Span(validating: bytes) { return String(copying: utf8) }
        var copy: [UInt8] = []
        copy.reserveCapacity(bytes.count)
        for index in bytes.indices { copy.append(bytes[index]) }
        return String(decoding: copy, as: UTF8.self)
    }
}
