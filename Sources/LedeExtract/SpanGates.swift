/// Speed round twelve: cheap tests on a run's words that tell, before any call, whether a
/// group of rules can apply to it at all. The tests are the ones the rules open with, so a
/// run that could meet a rule still reaches it.
extension EntityRecognizer {
    /// Whether a word of `lo..<hi` is a title (`isTitle`): `titleSplit`, `titledPairSplit` and
    /// `portfolioTitleSplit` find nothing in a run without one. Flags read through a `Span`: the
    /// array's getter would copy each token (and retain its key). Out of line: inlined into
    /// `processSpan`, the `Span` made it box a value on the heap for every run (20,000 a round).
    @inline(never)
    func anyTitle(_ lo: Int, _ hi: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        for k in lo..<hi where view[k].flags.contains(.title) { return true }
        return false
    }
}

/// Flag unions that `processSpan` tests on most runs, spelled without an array literal: an
/// `OptionSet` literal such as `[.orgHead, .placeHead, .known]` is an `Array` built at run time
/// (a heap allocation and its release) wherever the optimiser does not fold it, and whether it
/// folds changed with unrelated edits to the function (2,900 allocations a round on `main`,
/// 20,000 after this round's first edit).
extension WordFlags {
    static var headOrKnown: WordFlags { WordFlags(rawValue: orgHead.rawValue | placeHead.rawValue | known.rawValue) }
    static var commonKnownOrSurname: WordFlags { WordFlags(rawValue: common.rawValue | known.rawValue | surname.rawValue) }
    static var givenOrSurname: WordFlags { WordFlags(rawValue: givenName.rawValue | surname.rawValue) }
    static var knownOrPlaceOrGiven: WordFlags {
        WordFlags(rawValue: known.rawValue | givenName.rawValue | city.rawValue | state.rawValue)
    }
}
