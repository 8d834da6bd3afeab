/// Round sixteen: runs of capitals whose first part is a body or a place and whose last part is
/// something else (a person after a role, a body after a possessive place), lone names that a
/// compass phrase makes a place, and named storms.
extension EntityRecognizer {
    /// "Hurricane Dorian", "Typhoon Hagibis", "Tropical Storm Erin", "Cyclone Idai": a storm's
    /// name is none of the four types.
    static let stormWords: WordSet = ["hurricane", "typhoon", "cyclone", "tropical", "storm"]
    /// "the Doug Ford government", "the Joe Biden administration": a body named after its leader.
    static let leaderLedNouns: WordSet = ["government", "administration", "cabinet", "era", "regime", "presidency"]

    func isStormName(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        guard hi - lo >= 2, !tokens[lo].isAllCaps, WordSet.mayHold(Bits43.stormWords, tokens, at: lo), EntityRecognizer.stormWords.contains(tokens, at: lo)
        else { return false }
        // "Storm Shadow missiles" is a product; "Storm Ciara" a storm: either way no entity, but a
        // run that ends in a body's head ("Storm Prediction Center") is that body.
        return !isHead(.orgHead, tokens[hi - 1]) && !isHead(.placeHead, tokens[hi - 1])
    }

    /// "the Doug Ford government's decision": a given name and a surname after "the" and before
    /// a lower-case "government" are the leader, a person.
    func isLeaderBeforeGovernment(_ hi: Int) -> Bool {
        let tokens = doc.tokens
        return hi < tokens.count && tokens[hi].kind == .word && !tokens[hi].isCapitalized
            && EntityRecognizer.leaderLedNouns.contains(tokens, at: hi)
    }

    /// "Rural Fire Service Inspector Ben Shepherd", "the Presidential Office Andriy Yermak": a
    /// body's name, then a capitalised title (or the body's head word itself), then a two-word
    /// personal name. Returns where the body ends and where the person's name starts.
    func bodyThenPerson(_ lo: Int, _ hi: Int) -> (bodyEnd: Int, nameStart: Int)? {
        let tokens = doc.tokens
        guard hi - lo >= 3 else { return nil }
        let k = hi - 2
        // Flags read in place first (most runs fail here): a title or a head word before the
        // last two words, and two words that are neither heads nor listed names.
        let before = tokens[k - 1].flags
        guard before.contains(.title) || before.contains(.titleWord) || before.contains(.orgHead) else { return nil }
        let givenFlags = tokens[k].flags, surnameFlags = tokens[k + 1].flags
        let excluded: WordFlags = [.orgHead, .placeHead, .known]
        guard givenFlags.isDisjoint(with: excluded), surnameFlags.isDisjoint(with: excluded) else { return nil }
        let givenLooksGiven = givenFlags.contains(.givenName) && (!givenFlags.contains(.common) || givenFlags.contains(.surname))
        let bothUnlisted = givenFlags.isDisjoint(with: [.common, .givenName, .surname, .title, .titleWord])
            && !surnameFlags.contains(.common)
        guard givenLooksGiven || bothUnlisted, isNameShaped(tokens[k]), isNameShaped(tokens[k + 1]) else { return nil }
        // A capitalised title (or titles: "Deputy Commissioner") right before the name.
        var t = k
        while t > lo, isTitle(t - 1) || tokens[t - 1].flags.contains(.titleWord) && t < k { t -= 1 }
        if t < k {
            // The body before the title must end in a head word and hold two words at least.
            guard t - lo >= 2, isHead(.orgHead, tokens[t - 1]) else { return nil }
            return (t, k)
        }
        // No title: only a strong head right before a name with no given-name evidence of its own
        // ("Office Andriy Yermak"); a listed given name after a head is too often the body's own
        // name ("Tom Brown University" ends in a head, so it never reaches here).
        // A leading adjective may have been trimmed off already ("Presidential" of "the
        // Presidential Office …"): the head alone before the name is enough.
        guard k - lo >= 1, EntityRecognizer.strongOrgHeads.contains(tokens, at: k - 1) else { return nil }
        return (k, k)
    }

    /// "the UK's Office for National Statistics": a listed place and a possessive opening a run
    /// are the place, then the body.
    func possessivePlaceSplit(_ lo: Int, _ hi: Int) -> Int? {
        let tokens = doc.tokens
        guard hi - lo >= 3 else { return nil }
        var p = lo + 1
        while p < hi - 1, p - lo <= 3 {
            if tokens[p].kind == .possessive {
                return knownName(lo..<p)?.kind == .place ? p : nil
            }
            p += 1
        }
        return nil
    }

    /// "Rylstone, south of Mudgee": a lone unlisted name after "north of" … "west of", or before
    /// ", south of", is a place.
    func isCompassPlace(_ i: Int) -> Bool {
        let tokens = doc.tokens
        if i >= 2, tokens[i - 1].kind == .word, tokens[i - 1].key == "of", !tokens[i - 2].isCapitalized,
            EntityRecognizer.compassWords.contains(tokens, at: i - 2)
        {
            return true
        }
        return i + 3 < tokens.count && isComma(i + 1) && !tokens[i + 2].isCapitalized
            && EntityRecognizer.compassWords.contains(tokens, at: i + 2) && tokens[i + 3].key == "of"
    }

