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
        let found = Document.tokenIndex(in: tokens, startingAt: start)
        if let found { mentions[m].firstTokenHint = found }
        return found
    }
}
