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
    ///   right 9 times and wrong 7 (of 74), and exempting them raised the folds' micro-F1;
    /// - a leader's "of X", a capitalised "The" inside a sentence, or "of" and a listed place
    ///   ending the name (below);
    /// - since typer round ten, a member's noun and "of" before it ("a member of Pellcorp") or a
    ///   business word near it in its sentence ("Bids came from X", "X bought …", "sales at X"),
    ///   read by `TypingCues.swift`.
    func hasTypingCue(_ m: RawMention) -> Bool {
        guard let lo = doc.tokenIndex(of: m) else { return false }
        let hi = lo + m.tokenCount
        guard hi <= doc.tokens.count else { return false }
        if m.tokenCount >= 2, isAcronymLed(lo, hi) { return true }
        if case .organisation? = evidence(m, organisationOnly48: true) { return true }
        if actsAsBusiness(lo, hi, statements: false) { return true }
        if isLedName(lo) || followsTitleThe(lo) || endsOfPlace(lo, hi) { return true }
        // "An Garda Síochána", "Bord na Móna" (`Fixes17.swift`).
        if isIrishName17(lo, hi) { return true }
        // Typer round ten (`TypingCues.swift`): "a member of X", a business word near X.
        // Entities round fifty (`NewsOutlets50.swift`): "told Sunrise TV", "The Chronicle understands".
        if m.type == .agency, doc.isOutletCue50(lo, hi, type: m.type) { return true }
        return isMemberOf(lo) || hasBusinessWordNear(lo, hi)
    }

    /// Heads of a body whose "of X" names it ("the head of Quillo", "the founder of X").
    static let leaderNouns: WordSet = ["head", "founder", "co-founder", "owner", "boss"]

    /// "the head of Quillo", "chief executive of X": a title or a leader noun, then "of".
    private func isLedName(_ lo: Int) -> Bool {
        let tokens = doc.tokens.span
        guard lo >= 2, tokens[lo - 1].kind == .word, tokens[lo - 1].key == "of", tokens[lo - 2].kind == .word,
            !tokens[lo - 2].isCapitalized
        else { return false }
        return tokens[lo - 2].flags.contains(.title) || EntityMerger.leaderNouns.contains(doc.tokens, at: lo - 2)
    }

    /// "reported in The Coastal Courier": a capitalised "The" after a word of the same sentence is
    /// part of a title the writer names (a paper, a band, a firm).
    private func followsTitleThe(_ lo: Int) -> Bool {
        let tokens = doc.tokens.span
        guard lo >= 2, tokens[lo - 1].kind == .word, tokens[lo - 1].isCapitalized, tokens[lo - 1].key == "the" else { return false }
        return tokens[lo - 2].kind == .word && tokens[lo - 2].sentence == tokens[lo - 1].sentence
    }

    /// "Crime Stoppers of Ohio", "Reserve Bank of Australia": a run that ends in "of" and a listed
    /// place is a body's formal name (`isFormalBodyName` covers those opened by a head word).
    private func endsOfPlace(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens.span
        guard hi - lo >= 3, tokens[hi - 2].kind == .word, tokens[hi - 2].key == "of" else { return false }
        return !tokens[hi - 1].flags.isDisjoint(with: [.city, .state, .known])
    }

    /// An acronym (not a dotted abbreviation: "U.S. Steel") first, a word not all in capitals after it.
    private func isAcronymLed(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens.span
        guard tokens[lo].isAllCaps, !tokens[lo].isAbbreviation else { return false }
        for k in (lo + 1)..<hi where tokens[k].kind == .word && !tokens[k].isAllCaps { return true }
        return false
    }
}
