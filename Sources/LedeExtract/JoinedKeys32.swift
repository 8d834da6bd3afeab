/// Speed round thirty-two: a run's joined keys built on bytes.
extension EntityRecognizer {
    /// `joinedKeys(range)` written on the stack: appending to a `String` went through its
    /// generic `write` (about 920 instructions a call, 6.5 M a corpus round, most of it from
    /// `knownName`); a run of up to 64 bytes is copied into one buffer and made
    /// a string once. Longer runs append as before.
    static func joiningKeys32(_ tokens: [Token], _ range: Range<Int>) -> String {
        let view = tokens.span
        var buffer = InlineArray<64, UInt8>(repeating: 0)
        var n = 0
        for k in range {
            let bytes = view[k].key.utf8.span
            let space = k > range.lowerBound ? 1 : 0
            guard n + space + bytes.count <= buffer.count else { return appendingKeys(tokens, range) }
            if space == 1 {
                buffer[n] = 32
                n += 1
            }
            for i in bytes.indices {
                buffer[n] = bytes[i]
                n += 1
            }
        }
        // Keys are valid UTF-8 and spaces join them: validation cannot fail.
        guard let joined = try? UTF8Span(validating: buffer.span.extracting(0..<n)) else { return appendingKeys(tokens, range) }
        return String(copying: joined)
    }

    private static func appendingKeys(_ tokens: [Token], _ range: Range<Int>) -> String {
        var key = tokens[range.lowerBound].key
        for k in (range.lowerBound + 1)..<range.upperBound {
            key.append(" ")
            key.append(tokens[k].key)
        }
        return key
    }
}
