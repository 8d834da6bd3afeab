/// Entities round twenty-six (entities26): persons and places in non-US news, where local towns,
/// villages and divisions are off the GeoNames lists and the text names them by their office
/// holders, by a list a plural place noun governs, or in an Indian-style "Town:" dateline. Read
/// from `classify`, `classifySingle`, `isPluralPlaceListMember` and `findDateline`.
extension EntityRecognizer {
    /// Lower-case nouns after a lone name that make it the place they belong to: "Whanganui
    /// mayor Hamish McDouall", "Kisumu residents", "Marachi villagers".
    static let localOfficeNouns: WordSet = [
        "mayor", "councillor", "councilor", "councillors", "councilors", "residents", "villagers", "townspeople",
    ]
    /// Capitalised titles of a town's or district's office before its holder: "Devikulam
    /// Subcollector S. Prem Krishnan", "Whanganui Mayor Hamish McDouall".
    static let localOfficeTitles: WordSet = [
        "mayor", "collector", "subcollector", "sub-collector", "tahsildar", "councillor", "councilor", "mla",
    ]
    /// Capitalised adjectives of a regional office: "the Ashanti Regional Minister".
    static let regionalAdjectives: WordSet = ["regional", "provincial"]
    /// Words that open a list after a plural place noun: "villages such as A, B and C", "the
    /// villages are A, B and C", "towns including A and B", "districts like A and B".
    static let placeListOpeners: WordSet = ["as", "are", "were", "include", "included", "including", "like"]
    static let suchKey: WordSet = ["such"]

    /// "Whanganui mayor Hamish McDouall", "Kisumu residents": a lone unlisted name before a
    /// lower-case local office or its people is that place. Not a given name or surname ("Jordan
    /// residents" may be a family's), not a word in capitals (a party: "ANC councillor").
    func isPlaceBeforeLocalOffice(_ i: Int) -> Bool {
        let tokens = doc.tokens
        guard i + 1 < tokens.count,
            tokens[i + 1].isCapitalized
                ? EntityRecognizer.localOfficeTitles.contains(tokens, at: i + 1) && !tokens[i + 1].isAllCaps
                    && i + 2 < tokens.count && tokens[i + 2].isCapitalized
                : EntityRecognizer.localOfficeNouns.contains(tokens, at: i + 1)
        else { return false }
        let t = tokens[i]
        return !t.isAllCaps && t.flags.isDisjoint(with: [.givenName, .surname, .common, .known, .orgHead, .title, .nonName])
            && !EntityRecognizer.compassWords.contains(t)
    }

    /// "the Ashanti Regional Minister", "Western Cape Provincial Commissioner": the run before a
    /// regional adjective and a capitalised title is the region (the end of the place), unless it
    /// is a compass word alone or a listed body.
    func regionalTitlePlaceEnd(_ lo: Int, _ hi: Int) -> Int? {
        let tokens = doc.tokens
        guard hi - lo >= 2, hi - lo <= 4, hi < tokens.count, EntityRecognizer.regionalAdjectives.contains(tokens, at: hi - 1),
            tokens[hi].isCapitalized, tokens[hi].flags.contains(.title), !tokens[lo].isAllCaps
        else { return nil }
        let end = hi - 1
        if end - lo == 1, EntityRecognizer.compassWords.contains(tokens, at: lo) { return nil }
        if let known = knownName(lo..<end), known.kind != .place { return nil }
        if (lo..<end).contains(where: { tokens[$0].flags.contains(.orgHead) || tokens[$0].flags.contains(.title) }) { return nil }
        return end
    }

    /// Whether the word at `j` opens a list that a plural place noun before it governs: "the
    /// villages are", "villages such as", "towns including" (lower-case noun, in the same sentence).
    func isPlaceListOpener(_ j: Int) -> Bool {
        let tokens = doc.tokens
        guard j >= 1, EntityRecognizer.placeListOpeners.contains(tokens, at: j) else { return false }
        var noun = j - 1
        if tokens[j].key == "as" {
            guard j >= 2, EntityRecognizer.suchKey.contains(tokens, at: j - 1) else { return false }
            noun = j - 2
        }
        return !tokens[noun].isCapitalized && tokens[noun].sentence == tokens[j].sentence
            && EntityRecognizer.pluralPlaceNouns.contains(tokens, at: noun)
    }

    /// "Kalpetta: District Collector …", "KOCHI: The Kerala High Court …": one or two
    /// capitalised words opening the article's first line, a colon and a capitalised word are the
    /// dateline's town. Furniture labels ("Exclusive:", "Updated:", "Summary:") are common
    /// words; a speaker's label in a transcript ("HENN:") is a name: both are left alone.
    mutating func findColonDateline() {
        for range in doc.sentenceTokens.prefix(3) where colonDatelineAt(range) { return }
    }

