/// Percent-decoding of path segments and query components (RFC 3986 §2.1), done after
/// splitting so an encoded `/` can never create a segment boundary.
enum PercentDecoding {
    enum Failure: Error, Equatable {
        case invalidEscape
        case invalidUTF8
        case forbiddenByte(UInt8)
    }

    /// Decodes `text`; `plusIsSpace` for `application/x-www-form-urlencoded` query parts.
    /// `forbidden` bytes (e.g. `/` and NUL in a path segment) are refused after decoding.
    static func decode(
        _ text: Substring.UTF8View, plusIsSpace: Bool, forbidden: [UInt8]
    ) throws(Failure) -> String {
        // Fast path: nothing to decode, so the text is already the value.
        if !text.contains(where: { $0 == UInt8(ascii: "%") || (plusIsSpace && $0 == UInt8(ascii: "+")) }) {
            for byte in text where forbidden.contains(byte) { throw .forbiddenByte(byte) }
            return String(Substring(text))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        var index = text.startIndex
        while index < text.endIndex {
            var byte = text[index]
            text.formIndex(after: &index)
            if byte == UInt8(ascii: "%") {
                guard index < text.endIndex, let high = ByteClass.hexValue(text[index]) else { throw .invalidEscape }
                text.formIndex(after: &index)
                guard index < text.endIndex, let low = ByteClass.hexValue(text[index]) else { throw .invalidEscape }
                text.formIndex(after: &index)
                byte = UInt8(high << 4 | low)
            } else if plusIsSpace, byte == UInt8(ascii: "+") {
                byte = ByteClass.sp
            }
            if forbidden.contains(byte) { throw .forbiddenByte(byte) }
            bytes.append(byte)
        }
        guard let value = String(validating: bytes, as: UTF8.self) else { throw .invalidUTF8 }
        return value
    }

    /// Query items in order (`name=value` pairs split on `&`; a name without `=` has an empty
    /// value; empty items are skipped; repeated names are kept).
    static func queryItems(_ query: String) throws(Failure) -> [(name: String, value: String)] {
        var items: [(name: String, value: String)] = []
        for item in query.utf8.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let equals = item.firstIndex(of: UInt8(ascii: "="))
            let name = Substring(item[..<(equals ?? item.endIndex)]).utf8
            let value = equals.map { Substring(item[item.index(after: $0)...]).utf8 } ?? Substring("").utf8
            items.append(
                (try decode(name, plusIsSpace: true, forbidden: [0]), try decode(value, plusIsSpace: true, forbidden: [0])))
        }
        return items
    }
}
