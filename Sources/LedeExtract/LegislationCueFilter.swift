/// A cheap first test for `findLegislationShapes`' walk (speed round thirty-eight). The walk
/// compares every token's key hash with eight cue words' hashes, looks it up in the imposed
/// heads (`imposedHeads11`) and tests `masks13`: about twenty instructions a token, for cues on
/// a few tokens in a hundred. Two bitmaps of all those words' hashes (by the same two fields as
/// `masks13`) rule most tokens out in a few instructions; a token they pass, and every number,
/// takes the walk's tests as before (the same answers: a clear bit proves the word absent).
extension EntityRecognizer {
    static let legislationCueMasks: (UInt64, UInt64) = {
        var a = masks13.0, b = masks13.1
        let hashes = [billHash, lockdownHash, lockdownsHash, quarantineHash, actHash12, lawHash12, codeHash12, taxHash71, budgetHash74,
                      sheddingHash25]
            + imposedHeads11.words.map { StringTable<Bool>.hash($0) }
        for h in hashes {
            a |= 1 << UInt64(h & 63)
            b |= 1 << UInt64((h >> 6) & 63)
        }
        return (a, b)
    }()
}
