/// Fixes round thirty-nine (fixes39, twenty-second session): leads left by agencies33 and
/// fixes35, each a shape seen on two learning articles or more. See
/// `docs/extraction-history.md`, "Twenty-second session".
///
/// **A guard closing a run after "National"** (`titleClosesBody39`, asked by `processSpan` in
/// place of `titleClosesBody35`): "the Ohio National Guard", "the Florida National Guard", "the
/// Bolivarian National Guard". fixes35 left a closing "Guard" (a title and an organisation's
/// head) to the body rules only after a word that is no title word; "National" is a title word
/// ("National Security Adviser"), so the title split still took "National Guard" as a title with
/// no name after it and kept the place alone ("Ohio"). A title word between the guard and a
/// capitalised word that is neither a title nor a title word is now part of the body too.
///
/// **The office-title pass keeps a closing guard** (`keepsClosingGuard39`, asked by
/// `applyOfficeTitleBounds`): that pass cuts a title closing an organisation's run ("Perlis
/// Mentri Besar" → "Perlis") and so cut "Guard" from the body the span rules had named ("Japan
/// Coast Guard" → "Japan Coast", "the Tarrow Coast Guard (TCG)" → "Tarrow Coast"). A title that
/// is also an organisation's head, closing the run after a capitalised word, is the body's head:
/// the run is left whole.
extension EntityRecognizer {
    /// Whether the run `lo..<hi` ends in a title that is also an organisation's head ("Guard"),
    /// either after a capitalised word that is no title (fixes35: "Coast Guard"), or after one
    /// title word that follows such a word ("Ohio National Guard").
    func titleClosesBody39(_ lo: Int, _ hi: Int) -> Bool {
        if titleClosesBody35(lo, hi) { return true }
        guard hi - lo >= 3 else { return false }
        let last = doc.tokens[hi - 1], before = doc.tokens[hi - 2], first = doc.tokens[hi - 3]
        return last.flags.contains(.title) && last.flags.contains(.orgHead) && !last.isAllCaps
            && before.isCapitalized && !before.flags.contains(.title) && before.flags.contains(.titleWord)
            && first.kind == .word && first.isCapitalized && !first.flags.contains(.title) && !first.flags.contains(.titleWord)
    }

    /// Whether token `k`, the last of an organisation's run, is a title that is also an
    /// organisation's head ("Guard") after a capitalised word: the office-title pass leaves it.
    func keepsClosingGuard39(_ k: Int) -> Bool {
        guard k > 0 else { return false }
        let last = doc.tokens[k], before = doc.tokens[k - 1]
        return last.flags.contains(.title) && last.flags.contains(.orgHead) && !last.isAllCaps
            && before.kind == .word && before.isCapitalized
    }
}

/// **A lower-case committee named by two fields joined by "and"** (`addJoinedCommittee39`, on
/// round fifty-seven's walk for lower-case heads): "the strategy and finance committee", "the
/// policy and resources committee". A council's standing committee is often written in lower
/// case; the gold of the learning sets counts every "the <field> and <field> committee" as a
/// body (two articles, none against), where a committee named by one word ("the finance
/// committee", "the scrutiny committee", "the emergency committee") is as often no entity at
/// all and stays out.
extension EntityRecognizer {
    static let committeeHash39 = StringTable<Bool>.hash("committee")
    static let committeeBit39: UInt64 = WordSet.bit(committeeHash39)

    /// "the <word> and <word> committee", all lower case, in one sentence, none of it claimed,
    /// the two words common words: the last four words are a body.
    mutating func addJoinedCommittee39(at k: Int) {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard k >= 4, view[k].key == "committee", !claimed[k], view[k - 2].key == "and", view[k - 4].key == "the" else { return }
        for t in (k - 4)..<k {
            guard view[t].kind == .word, !view[t].isCapitalized, !claimed[t], view[t].sentence == view[k].sentence else { return }
        }
        guard view[k - 3].flags.contains(.common), view[k - 1].flags.contains(.common) else { return }
        addMention(.agency, name: nil, range: (k - 3)..<(k + 1))
        let added = mentions.count - 1
        mentions[added].isWeak = false
        mentions[added].rule = TypingRule.listedOrCued
    }
}
