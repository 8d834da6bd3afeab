/// Splits text into search terms: maximal runs of letters and digits (any script),
/// lowercased. Ranges are UTF-8 byte offsets into the text, for highlighting.
package enum Tokenizer {
    /// English function words that carry no ranking signal; dropped from the index and
    /// from queries.
    package static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have", "he", "her",
        "his", "i", "in", "is", "it", "its", "of", "on", "or", "s", "she", "t", "that", "the", "their", "them",
        "they", "this", "to", "was", "were", "which", "who", "will", "with",
    ]

    /// Every token with its UTF-8 range, stop words included (highlighting wants them
    /// skipped by the caller, word counts want them all).
    package static func tokens(_ text: String) -> [(term: String, range: Range<Int>)] {
        var out: [(term: String, range: Range<Int>)] = []
        forEachToken(text) { term, range in out.append((term, range)) }
        return out
    }

    /// Terms for indexing or querying: tokens minus stop words.
    package static func terms(_ text: String) -> [String] {
        var out: [String] = []
        forEachToken(text) { term, _ in if !stopWords.contains(term) { out.append(term) } }
        return out
    }

    /// Number of words, for `word_count`.
    package static func wordCount(_ text: String) -> Int {
        var count = 0
        forEachToken(text) { _, _ in count += 1 }
        return count
    }

    private static func forEachToken(_ text: String, _ body: (String, Range<Int>) -> Void) {
        var current = ""
        var start = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            if isWordScalar(scalar) {
                if current.isEmpty { start = offset }
                if scalar.isASCII {
                    let value = scalar.value
                    current.unicodeScalars.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value | 0x20)! : scalar)
                } else {
                    current += scalar.properties.lowercaseMapping
                }
            } else if !current.isEmpty {
                body(current, start..<offset)
                current = ""
            }
            offset += width
        }
        if !current.isEmpty { body(current, start..<offset) }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        let properties = scalar.properties
        // Combining marks keep decomposed letters (e + U+0301) inside their word.
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }
}
