/// Speed round fifty-one: helpers that let per-mention passes read the token array their caller
/// already holds, instead of binding `doc.tokens` (or a mention object) on every call, a retain
/// and a release with their atomic operations each time.
extension EntityRecognizer {
    /// `doc.tokenIndex(of: mentions[m])` on the caller's `tokens` (`doc.tokens`), the mention's
    /// fields read through the array: neither the mention nor the token array is bound here.
    /// The first token's index is the mention's hint when it still holds; otherwise a binary
    /// search of the token starts, and the hint is updated as `tokenIndex(of:)` does.
    @inline(__always)
    func mentionTokenIndex51(_ tokens: [Token], _ m: Int) -> Int? {
        let start = mentions[m].start, hint = mentions[m].firstTokenHint
        let view = tokens.span
        if hint >= 0 && hint < view.count && view[hint].start == start { return hint }
        let found = EntityRecognizer.tokenIndex51(tokens, startingAt: start)
        if let found { mentions[m].firstTokenHint = found }
        return found
    }

    /// The index of the token starting at byte `start`, or nil: `Document.tokenIndex(startingAt:)`
    /// on the caller's tokens. An array, not a `Span`, as parameter: with a `Span` the release
    /// build's compiler (6.3.1) stopped on an ownership error in this loop (CopyPropagation).
    static func tokenIndex51(_ tokens: [Token], startingAt byte: Int) -> Int? {
        let view = tokens.span
        var lo = 0, hi = view.count
        while lo < hi {
            let mid = (lo &+ hi) &>> 1
            if view[mid].start < byte { lo = mid &+ 1 } else { hi = mid }
        }
        return lo < view.count && view[lo].start == byte ? lo : nil
    }
}
