/// Entities round fifty-eight (entities58): persons in world news whose names the US lists miss,
/// read from the structure every such name shows rather than from the names themselves:
/// - Arabic and Malay patronymics: "Badr bin Hamad bin Hamoud Al Busaidi", "Siti Aminah binti
///   Abdullah", "Sultan bin Salem bin Saeed al-Habsi" (a particle between capitalised words, and
///   an "al-"/"el-" surname closing the chain);
/// - "Justus Akampulirwa of Kawempe division", "Hamuza Kasozi of Nansana Municipality": a person
///   of a local unit named by its lower-case or capitalised unit noun;
/// - the merger's person cues (`NameEvidence.swift`): "X was arrested", "X as president".
/// Read from `processSpan` (one key test per lower-case word inside a run), the span finder (an
/// "al-" word after "bin Y"), `personOfPlaceSplit` and `EntityMerger.evidence`.
extension EntityRecognizer {
    /// Lower-case particles of an Arabic or Malay patronymic: "son of", "daughter of".
    static let patronymicParticles: WordSet = ["bin", "binti", "bint", "ibn"]
    /// Nouns of a local unit that make the name before them a place after "Name of": "of Kawempe
    /// division", "of Nansana Municipality".
    static let localUnitNouns: WordSet = [
        "division", "district", "municipality", "village", "sub-county", "subcounty", "parish", "ward", "county",
        "constituency", "municipal", "town", "township", "upazila", "tehsil", "taluk", "province", "region", "state",
    ]

    /// Whether the word at `k` is a patronymic particle between two capitalised words.
    func isPatronymicParticle(_ k: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard k > 0, k + 1 < view.count, view[k].kind == .word, !view[k].isCapitalized,
            EntityRecognizer.patronymicParticles.contains(doc.tokens, at: k)
        else { return false }
        return view[k - 1].isCapitalized && view[k + 1].isCapitalized && view[k + 1].kind == .word
    }

    /// "al-Habsi" after "bin Saeed": an Arabic article joined to a capitalised surname closes a
    /// patronymic chain (alone, "al-Qaeda" after a name is no part of it).
    func isArticleSurnameAfterPatronymic(_ i: Int) -> Bool {
        let s = doc.tokens[i].start, e = doc.tokens[i].end
        guard e - s >= 5, i >= 2, doc.bytes[s] == 97 || doc.bytes[s] == 101, doc.bytes[s + 1] == 108, doc.bytes[s + 2] == 45,
            doc.bytes[s + 3] >= 65 && doc.bytes[s + 3] <= 90
        else { return false }
        return isPatronymicParticle(i - 2)
    }

    /// A run holding a patronymic: where the person's name starts (the given name before the
    /// first particle, with one more name word before it when that is no title), or nil. Words
    /// before it are titles or a body ("Sultan Haitham bin Tariq", "Oman's … Sayyid …").
    func patronymicPersonStart(_ lo: Int, _ hi: Int) -> Int? {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        var first = -1
        var k = lo + 1
        while k < hi - 1 {
            // Capitalised words are most of every run: the particle test only for a lower-case word.
            if !view[k].isCapitalized, isPatronymicParticle(k) { first = k; break }
            k += 1
        }
        guard first > lo else { return nil }
        // A body's or a place's head closing the run ("… bin Zayed Mosque") makes it no person.
        let last = view[hi - 1].flags
        if !last.isDisjoint(with: [.orgHead, .placeHead, .policyHead]), !isArticleSurnameAfterPatronymic(hi - 1) { return nil }
        var start = first - 1
        // "Siti Aminah binti Abdullah": one more unlisted or given name word before the given name.
        if start - 1 >= lo, view[start - 1].isCapitalized, !view[start - 1].isAllCaps, view[start - 1].kind == .word,
            view[start - 1].flags.isDisjoint(with: [.title, .titleWord, .orgHead, .placeHead, .known, .common])
                || view[start - 1].flags.contains(.givenName) && !view[start - 1].flags.contains(.title)
        {
            start -= 1
        }
        // "Sheikh Nasser bin Khalid …": the honorific is part of the name (`Persons75.swift`).
        if start - 1 >= lo, isPatronymicHonorific75(start - 1) { start -= 1 }
        return start
    }

    /// Adds the person of a patronymic run and processes what comes before it: a title becomes
    /// the person's descriptor, anything else is a name of its own.
    mutating func addPatronymicPerson(_ lo: Int, _ start: Int, _ hi: Int, depth: Int) {
        var descriptor: String?
        if start > lo {
            let tokens = doc.tokens
            var t = start
            while t > lo, tokens[t - 1].flags.contains(.title) || tokens[t - 1].flags.contains(.titleWord) { t -= 1 }
            if t < start { descriptor = Document.text(doc.bytes, tokens[t].start, tokens[start - 1].end) }
            if t > lo { processSpan(tokens, lo..<t, depth: depth + 1) }
        }
        addPerson(doc.tokens, start..<hi, descriptor: descriptor)
    }

    /// "Justus Akampulirwa of Kawempe division", "Hamuza Kasozi of Nansana Municipality": the
    /// name after "of" (`right`) is a local unit, named so by its unit noun.
    func isLocalUnitAfterOf(_ right: Range<Int>) -> Bool {
        let tokens = doc.tokens
        if right.count == 1, right.upperBound < tokens.count, tokens[right.upperBound].kind == .word,
            !tokens[right.upperBound].isCapitalized
        {
            return EntityRecognizer.localUnitNouns.contains(tokens, at: right.upperBound)
        }
        return right.count == 2 && !tokens[right.lowerBound].flags.contains(.common)
            && EntityRecognizer.localUnitNouns.contains(tokens, at: right.upperBound - 1)
    }
}

