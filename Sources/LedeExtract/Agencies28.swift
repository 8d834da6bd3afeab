/// Agency round twenty-eight (agencies28, twenty-first session): a court named by its place and a
/// lower-case head ("brought before the Limassol court on Thursday", "appeared in Airdrie
/// provincial court.", "the trial at Wood Green crown court of …", "sitting at the Mogwase
/// regional court,"). The gold makes the place and its head one body; the rules stopped at the
/// name and typed the place alone. Round fifty-seven's list (`lower-heads.txt`) held only the
/// "high", "criminal" and "district" courts; its rows of kind `closes` (this file) add the bare
/// "court" and its lower-case kinds.
///
/// Counted in the learning sets (every "<capitalised name> [kind] court" after a lower-case word):
/// after "the" or a preposition the gold has the body in 13 articles and nothing in 2 ("outside
/// the Seoul court demanding", "in the Co Kildare court"); after "a"/"an" never ("a Dubai court",
/// "a Tamworth court": round forty-five's `isIndefinite45` already rules those out); after a
/// country or a state never a body of its own ("a US appeals court", "the Colorado court").
/// So: a place or a default-typed name, no state or country, the head acting or ending its noun
/// phrase (round fifty-seven's `endsNounPhrase57`: punctuation, a function word or a capital
/// follows; "the Nairobi court ruling" is a ruling, not the body), and no possessive before the
/// name ("the country's Apex court, the Supreme Court": an adjective capitalised, no place).
///
/// A lower-case "of appeal(s)" after the head belongs to the court's name ("the Paris court of
/// appeals ruled": gold whole, final33; the US "court of appeals" likewise).
///
/// The learned typer retyped such a body a place after "in" or "at" without "the" ("to appear in
/// Airdrie provincial court on …", in an article of roads and towns), so a body whose mention
/// ends in the lower-case head "court" is left to the rules (`isLowerCourt28`, read by
/// `isTypingExempt`).
extension EntityRecognizer {
    /// The last token of the court's name whose head ends at `last`: past a lower-case "of
    /// appeal(s)" in the same sentence, else `last`.
    func courtOfAppeals28(_ last: Int) -> Int {
        let view = doc.tokens.span
        guard last + 2 < view.count, view[last].key == "court" else { return last }
        let of = view[last + 1], appeals = view[last + 2]
        guard of.kind == .word, of.key == "of", appeals.kind == .word, !appeals.isCapitalized,
            appeals.sentence == view[last].sentence, appeals.key == "appeals" || appeals.key == "appeal"
        else { return last }
        return last + 2
    }

    /// Whether the name at tokens `i...j` and its court head ending at `last` are one body.
    func closesCourt28(_ i: Int, _ j: Int, _ last: Int, sentence: Int) -> Bool {
        if isStateOrCountry57(i, j) { return false }
        if i > 0, doc.tokens[i - 1].kind == .possessive { return false }
        return bodyActs45(last + 1, sentence: sentence) || endsNounPhrase57(last)
    }
}

extension EntityMerger {
    /// Whether organisation `group` has a mention ending in the lower-case head "court" after a
    /// capitalised name ("Limassol court", "Wood Green crown court"): made only by the `closes`
    /// rows and the older court rows of `lower-heads.txt`.
    func isLowerCourt28(_ group: Group, _ raw: [RawMention]) -> Bool {
        guard group.type == .agency else { return false }
        let tokens = doc.tokens.span
        for i in group.members.prefix(EntityMerger.mentionsRead) where raw[i].tokenCount >= 2 {
            guard let t = doc.tokenIndex(of: raw[i]) else { continue }
            var last = t + raw[i].tokenCount - 1
            guard last < tokens.count, tokens[t].isCapitalized else { continue }
            // "Marlow court of appeals": the head before "of appeals".
            if last - 2 > t, tokens[last].key == "appeals" || tokens[last].key == "appeal" { last -= 2 }
            guard tokens[last].kind == .word, !tokens[last].isCapitalized, tokens[last].key == "court" else { continue }
            return true
        }
        return false
    }
}
