import LedeExtract

/// One article as stored on disk and served by the API. Text fields are kept exactly
/// as received: the body in particular is never normalised, so extraction offsets stay
/// true to the file.
package struct Article: Sendable, Hashable {
    package var id: String
    package var title: String
    package var body: String
    /// The publication date as written (`2025-03`, `2025-03-14`, `2025-03-14T09:30:00Z`).
    package var published: String?
    package var source: String?
    package var url: String?
    package var byline: String?
    package var dateline: String?

    package init(
        id: String, title: String, body: String, published: String? = nil, source: String? = nil,
        url: String? = nil, byline: String? = nil, dateline: String? = nil
    ) {
        self.id = id
        self.title = title
        self.body = body
        self.published = published
        self.source = source
        self.url = url
        self.byline = byline
        self.dateline = dateline
    }

    /// The publication date to the precision it is known, for ordering and for
    /// resolving relative dates in the text.
    package var publishedDate: PartialDate? { published.flatMap(PartialDate.init(iso:)) }

    /// The metadata fields a file or request may carry besides `id`, `title` and `body`.
    package static let optionalFields = ["published", "source", "url", "byline", "dateline"]
    package static let allFields = ["id", "title", "body"] + optionalFields
}

/// Article ids: lowercase ASCII letters and digits in hyphen-separated words
/// (`see-something-say-something`), at most 128 characters. They appear in URLs and
/// file names, so nothing else is allowed.
package enum Slug {
    package static let maxLength = 128

    /// Why `text` is not a valid id, or nil when it is.
    package static func problem(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        if bytes.isEmpty { return "must not be empty" }
        if bytes.count > maxLength { return "must be at most \(maxLength) characters" }
        for byte in bytes where !isSlugByte(byte) {
            _ = byte
            return "must contain only lowercase letters a-z, digits and hyphens"
        }
        if bytes.first == UInt8(ascii: "-") || bytes.last == UInt8(ascii: "-") {
            return "must not start or end with a hyphen"
        }
        for index in 1..<bytes.count where bytes[index] == UInt8(ascii: "-") && bytes[index - 1] == UInt8(ascii: "-") {
            _ = index
            return "must not contain two hyphens in a row"
        }
        return nil
    }

    package static func isValid(_ text: String) -> Bool { problem(text) == nil }

    /// Derives an id from free text (a file name, a title, an entity name): ASCII
    /// letters and digits kept lowercase, apostrophes dropped ("you’re" → "youre", as the
    /// seed's URL does), every other run of characters becomes one hyphen. Nil when
    /// nothing usable is left. Byte-level: the entity index calls it for every name.
    package static func derive(from text: String) -> String? {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingHyphen = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            // Apostrophes: ' and U+2019 (E2 80 99).
            if byte == UInt8(ascii: "'") {
                index += 1
                continue
            }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                index += 3
                continue
            }
            if byte >= 0x80 {
                // Any other non-ASCII character separates words.
                pendingHyphen = true
                index += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                continue
            }
            index += 1
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            guard isAlphanumeric(lower) else {
                pendingHyphen = true
                continue
            }
            if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
            pendingHyphen = false
            out.append(lower)
        }
        if out.count > maxLength {
            out = Array(out[0..<maxLength])
            while out.last == UInt8(ascii: "-") { out.removeLast() }
        }
        return out.isEmpty ? nil : String(decoding: out, as: UTF8.self)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private static func isSlugByte(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte == UInt8(ascii: "-") }

}

/// Validation of the `published` field: an ISO 8601 date (`2025-03-14`), year-month
/// (`2025-03`), year (`2025`) or date-time (`2025-03-14T09:30:00Z`, with an offset or
/// fractional seconds).
package enum PublishedDate {
    /// Why `text` is not an acceptable publication date, or nil when it is.
    package static func problem(_ text: String) -> String? {
        let parts = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let expected = "must be an ISO 8601 date (YYYY-MM-DD), year-month (YYYY-MM), year or date-time"
        guard let date = PartialDate(iso: String(parts[0])), String(parts[0]) == date.description else { return expected }
        if parts.count == 2 {
            guard date.day != nil, isTime(Array(parts[1].utf8)) else { return expected }
        }
        return nil
    }

    /// `HH:MM[:SS[.fff]]` then `Z` or `±HH:MM`.
    private static func isTime(_ bytes: [UInt8]) -> Bool {
        var index = 0
        func number(_ digits: Int, max: Int) -> Bool {
            guard index + digits <= bytes.count else { return false }
            var value = 0
            for byte in bytes[index..<index + digits] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return false }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            index += digits
            return value <= max
        }
        func literal(_ char: Character) -> Bool {
            guard index < bytes.count, bytes[index] == char.asciiValue! else { return false }
            index += 1
            return true
        }
        guard number(2, max: 23), literal(":"), number(2, max: 59) else { return false }
        if literal(":") {
            guard number(2, max: 60) else { return false }
            if literal(".") {
                let start = index
                while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
                guard index > start else { return false }
            }
        }
        if literal("Z") { return index == bytes.count }
        guard literal("+") || literal("-") else { return false }
        guard number(2, max: 23), literal(":"), number(2, max: 59) else { return false }
        return index == bytes.count
    }
}
