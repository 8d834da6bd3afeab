/// Speed round forty-eight: the learned typer's exemption asks of a mention's evidence only
/// whether it names an organisation (`hasTypingCue`), and most mentions it asks about have
/// none. `evidence(_:organisationOnly48:)` answers that question with the tests that can
/// only answer a person, or nothing, read last: after the pronoun's, and only when it names an
/// organisation (the role before the name cost about 350 instructions a mention).
extension EntityMerger {
    /// The end of `evidence(_:)` for the organisation question, once every test before its
    /// role test has answered nothing: `true` exactly when `evidence(_:)` answers
    /// `.organisation`. The answer is the pronoun's unless one of the tests that come before it
    /// there answers first (a role or a title before the name, a person's; "the" or a plural
    /// noun, nothing; a person's passive after the name, a person's): all read the document
    /// only, so their order changes no answer.
    func organisationAfterPronoun48(_ lo: Int, _ hi: Int, followsThe: Bool) -> Bool {
        guard pronounEvidence(lo, hi) == .organisation else { return false }
        let tokens = doc.tokens.span
        if lo > 0, tokens[lo - 1].kind == .word, !tokens[lo - 1].isCapitalized,
            tokens[lo - 1].flags.contains(.title) || isRole(lo - 1)
        {
            return false
        }
        return !followsThe && !isPluralNoun(hi - 1) && !worldPersonEvidence(lo, hi)
    }
}
