/// Cheaper tests for `Document.boilerplateKind` (speed round thirty-seven): same answers.
extension Document {
    /// The byte of `Lexicon.fold` after the first of a long line, read as `foldedStarts` reads
    /// it (a curly apostrophe or a no-break space first is one folded byte of three or two),
    /// or -2 when the line has no second folded byte. A prefix rule of two bytes or more whose
    /// second byte differs cannot match: most rules sharing the line's first byte are ruled
    /// out without a call.
    static func foldedSecondByte37(_ line: Span<UInt8>) -> Int {
        guard !line.isEmpty else { return -2 }
        let i = Lexicon.foldedByte(line, at: 0).width
        guard i < line.count else { return -2 }
        return Int(Lexicon.foldedByte(line, at: i).byte)
    }

    /// The word test of a "By …" line on its bytes when it is ASCII (nil otherwise): its words
    /// are the runs of bytes other than a space, as `split(separator: " ")` cuts an ASCII
    /// string; two to ten of them, the second capitalised, or at least four with the last two
    /// capitalised. The split built a string and an array of substrings (about 9,000
    /// instructions a line).
    static func asciiBylineWords37(_ line: Span<UInt8>) -> Bool? {
        var count = 0, inWord = false
        var second: UInt8 = 0, penultimate: UInt8 = 0, last: UInt8 = 0
        for i in line.indices {
            let b = line[i]
            if b >= 0x80 { return nil }
            if b == 32 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count == 2 { second = b }
                penultimate = last
                last = b
            }
        }
        guard count >= 2, count <= 10 else { return false }
        return Chars.isUpper(UInt32(second))
            || (count >= 4 && Chars.isUpper(UInt32(penultimate)) && Chars.isUpper(UInt32(last)))
    }
}

extension Document {
    /// `boilerplateKind` of a line of at most `limit` bytes (every rule applies). A line with
    /// no curly apostrophe or no-break space (most) is folded into a buffer on the stack:
    /// `Lexicon.fold`'s array cost a heap buffer, and the rules' generic `starts(with:)` and
    /// `elementsEqual` calls, about 2,000 instructions a line between them.
    static func shortLineKind37(_ line: ArraySlice<UInt8>, limit: Int, lexicon: Lexicon) -> String? {
        var buffer = InlineArray<160, UInt8>(repeating: 0)
        let bytes = line.span
        let count = min(bytes.count, limit)
        var plain = count <= 160
        if plain {
            for i in 0..<count {
                let b = bytes[i]
                if b &- 65 < 26 {
                    buffer[i] = b | 0x20
                } else if b == 0xE2 || b == 0xC2 {
                    plain = false
                    break
                } else {
                    buffer[i] = b
                }
            }
        }
        if plain { return shortLineKind37(folded: buffer.span.extracting(0..<count), line: line, lexicon: lexicon) }
        let folded = Lexicon.fold(line, limit: limit)
        return shortLineKind37(folded: folded.span, line: line, lexicon: lexicon)
    }

