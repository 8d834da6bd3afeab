/// Where the head scan stands; offsets are relative to the first unconsumed byte, which
/// stays put until the head completes (nothing is consumed before that).
struct HeadScan: Sendable {
    enum State: Sendable, Equatable {
        case start, startLF, method, targetStart, target
        /// Index into `HTTP/D.D` and then the line end (8).
        case version(Int)
        case requestLineLF, fieldStart, name, beforeValue, value, fieldLF, headEndLF
    }

    /// One header line: offsets of its name and of its value without surrounding whitespace.
    struct Field: Sendable {
        var nameStart: Int
        var nameEnd: Int
        var valueStart: Int
        var valueEnd: Int
    }

    var state = State.start
    var position = 0
    var requestStart = 0
    var methodEnd = 0
    var targetStart = 0
    var targetEnd = 0
    /// Offset of the first `?` in the target, or -1.
    var queryMark = -1
    var major = 0
    var minor = 0
    var mark = 0
    var nameEnd = 0
    var valueStart = 0
    var valueEnd = 0
    /// Reused across requests, so a warm connection allocates nothing for field offsets.
    var fields: [Field] = []
    /// Set by `finishHead` for the request just parsed; cleared once reported.
    var expectsContinue = false

    /// Prepares for the next request, keeping the capacity of `fields`.
    mutating func reset() {
        var fields = self.fields
        self.fields = []
        fields.removeAll(keepingCapacity: true)
        self = HeadScan()
        self.fields = fields
    }
}

extension HTTPRequestParser {
    /// Advances the head scan over the bytes not yet scanned. Returns the head's length once
    /// its final empty line is seen, nil when more bytes are needed.
    mutating func scanHead(_ input: Span<UInt8>) throws(HTTPParseError) -> Int? {
        var state = scan.state
        var position = scan.position
        defer {
            scan.state = state
            scan.position = position
        }
        let end = input.count
        let maxHead = limits.maxHeaderBytes
        while position < end {
            // The byte at `position` would make the head `position + 1` bytes long.
            guard position < maxHead else {
                throw HTTPParseError(status: .requestHeaderFieldsTooLarge, detail: "header section larger than \(maxHead) bytes")
            }
            let byte = input[position]
            switch state {
            case .start:
                // RFC 9112 §2.2: ignore empty lines received before the request line.
                if byte == ByteClass.cr {
                    state = .startLF
                } else if byte != ByteClass.lf {
                    guard ByteClass.isToken(byte) else { throw .badRequest("malformed request line") }
                    scan.requestStart = position
                    state = .method
                }
            case .startLF:
                guard byte == ByteClass.lf else { throw .badRequest("bare CR before the request line") }
                state = .start
            case .method:
                if !ByteClass.isToken(byte) {
                    guard byte == ByteClass.sp else { throw .badRequest("malformed method in request line") }
                    scan.methodEnd = position
                    state = .targetStart
                }
            case .targetStart:
                guard ByteClass.isTargetChar(byte) else { throw .badRequest("malformed request-target") }
                scan.targetStart = position
                scan.queryMark = byte == UInt8(ascii: "?") ? position : -1
                state = .target
            case .target:
                if ByteClass.isTargetChar(byte) {
                    // Tight loop up to the target limit, then one more byte for the outer loop.
                    let stop = min(end, maxHead, scan.targetStart + limits.maxTargetBytes)
                    while position < stop {
                        let next = input[position]
                        guard ByteClass.isTargetChar(next) else { break }
                        if next == UInt8(ascii: "?"), scan.queryMark < 0 { scan.queryMark = position }
                        position += 1
                    }
                    if position == scan.targetStart + limits.maxTargetBytes, position < end,
                        ByteClass.isTargetChar(input[position])
                    {
                        throw HTTPParseError(status: .uriTooLong, detail: "request-target longer than \(limits.maxTargetBytes) bytes")
                    }
                    continue
                } else if byte == ByteClass.sp {
                    scan.targetEnd = position
                    state = .version(0)
                } else if byte == ByteClass.cr || byte == ByteClass.lf {
                    // `GET /path` with no version is the HTTP/0.9 simple request.
                    throw HTTPParseError(status: .httpVersionNotSupported, detail: "HTTP/0.9 requests are not supported")
                } else {
                    throw .badRequest("invalid character in request-target")
                }
            case .version(let index):
                state = try scanVersion(byte, at: index)
            case .requestLineLF:
                guard byte == ByteClass.lf else { throw .badRequest("bare CR in request line") }
                state = .fieldStart
            case .fieldStart:
                if byte == ByteClass.cr {
                    state = .headEndLF
                } else if byte == ByteClass.lf {
                    position += 1
                    return position
                } else if ByteClass.isToken(byte) {
                    scan.mark = position
                    state = .name
                } else if byte == ByteClass.sp || byte == ByteClass.htab {
                    // RFC 9112 §5.2: obs-fold (and whitespace before the first field, §2.2).
                    throw .badRequest("obsolete line folding is not accepted")
                } else {
                    throw .badRequest("malformed header field name")
                }
            case .name:
                if ByteClass.isToken(byte) {
                    let stop = min(end, maxHead)
                    while position < stop, ByteClass.isToken(input[position]) { position += 1 }
                    continue
                } else {
                    if byte == ByteClass.colon {
                        scan.nameEnd = position
                        state = .beforeValue
                    } else if byte == ByteClass.sp || byte == ByteClass.htab {
                        // RFC 9112 §5.1: no whitespace between field name and colon.
                        throw .badRequest("whitespace between header field name and colon")
                    } else {
                        throw .badRequest("malformed header field name")
                    }
                }
            case .beforeValue:
                if byte == ByteClass.sp || byte == ByteClass.htab { break }
                scan.valueStart = position
                scan.valueEnd = position
                if byte == ByteClass.cr {
                    state = .fieldLF
                } else if byte == ByteClass.lf {
                    try addField()
                    state = .fieldStart
                } else {
                    guard ByteClass.isFieldVChar(byte) else { throw .badRequest("control character in header field value") }
                    scan.valueEnd = position + 1
                    state = .value
                }
            case .value:
                if ByteClass.isFieldVChar(byte) || byte == ByteClass.sp || byte == ByteClass.htab {
                    // Run through the value in a tight loop; the outer loop then applies the
                    // head limit and handles the byte that stopped it.
                    let stop = min(end, maxHead)
                    var valueEnd = scan.valueEnd
                    while position < stop {
                        let next = input[position]
                        if ByteClass.isFieldVChar(next) {
                            valueEnd = position + 1
                        } else if next != ByteClass.sp && next != ByteClass.htab {
                            break
                        }
                        position += 1
                    }
                    scan.valueEnd = valueEnd
                    continue
                } else if byte == ByteClass.cr {
                    state = .fieldLF
                } else if byte == ByteClass.lf {
                    try addField()
                    state = .fieldStart
                } else if byte != ByteClass.sp && byte != ByteClass.htab {
                    throw .badRequest("control character in header field value")
                }
            case .fieldLF:
                guard byte == ByteClass.lf else { throw .badRequest("bare CR in header field") }
                try addField()
                state = .fieldStart
            case .headEndLF:
                guard byte == ByteClass.lf else { throw .badRequest("bare CR at end of header section") }
                position += 1
                return position
            }
            position += 1
        }
        return nil
    }

