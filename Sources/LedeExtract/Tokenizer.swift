/// Splits a byte range of the text into tokens, keeping every offset into the original.
struct Tokenizer {
    /// Abbreviations that take a period ("Mich.", "Dr.", "Inc."), by lower-case key without it.
    static let abbreviations = WordSet(abbreviationList)
    private static let abbreviationList = [
        "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "reps", "sens", "lt", "col", "gen", "sgt", "capt", "cmdr", "det",
        "st", "mt", "ft", "jr", "sr", "inc", "co", "corp", "ltd", "llc", "bros", "no", "nos", "vs", "v", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "prof", "rev", "hon", "pres", "supt",
        "atty", "dept", "univ", "ave", "blvd", "rd", "hwy", "est", "approx", "etc", "al", "adm", "maj", "cpl", "pfc",
        "ofc", "insp", "dist", "twp", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ariz",
        "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich",
        "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "va", "vt", "wash", "wis", "wyo",
        "ala", "ont", "que", "sask", "alta", "nfld", "fig", "op", "ed", "vol", "pp", "ch", "sec", "art", "para", "cf", "ph", "gov't",
    ]
    /// `WordInterner.shortForm` of every abbreviation, sorted: an ASCII word is found by its
    /// folded bytes, with no key built for it.
    private static let abbreviationForms: [UInt64] = abbreviationList.map(shortForm).sorted()
    /// The short forms of the words `isSentenceFinalWord` takes.
    private static let sentenceFinalForms: [UInt64] = ["no", "art", "sec", "fig", "vol", "op"].map(shortForm)

    private static func shortForm(_ key: String) -> UInt64 {
        var packed: UInt64 = 0
        for b in key.utf8 { packed = packed << 8 | UInt64(b) }
        return WordInterner.shortForm(packed, count: key.utf8.count)
    }
    /// Abbreviations that never end a sentence: they precede what they qualify.
    static let leading: WordSet = [
        "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "reps", "sens", "lt", "col", "gen", "sgt", "capt", "cmdr", "det",
        "st", "mt", "ft", "no", "nos", "vs", "v", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "prof", "rev", "hon", "pres", "supt", "atty", "adm", "maj", "cpl", "pfc", "ofc", "insp",
        "fig", "vol", "pp", "ch", "sec", "art", "para", "cf",
    ]

