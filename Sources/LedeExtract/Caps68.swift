/// Entities round sixty-eight (caps68, eleventh session): names found with their own evidence
/// but typed wrong. Found on final18–25 and final30–33, checked on final26–29, final34–37,
/// final42–45 and the dev set (`docs/extraction-caps68.md`).
///
/// A pass over the finished mentions (never inside `processSpan`); it reads only organisations
/// and places the rules did not take from a word list, so most articles pay a type test per
/// mention.
///
/// - **a site by its head**: the guidelines make venues, buildings, sites and facilities used as
///   locations places; a name ending in a head that only names a site ("Waikato Museum",
///   "Hamilton Gardens", "Johor Police Contingent Headquarters", "Macquarie Point") is a place
///   unless the institution acts ("X Museum said", "X Museum's board");
/// - **a venue after a locative**: a name ending in a head that names a body or its building
///   ("Centre", "House", "College", "Academy") is a place after "at", "in", "near", "inside",
///   "outside", "in front of" or before ", on|near|off …" ("the Houben Centre, on the Crumlin
///   Road, was evacuated");
/// - **a district by its lower-case noun**: "in the Naya Paltan area", "the Halifax Metro area":
///   a name before a lower-case "area" (not "area police") is a place;
/// - **a person by apposition or list**: a run of two to four plain capitalised words the rules
///   typed an organisation or a place is a person before an age ("Edmond Julius, 34;", "Jo Ade, a
///   27-year-old gardener"), after a lower-case role ("committee member X", "investigator X",
///   "attorney X"), or between persons in a list ("Mokhlesh Mia, Jazz Mia and Farid Uddin Rana").
extension EntityRecognizer {
    /// Last words that name a site, never the body behind it, in the counted gold.
    static let siteHeads68: WordSet = [
        "museum", "gardens", "headquarters", "thruway", "glen", "point", "location",
    ]
    /// Last words that name a body or its building: a site only where a locative puts it on the map.
    static let venueHeads68: WordSet = [
        "centre", "center", "house", "college", "academy", "museum", "library", "hotel", "church", "cathedral",
    ]
    /// Lower-case words before a name (after "the" and a possessive) that put it on the map.
    static let sitePrepositions68: WordSet = ["at", "in", "inside", "outside", "near", "opposite", "beside", "within"]
    /// Lower-case words after ", " that give a venue's address ("X, on the Crumlin Road").
    static let addressWords68: WordSet = ["on", "near", "off"]
    /// Lower-case nouns after a name that make it a district ("the Naya Paltan area").
    static let districtNouns68: WordSet = ["area", "neighborhood", "neighbourhood", "locality", "vicinity"]
    /// Lower-case role nouns right before a person's name ("committee member X", "leaders X").
    static let personRoles68: WordSet = [
        "member", "members", "leader", "leaders", "activist", "activists", "suspect", "suspects", "defendant",
        "defendants", "accused", "victim", "investigator", "attorney", "spokesperson", "spokesman", "spokeswoman",
        "officer", "official", "lawyer", "counsel", "resident", "worker", "student", "journalist", "reporter",
    ]

    /// The pass (see the file's comment).
    mutating func applyCaps68() {
        let count = mentions.count
        guard count > 0 else { return }
        let tokens = doc.tokens
        let view = tokens.span
        let n = view.count
        for m in 0..<count {
            let type = mentions[m].type
            guard type == .agency || type == .place, !mentions[m].isCanonical, mentions[m].acronym == nil,
                mentions[m].tokenCount >= 2, let i = doc.tokenIndex(of: mentions[m])
            else { continue }
            let j = i + mentions[m].tokenCount - 1
            guard j < n else { continue }
            // "Moss Point Police": a capitalised word after the run says the name runs on.
            if type == .agency, view[j].kind == .word, view[j].isCapitalized,
                !(j + 1 < n && view[j + 1].kind == .word && view[j + 1].isCapitalized)
            {
                if EntityRecognizer.siteHeads68.contains(tokens, at: j), !actsAfter40(j + 1) {
                    mentions[m].becomeCuedPlace()
                    continue
                }
                // "in the Michigan House": a place's "House" is its chamber.
                if EntityRecognizer.venueHeads68.contains(tokens, at: j), !actsAfter40(j + 1), isLocated68(i, j),
                    !(view[j].key == "house" && view[j - 1].flags.contains(.known))
                {
                    mentions[m].becomeCuedPlace()
                    continue
                }
                if j + 1 < n, view[j + 1].kind == .word, !view[j + 1].isCapitalized,
                    EntityRecognizer.districtNouns68.contains(tokens, at: j + 1),
                    !(j + 2 < n && view[j + 2].kind == .word && !view[j + 2].isCapitalized && view[j + 2].flags.contains(.orgHead))
                {
                    mentions[m].becomeCuedPlace()
                    continue
                }
            }
            if mentions[m].tokenCount <= 4, isPlainName68(i, j), hasPersonEvidence68(m, i, j) {
                mentions[m].type = .person
                mentions[m].isWeak = false
                mentions[m].rule = TypingRule.listedOrCued
            }
        }
    }