    /// "Sheikh Rashid", "Mullah Omar", "Ayatollah Ali Khamenei": an honorific that is part of how
    /// the person is named opens a personal name.
    static let nameHonorifics: WordSet = ["sheikh", "sheik", "shaikh", "mullah", "maulana", "ayatollah", "imam", "tengku", "tunku"]

    func isHonorificName(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        guard hi - lo >= 2, hi - lo <= 4, !tokens[lo].isAllCaps, EntityRecognizer.nameHonorifics.contains(tokens, at: lo)
        else { return false }
        return ((lo + 1)..<hi).allSatisfy { k in
            isNameShaped(tokens[k]) && !isHead(.orgHead, tokens[k]) && !isHead(.placeHead, tokens[k])
                && !EntityRecognizer.streetEnds.contains(tokens, at: k)
        } || ((lo + 1)..<hi).allSatisfy { k in isNameShaped(tokens[k]) || tokens[k].key == "bin" || tokens[k].key == "al" }
            && !isHead(.orgHead, tokens[hi - 1]) && !isHead(.placeHead, tokens[hi - 1])
    }

    /// "the top Senate Democrat", "House Republicans": a chamber and a party's member word
    /// (the split itself is `chamberPartySplit`, also used when spans are found).
    func isChamberAndMember(_ lo: Int, _ hi: Int) -> Bool { hi - lo == 2 && chamberPartySplit(doc.tokens, lo) != nil }

    /// "counties including Baker, Clay, Putnam and Union": the last two items of a list of places
    /// joined into one run by "and" are two places.
    func isPlaceListPair(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        guard hi - lo == 3, tokens[lo + 1].kind == .word, tokens[lo + 1].key == "and", lo >= 2, isComma(lo - 1),
            let before = mentions.last, before.type == .place, before.end == tokens[lo - 2].end
        else { return false }
        return isNameShaped(tokens[lo]) && isNameShaped(tokens[lo + 2])
    }

    /// "Chief Cabinet Secretary Jo Ito": a title, a word, then a capitalised title before the
    /// name is one long title, not a body ("Chief Cabinet").
    func isTitleOpening(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        return hi - lo == 2 && hi + 1 < tokens.count && isTitle(lo) && !tokens[lo].isAllCaps && tokens[hi].isCapitalized
            && isTitle(hi) && tokens[hi + 1].isCapitalized && !tokens[lo + 1].flags.contains(.known)
    }

    /// Prepositions after which a compass word and an unlisted name are a place ("in Lower Kabete").
    static let placeLocatives: WordSet = ["in", "near", "at", "from", "to", "outside"]

    /// "the northern edge of Lake Ardley", "near Mount Kerran": a lake or mountain word opening a
    /// two-word run after a preposition is a place's name, not a person's ("Lake" is a given name).
    static let placePrefixWords: WordSet = ["lake", "mount", "mt.", "cape"]
    static let placePrepositions: WordSet = ["of", "in", "near", "at", "to", "from", "on", "across", "towards", "toward", "around"]

    func isLakeOrMountName(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        return hi - lo == 2 && lo > 0 && !tokens[lo].isAllCaps && EntityRecognizer.placePrefixWords.contains(tokens, at: lo)
            && !tokens[lo - 1].isCapitalized && EntityRecognizer.placePrepositions.contains(tokens, at: lo - 1)
            && isNameShaped(tokens[lo + 1]) && !isHead(.orgHead, tokens[lo + 1])
    }

    /// "leading figures from the Coalition": a capitalised "Coalition" after "the", not opening a
    /// sentence, is a named alliance of parties.
    func isNamedCoalition(_ i: Int) -> Bool {
        let tokens = doc.tokens
        return i > 0 && tokens[i].key == "coalition" && !tokens[i].isAllCaps && !sentenceInitial.contains(i)
            && tokens[i - 1].kind == .word && tokens[i - 1].key == "the"
    }

    /// "in Lower Kabete", "near North Harlow": after a locative, a compass word and one unlisted
    /// name are a place's name. Kept out of line: inlined, it made `processSpan` copy tokens.
    @inline(never)
    func isCompassAndUnlistedName(_ lo: Int, _ k: Int) -> Bool {
        let tokens = doc.tokens
        return lo > 0 && !tokens[k].isAllCaps && tokens[k].flags.isDisjoint(with: [.known, .common, .givenName, .orgHead, .placeHead])
            && EntityRecognizer.placeLocatives.contains(tokens, at: lo - 1)
    }

    /// "Office of …", "Organisation for …": a head word takes its complement after "of" or "for"
    /// (an adjective before it then stays in the name: "International Organisation for Migration").
    @inline(never)
    func takesComplement(_ i: Int) -> Bool {
        let tokens = doc.tokens
        return tokens[i].kind == .word && (tokens[i].key == "of" || tokens[i].key == "for")
    }
}
