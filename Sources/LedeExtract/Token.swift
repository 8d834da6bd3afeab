/// One word, number or punctuation mark, with its byte range in the original text and the
/// normalised form matching uses (lower case, straight quotes, ASCII dashes).
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, punct, possessive
    }

    // Eight-byte fields first, then the small ones: 60 bytes, a 64-byte stride (declared in
    // another order the padding made it 72, and tokens are copied and stored by the hundred
    // thousand).
    var start: Int
    var end: Int
    var key: String {
        didSet { if key.hasHyphenByte { hyphens.insert(.inKey) } else { hyphens.remove(.inKey) } }
    }
    var sentence: Int = 0
    /// `StringTable.hash(key)`, computed once: word-set look-ups on tokens then hash nothing.
    var keyHash: Int = 0
    var flags: WordFlags = []
    var kind: Kind { didSet { isNameLike = kind == .word && isCapitalized } }
    /// First character is an upper-case letter.
    var isCapitalized: Bool { didSet { isNameLike = kind == .word && isCapitalized } }
    /// Two or more letters, all upper case ("ICE", "U.S.").
    var isAllCaps: Bool
    /// Ends with a period that belongs to it ("Mich.", "U.S.", "D.").
    var isAbbreviation: Bool
    /// The first byte is an ASCII digit ("4th", "34-year-old", "2024"): read on every token by
    /// the span and date scanners, so stored rather than taken from `key`.
    var startsWithDigit: Bool = false
    /// A word that may start or continue a name: capitalised, an acronym, or an ordinal ("4th").
    /// Stored (kept in step with `kind` and `isCapitalized`): read on a token of the array, a
    /// computed property copies the whole token out first (a retain and a release of its key),
    /// and the span scanner asks it of most tokens.
    private(set) var isNameLike: Bool
    /// The rare shapes whole-article walks look for, noted by the tokenizer (`TokenNotes`).
    /// The tokenizer notes `.lineEndOrBar` on a token already out when it meets the newline after it.
    var notes: TokenNotes
    /// Where the token holds an ASCII hyphen (`TokenHyphens40`), noted by the tokenizer: the
    /// span rules asked `key.hasHyphenByte` of some 30,000 tokens a round.
    private(set) var hyphens: TokenHyphens40

    init(start: Int, end: Int, key: String, kind: Kind, isCapitalized: Bool, isAllCaps: Bool, isAbbreviation: Bool,
         flags: WordFlags = [], keyHash: Int? = nil, startsWithDigit: Bool? = nil, notes: TokenNotes = [],
         hyphens: TokenHyphens40)
    {
        self.notes = notes
        self.hyphens = hyphens
        self.start = start
        self.end = end
        self.key = key
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.isAbbreviation = isAbbreviation
        self.isNameLike = kind == .word && isCapitalized
        self.flags = flags
        self.keyHash = keyHash ?? StringTable<Bool>.hash(key)
        self.startsWithDigit = startsWithDigit ?? (key.utf8.first.map { $0 >= 48 && $0 <= 57 } ?? false)
    }

    var isWord: Bool { kind == .word }
    var isOrdinal: Bool {
        guard kind == .word, startsWithDigit else { return false }
        return key.hasBytesSuffix("st") || key.hasBytesSuffix("nd") || key.hasBytesSuffix("rd") || key.hasBytesSuffix("th")
    }
}

/// Character classes of the tokenizer, on Unicode scalars.
enum Chars {
    static func isSpace(_ c: UInt32) -> Bool {
        c == 32 || c == 9 || c == 10 || c == 13 || c == 0xA0 || c == 0x2009 || c == 0x200A || c == 0x2002
            || c == 0x2003 || c == 0x202F || c == 0x3000 || c == 0xFEFF || c == 0x200B || c == 11 || c == 12
    }
    static func isDigit(_ c: UInt32) -> Bool { c >= 48 && c <= 57 }
    static func isUpperASCII(_ c: UInt32) -> Bool { c >= 65 && c <= 90 }
    // ASCII inline, the rest out of line: reaching `Unicode.Scalar.Properties` costs a metadata
    // look-up even when the ASCII branch is taken.
    @inline(__always)
    static func isLetter(_ c: UInt32) -> Bool { c < 128 ? (c | 0x20) >= 97 && (c | 0x20) <= 122 : isNonASCIILetter(c) }
    @inline(never)
    static func isNonASCIILetter(_ c: UInt32) -> Bool {
        // The non-ASCII scalars most text holds, answered without the property tables (about
        // 380 instructions a look-up; speed round forty-one): General Punctuation (curly quotes,
        // dashes, bullets) holds no letter; from "À" to the end of Latin Extended-B every scalar
        // is one but "×" and "÷" (`Speed41Tests` checks both ranges against the tables).
        if c &- 0x2000 < 0x70 { return false }
        if c &- 0xC0 < 0x190 { return c != 0xD7 && c != 0xF7 }
        guard let scalar = Unicode.Scalar(c) else { return false }
        return scalar.properties.isAlphabetic
    }
    @inline(__always)
    static func isUpper(_ c: UInt32) -> Bool { c < 128 ? isUpperASCII(c) : isNonASCIIUpper(c) }
    @inline(never)
    static func isNonASCIIUpper(_ c: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(c) else { return false }
        return scalar.properties.isUppercase
    }
    static func isApostrophe(_ c: UInt32) -> Bool { c == 39 || c == 0x2019 || c == 0x2018 || c == 0x02BC }
    static func isHyphen(_ c: UInt32) -> Bool { c == 45 || c == 0x2010 || c == 0x2011 }
    static func isDash(_ c: UInt32) -> Bool { c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2212 }
    static func isClosing(_ c: UInt32) -> Bool {
        c == 34 || c == 39 || c == 0x201D || c == 0x2019 || c == 41 || c == 93 || c == 0x00BB
    }
    static func isOpeningQuote(_ c: UInt32) -> Bool { c == 0x201C || c == 34 || c == 0x2018 || c == 39 || c == 0x00AB }
}

/// Decodes the UTF-8 scalar at `i` of `bytes`; returns (value, length). Invalid bytes decode
/// as U+FFFD of length 1 so a scan always advances.
@inline(__always)
func decodeScalar(_ bytes: [UInt8], _ i: Int) -> (UInt32, Int) {
    let b0 = UInt32(bytes[i])
    if b0 < 0x80 { return (b0, 1) }
    let n = bytes.count
    if b0 & 0xE0 == 0xC0, i + 1 < n {
        return (((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F), 2)
    }
    if b0 & 0xF0 == 0xE0, i + 2 < n {
        return (((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F), 3)
    }
    if b0 & 0xF8 == 0xF0, i + 3 < n {
        let v = ((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
        return (v | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F), 4)
    }
    return (0xFFFD, 1)
}
