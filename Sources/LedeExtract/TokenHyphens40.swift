/// Speed round forty: where a token holds an ASCII hyphen, noted once by the tokenizer.
///
/// The span rules asked `key.hasHyphenByte` of about 31,000 tokens a corpus round (some 76
/// instructions each, most of them the `String.UTF8View.span` getter), and `tokenHasHyphen`
/// scanned the text of 26,000 more. The tokenizer knows the answer as it scans: a word of its
/// short path is ASCII letters and digits only, so only `fullWord`'s words and the marks need a
/// look.
struct TokenHyphens40: OptionSet, Sendable {
    let rawValue: UInt8

    /// The key holds byte 45: `key.hasHyphenByte` ("34-year-old", "-" of every dash, "anglo-french").
    static let inKey = TokenHyphens40(rawValue: 1 << 0)
    /// The token's text holds byte 45 after its first byte: what `tokenHasHyphen` reads
    /// ("Anglo-French", the "--" mark; not a lone "-", nor a Unicode dash).
    static let insideText = TokenHyphens40(rawValue: 1 << 1)

    /// The hyphens of a token of `bytes[start..<end]` with key `key` (`fullWord`'s words: few).
    /// `keyIsFoldedText`: the key is the text's bytes with ASCII capitals folded (an ASCII word
    /// with no curly apostrophe or Unicode hyphen), so it holds a hyphen exactly where the text
    /// does, and never at the first byte, a letter or digit: the key need not be read.
    static func of(key: String, keyIsFoldedText: Bool, _ bytes: [UInt8], start: Int, end: Int) -> TokenHyphens40 {
        var inside = false
        var k = start + 1
        while k < end {
            if bytes[k] == 45 { inside = true; break }
            k += 1
        }
        let inKey = keyIsFoldedText ? inside : key.hasHyphenByte
        return TokenHyphens40(rawValue: (inKey ? TokenHyphens40.inKey.rawValue : 0) | (inside ? TokenHyphens40.insideText.rawValue : 0))
    }
}