    /// One byte of `HTTP/D.D` followed by the line end (RFC 9112 §2.3: case-sensitive, one
    /// digit each side).
    private mutating func scanVersion(_ byte: UInt8, at index: Int) throws(HTTPParseError) -> HeadScan.State {
        switch index {
        case 0...4:
            guard byte == ByteClass.httpName[index] else { throw .badRequest("malformed HTTP-version in request line") }
        case 5, 7:
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
                throw .badRequest("malformed HTTP-version in request line")
            }
            if index == 5 { scan.major = Int(byte - UInt8(ascii: "0")) } else { scan.minor = Int(byte - UInt8(ascii: "0")) }
        case 6:
            guard byte == UInt8(ascii: ".") else { throw .badRequest("malformed HTTP-version in request line") }
        default:
            guard byte == ByteClass.cr || byte == ByteClass.lf else {
                throw .badRequest("malformed HTTP-version in request line")
            }
            // RFC 9110 §6.2: a higher minor version of a major we implement is processed as
            // the highest minor we implement; other majors (0, 2, 3, ...) are 505.
            guard scan.major == 1 else {
                throw HTTPParseError(
                    status: .httpVersionNotSupported, detail: "HTTP/\(scan.major).\(scan.minor) is not supported")
            }
            return byte == ByteClass.cr ? .requestLineLF : .fieldStart
        }
        return .version(index + 1)
    }

    private mutating func addField() throws(HTTPParseError) {
        guard scan.fields.count < limits.maxHeaderCount else {
            throw HTTPParseError(
                status: .requestHeaderFieldsTooLarge, detail: "more than \(limits.maxHeaderCount) header fields")
        }
        scan.fields.append(
            .init(nameStart: scan.mark, nameEnd: scan.nameEnd, valueStart: scan.valueStart, valueEnd: scan.valueEnd))
    }
}
