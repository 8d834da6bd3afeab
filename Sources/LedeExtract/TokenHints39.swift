/// Speed round thirty-nine: a mention's first token from the hint it carries. The rule passes
/// and the merger reach a mention's tokens from its first byte, about 120,000 times a corpus
/// round at some ninety sites; `tokenIndex(startingAt:)` halves the article's tokens for it
/// (about ten probes over 64-byte tokens, 14 M instructions a round). A mention made from a
/// token range knows its first token, and one looked up once keeps the answer.
///
/// A table from byte to token in `Document` was tried first: one `Int32` a byte cost 13 M to
/// fill, one a 16-byte block 6 M, and a fifth array in `Document` (copied some 68,000 times a
/// round) about 4 M more in retains: no gain either way.
extension Document {
    /// `tokenIndex(startingAt: mention.start)`, taking the mention's hint when the token there
    /// still starts where the mention does (tokens are in text order and never share a start,
    /// so that token is the one the search finds), else searching and keeping the answer as
    /// the new hint. A mention re-cut to other bounds fails the check and searches once.
    @inline(__always)
    func tokenIndex(of mention: RawMention) -> Int? {
        let start = mention.start, hint = mention.firstTokenHint
        let view = tokens.span
        if hint >= 0 && hint < view.count && view[hint].start == start { return hint }
        let found = tokenIndex(startingAt: start)
        if let found { mention.firstTokenHint = found }
        return found
    }
}