    private mutating func colonDatelineAt(_ first: Range<Int>) -> Bool {
        let tokens = doc.tokens
        guard first.count >= 4 else { return false }
        let lo = first.lowerBound
        var hi = lo
        while hi < lo + 3, hi < first.upperBound, tokens[hi].kind == .word, tokens[hi].isCapitalized { hi += 1 }
        guard hi > lo, hi - lo <= 2, hi + 1 < first.upperBound, tokens[hi].kind == .punct, doc.bytes[tokens[hi].start] == 58,
            tokens[hi + 1].isCapitalized, !claimed[lo]
        else { return false }
        // The line must start at the name: nothing before it on its line.
        guard lo == 0 || lineBreakBefore(lo) else { return false }
        for k in lo..<hi {
            let t = tokens[k]
            if !t.flags.isDisjoint(with: [.common, .givenName, .surname, .title, .nonName, .orgHead, .eventHead, .temporal]) || t.key.hasHyphenByte {
                return false
            }
        }
        // A label's text ("Explainer: What you should know …", "Blotter: Feb. 27") opens with a
        // question word or a date; a dateline's sentence in title case opens with a name ("Kalpetta:
        // District Collector …"), one in capitals with any word ("KOCHI: The Kerala High Court …").
        let next = tokens[hi + 1]
        if next.flags.contains(.temporal) || !tokens[lo].isAllCaps && EntityRecognizer.functionWords.contains(next.key) {
            return false
        }
        // A listed name is found as it stands; an unlisted one needs the dateline's shape.
        if knownName(lo..<hi) != nil { return false }
        addMention(.place, name: tokens[lo].isAllCaps ? titleCased(lo..<hi) : nil, range: lo..<hi, takesAcronym: false)
        for k in lo...hi { claimed[k] = true }
        if hi + 1 < first.upperBound { sentenceInitial.insert(hi + 1) }
        return true
    }

    /// "KwaZakhele Ward 18", "Ward 22": a ward's number is part of its name.
    func wardNumberEnd(_ hi: Int) -> Int? {
        let tokens = doc.tokens
        guard hi >= 1, hi < tokens.count, tokens[hi - 1].key == "ward", tokens[hi - 1].isCapitalized, tokens[hi].kind == .number,
            tokens[hi].key.utf8.count <= 3, tokens[hi].sentence == tokens[hi - 1].sentence, !claimed[hi]
        else { return nil }
        return hi + 1
    }

    /// "KL Paulose", "TN Seshan": Indian initials printed in capitals without periods before an
    /// unlisted name are a person's initials, not an acronym. Only one or two letters, not a
    /// listed name or acronym ("UK", "EU", "AP"), before one capitalised name-shaped word.
    func hasBareInitials(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        guard hi - lo == 2 else { return false }
        let a = tokens[lo], b = tokens[lo + 1]
        guard a.kind == .word, a.isAllCaps, !a.isAbbreviation, a.key.utf8.count <= 2, !b.isAllCaps, isNameShaped(b),
            a.flags.isDisjoint(with: [.known, .state, .nonEntityAcronym, .title, .knownPrefix]),
            b.flags.isDisjoint(with: [.orgHead, .placeHead, .policyHead, .known, .common])
        else { return false }
        guard input.shared.known(a.key) == nil, !lexicon.has(.nonEntityAcronym, String(a.bare)) else { return false }
        // The surname must stand alone elsewhere in the article ("KL Paulose … Paulose said"):
        // a company's name ("JB Hi-Fi") is repeated whole.
        let key = b.key
        for k in tokens.indices where k != lo + 1 && tokens[k].isCapitalized && tokens[k].key == key {
            if k == 0 || tokens[k - 1].key != a.key { return true }
        }
        return false
    }

    /// "Kisumu East", "Lagos Island East", "Belfast North": a listed place and a compass word is a
    /// constituency or district, not a company named after the place ("Detroit Edison").
    func isListedPlaceAndCompass(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        guard hi - lo >= 2, hi - lo <= 4, EntityRecognizer.compassAfterName.contains(tokens, at: hi - 1), !tokens[hi - 1].isAllCaps
        else { return false }
        return knownName(lo..<(hi - 1))?.kind == .place && !(hi < tokens.count && tokens[hi].isCapitalized)
    }

    /// Heads of sites named after a person that are seldom a surname's last word.
    static let namedSiteHeads: WordSet = ["bay", "arena", "stadium", "airport", "bridge", "square", "station", "plaza", "terminal"]

    /// "Nelson Mandela Bay", "Rod Laver Arena": a person's full name and a site's head is the
    /// site (three words or more: "Michael Bay" stays a person).
    func isSiteNamedAfterPerson(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        guard hi - lo >= 3, hi - lo <= 5, EntityRecognizer.namedSiteHeads.contains(tokens, at: hi - 1), !tokens[hi - 1].isAllCaps,
            tokens[lo].flags.contains(.givenName), !tokens[lo].isAllCaps, !(lo > 0 && tokens[lo - 1].flags.contains(.title))
        else { return false }
        return ((lo + 1)..<(hi - 1)).allSatisfy { isNameShaped(tokens[$0]) && !tokens[$0].flags.contains(.orgHead) }
    }
}
