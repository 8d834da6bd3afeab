/// Speed round fifty-three: a cheap gate before `isElidedParticle` in the span scan's run loop.
extension EntityRecognizer {
    /// Whether token `k` of `tokens` can be an elided particle (`isElidedParticle`): a word not
    /// capitalised whose first byte is "a", "e" (an Arabic article, read further by
    /// `isArticleSurnameAfterPatronymic`), "d" or "l". Exactly the tokens `isElidedParticle` reads
    /// past its first tests, so `false` here means `false` there. The span scan asks it after
    /// most runs of capitals (about 24,000 calls a corpus round, about 60 instructions each, most
    /// of them "said", "the", "in"): read in place on the scan's bound tokens, it spares the call.
    @inline(__always)
    func mayBeElidedParticle53(_ tokens: [Token], _ k: Int) -> Bool {
        guard tokens[k].kind == .word, !tokens[k].isCapitalized else { return false }
        let b = doc.bytes[tokens[k].start]
        return b == 97 || b == 101 || b == 100 || b == 108
    }
}
