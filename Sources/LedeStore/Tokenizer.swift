/// Splits text into search terms: maximal runs of letters and digits (any script),
/// lowercased. Ranges are UTF-8 byte offsets into the text, for highlighting.
///
/// It runs over every article at start-up, so it scans bytes: ASCII (nearly all of an
/// English corpus) is classified by table and lowercased by bit, and only other scalars
/// pay for Unicode property lookups. Terms of up to 15 bytes are small strings (no
/// allocation).
package enum Tokenizer {
    /// English function words that carry no ranking signal; dropped from the index and
    /// from queries.
    package static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have", "he", "her",
        "his", "i", "in", "is", "it", "its", "of", "on", "or", "s", "she", "t", "that", "the", "their", "them",
        "they", "this", "to", "was", "were", "which", "who", "will", "with",
    ]

    /// Longer tokens cannot be stop words: skips a set lookup for most tokens.
    private static let longestStopWord = stopWords.map(\.utf8.count).max() ?? 0

    package static func isStopWord(_ term: String) -> Bool {
        term.utf8.count <= longestStopWord && stopWords.contains(term)
    }

    /// Every token with its UTF-8 range, stop words included.
    package static func tokens(_ text: String) -> [(term: String, range: Range<Int>)] {
        var out: [(term: String, range: Range<Int>)] = []
        forEachToken(text) { term, range in out.append((term, range)) }
        return out
    }

    /// Terms for indexing or querying: tokens minus stop words.
    package static func terms(_ text: String) -> [String] {
        var out: [String] = []
        forEachToken(text) { term, _ in if !isStopWord(term) { out.append(term) } }
        return out
    }

    /// Number of words, for `word_count`.
    package static func wordCount(_ text: String) -> Int {
        var count = 0
        forEachToken(text) { _, _ in count += 1 }
        return count
    }

    /// Word count and index term counts in one pass (the loader's path).
    package static func statistics(_ text: String, into counts: inout [String: Int32]) -> (words: Int, terms: Int) {
        var words = 0
        var terms = 0
        // Statics are read once here, not per token (each read is a `swift_once` check).
        let stopWords = Tokenizer.stopWords
        let longest = Tokenizer.longestStopWord
        forEachToken(text) { term, _ in
            words += 1
            if term.utf8.count > longest || !stopWords.contains(term) {
                counts[term, default: 0] += 1
                terms += 1
            }
        }
        return (words, terms)
    }

    package static func forEachToken(_ text: String, _ body: (String, Range<Int>) -> Void) {
        let bytes = Array(text.utf8)
        let asciiWord = Tokenizer.asciiWord  // one `swift_once` check, not one per byte
        // The scan only finds token boundaries and notes what the token needs; the term
        // is made once per token: an all-lowercase ASCII token (most of them) straight
        // from its bytes, with no per-byte appends.
        var start = -1
        var hasUpper = false
        var hasNonASCII = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var width = 1
            let isWord: Bool
            if byte < 0x80 {
                isWord = asciiWord[Int(byte)]
                if isWord, byte <= 0x5A, byte >= 0x41 { hasUpper = true }
            } else {
                let (scalar, length) = decode(bytes, at: index)
                width = length
                isWord = scalar.map(isWordScalar) ?? false
                if isWord { hasNonASCII = true }
            }
            if isWord {
                if start < 0 { start = index }
            } else if start >= 0 {
                body(term(bytes, start..<index, hasUpper: hasUpper, hasNonASCII: hasNonASCII), start..<index)
                start = -1
                hasUpper = false
                hasNonASCII = false
            }
            index += width
        }
        if start >= 0 { body(term(bytes, start..<bytes.count, hasUpper: hasUpper, hasNonASCII: hasNonASCII), start..<bytes.count) }
    }

    /// The lowercased term of one token's bytes (letters, digits and marks only).
    private static func term(_ bytes: [UInt8], _ range: Range<Int>, hasUpper: Bool, hasNonASCII: Bool) -> String {
        if !hasUpper, !hasNonASCII { return String(decoding: bytes[range], as: UTF8.self) }
        var term: [UInt8] = []
        term.reserveCapacity(range.count + 4)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                term.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                index += 1
            } else {
                let (scalar, length) = decode(bytes, at: index)
                if let scalar { term.append(contentsOf: scalar.properties.lowercaseMapping.utf8) }
                index += length
            }
        }
        return String(decoding: term, as: UTF8.self)
    }

    private static let asciiWord: [Bool] = (0..<128).map { v in
        (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    /// Decodes the scalar at a non-ASCII lead byte; invalid sequences advance one byte.
    private static func decode(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar?, Int) {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return (nil, 1) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        return (Unicode.Scalar(value), length)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        // Combining marks keep decomposed letters (e + U+0301) inside their word.
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }
}