extension EntityMerger {
    /// Passive verbs whose subject is a person: "Mirza Abbas was arrested", "X was remanded".
    static let personPassives: WordSet = [
        "arrested", "remanded", "detained", "jailed", "imprisoned", "sentenced", "convicted", "acquitted", "abducted",
        "kidnapped", "murdered", "stabbed", "hospitalised", "hospitalized", "deported", "extradited", "elected",
        "appointed", "named",
    ]
    static let beForms: WordSet = ["was", "were", "is", "has", "had", "been"]
    static let asKey: WordSet = ["as"]

    /// A person's cue after a name: "X was arrested", "X has been remanded", "(the resignation of)
    /// X as president", "named X as foreign minister".
    func worldPersonEvidence(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        let view = tokens.span
        guard hi + 1 < tokens.count, view[hi].kind == .word, !view[hi].isCapitalized else { return false }
        if EntityMerger.beForms.contains(tokens, at: hi) {
            var k = hi + 1
            if k + 1 < tokens.count, view[k].key == "been" { k += 1 }
            guard view[k].kind == .word, EntityMerger.personPassives.contains(tokens, at: k) else { return false }
            // "was named after", "was elected to the board" said of a thing or a body: the verbs
            // of office need a title after them ("was named finance minister"), those of custody
            // stand alone.
            switch view[k].key {
            case "elected", "appointed", "named":
                guard k + 1 < tokens.count else { return false }
                return titleWithin(k + 1) || EntityMerger.asKey.contains(tokens, at: k + 1) && titleWithin(k + 2)
            default: return true
            }
        }
        // "as president", "as foreign minister": one or two lower-case words, the last a title.
        if EntityMerger.asKey.contains(tokens, at: hi) { return titleWithin(hi + 1) }
        return false
    }

    /// A lower-case title at `k` or after one lower-case word at `k`.
    private func titleWithin(_ k: Int) -> Bool {
        let view = doc.tokens.span
        guard k < view.count, view[k].kind == .word, !view[k].isCapitalized else { return false }
        if view[k].flags.contains(.title) { return true }
        return k + 1 < view.count && view[k + 1].kind == .word && !view[k + 1].isCapitalized && view[k + 1].flags.contains(.title)
            && !view[k].flags.contains(.nonName)
    }
}

extension EntityRecognizer {
    /// Lower-case nouns of a settlement whose "of" names it: "the community of Sunshine Park".
    static let settlementNouns58: WordSet = [
        "community", "village", "town", "city", "suburb", "neighbourhood", "neighborhood", "township", "hamlet",
        "settlement", "estate", "municipality",
    ]

    /// "the community of Sunshine Park", "the village of Grace Hill": a run after a settlement noun
    /// and "of" is the settlement, even when it opens with a given name.
    func isSettlementOf58(_ lo: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        return lo >= 2 && view[lo - 1].kind == .word && view[lo - 1].key == "of" && view[lo - 2].kind == .word
            && !view[lo - 2].isCapitalized && EntityRecognizer.settlementNouns58.contains(doc.tokens, at: lo - 2)
    }

    /// "a white 2017 Nissan Sentra", "a silver Toyota Corolla": a listed make and its model's
    /// name after a model year or a colour is one car, no entity.
    func isCarModel58(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        let view = tokens.span
        guard hi - lo == 2, lo > 0, !view[hi - 1].flags.contains(.orgHead), EntityRecognizer.carMakes46.contains(tokens, at: lo) else {
            return false
        }
        let before = view[lo - 1]
        if before.kind == .number {
            // A model year: four digits, 19xx or 20xx.
            let s = before.start
            return before.end - s == 4 && (doc.bytes[s] == 49 && doc.bytes[s + 1] == 57 || doc.bytes[s] == 50 && doc.bytes[s + 1] == 48)
        }
        return EntityRecognizer.carDescriptions46.contains(tokens, at: lo - 1)
    }
}

extension EntityRecognizer {
    /// "Ally Hamidu Ally (25)", "Nazrin (3) and Aaron (3)": an age in brackets right after a name,
    /// the way South Asian, African and Irish court and accident reports give it. One to three
    /// digits, the first not zero, and nothing else inside the brackets.
    func followedByBracketedAge58(_ hi: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard hi + 2 < view.count, view[hi].kind == .punct, doc.bytes[view[hi].start] == 40, view[hi].end - view[hi].start == 1,
            view[hi + 1].kind == .number, view[hi + 2].kind == .punct, doc.bytes[view[hi + 2].start] == 41
        else { return false }
        let s = view[hi + 1].start, e = view[hi + 1].end
        guard e - s <= 3, doc.bytes[s] >= 49, doc.bytes[s] <= 57 else { return false }
        for b in doc.bytes[s..<e] where b < 48 || b > 57 { return false }
        return true
    }

    static let aliasWords58: WordSet = ["alias", "aka", "a.k.a."]

    /// A lone word that may be a person's name before a bracketed age: capitalised, not in
    /// capitals, no common word, no listed name of a place or body, no head or title.
    func isLoneNameBeforeAge58(_ i: Int) -> Bool {
        let tokenList = doc.tokens
        let t = tokenList.span[i]
        guard t.kind == .word, t.isCapitalized, !t.isAllCaps, !t.isAbbreviation else { return false }
        // "Adam Roe, alias Rasta (24)": a nickname is no person of its own.
        if i > 0, EntityRecognizer.aliasWords58.contains(doc.tokens, at: i - 1) { return false }
        if t.flags.contains(.givenName) { return t.flags.isDisjoint(with: [.known, .orgHead, .placeHead, .policyHead, .title]) }
        return t.flags.isDisjoint(with: [.common, .known, .orgHead, .placeHead, .policyHead, .title, .titleWord, .nonName, .temporal])
    }
}
