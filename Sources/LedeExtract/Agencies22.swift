/// Agency round twenty-two (agencies22, nineteenth session): bodies the learning sets' gold
/// names and the rules missed.
///
/// - **a force named before its chief's title**: "Moss Point Police Chief Brandon Ashley",
///   "Queensland Police Chief Superintendent Roy Rohweder", "Van Buren Township Police Chief
///   Jason Wright". The title split read "Police Chief" as the title and kept the words before
///   it as a place (or dropped them); the gold names the force ("Moss Point Police"). When the
///   title opens with a capitalised "Police" and goes on with more title words, and the words
///   before it are capitalised name words with no title among them, "Police" closes the body's
///   name instead ("Deputy Omaha Police Chief …", with a title before the place, is left as it
///   was).
/// - word lists only (`agencies.txt`): legislatures by their own countries' names ("Sejm",
///   "Dewan Rakyat", "Rajya Sabha", "Senedd"), weather services and state utilities ("Met
///   Office", "MetService", "Eskom", "Network Rail").
extension EntityRecognizer {
    /// Where the words before a title end, given `titleSplit`'s descriptor start `d` and name
    /// start `n` in the run `lo..<n…`: `d + 1` when the title opens with a force's "Police"
    /// that the body's name keeps, else `d`.
    func forceBeforeTitle22(_ lo: Int, _ d: Int, _ n: Int) -> Int {
        let view = doc.tokens.span
        guard d > lo, d + 1 < n, view[d].key == "police", view[d].isCapitalized else { return d }
        // "Divisional Police Officer": one common word before "Police" is the title's adjective.
        if d - lo == 1, view[lo].flags.contains(.common), knownName(lo..<d)?.kind != .place { return d }
        for k in lo..<d {
            guard view[k].kind == .word, view[k].isCapitalized, !isTitle(k), !view[k].flags.contains(.titleWord)
            else { return d }
        }
        return d + 1
    }
}
