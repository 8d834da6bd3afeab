/// Typer round seven (round thirteen of the session): the groups the learned typer must not
/// overrule, beyond those `isTypingExempt` names itself. The model sees list flags, shapes and
/// positions only; it is blind to the two things below, so on them its "none" (learned from the
/// many once-mentioned capitalised phrases of real articles) overrules evidence it cannot read.
extension EntityMerger {
    /// Whether the mention has the rules' own organisation cue or is led by an acronym:
    /// - a cue `evidence` reads as an organisation's ("shares of X", "agreed to buy X", "X, which",
    ///   "an analyst with X") or a business apposition `actsAsBusiness` reads ("X, a property
    ///   developer"): until now only a group such a cue retyped was exempt (`typedByEvidence`),
    ///   not one the rules had already typed an organisation by default;
    /// - a name of two or more words whose first word is an acronym and not every word is ("NHS
    ///   Lothian", "AC Milan", "PT Kereta Api"): the acronym carries the list flags of a lower-case
    ///   homograph ("LA": the word "la", the state), so the features describe a phrase of common
    ///   words. On the cross-validation of round thirteen the model's changes to such names were
    ///   right 9 times and wrong 7 (of 74), and exempting them raised the folds' micro-F1.
    func hasTypingCue(_ m: RawMention) -> Bool {
        guard let lo = tokenIndex(at: m.start) else { return false }
        let hi = lo + m.tokenCount
        guard hi <= doc.tokens.count else { return false }
        if m.tokenCount >= 2, isAcronymLed(lo, hi) { return true }
        if case .organisation? = evidence(m) { return true }
        return actsAsBusiness(lo, hi, statements: false)
    }

    /// An acronym (not a dotted abbreviation: "U.S. Steel") first, a word not all in capitals after it.
    private func isAcronymLed(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens.span
        guard tokens[lo].isAllCaps, !tokens[lo].isAbbreviation else { return false }
        for k in (lo + 1)..<hi where tokens[k].kind == .word && !tokens[k].isAllCaps { return true }
        return false
    }
}
