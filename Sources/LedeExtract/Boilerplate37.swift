/// Cheaper tests for `Document.boilerplateKind` (speed round thirty-seven): same answers.
extension Document {
    /// The byte of `Lexicon.fold` after the first of a long line, read as `foldedStarts` reads
    /// it (a curly apostrophe or a no-break space first is one folded byte of three or two),
    /// or -2 when the line has no second folded byte. A prefix rule of two bytes or more whose
    /// second byte differs cannot match: most rules sharing the line's first byte are ruled
    /// out without a call.
    static func foldedSecondByte37(_ line: Span<UInt8>) -> Int {
        guard !line.isEmpty else { return -2 }
        let b = line[0]
        var i = 1
        if b == 0xE2, line.count > 2, line[1] == 0x80, line[2] == 0x98 || line[2] == 0x99 {
            i = 3
        } else if b == 0xC2, line.count > 1, line[1] == 0xA0 {
            i = 2
        }
        guard i < line.count else { return -2 }
        let c = line[i]
        if c >= 65 && c <= 90 { return Int(c | 0x20) }
        if c == 0xE2, i + 2 < line.count, line[i + 1] == 0x80, line[i + 2] == 0x98 || line[i + 2] == 0x99 { return 39 }
        if c == 0xC2, i + 1 < line.count, line[i + 1] == 0xA0 { return 32 }
        return Int(c)
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