    /// The key of each ASCII character as a punctuation token, and its `StringTable.hash`.
    static let asciiKeys: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }
    static let asciiKeyHashes: [Int] = asciiKeys.map { StringTable<Bool>.hash($0) }

    let bytes: [UInt8]
    /// Every listed word: a listed word's key and flags come from it. The interner alone, not
    /// the whole `Lexicon`: a copy of that struct retains and releases some thirty buffers.
    let interned: WordInterner

    init(bytes: [UInt8], lexicon: borrowing Lexicon) {
        self.bytes = bytes
        interned = lexicon.interned
    }

    /// Tokens of `bytes[range]`, in order.
    func tokens(in range: Range<Int>, into out: inout [Token]) {
        var sportsWords = 0
        var flags: WordFlags = []
        tokens(in: range, into: &out, sportsWords: &sportsWords, flags: &flags)
    }

    /// `tokens(in:into:)`, adding to `sportsWords` the number of tokens whose key is one of
    /// `EntityRecognizer.sportsWords` (only words and numbers can be: marks have keys of one
    /// character, possessives "'s"). The count comes counted as the tokens are made (a second
    /// scan of every token when a rule first asks cost more): every sports word is listed, so
    /// its token carries the `.sports` flag from the interner, one bit test a word (a hash
    /// filter and a set probe before, speed round twenty-four).
    /// `flagUnion` gathers every word's flags (marks and possessives have none).
    func tokens(in range: Range<Int>, into out: inout [Token], sportsWords sportsWordCount: inout Int, flags flagUnion: inout WordFlags) {
        // The tables read once per call: each read of a `static let` in the loop is a call to
        // `swift_once` (two per mark).
        let asciiKeys = Tokenizer.asciiKeys, asciiKeyHashes = Tokenizer.asciiKeyHashes
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            // ASCII spaces and newlines are most of what lies between words.
            let b = bytes[i]
            if b == 32 || b == 10 {
                if b == 10, !out.isEmpty { out[out.count - 1].notes.insert(.lineEndOrBar) }
                i += 1
                continue
            }
            // An ASCII letter or digit starts a word: no scalar decoding, no space table.
            if (b | 0x20 >= 97 && b | 0x20 <= 122) || (b >= 48 && b <= 57) {
                let token = word(from: i, end: end)
                i = token.end
                if token.flags.contains(.sports) { sportsWordCount += 1 }
                flagUnion.formUnion(token.flags)
                out.append(token)
                continue
            }
            let (c, len) = decodeScalar(bytes, i)
            if Chars.isSpace(c) {
                i += len
                continue
            }
            if Chars.isLetter(c) || Chars.isDigit(c) {
                let token = word(from: i, end: end)
                i = token.end
                if token.flags.contains(.sports) { sportsWordCount += 1 }
                flagUnion.formUnion(token.flags)
                out.append(token)
                continue
            }
            if Chars.isApostrophe(c), i + len < end, bytes[i + len] | 0x20 == UInt8(ascii: "s"),
                i + len + 1 >= end || !isAlnum(at: i + len + 1, end: end), let last = out.last, last.end == i,
                last.kind == .word
            {
                out.append(Token(start: i, end: i + len + 1, key: "'s", kind: .possessive, isCapitalized: false,
                                 isAllCaps: false, isAbbreviation: false, startsWithDigit: false, hyphens: []))
                i += len + 1
                continue
            }
            var key: String
            var keyHash: Int? = nil
            switch c {
            case 0x2018, 0x2019, 0x02BC: key = "'"
            case 0x201C, 0x201D, 0x00AB, 0x00BB: key = "\""
            case 0x2010...0x2015, 0x2212: key = "-"
            case 0x2026: key = "..."
            case 0..<128:
                // ASCII marks, most punctuation: the key and its hash from a table.
                key = asciiKeys[Int(c)]
                keyHash = asciiKeyHashes[Int(c)]
            default: key = String(Unicode.Scalar(c).map(Character.init) ?? "?")
            }
            // Exactly the marks whose key is "-" (the others' keys hold no byte 45).
            let isHyphen = c == 45 || (c >= 0x2010 && c <= 0x2015) || c == 0x2212
            if isHyphen, i + len < end, bytes[i + len] == UInt8(ascii: "-") {
                // Its text is the two bytes from `i`: "--" holds a hyphen after its first byte.
                out.append(Token(start: i, end: i + 2, key: "-", kind: .punct, isCapitalized: false, isAllCaps: false,
                                 isAbbreviation: false, startsWithDigit: false, notes: .quoteDashOrColon,
                                 hyphens: c == 45 ? [.inKey, .insideText] : .inKey))
                i += 2
                continue
            }
            if c == 0x2013 || c == 0x2014 || c == 0x2015 { key = "-" }
            // The marks whose key is ":", a quote or "-" (`TokenNotes`), read off the scalar.
            let notes: TokenNotes = c == 58 ? [.colon, .quoteDashOrColon]
                : isHyphen ? .quoteDashOrColon
                : c == 34 || c == 0x201C || c == 0x201D || c == 0x00AB || c == 0x00BB ? [.quote, .quoteDashOrColon]
                : c == 40 || c == 0xA7 ? .citationStart
                : c == 47 || c == 124 ? .lineEndOrBar : []
            // One scalar: the bytes after its first are continuation bytes, never 45.
            out.append(Token(start: i, end: i + len, key: key, kind: .punct, isCapitalized: false, isAllCaps: false,
                             isAbbreviation: false, keyHash: keyHash, startsWithDigit: false, notes: notes,
                             hyphens: isHyphen ? .inKey : []))
            i += len
        }
        // A paragraph's end is a line's: the newline after it lies outside the range.
        if !out.isEmpty { out[out.count - 1].notes.insert(.lineEndOrBar) }
    }

    /// Whether the word before a period is an abbreviation that takes it ("Mich.", "Dr."), and
    /// the period does not end a sentence instead ("voted no.").
    /// `hash`, when given, is the key's `StringTable.hash`: most words are proved unlisted by it
    /// without building their key.
    func isListedAbbreviation(_ word: Range<Int>, end: Int, hash: Int?) -> Bool {
        guard word.count <= 6 else { return false }
        if let hash, !Tokenizer.abbreviations.mayContain(hash: hash) { return false }
        // ASCII (most words): the folded bytes as one number, looked up by halves.
        var packed: UInt64 = 0
        var ascii = true
        for i in word {
            let b = bytes[i]
            if b >= 0x80 { ascii = false }
            packed = packed << 8 | UInt64(b &- 65 < 26 ? b | 0x20 : b)
        }
        if ascii {
            let form = WordInterner.shortForm(packed, count: word.count)
            let forms = Tokenizer.abbreviationForms
            var lo = 0, hi = forms.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if forms[mid] < form { lo = mid + 1 } else { hi = mid }
            }
            guard lo < forms.count, forms[lo] == form else { return false }
            return !(Tokenizer.sentenceFinalForms.contains(form) && isSentenceFinalWord(after: word.upperBound + 1, end: end))
        }
        let key = Lexicon.key(bytes: bytes[word])
        return Tokenizer.abbreviations.contains(key) && !isSentenceFinalWord(key, after: word.upperBound + 1, end: end)
    }

    /// Top-level domains that make "Amazon.com" one word.
    static let domainSuffixes: WordSet = ["com", "org", "net", "gov", "edu", "io", "ai", "co"]

    /// Whether `i` starts a lower-case top-level domain that ends the word.
    func isDomainSuffix(at i: Int, end: Int) -> Bool {
        var k = i
        while k < end, bytes[k] >= 97, bytes[k] <= 122 { k += 1 }
        guard k > i, k - i <= 3, k == end || !(bytes[k] | 0x20 >= 97 && bytes[k] | 0x20 <= 122) && !(bytes[k] >= 48 && bytes[k] <= 57)
        else { return false }
        return Tokenizer.domainSuffixes.contains(String(decoding: bytes[i..<k], as: UTF8.self))
    }

    /// "voted no." and "in art." end sentences; "No. 5" and "Art. 3" do not.
    private func isSentenceFinalWord(_ key: String, after i: Int, end: Int) -> Bool {
        // Every such word has at most three bytes: the count rules out the rest without compares.
        guard key.utf8.count <= 3, key == "no" || key == "art" || key == "sec" || key == "fig" || key == "vol" || key == "op" else { return false }
        return isSentenceFinalWord(after: i, end: end)
    }

    /// The test of `isSentenceFinalWord(_:after:end:)` once the word is one of those: no digit
    /// follows (after spaces).
    private func isSentenceFinalWord(after i: Int, end: Int) -> Bool {
        var k = i
        while k < end, bytes[k] == 32 { k += 1 }
        return !(k < end && bytes[k] >= 48 && bytes[k] <= 57)
    }

    func isAlnum(at i: Int, end: Int) -> Bool {
        guard i < end else { return false }
        let (c, _) = decodeScalar(bytes, i)
        return Chars.isLetter(c) || Chars.isDigit(c)
    }

    func scalar(at i: Int, end: Int) -> UInt32? {
        guard i < end else { return nil }
        return decodeScalar(bytes, i).0
    }
}
