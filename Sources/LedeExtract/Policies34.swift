/// Policy round thirty-four (policies34, twenty-second session): a ban named by its subject.
///
/// - **"the <noun> ban"** (`isDefiniteBan34`, read by `findCompoundPolicies`): "the abortion
///   ban", "the noncompete ban", "the protest ban", "the plastic bag ban". A singular lower-case
///   "ban" after one or two noun modifiers that "the" opens names the one ban the article writes
///   about, even when it writes it once; round six's compounds kept such a ban only when it
///   recurred. "a/an" does not cue it ("an overtime ban" is a union's, "an assault weapons ban" a
///   kind), nor a modifier of time or manner (`policy-scopes.txt`, `ban|`: "the impending ban").
extension EntityRecognizer {
    static let banStops34 = WordSet(Lexicon.shared.banStops34)

    /// Whether `first..<head` are the modifiers of a singular "ban" right after "the".
    func isDefiniteBan34(first: Int, head: Int) -> Bool {
        let tokens = doc.tokens
        guard first > 0, first < head, tokens[head].key == "ban", tokens[first - 1].key == "the",
            tokens[first - 1].sentence == tokens[head].sentence
        else { return false }
        // "the bill would ban": a modal or a policy head before it makes "ban" a verb; "the provisional
        // ban": a word of length (round thirteen's `banScopes13`) says how long, not what.
        for j in first..<head {
            let t = tokens[j]
            if EntityRecognizer.banStops34.contains(t) || EntityRecognizer.objectModals25.contains(t)
                || EntityRecognizer.banScopes13.contains(t) || t.flags.contains(.policyHead)
            {
                return false
            }
        }
        return true
    }
}
