/// Typer round ten (fifth session of 2026-11-30): the context cues of a name's own sentence,
/// as features of the learned typer and, for a member's "of" and a business word, an exemption. Every retrain of
/// two sessions dropped or retyped a once-mentioned name whose only organisation evidence was a
/// cue word the features did not hold ("Sam Ramu, a member of Pellcorp", "Bids came from
/// Corvane, Delmont and Tessaro"): to the features such a name was a lone unlisted word typed by
/// default, which the training articles mostly label place or none.
///
/// The cue words come from the rules' own sets (`employerRoles`, `buyVerbs`, `ownedNouns`,
/// `organisationPossessions`, `listJoiners`) plus the few words of a bid, so the weights still
/// name only closed vocabularies. Features the shipped weights do not know weigh nothing there.
extension EntityMerger {
    /// A body's members: "a member of X", "members of X".
    static let membershipNouns: WordSet = ["member", "members"]
    /// The words of a bid, a tender or a merger: whoever makes one is a business or a body.
    static let bidWords: WordSet = [
        "bid", "bids", "bidder", "bidders", "bidding", "tender", "tenders", "merger", "mergers",
    ]
    /// Tokens of the mention's sentence read for a business word, each way.
    static let businessWindow = 12
    /// The four sets `hasBusinessWordNear` asks, as one: one probe a token instead of four.
    static let businessWordsNear = WordSet(
        bidWords.words + buyVerbs.words + ownedNouns.words + organisationPossessions.words)

    /// "a member of X", "an official of X", "employees of X": a member's or an employee's noun,
    /// then "of", before the mention (`evidence` reads the same roles before "at" and "with").
    func isMemberOf(_ lo: Int) -> Bool {
        let tokens = doc.tokens.span
        guard lo >= 2, tokens[lo - 1].kind == .word, tokens[lo - 1].key == "of", tokens[lo - 2].kind == .word,
            !tokens[lo - 2].isCapitalized
        else { return false }
        return EntityMerger.membershipNouns.contains(doc.tokens, at: lo - 2) || EntityMerger.employerRoles.contains(doc.tokens, at: lo - 2)
    }

    /// A business word within `businessWindow` tokens of the mention in its sentence: a business's
    /// act (a bid, a tender, a merger, buying: "Bids came from X", "X bought …") or an owner's
    /// noun (`ownedNouns`, `organisationPossessions`: "X's shares", "sales at X", "the board of X").
    /// On the rows of this round, 66 of the 81 rules' organisations near one were organisations,
    /// 14 nothing and 1 a place (against 749 of 1,242 overall).
    func hasBusinessWordNear(_ lo: Int, _ hi: Int) -> Bool {
        // Every word of the set carries `.business43` (an abbreviation may carry it for its bare
        // word, so the set still decides): no such token in the article, no business word near.
        guard doc.flagUnion.contains(.business43) else { return false }
        let tokens = doc.tokens.span
        let sentence = doc.sentenceTokens[tokens[lo].sentence]
        let from = max(sentence.lowerBound, lo - EntityMerger.businessWindow)
        let to = min(sentence.upperBound, hi + EntityMerger.businessWindow)
        // The set read once per call: each read of a `static let` in the loop is a `swift_once`
        // call (the four sets were four a token, about 150,000 a corpus round).
        let businessWords = EntityMerger.businessWordsNear
        for k in from..<to where (k < lo || k >= hi) && tokens[k].kind == .word && tokens[k].flags.contains(.business43) {
            if businessWords.contains(doc.tokens, at: k) {
                return true
            }
        }
        return false
    }

    /// A name coordinated with another capitalised word: a comma, "and" or "or" between them
    /// ("Corvane, Delmont and Tessaro"), on either side of the mention.
    func isInNameList(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens.span
        if lo >= 2, tokens[lo - 1].key == "," || EntityMerger.listJoiners.contains(doc.tokens, at: lo - 1),
            tokens[lo - 2].kind == .word, tokens[lo - 2].isCapitalized, tokens[lo - 2].sentence == tokens[lo].sentence
        {
            return true
        }
        if hi + 1 < tokens.count, tokens[hi].key == "," || EntityMerger.listJoiners.contains(doc.tokens, at: hi),
            tokens[hi + 1].kind == .word, tokens[hi + 1].isCapitalized, tokens[hi + 1].sentence == tokens[lo].sentence
        {
            return true
        }
        return false
    }

    /// The cue features of the first mention (`typingFeatures` calls it last, so the features
    /// found before keep their order and the shipped weights sum exactly as before). A member's
    /// "of" and a business word exempt a group (`hasTypingCue` reads its first mention too), so a
    /// scored group never has them: they are looked for only where every group's features are
    /// listed (export and tests, `TypingFeatureCollector.listsExemptCues`).
    func cueFeatures<F: TypingFeatureCollector>(_ lo: Int, _ hi: Int, into f: inout F) {
        if F.listsExemptCues {
            if isMemberOf(lo) { f.add(TypingFeature.cueMemberOf.rawValue) }
            if hasBusinessWordNear(lo, hi) { f.add(TypingFeature.cueBusinessWord.rawValue) }
        }
        if isInNameList(lo, hi) { f.add(TypingFeature.inNameList.rawValue) }
    }
}
