/// Speed round twenty-six: byte tests on a mention's neighbours, read before the passes of
/// round eighteen (`BodiesOfPlaces45`, `AgencyPrecision46`, `CommonWordTowns47`) look up its
/// token with `tokenIndex(startingAt:)` (a binary search over the tokens). Each test answers
/// false only when the bytes prove the pass would leave the mention alone; anything it cannot
/// read for sure (a byte past ASCII, punctuation, a run that may end inside a token) answers true.
/// Static, on the text's bytes the pass holds in a local: a method on `doc` retained its arrays
/// at every call (tried first: +4.8 M instructions a round instead of a saving).
extension Document {
    @inline(__always) static func isSpace26(_ b: UInt8) -> Bool { b == 32 || b == 10 || b == 9 || b == 13 }
    @inline(__always) static func isLetter26(_ b: UInt8) -> Bool { (b | 0x20) &- 97 < 26 }
    /// The bit of an ASCII letter in a mask of letters `a`…`z`, either case.
    @inline(__always) static func letterBit26(_ b: UInt8) -> UInt32 { 1 &<< UInt32((b | 0x20) &- 97) }
    /// The mask of lower-case ASCII letters in `letters`.
    static func letters26(_ letters: String) -> UInt32 {
        var mask: UInt32 = 0
        for b in letters.utf8 { mask |= letterBit26(b) }
        return mask
    }

    /// Whether the token after a run ending at byte `end` may open with a letter of `letters`:
    /// false only when white space follows the run and then an ASCII letter outside the mask.
    /// A comma, a semicolon, a colon, a closing bracket, "?", "!" or a straight double quote:
    /// always a punctuation token of its own, never inside a word.
    @inline(__always) static func isPunctuation26(_ b: UInt8) -> Bool {
        b == 44 || b == 59 || b == 58 || b == 41 || b == 63 || b == 33 || b == 34
    }

    /// Whether the token after a run ending at byte `end` may be a word opening with a letter
    /// of `letters`: false only when the run is followed by one of the punctuation marks of
    /// `isPunctuation26`, or by white space and then such a mark or an ASCII letter outside
    /// the mask. (A run cut inside a token ends at a hyphen, and answers true.)
    @inline(__always) static func mayOpenNext26(_ bytes: [UInt8], after end: Int, letters: UInt32) -> Bool {
        var k = end
        guard k < bytes.count else { return true }
        if !Document.isSpace26(bytes[k]) { return !Document.isPunctuation26(bytes[k]) }
        k += 1
        while k < bytes.count, Document.isSpace26(bytes[k]) { k += 1 }
        guard k < bytes.count else { return true }
        let b = bytes[k]
        if Document.isLetter26(b) { return Document.letterBit26(b) & letters != 0 }
        return !Document.isPunctuation26(b)
    }

    /// Whether the token before byte `start` (a token's start) may end with a letter of
    /// `letters`: false only when the last byte before it that is no white space is an ASCII
    /// letter outside the mask.
    @inline(__always) static func mayEndPrevious26(_ bytes: [UInt8], before start: Int, letters: UInt32) -> Bool {
        var k = start - 1
        while k >= 0, Document.isSpace26(bytes[k]) { k -= 1 }
        guard k >= 0 else { return true }
        let b = bytes[k]
        return !Document.isLetter26(b) || Document.letterBit26(b) & letters != 0
    }

    /// Whether the run ending at byte `end` may end with a letter of `letters`: false only when
    /// the run ends at white space or the text's end (so not inside a token, as a hyphen's
    /// prefix does) and its last byte is an ASCII letter outside the mask.
    @inline(__always) static func mayEndWith26(_ bytes: [UInt8], _ end: Int, letters: UInt32) -> Bool {
        guard end > 0, end == bytes.count || Document.isSpace26(bytes[end]) else { return true }
        let b = bytes[end - 1]
        return !Document.isLetter26(b) || Document.letterBit26(b) & letters != 0
    }

    /// For each first letter `a`…`z`, the mask of last letters of `words` (lower-case ASCII).
    static func firstLastLetters26(_ words: [String]) -> [UInt32] {
        var table = [UInt32](repeating: 0, count: 26)
        for word in words {
            guard let first = word.utf8.first, let last = word.utf8.last, isLetter26(first), isLetter26(last) else { continue }
            table[Int((first | 0x20) &- 97)] |= letterBit26(last)
        }
        return table
    }

    /// Whether the one-token run `start..<end` may be a word of the table's list: false only
    /// when it ends at white space, one of `isPunctuation26` or the text's end (so not inside a
    /// token), opens and ends with ASCII letters, and no listed word opens and ends so.
    @inline(__always) static func mayBeWordOf26(_ bytes: [UInt8], _ start: Int, _ end: Int, firstLast: [UInt32]) -> Bool {
        guard end > start, end == bytes.count || isSpace26(bytes[end]) || isPunctuation26(bytes[end]) else { return true }
        let first = bytes[start], last = bytes[end - 1]
        guard isLetter26(first), isLetter26(last) else { return true }
        return firstLast[Int((first | 0x20) &- 97)] & letterBit26(last) != 0
    }
}

extension EntityRecognizer {
    /// The last letter of "of".
    static let ofLetters26 = Document.letters26("f")
    /// Last letters of `buildingHeads45`: "house", "hall", "buildings", "building".
    static let buildingLetters26 = Document.letters26("elsg")
    /// First and last letters of the everyday-word towns (`CommonWordTowns47.swift`).
    static let everydayTownLetters26 = Document.firstLastLetters26(everydayTownWords47)
    /// The last letter of a plural.
    static let pluralLetters26 = Document.letters26("s")
}
