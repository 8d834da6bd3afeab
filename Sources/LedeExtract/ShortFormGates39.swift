/// Speed round thirty-nine: which longer bodies a short name in capitals is compared with, in
/// `joinBodyShortForms70`'s pair loop. A name closing in capitals ("FBI", "Houston ISD") may be
/// an acronym of a longer name, so the loop built both names' words (about 1,100 instructions
/// a name) and compared them for every longer body of the article, though its letters rarely
/// open that body's words. Every rule of `isShortBodyName70` needs each word of the short name
/// to be a word of the long one, except that the acronym's letters may instead open the long
/// name's words: a pair whose long name's initials hold neither is passed over (the same
/// answer), unless a legal form closes the short name (the rule drops it first, so its words
/// are not the key's).
struct AcronymGate39 {
    /// The first letters of the key's words (bits as `joinBodyShortForms70`'s initials: a byte's
    /// low five bits).
    var wordInitials: UInt32 = 0
    /// The letters of the key's last word when the acronym rule can read it (two to six letters
    /// a–z), else nil.
    var acronymLetters: UInt32?
    /// The key has two words or more and the last is a legal form (`EntityRecognizer.legalForms`).
    var legalTail = false

    init(key: String) {
        let bytes = key.utf8.span
        var words = 0, lastStart = 0, lastEnd = 0
        for k in bytes.indices where bytes[k] != 32 && (k == 0 || bytes[k - 1] == 32) {
            wordInitials |= 1 << UInt32(bytes[k] & 31)
            words += 1
            lastStart = k
        }
        guard words > 0 else { return }
        lastEnd = lastStart
        while lastEnd < bytes.count && bytes[lastEnd] != 32 { lastEnd += 1 }
        if lastEnd - lastStart >= 2 && lastEnd - lastStart <= 6 {
            var letters: UInt32 = 0
            var allLetters = true
            for k in lastStart..<lastEnd {
                guard bytes[k] >= 97 && bytes[k] <= 122 else { allLetters = false; break }
                letters |= 1 << UInt32(bytes[k] & 31)
            }
            if allLetters { acronymLetters = letters }
        }
        if words >= 2, EntityRecognizer.mayBeLegalForm39(bytes, lastStart..<lastEnd),
            let last = key.lastSpaceSeparatedWord(where: { _ in true })
        {
            legalTail = EntityRecognizer.legalForms.contains(last)
        }
    }

    /// Whether a long name with these word initials may hold the short name, or its acronym.
    func admits(_ longInitials: UInt32) -> Bool {
        if legalTail || wordInitials & ~longInitials == 0 { return true }
        guard let acronymLetters else { return false }
        return acronymLetters & ~longInitials == 0
    }
}

extension EntityRecognizer {
    /// Whether the word at `range` of `bytes` may be a legal form ("ltd", "inc."): its hash
    /// (`StringTable.hash`'s FNV-1a, on the bytes in place) is one a form has. False for nine
    /// words in ten without the `String` of the word (about 450 instructions) a look-up needs.
    static func mayBeLegalForm39(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Bool {
        legalForms.mayContain(hash: FNV1a.finish(FNV1a.run(FNV1a.seed, bytes, range)))
    }
}