    /// Whether a locative before `i` or an address after `j` puts the venue `i...j` on the map.
    private func isLocated68(_ i: Int, _ j: Int) -> Bool {
        let tokens = doc.tokens
        let view = tokens.span
        var k = i - 1
        if k >= 0, view[k].kind == .word, view[k].key == "the" { k -= 1 }
        // "in front of the capital's City College": an owner and its possessive.
        if k >= 1, view[k].kind == .possessive {
            k -= 2
            if k >= 0, view[k].kind == .word, view[k].key == "the" { k -= 1 }
        }
        if k >= 0, view[k].kind == .word, !view[k].isCapitalized {
            if EntityRecognizer.sitePrepositions68.contains(tokens, at: k) { return true }
            if k >= 2, view[k].key == "of", view[k - 1].key == "front", view[k - 2].key == "in" { return true }
        }
        let n = view.count
        return j + 2 < n && view[j + 1].key == "," && view[j + 2].kind == .word && !view[j + 2].isCapitalized
            && EntityRecognizer.addressWords68.contains(tokens, at: j + 2)
    }

    /// Whether `i...j` is plain capitalised words that could be a person's name: no head, title,
    /// listed place (a given name first spares a surname that is also a town: "Zach Ferguson").
    private func isPlainName68(_ i: Int, _ j: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let givenFirst = view[i].flags.contains(.givenName)
        for k in i...j {
            let t = view[k]
            guard t.kind == .word, t.isCapitalized, !t.isAllCaps, !t.isAbbreviation,
                t.flags.isDisjoint(with: [.orgHead, .placeHead, .policyHead, .eventHead, .title, .titleWord, .temporal, .nonName]),
                givenFirst || t.flags.isDisjoint(with: [.known, .city, .state])
            else { return false }
        }
        return true
    }

    /// An age after the name, a role noun before it, or a person beside it in a list.
    private func hasPersonEvidence68(_ m: Int, _ i: Int, _ j: Int) -> Bool {
        let tokens = doc.tokens
        let view = tokens.span
        let n = view.count
        // "Edmond Julius, 34;", "Jo Ade, a 27-year-old gardener".
        if j + 2 < n, view[j + 1].key == "," {
            if view[j + 2].kind == .number, j + 3 < n, view[j + 3].kind == .punct || view[j + 3].key == "and" { return true }
            if j + 3 < n, view[j + 2].key == "a" || view[j + 2].key == "an", isAgeWord68(j + 3) { return true }
        }
        // "committee member X", "investigator X": a lower-case role right before.
        if i >= 1, view[i - 1].kind == .word, !view[i - 1].isCapitalized, EntityRecognizer.personRoles68.contains(tokens, at: i - 1) {
            return true
        }
        // "A, B and C" with a person beside.
        let sentence = view[i].sentence
        if m > 0, mentions[m - 1].type == .person, mentions[m - 1].sentence == sentence,
            let p = doc.tokenIndex(of: mentions[m - 1]), p + mentions[m - 1].tokenCount == i - 1,
            isListJoint68(i - 1)
        {
            return true
        }
        if m + 1 < mentions.count, mentions[m + 1].type == .person, mentions[m + 1].sentence == sentence,
            let q = doc.tokenIndex(of: mentions[m + 1]), q == j + 2, isListJoint68(j + 1)
        {
            return true
        }
        return false
    }

    private func isListJoint68(_ k: Int) -> Bool {
        let tokenList = doc.tokens
        let key = tokenList.span[k].key
        return key == "," || key == ";" || key == "and"
    }

    /// "27-year-old": a number's age as one word.
    private func isAgeWord68(_ k: Int) -> Bool {
        let tokenList = doc.tokens
        let key = tokenList.span[k].key
        guard let first = key.utf8.first, first >= 48, first <= 57 else { return false }
        return key.hasBytesSuffix("year-old")
    }
}
