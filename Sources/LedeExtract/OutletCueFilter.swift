/// A first test for `Document.isOutletCue50` (speed round thirty-eight): it is asked of about
/// 10,800 names a corpus round (news outlets, the typing exemption) and says yes to few. Every
/// yes needs a head word ending the name (`headed`), a staff noun, a report verb or "has" right
/// after it, or "told" two tokens before it ("told the Chronicle"); without one of those the
/// answer is no, found here by key hashes. The full test compares keys as strings, and each
/// failed `==` is a call into the standard library (`_stringCompareWithSmolCheck`).
extension Document {
    static let toldHash50 = 3448058496476774043  // StringTable<Bool>.hash("told"), a literal: no `swift_once` a read
    static let hasHash50 = 3699728092461762138  // StringTable<Bool>.hash("has"), a literal: no `swift_once` a read

    /// False only when `isOutletCue50(lo, hi, …)` is false; `headed` as that function computes it.
    @inline(__always)
    func mayBeOutletCue50(_ lo: Int, _ hi: Int, headed: Bool) -> Bool { Document.mayBeOutletCue50(tokens, lo, hi, headed: headed) }

    /// `mayBeOutletCue50` on the document's `tokens` (see `Document.isOutletCue50(_:_:_:type:)`).
    @inline(__always)
    static func mayBeOutletCue50(_ tokens: [Token], _ lo: Int, _ hi: Int, headed: Bool) -> Bool {
        if headed { return true }
        let t = tokens.span
        if lo >= 2, t[lo - 2].keyHash == Document.toldHash50 { return true }
        guard hi < t.count else { return false }
        return t[hi].keyHash == Document.hasHash50
            || WordSet.mayHold(Bits42.reportVerbs50, tokens, at: hi) && Document.reportVerbs50.contains(tokens, at: hi)
            || WordSet.mayHold(Bits42.staffNouns50, tokens, at: hi) && Document.staffNouns50.contains(tokens, at: hi)
    }
}
