/// Entities round thirty-five (entities35): lone unlisted towns and villages that the span
/// rules left as weak words or typed organisations by default, read from one cue word or two
/// around them. A pass over the finished mentions after `applyPlaceContexts` (never inside
/// `processSpan`); it looks at lone, default-typed, unlisted names only, so most articles pay
/// one type test per mention.
///
/// - "residents of X", "a native of X", "the outskirts of X", "the hamlet of X": a noun that
///   only a place completes;
/// - "near X": a lone name after "near" is a place (a weak word there was dropped before);
/// - "Jo Roe, of X,": a person, a comma and "of" name where the person is from;
/// - "MP for X", "candidate for X", "Member of Parliament (MP) for X": a seat (the member titles
///   are the span rule's, `isConstituencyOfMember`);
/// - "from X to Y": when one end is a place already, so is the other;
/// - "X, a small farming town": an apposition whose head is a place noun behind up to two
///   lower-case words.
extension EntityRecognizer {
    /// Nouns before "of" that only a place completes.
    static let placeOfNouns35: WordSet = [
        "resident", "residents", "native", "natives", "outskirts", "inhabitants", "villagers", "hamlet", "township",
        "suburb", "suburbs", "municipality", "townships", "environs",
    ]
    /// Besides the member titles the span rule for seats reads (`constituencyMemberTitles`,
    /// `memberKeys`, in `isConstituencyOfMember`), a candidate stands for a seat too.
    static let seatCandidates35: WordSet = ["candidate", "candidates"]
    /// Place nouns that head an apposition after a name ("X, a small farming town").
    static let appositionHeads35: WordSet = [
        "town", "village", "city", "suburb", "township", "hamlet", "municipality", "district", "settlement", "community",
        "county", "province", "region", "island", "port", "resort",
    ]

    /// The pass: lone default-typed bodies and weak words that one of the cues above makes places.
    mutating func applyPlaceCues35() {
        let count = mentions.count
        guard count > 0 else { return }
        for m in 0..<count {
            // The fields are read in place: a mention bound to a local was retained and released
            // for every mention of the article (speed round twenty-one).
            guard mentions[m].type == .agency, mentions[m].tokenCount == 1, !mentions[m].isCanonical,
                mentions[m].rule == TypingRule.fallbackRun || mentions[m].isWeak,
                let i = doc.tokenIndex(of: mentions[m]), isUnlistedPlaceName35(i)
            else { continue }
            if hasPlaceCue35(i) { mentions[m].becomeCuedPlace() }
        }
    }

    /// A capitalised word of no list, no title and no body's head; a common word only when it is
    /// also a given name or a surname (towns named like people: "Clayton", "Byron"). Round
    /// thirty-nine's cues read it too.
    func isUnlistedPlaceName35(_ i: Int) -> Bool {
        // Read through a `Span`: the array's getter copied the token (its key retained and released).
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let flags = view[i].flags
        return view[i].kind == .word && view[i].isCapitalized && !view[i].isAllCaps
            && flags.isDisjoint(with: [.known, .title, .titleWord, .orgHead, .nonName, .policyHead])
            && (!flags.contains(.common) || !flags.isDisjoint(with: [.givenName, .surname]))
    }

    /// Whether the words around token `i` (one lone name) put it on a map.
    private func hasPlaceCue35(_ i: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let n = view.count
        let sentence = view[i].sentence
        if i >= 1, isWord35(i - 1, sentence), !view[i - 1].isCapitalized {
            let before = view[i - 1].key
            // "near Clayton and Smithfield".
            if before == "near" { return true }
            // "residents of X", "a native of X".
            if before == "of", i >= 2, isWord35(i - 2, sentence), EntityRecognizer.placeOfNouns35.contains(doc.tokens, at: i - 2) { return true }
            // "MP for X", "candidate for X", "(MP) for X": the lone weak word that
            // `isConstituencyOfMember` (which reads runs, and titles in capitals) never sees.
            if before == "for", i >= 2 {
                var k = i - 2
                if k >= 2, view[k].kind == .punct, doc.bytes[view[k].start] == 41 { k -= 1 }
                if isWord35(k, sentence), isSeatHolder35(k) { return true }
            }
            // "from X to Y", "from Y to X" with the other end a place.
            if before == "from", i + 2 < n, isWord35(i + 1, sentence), view[i + 1].key == "to", isPlaceAt35(i + 2) { return true }
            if before == "to", i >= 3, isWord35(i - 3, sentence), view[i - 3].key == "from", isPlaceAt35(i - 2) { return true }
            // "Jo Roe, of X,": a person's name, a comma, "of", the name, then a comma.
            if before == "of", i >= 3, isComma(i - 2), i + 1 < n, isComma(i + 1), isPersonEndingAt35(i - 3) { return true }
        }
        // "X, a small farming town".
        if i + 3 < n, isComma(i + 1), isWord35(i + 2, sentence), view[i + 2].key == "a" || view[i + 2].key == "an" {
            var k = i + 3
            while k < n, k <= i + 5, isWord35(k, sentence), !view[k].isCapitalized {
                if EntityRecognizer.appositionHeads35.contains(doc.tokens, at: k) {
                    return k + 1 >= n || view[k + 1].kind != .word || view[k + 1].key != "of"
                }
                k += 1
            }
        }
        return false
    }

    /// A member's title or a candidate at token `k` ("MP", "Member", "candidate").
    private func isSeatHolder35(_ k: Int) -> Bool {
        EntityRecognizer.constituencyMemberTitles.contains(doc.tokens, at: k) || EntityRecognizer.memberKeys.contains(doc.tokens, at: k)
            || EntityRecognizer.seatCandidates35.contains(doc.tokens, at: k)
    }

    /// A word token at `j` in sentence `sentence` (false off either end of the text).
    private func isWord35(_ j: Int, _ sentence: Int) -> Bool {
        j >= 0 && j < doc.tokens.count && doc.tokens[j].sentence == sentence && doc.tokens[j].kind == .word
    }

    /// A place mention starting at token `j`.
    private func isPlaceAt35(_ j: Int) -> Bool {
        let start = doc.tokens[j].start
        return mentions.contains { $0.start == start && $0.type == .place }
    }

    /// A person mention ending at token `j`, or a lone word there that is the last name of a
    /// person in the article ("Ralph Elrod Jr. … Elrod, of Byron,").
    private func isPersonEndingAt35(_ j: Int) -> Bool {
        guard j >= 0, let before = mentions.first(where: { $0.end == doc.tokens[j].end }) else { return false }
        if before.type == .person { return true }
        guard before.tokenCount == 1 else { return false }
        let surname = " " + before.name
        return mentions.contains { $0.type == .person && $0.tokenCount >= 2 && ($0.name.hasSuffix(surname) || $0.name.contains(surname + " ")) }
    }
}
