/// Scanning one word: a short path for plain ASCII words and the full scan for the rest.
extension Tokenizer {
    /// FNV-1a step over one byte with ASCII upper case folded: the running hash of a word is
    /// `StringTable.hash` of its key, so the scan needs no second pass to hash it.
    @inline(__always)
    static func step(_ h: UInt64, _ b: UInt8) -> UInt64 {
        let folded = b &- 65 < 26 ? b | 0x20 : b
        return (h ^ UInt64(folded)) &* 0x0000_0100_0000_01b3
    }

    @inline(__always)
    static func finish(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ (h >> 32)) }

    /// Scans the word or number starting at `start`.
    ///
    /// Returns the token rather than appending it: appended inside a function as large as
    /// `fullWord`, the array's uniqueness and capacity checks were calls per token.
    ///
    /// Most words are ASCII letters and digits ending at a space or a mark that cannot continue
    /// them: those take this short path, with few live values (the full scan's state cost
    /// about a hundred instructions a word in spills and set-up). A byte that may continue a
    /// word (an apostrophe, hyphen or non-ASCII byte; a period, comma or colon before a letter
    /// or digit) or an abbreviation's period sends the word to `fullWord`, which scans it
    /// again from the start.
    @inline(never)
    func word(from start: Int, end: Int) -> Token {
        let text = bytes.span.extracting(0..<end)
        // With the start known not negative, `i < end` is the bounds check of `text[i]`: the
        // optimiser drops the second test it made of each byte (speed round fifty-two; a
        // negative index trapped at `text[i]` before, and traps here now).
        precondition(start >= 0)
        var i = start
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        // The last eight folded bytes, shifted in: a short word's `WordInterner.shortForm`.
        var packed: UInt64 = 0
        var upperCount = 0, digitCount = 0
        while i < end {
            let b = text[i]
            let lower = b | 0x20
            if lower &- 97 < 26 {
                upperCount &+= Int(((b >> 5) & 1) ^ 1)
            } else if b &- 48 < 10 {
                digitCount &+= 1
            } else {
                if b != 32, b != 10, continuesWord(at: i, from: start, end: end, upperCount: upperCount, digitCount: digitCount, hash: h) {
                    return fullWord(from: start, end: end)
                }
                break
            }
            h = (h ^ UInt64(lower)) &* 0x0000_0100_0000_01b3
            packed = packed << 8 | UInt64(lower)
            i &+= 1
        }
        let count = i - start
        let hasLetter = count > digitCount
        let keyHash = Tokenizer.finish(h)
        var key: String
        var flags: WordFlags = []
        let short = count <= 8 ? WordInterner.shortForm(packed, count: count) : 0
        if let hit = interned.find(text, start..<i, fold: upperCount > 0, hash: keyHash, short: short) {
            key = hit.key
            if hasLetter { flags = hit.flags }
        } else {
            // Not listed, so no flags of its own.
            let word = String(decoding: bytes[start..<i], as: UTF8.self)
            key = upperCount == 0 ? word : word.lowercased()
        }
        let lead = text[start]
        let capitalized = lead >= 65 && lead <= 90, allCaps = upperCount >= 2 && count - upperCount - digitCount == 0
        return Token(start: start, end: i, key: key, kind: hasLetter ? .word : .number,
                     isCapitalized: capitalized, isAllCaps: allCaps,
                     isAbbreviation: false, flags: flags, keyHash: keyHash, startsWithDigit: lead >= 48 && lead <= 57,
                     notes: hasLetter
                        ? TokenNotes.ofCapital(capitalized, allCaps: allCaps, flags: flags)
                            .union(TokenNotes.ofShortWord(count: count, upperCount: upperCount, digitCount: digitCount, capitalized: capitalized))
                        : TokenNotes.ofNumber,
                     // ASCII letters and digits only.
                     hyphens: [])
    }

    /// Whether the mark at `i`, after the plain ASCII letters and digits of `start..<i`, may
    /// belong to the word, so that `fullWord` must decide: an apostrophe before a letter other
    /// than a possessive "s" ("O'Brien", "don't"); a hyphen before a letter or digit
    /// ("34-year-old"); a period, comma or colon before a letter or digit ("U.S", "Amazon.com",
    /// "3.2", "1,200", "10:30"); an abbreviation's period ("Gov.", "J."); any non-ASCII byte.
    /// Out of line: the checks in the loop's function cost its registers.
    @inline(never)
    private func continuesWord(at i: Int, from start: Int, end: Int, upperCount: Int, digitCount: Int, hash h: UInt64) -> Bool {
        let text = bytes.span
        let b = text[i]
        func byte(_ k: Int) -> UInt8 { k < end ? text[k] : 32 }
        func isAlnum(_ c: UInt8) -> Bool { c &- 48 < 10 || (c | 0x20) &- 97 < 26 }
        var apostrophe = 0
        if b == 39 {
            apostrophe = 1
        } else if b == 0xE2, byte(i + 1) == 0x80, byte(i + 2) == 0x98 || byte(i + 2) == 0x99 {
            apostrophe = 3
        }
        if apostrophe > 0 {
            let n = byte(i + apostrophe)
            if n >= 0x80 { return true }
            guard (n | 0x20) &- 97 < 26 else { return false }
            // A possessive "'s" ends the word.
            guard n | 0x20 == 115 else { return true }
            let after = byte(i + apostrophe + 1)
            return after >= 0x80 || isAlnum(after)
        }
        if b >= 0x80 { return true }
        let next = byte(i + 1)
        let nextContinues = next >= 0x80 || isAlnum(next)
        switch b {
        case 45: return nextContinues
        case 46:
            if nextContinues { return true }
            guard i - start > digitCount else { return false }
            let isInitial = i - start == 1 && upperCount == 1
            return isInitial || isListedAbbreviation(start..<i, end: end, hash: Tokenizer.finish(h))
        case 44, 58: return i - start == digitCount && next &- 48 < 10
        default: return false
        }
    }

    /// `word(from:end:)` for every word: inner periods ("U.S."), abbreviations, domains,
    /// decimals, apostrophes, hyphens and non-ASCII letters.
    @inline(never)
    private func fullWord(from start: Int, end: Int) -> Token {
        let span = bytes.span
        var i = start
        // Folded FNV-1a of the bytes consumed so far (meaningful while the word is ASCII).
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        // The hot loop counts ASCII capitals and digits and nothing else; lower case is what
        // remains of its bytes (`otherBytes` are those the slower path below consumed).
        var upperCount = 0, digitCount = 0, otherBytes = 0, nonASCIIUpper = 0, nonASCIILower = 0
        var hasLetter = false, hasInnerPeriod = false
        var isASCII = true
        // A curly apostrophe or Unicode hyphen inside an ASCII word: its key is not the folded
        // bytes the running hash covers.
        var hasMultibytePunct = false
        // Letters and digits since the last internal period: `i - segmentStart - segmentExtra`
        // (`segmentExtra` counts the continuation bytes of non-ASCII letters).
        var segmentStart = start, segmentExtra = 0
        let text = span.extracting(0..<end)
        scan: while i < end {
            // ASCII letters and digits, the bulk of every word, without decoding a scalar.
            var b = text[i]
            while true {
                let lower = b | 0x20
                if lower &- 97 < 26 {
                    // Bit 5 is clear in capitals only.
                    upperCount &+= Int(((b >> 5) & 1) ^ 1)
                } else if b &- 48 < 10 {
                    digitCount &+= 1
                } else {
                    break
                }
                // A digit is its own folded form.
                h = (h ^ UInt64(lower)) &* 0x0000_0100_0000_01b3
                i &+= 1
                if i == end { break scan }
                b = text[i]
            }
            // Most words end at a space.
            if b == 32 || b == 10 { break }
            hasLetter = hasLetter || i - start - otherBytes > digitCount
            let (c, len) = decodeScalar(bytes, i)
            if c >= 0x80, Chars.isLetter(c) {
                isASCII = false
                hasLetter = true
                if Chars.isUpper(c) { nonASCIIUpper += 1 } else { nonASCIILower += 1 }
                segmentExtra += len - 1
                otherBytes += len
                i += len
                continue
            }
            // Only periods, commas, colons, apostrophes and hyphens can continue a word.
            guard c == 46 || c == 44 || c == 58 || Chars.isApostrophe(c) || Chars.isHyphen(c) else { break }
            let next = scalar(at: i + len, end: end)
            let segmentLength = i - segmentStart - segmentExtra
            // "U.S.C", "A.J", "p.m": one- or two-letter segments joined by periods.
            if c == 46, let n = next, Chars.isLetter(n), segmentLength <= 2, hasLetter, digitCount == 0 {
                hasInnerPeriod = true
                h = Tokenizer.step(h, 46)
                i += 1
                otherBytes += 1
                segmentStart = i
                segmentExtra = 0
                continue
            }
            // Domain names: "Amazon.com", "Change.org".
            if c == 46, hasLetter, isDomainSuffix(at: i + 1, end: end) {
                let dot = i
                h = Tokenizer.step(h, 46)
                i += 1
                while i < end, bytes[i] | 0x20 >= 97, bytes[i] | 0x20 <= 122 {
                    h = Tokenizer.step(h, bytes[i])
                    i += 1
                }
                otherBytes += i - dot
                // The suffix and its period do not count as letters of the segment.
                segmentExtra = i - segmentStart - segmentLength
                break
            }
            // Decimals and thousands: "3.2", "750.529", "1,200" (no letter so far).
            if (c == 46 || c == 44 || c == 58), !hasLetter, let n = next, Chars.isDigit(n) {
                if c == 44 {
                    var k = i + 1, digits = 0
                    while k < end, bytes[k] >= 48, bytes[k] <= 57 { k += 1; digits += 1 }
                    if digits != 3 { break }
                }
                h = Tokenizer.step(h, UInt8(c))
                i += 1
                otherBytes += 1
                segmentExtra += 1
                continue
            }
            // Internal apostrophe ("O'Brien", "don't") but not a possessive "'s".
            if Chars.isApostrophe(c), let n = next, Chars.isLetter(n) {
                let isPossessive = (n | 0x20) == 115 && !isAlnum(at: i + len + 1, end: end)
                if isPossessive { break }
                for k in i..<(i + len) { h = Tokenizer.step(h, bytes[k]) }
                if len > 1 { hasMultibytePunct = true }
                i += len
                otherBytes += len
                segmentExtra += len
                continue
            }
            if Chars.isHyphen(c), let n = next, Chars.isLetter(n) || Chars.isDigit(n) {
                for k in i..<(i + len) { h = Tokenizer.step(h, bytes[k]) }
                if len > 1 { hasMultibytePunct = true }
                i += len
                otherBytes += len
                segmentStart = i
                segmentExtra = 0
                continue
            }
            break
        }
        let lowerCount = i - start - otherBytes - upperCount - digitCount + nonASCIILower
        upperCount += nonASCIIUpper
        hasLetter = hasLetter || upperCount > 0 || lowerCount > 0
        var tokenEnd = i
        var isAbbreviation = false
        // The hash of the word without a period it takes: the key of an abbreviation's bare word.
        let bareHash = h
        if tokenEnd < end, bytes[tokenEnd] == 46, hasLetter {
            let isInitial = upperCount == 1 && lowerCount == 0 && i - segmentStart - segmentExtra == 1 && !hasInnerPeriod
            if hasInnerPeriod || isInitial || isListedAbbreviation(start..<tokenEnd, end: end, hash: isASCII && !hasMultibytePunct ? Tokenizer.finish(h) : nil) {
                tokenEnd += 1
                isAbbreviation = true
                h = Tokenizer.step(h, 46)
            }
        }
        // Most words are plain ASCII and listed: take the list's key and flags. Others build
        // their key; apostrophes and dashes inside a word may be curly or Unicode, which
        // `Lexicon.key` folds.
        var key: String
        var flags: WordFlags = []
        var keyHash: Int
        if isASCII, !hasMultibytePunct {
            // The hash of the folded bytes is the hash of the key they spell.
            keyHash = Tokenizer.finish(h)
            if let hit = interned.find(span, start..<tokenEnd, fold: upperCount > 0, hash: keyHash) {
                key = hit.key
                if hasLetter { flags = hit.flags }
            } else {
                // Not listed, so no flags of its own.
                let text = String(decoding: bytes[start..<tokenEnd], as: UTF8.self)
                key = upperCount == 0 ? text : text.lowercased()
            }
            // An abbreviation also has the flags of its bare word ("Gov." those of "gov").
            if isAbbreviation, let hit = interned.find(span, start..<(tokenEnd - 1), fold: upperCount > 0, hash: Tokenizer.finish(bareHash)) {
                flags.formUnion(hit.flags)
            }
        } else {
            key = Lexicon.key(bytes: bytes[start..<tokenEnd])
            keyHash = StringTable<Bool>.hash(key)
            if hasLetter { flags = interned.flags(of: key) ?? [] }
            if isAbbreviation, let bare = interned.flags(of: String(key.dropLast())) { flags.formUnion(bare) }
        }
        let lead = bytes[start]
        let capitalized = lead < 0x80 ? lead >= 65 && lead <= 90 : Chars.isUpper(decodeScalar(bytes, start).0)
        let allCaps = upperCount >= 2 && lowerCount == 0
        return Token(start: start, end: tokenEnd, key: key, kind: hasLetter ? .word : .number,
                     isCapitalized: capitalized, isAllCaps: allCaps,
                     isAbbreviation: isAbbreviation, flags: flags, keyHash: keyHash,
                     startsWithDigit: lead >= 48 && lead <= 57,
                     notes: hasLetter
                        ? TokenNotes.ofFullWord(bytes, start: start, end: tokenEnd).union(TokenNotes.ofCapital(capitalized, allCaps: allCaps, flags: flags))
                        : TokenNotes.ofNumber,
                     hyphens: TokenHyphens40.of(key: key, keyIsFoldedText: isASCII && !hasMultibytePunct, bytes, start: start, end: tokenEnd))
    }
}
