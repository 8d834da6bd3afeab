/// Splits a byte range of the text into tokens, keeping every offset into the original.
struct Tokenizer {
    /// Abbreviations that take a period ("Mich.", "Dr.", "Inc."), by lower-case key without it.
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "reps", "sens", "lt", "col", "gen", "sgt", "capt", "cmdr", "det",
        "st", "mt", "ft", "jr", "sr", "inc", "co", "corp", "ltd", "llc", "bros", "no", "nos", "vs", "v", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "prof", "rev", "hon", "pres", "supt",
        "atty", "dept", "univ", "ave", "blvd", "rd", "hwy", "est", "approx", "etc", "al", "adm", "maj", "cpl", "pfc",
        "ofc", "insp", "dist", "twp", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ariz",
        "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich",
        "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "va", "vt", "wash", "wis", "wyo",
        "ala", "fig", "op", "ed", "vol", "pp", "ch", "sec", "art", "para", "cf", "ph", "gov't",
    ]
    /// Abbreviations that never end a sentence: they precede what they qualify.
    static let leading: WordSet = [
        "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "reps", "sens", "lt", "col", "gen", "sgt", "capt", "cmdr", "det",
        "st", "mt", "ft", "no", "nos", "vs", "v", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "prof", "rev", "hon", "pres", "supt", "atty", "adm", "maj", "cpl", "pfc", "ofc", "insp",
        "fig", "vol", "pp", "ch", "sec", "art", "para", "cf",
    ]

    let bytes: [UInt8]
    /// Word lists: a listed word's key and flags come from them (see `WordInterner`).
    let lexicon: Lexicon

    /// Tokens of `bytes[range]`, in order.
    func tokens(in range: Range<Int>, into out: inout [Token]) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            // ASCII spaces and newlines are most of what lies between words.
            let b = bytes[i]
            if b == 32 || b == 10 {
                i += 1
                continue
            }
            // An ASCII letter or digit starts a word: no scalar decoding, no space table.
            if (b | 0x20 >= 97 && b | 0x20 <= 122) || (b >= 48 && b <= 57) {
                i = word(from: i, end: end, into: &out)
                continue
            }
            let (c, len) = decodeScalar(bytes, i)
            if Chars.isSpace(c) {
                i += len
                continue
            }
            if Chars.isLetter(c) || Chars.isDigit(c) {
                i = word(from: i, end: end, into: &out)
                continue
            }
            if Chars.isApostrophe(c), i + len < end, bytes[i + len] | 0x20 == UInt8(ascii: "s"),
                i + len + 1 >= end || !isAlnum(at: i + len + 1, end: end), let last = out.last, last.end == i,
                last.kind == .word
            {
                out.append(Token(start: i, end: i + len + 1, key: "'s", kind: .possessive, isCapitalized: false,
                                 isAllCaps: false, isAbbreviation: false, startsWithDigit: false))
                i += len + 1
                continue
            }
            var key: String
            switch c {
            case 0x2018, 0x2019, 0x02BC: key = "'"
            case 0x201C, 0x201D, 0x00AB, 0x00BB: key = "\""
            case 0x2010...0x2015, 0x2212: key = "-"
            case 0x2026: key = "..."
            default: key = String(Unicode.Scalar(c).map(Character.init) ?? "?")
            }
            if key == "-", i + len < end, bytes[i + len] == UInt8(ascii: "-") {
                out.append(Token(start: i, end: i + 2, key: "-", kind: .punct, isCapitalized: false, isAllCaps: false,
                                 isAbbreviation: false, startsWithDigit: false))
                i += 2
                continue
            }
            if c == 0x2013 || c == 0x2014 || c == 0x2015 { key = "-" }
            out.append(Token(start: i, end: i + len, key: key, kind: .punct, isCapitalized: false, isAllCaps: false,
                             isAbbreviation: false, startsWithDigit: false))
            i += len
        }
    }

    /// Whether the word before a period is an abbreviation that takes it ("Mich.", "Dr."), and
    /// the period does not end a sentence instead ("voted no.").
    private func isListedAbbreviation(_ word: Range<Int>, end: Int) -> Bool {
        guard word.count <= 6 else { return false }
        let key = Lexicon.key(bytes: bytes[word])
        return Tokenizer.abbreviations.contains(key) && !isSentenceFinalWord(key, after: word.upperBound + 1, end: end)
    }

    /// Top-level domains that make "Amazon.com" one word.
    static let domainSuffixes: WordSet = ["com", "org", "net", "gov", "edu", "io", "ai", "co"]

    /// Whether `i` starts a lower-case top-level domain that ends the word.
    private func isDomainSuffix(at i: Int, end: Int) -> Bool {
        var k = i
        while k < end, bytes[k] >= 97, bytes[k] <= 122 { k += 1 }
        guard k > i, k - i <= 3, k == end || !(bytes[k] | 0x20 >= 97 && bytes[k] | 0x20 <= 122) && !(bytes[k] >= 48 && bytes[k] <= 57)
        else { return false }
        return Tokenizer.domainSuffixes.contains(String(decoding: bytes[i..<k], as: UTF8.self))
    }

    /// "voted no." and "in art." end sentences; "No. 5" and "Art. 3" do not.
    private func isSentenceFinalWord(_ key: String, after i: Int, end: Int) -> Bool {
        guard key == "no" || key == "art" || key == "sec" || key == "fig" || key == "vol" || key == "op" else { return false }
        var k = i
        while k < end, bytes[k] == 32 { k += 1 }
        return !(k < end && bytes[k] >= 48 && bytes[k] <= 57)
    }

    private func isAlnum(at i: Int, end: Int) -> Bool {
        guard i < end else { return false }
        let (c, _) = decodeScalar(bytes, i)
        return Chars.isLetter(c) || Chars.isDigit(c)
    }

    private func scalar(at i: Int, end: Int) -> UInt32? {
        guard i < end else { return nil }
        return decodeScalar(bytes, i).0
    }

    /// Scans a word or number starting at `start`; returns the index after it.
    private func word(from start: Int, end: Int, into out: inout [Token]) -> Int {
        var i = start
        var segmentLength = 0  // letters since the last internal period
        var hasLetter = false, hasDigit = false, hasLower = false, upperCount = 0, hasInnerPeriod = false
        var isASCII = true
        var allDigitsSoFar = true
        let span = bytes.span
        while i < end {
            // ASCII letters and digits, the bulk of every word, without decoding a scalar.
            let b = span[i]
            if b >= 48, b <= 57 {
                hasDigit = true
                segmentLength += 1
                i += 1
                continue
            }
            if b | 0x20 >= 97, b | 0x20 <= 122 {
                hasLetter = true
                allDigitsSoFar = false
                if b <= 90 { upperCount += 1 } else { hasLower = true }
                segmentLength += 1
                i += 1
                continue
            }
            let (c, len) = decodeScalar(bytes, i)
            if Chars.isLetter(c) || Chars.isDigit(c) {
                if c >= 0x80 { isASCII = false }
                if Chars.isDigit(c) { hasDigit = true } else {
                    hasLetter = true
                    allDigitsSoFar = false
                    if Chars.isUpper(c) { upperCount += 1 } else { hasLower = true }
                }
                segmentLength += 1
                i += len
                continue
            }
            let next = scalar(at: i + len, end: end)
            // "U.S.C", "A.J", "p.m": one- or two-letter segments joined by periods.
            if c == 46, let n = next, Chars.isLetter(n), segmentLength <= 2, hasLetter, !hasDigit {
                hasInnerPeriod = true
                segmentLength = 0
                i += 1
                continue
            }
            // Domain names: "Amazon.com", "Change.org".
            if c == 46, hasLetter, isDomainSuffix(at: i + 1, end: end) {
                i += 1
                while i < end, bytes[i] | 0x20 >= 97, bytes[i] | 0x20 <= 122 { i += 1 }
                break
            }
            // Decimals and thousands: "3.2", "750.529", "1,200".
            if (c == 46 || c == 44 || c == 58), allDigitsSoFar, let n = next, Chars.isDigit(n) {
                if c == 44 {
                    var k = i + 1, digits = 0
                    while k < end, bytes[k] >= 48, bytes[k] <= 57 { k += 1; digits += 1 }
                    if digits != 3 { break }
                }
                i += 1
                continue
            }
            // Internal apostrophe ("O'Brien", "don't") but not a possessive "'s".
            if Chars.isApostrophe(c), let n = next, Chars.isLetter(n) {
                let isPossessive = (n | 0x20) == 115 && !isAlnum(at: i + len + 1, end: end)
                if isPossessive { break }
                i += len
                continue
            }
            if Chars.isHyphen(c), let n = next, Chars.isLetter(n) || Chars.isDigit(n) {
                allDigitsSoFar = allDigitsSoFar && Chars.isDigit(n)
                segmentLength = 0
                i += len
                continue
            }
            break
        }
        var tokenEnd = i
        var isAbbreviation = false
        if tokenEnd < end, bytes[tokenEnd] == 46, hasLetter {
            let isInitial = upperCount == 1 && !hasLower && segmentLength == 1 && !hasInnerPeriod
            if hasInnerPeriod || isInitial || isListedAbbreviation(start..<tokenEnd, end: end) {
                tokenEnd += 1
                isAbbreviation = true
            }
        }
        // Most words are plain ASCII and listed: take the list's key and flags. Others build
        // their key; apostrophes and dashes inside a word may be curly or Unicode, which
        // `Lexicon.key` folds.
        var key: String
        var flags: WordFlags = []
        var keyHash: Int
        if isASCII {
            // The hash of the folded bytes is the hash of the key they spell.
            let span = bytes.span
            keyHash = WordInterner.hash(span, start..<tokenEnd, fold: upperCount > 0)
            if let w = lexicon.interned.find(span, start..<tokenEnd, fold: upperCount > 0, hash: keyHash) {
                key = lexicon.interned.keys[w]
                if hasLetter { flags = lexicon.interned.flags[w] }
            } else {
                // Not listed, so no flags of its own.
                let text = String(decoding: bytes[start..<tokenEnd], as: UTF8.self)
                key = upperCount == 0 ? text : text.lowercased()
            }
        } else {
            key = Lexicon.key(bytes: bytes[start..<tokenEnd])
            keyHash = StringTable<Bool>.hash(key)
            if hasLetter { flags = lexicon.interned.flags(of: key) ?? [] }
        }
        // An abbreviation also has the flags of its bare word ("Gov." those of "gov").
        if isAbbreviation, let bare = lexicon.interned.flags(of: String(key.dropLast())) { flags.formUnion(bare) }
        let lead = bytes[start]
        let capitalized = lead < 0x80 ? lead >= 65 && lead <= 90 : Chars.isUpper(decodeScalar(bytes, start).0)
        out.append(Token(start: start, end: tokenEnd, key: key, kind: hasLetter ? .word : .number,
                         isCapitalized: capitalized, isAllCaps: upperCount >= 2 && !hasLower,
                         isAbbreviation: isAbbreviation, flags: flags, keyHash: keyHash,
                         startsWithDigit: bytes[start] >= 48 && bytes[start] <= 57))
        return tokenEnd
    }
}
