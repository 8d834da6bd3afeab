/// Resumable state of the chunked-body decoder (RFC 9112 §7.1), after picohttpparser's
/// `phr_decode_chunked` and nginx's `ngx_http_parse_chunked`. Bytes are consumed as they
/// are decoded, so nothing is rescanned and the receive buffer never holds more than a read.
struct ChunkScan: Sendable {
    enum State: Sendable {
        case size, sizeDigits, sizeWhitespace, extensions, sizeLF, data, dataCR, dataLF
        case trailerStart, trailerName, trailerValue, trailerLF, finalLF
    }

    var state = State.size
    /// Size of the chunk being read, then the bytes of it still to come.
    var remaining = 0
    var extensionBytes = 0
    var trailerBytes = 0
    var trailerCount = 0

    /// Longest chunk-ext part of one chunk line: extensions are ignored, so a long one is abuse.
    static let maxExtensionBytes = 4096
}

extension HTTPRequestParser {
    /// Decodes chunked framing from `input[start...]`, appending data to `body`. Returns
    /// whether the last chunk and trailer section are complete, and the offset reached.
    mutating func decodeChunked(_ input: Span<UInt8>, from start: Int) throws(HTTPParseError) -> (done: Bool, end: Int) {
        var position = start
        let end = input.count
        while position < end {
            let byte = input[position]
            switch chunk.state {
            case .data:
                let count = min(chunk.remaining, end - position)
                for index in position..<(position + count) { body.append(input[index]) }
                chunk.remaining -= count
                position += count
                if chunk.remaining == 0 { chunk.state = .dataCR }
                continue
            case .size:
                guard let digit = ByteClass.hexValue(byte) else { throw .badRequest("malformed chunk size") }
                chunk.remaining = digit
                chunk.extensionBytes = 0
                chunk.state = .sizeDigits
            case .sizeDigits:
                if let digit = ByteClass.hexValue(byte) {
                    guard chunk.remaining <= (Int.max - digit) >> 4 else { throw .badRequest("chunk size overflows") }
                    chunk.remaining = chunk.remaining << 4 | digit
                } else {
                    try chunkSizeEnd(byte)
                }
            case .sizeWhitespace:
                try chunkSizeEnd(byte)
            case .extensions:
                // chunk-ext is accepted and ignored; it must still be free of controls.
                chunk.extensionBytes += 1
                guard chunk.extensionBytes <= ChunkScan.maxExtensionBytes else { throw .badRequest("chunk extension too long") }
                if byte == ByteClass.cr {
                    chunk.state = .sizeLF
                } else if byte == ByteClass.lf {
                    try chunkLineDone()
                } else if !ByteClass.isFieldVChar(byte) && byte != ByteClass.sp && byte != ByteClass.htab {
                    throw .badRequest("control character in chunk extension")
                }
            case .sizeLF:
                guard byte == ByteClass.lf else { throw .badRequest("bare CR in chunk size line") }
                try chunkLineDone()
            case .dataCR:
                if byte == ByteClass.cr {
                    chunk.state = .dataLF
                } else if byte == ByteClass.lf {
                    chunk.state = .size
                } else {
                    throw .badRequest("chunk data longer than its size")
                }
            case .dataLF:
                guard byte == ByteClass.lf else { throw .badRequest("bare CR after chunk data") }
                chunk.state = .size
            case .trailerStart, .trailerName, .trailerValue, .trailerLF, .finalLF:
                chunk.trailerBytes += 1
                guard chunk.trailerBytes <= limits.maxHeaderBytes else {
                    throw HTTPParseError(status: .requestHeaderFieldsTooLarge, detail: "trailer section too large")
                }
                if try scanTrailer(byte) { return (true, position + 1) }
            }
            position += 1
        }
        return (false, position)
    }

    /// After the chunk size: optional whitespace, `;` extensions, or the line end.
    private mutating func chunkSizeEnd(_ byte: UInt8) throws(HTTPParseError) {
        switch byte {
        case ByteClass.sp, ByteClass.htab: chunk.state = .sizeWhitespace
        case UInt8(ascii: ";"): chunk.state = .extensions
        case ByteClass.cr: chunk.state = .sizeLF
        case ByteClass.lf: try chunkLineDone()
        default: throw .badRequest("malformed chunk size")
        }
    }

    private mutating func chunkLineDone() throws(HTTPParseError) {
        if chunk.remaining == 0 {
            chunk.state = .trailerStart
            return
        }
        guard chunk.remaining <= limits.maxBodyBytes - body.count else {
            throw HTTPParseError(status: .contentTooLarge, detail: "body larger than \(limits.maxBodyBytes) bytes")
        }
        chunk.state = .data
    }

    /// One byte of the trailer section (RFC 9112 §7.1.2): fields are checked like header
    /// fields and then discarded. Returns true after the final empty line.
    private mutating func scanTrailer(_ byte: UInt8) throws(HTTPParseError) -> Bool {
        switch chunk.state {
        case .trailerStart:
            if byte == ByteClass.cr {
                chunk.state = .finalLF
            } else if byte == ByteClass.lf {
                return true
            } else {
                guard ByteClass.isToken(byte) else { throw .badRequest("malformed trailer field") }
                chunk.trailerCount += 1
                guard chunk.trailerCount <= limits.maxHeaderCount else {
                    throw HTTPParseError(status: .requestHeaderFieldsTooLarge, detail: "too many trailer fields")
                }
                chunk.state = .trailerName
            }
        case .trailerName:
            if byte == ByteClass.colon {
                chunk.state = .trailerValue
            } else if !ByteClass.isToken(byte) {
                throw .badRequest("malformed trailer field name")
            }
        case .trailerValue:
            if byte == ByteClass.cr {
                chunk.state = .trailerLF
            } else if byte == ByteClass.lf {
                chunk.state = .trailerStart
            } else if !ByteClass.isFieldVChar(byte) && byte != ByteClass.sp && byte != ByteClass.htab {
                throw .badRequest("control character in trailer field")
            }
        case .trailerLF:
            guard byte == ByteClass.lf else { throw .badRequest("bare CR in trailer field") }
            chunk.state = .trailerStart
        default:
            guard byte == ByteClass.lf else { throw .badRequest("bare CR at end of trailer section") }
            return true
        }
        return false
    }
}