    private static func shortLineKind37(folded: Span<UInt8>, line: ArraySlice<UInt8>, lexicon: Lexicon) -> String? {
        guard !folded.isEmpty else { return nil }
        // Which "contains" rules match, found in one pass when the first of them comes up.
        var containsMatches: UInt64? = nil
        for index in lexicon.boilerplateByFirstByte[Int(folded[0])] {
            // Fields read in place: a copy of the rule retains its strings.
            switch lexicon.boilerplate[index].match {
            case .prefix:
                if starts37(folded, with: lexicon.boilerplate[index].pattern) { return lexicon.boilerplate[index].kind }
            case .contains:
                let ordinal = lexicon.boilerplateContainsOrdinal[index]
                if ordinal >= 0 {
                    let matches = containsMatches ?? containsRuleMatches37(folded, lexicon: lexicon)
                    containsMatches = matches
                    if matches & (1 << UInt64(ordinal)) != 0 { return lexicon.boilerplate[index].kind }
                } else if contains37(folded, lexicon.boilerplate[index].pattern) {
                    return lexicon.boilerplate[index].kind
                }
            case .line:
                var end = folded.count
                while end > 0, folded[end - 1] == 58 || folded[end - 1] == 46 || folded[end - 1] == 32 { end -= 1 }
                if end == lexicon.boilerplate[index].pattern.count, starts37(folded, with: lexicon.boilerplate[index].pattern) {
                    return lexicon.boilerplate[index].kind
                }
            }
        }
        // "By Jane Doe, Staff Writer": a short line naming the author is metadata.
        if folded.count >= 3, folded[0] == 98, folded[1] == 121, folded[2] == 32, line.count > 3 {  // "by "
            if let words = asciiBylineWords37(line.span) {
                return words && line.last != 46 && !contains37(folded, said37) ? "byline" : nil
            }
            let text = String(decoding: line, as: UTF8.self)
            let words = text.split(separator: " ")
            // "By chief political correspondent Jo Lee": a role in lower case, then the name.
            if words.count >= 2, words.count <= 10, let first = words[1].unicodeScalars.first,
                Chars.isUpper(first.value) || (words.count >= 4 && words.suffix(2).allSatisfy { $0.unicodeScalars.first.map { Chars.isUpper($0.value) } == true }),
                !text.hasBytesSuffix("."), !contains37(folded, said37)
            {
                return "byline"
            }
        }
        return nil
    }

    private static let said37 = Array(" said".utf8)

    /// Whether `folded` begins with `pattern`.
    private static func starts37(_ folded: Span<UInt8>, with pattern: [UInt8]) -> Bool {
        let head = pattern.span
        guard head.count <= folded.count else { return false }
        for j in head.indices where folded[j] != head[j] { return false }
        return true
    }

    private static func contains37(_ haystack: Span<UInt8>, _ needle: [UInt8]) -> Bool {
        let needle = needle.span
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        let first = needle[0]
        let last = haystack.count - needle.count
        scan: for i in 0...last where haystack[i] == first {
            for j in needle.indices where haystack[i + j] != needle[j] { continue scan }
            return true
        }
        return false
    }

    /// Bit k set when the k-th indexed "contains" rule (`Lexicon.boilerplateContainsRules`)
    /// occurs in `folded`: one pass over the line for all of them, instead of one per rule.
    private static func containsRuleMatches37(_ bytes: Span<UInt8>, lexicon: Lexicon) -> UInt64 {
        var matches: UInt64 = 0
        // Spans of the tables, read once: the loop kept reloading the table's address and
        // count from the stack for every byte.
        let firstBytes = lexicon.boilerplateContainsByFirstByte.span
        let secondBytes = lexicon.boilerplateContainsBySecondByte.span
        guard firstBytes.count == 256, secondBytes.count == 256 else { return 0 }
        // Rules of one byte: the only ones that can match at the line's last byte.
        let oneByteRules = secondBytes[0] & secondBytes[255]
        for i in bytes.indices {
            // The next byte ruled out most rules that start with this one before any compare.
            let second = i + 1 < bytes.count ? secondBytes[Int(bytes[i + 1])] : oneByteRules
            var candidates = firstBytes[Int(bytes[i])] & second & ~matches
            guard candidates != 0 else { continue }
            while candidates != 0 {
                let k = candidates.trailingZeroBitCount
                candidates &= candidates - 1
                let rule = lexicon.boilerplate[lexicon.boilerplateContainsRules[k]].pattern
                let pattern = rule.span
                guard i + pattern.count <= bytes.count else { continue }
                var equal = true
                for j in pattern.indices where bytes[i + j] != pattern[j] {
                    equal = false
                    break
                }
                if equal { matches |= 1 << UInt64(k) }
            }
        }
        return matches
    }
}
