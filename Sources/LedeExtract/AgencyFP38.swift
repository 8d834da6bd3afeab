/// Agency false-positive round thirty-eight (agencyfp38, twenty-second session): an office or an
/// honour written as an acronym is no body.
///
/// - **A title's acronym typed a body** (`title-acronyms.txt`): Indian and British news write an
///   office by its initials ("the CM wrote", "the DGP and Chief Secretary", "the DM added", "The
///   PRO further disclosed"), and American and other news put a degree, a judge's or a ruler's
///   honour or a retired rank beside a name ("said Jane Roe, M.D., director of", "the Honorable
///   Ann Lee, J.S.C.", "H.E. Dr Ann Lee", "Major General X (Retd)"). The run in capitals was typed
///   an agency by its shape; the gold never lists a title alone. The agency mention is dropped
///   when its text is exactly a listed acronym (case counts: "Pro" or "pro" are not read), in
///   `dropDateRuns32`'s loop.
extension EntityRecognizer {
    /// `title-acronyms.txt`, each entry's bytes packed in a word (at most eight bytes); some twenty
    /// entries, scanned in a row (cheaper than hashing a word).
    static let titleAcronyms38: [UInt64] = {
        var words: [UInt64] = []
        for entry in Lexicon.shared.titleAcronyms38 {
            let bytes = Array(entry.utf8)
            if let word = packed38(bytes, 0, bytes.count) { words.append(word) }
        }
        return words
    }()

    /// `start..<end` is exactly a listed title's acronym: two to six bytes opening with a capital
    /// (read by `dropDateRuns32`'s loop over the agency mentions, which drops it).
    static func isTitleAcronym38(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 2, end - start <= 6, bytes[start] &- 65 < 26, let word = packed38(bytes, start, end) else { return false }
        return titleAcronyms38.contains(word)
    }

    /// The bytes `start..<end` (one to eight) packed in a word, the first in the lowest byte.
    static func packed38(_ bytes: [UInt8], _ start: Int, _ end: Int) -> UInt64? {
        guard end > start, end - start <= 8 else { return nil }
        var word: UInt64 = 0
        for k in stride(from: end - 1, through: start, by: -1) { word = word << 8 | UInt64(bytes[k]) }
        return word
    }
}
