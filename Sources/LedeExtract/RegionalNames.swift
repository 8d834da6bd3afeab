/// Entities round twenty-one (entities21): places and policies in non-US drafting, each a class
/// seen in several outlets and countries (Philippine, Nigerian, Kenyan, Australian, US and Indian
/// articles of the seen pool and the round's own batch). Read from `classify`, `classifySingle`
/// and `findCitations`.
extension EntityRecognizer {
    /// Plural nouns that govern a list of place names: "the municipalities of A, B, and C",
    /// "in A, B and C counties".
    static let pluralPlaceNouns: WordSet = [
        "municipalities", "counties", "districts", "provinces", "states", "regions", "towns", "villages", "suburbs",
        "cities", "wards", "constituencies", "barangays", "lgas", "communities", "neighbourhoods", "neighborhoods",
        "townships", "parishes", "boroughs", "islands", "sub-counties", "municipals",
        "regencies", "subdistricts", "sub-districts", "hamlets", "rivers", "creeks",
        // South Asian divisions (entities round twenty-nine): "Motu, Kalimela and Padia blocks".
        "blocks", "mandals", "tehsils",
    ]
    /// Words between a list's names, and the "of" that opens one.
    static let listJoints: WordSet = ["of", "and", "or"]
    static let forKey: WordSet = ["for"]
    static let memberKeys: WordSet = ["member", "parliament"]
    /// Lower-case heads that make the capitalised name before them a site: "the Excel centre", "the
    /// ASK showground", "the Batasan Pambansa complex", "the Egerton-Njoro road".
    static let lowerSiteHeads: WordSet = [
        "road", "centre", "complex", "showground", "showgrounds", "estate", "stadium", "grounds", "highway",
        "bypass",
    ]
    /// Words that open a citation's number: "House Bill No. 8664", "Republic Act No. 11055".
    static let numberWords: WordSet = ["no.", "no", "number", "nos."]

    /// A lone name in a list that a plural place noun governs, before it ("the municipalities of
    /// Hermosa, Orani, and Abucay") or after it ("in Buncombe, Durham, Forsyth and Wake counties").
    /// The list holds only capitalised names of one or two words and their separators.
    func isPluralPlaceListMember(_ i: Int) -> Bool {
        let tokens = doc.tokens
        // Fields read in place through a `Span` (a copied token retains its key: speed round twenty-eight).
        let view = tokens.span
        // A list's neighbours first (a mask test for most words): the costly look-ups after.
        guard i > 0, i + 1 < tokens.count,
            isComma(i - 1) || isComma(i + 1) || EntityRecognizer.listJoints.contains(tokens, at: i - 1)
                || EntityRecognizer.listJoints.contains(tokens, at: i + 1) || EntityRecognizer.pluralPlaceNouns.contains(tokens, at: i + 1)
        else { return false }
        guard view[i].kind == .word, !view[i].flags.contains(.nonName), !EntityRecognizer.compassWords.contains(tokens, at: i),
            input.shared.known(view[i].key, hash: view[i].keyHash) == nil
        else { return false }
        let sentence = view[i].sentence
        // Backwards over the list to "of" after a plural place noun.
        var j = i - 1
        var names = 0
        while j > 1, names < 12, tokens[j].sentence == sentence {
            if view[j].kind == .word, view[j].key == "of" {
                if EntityRecognizer.pluralPlaceNouns.contains(tokens, at: j - 1), !tokens[j - 1].isCapitalized { return true }
                break
            }
            if isComma(j) || (view[j].kind == .word && view[j].key == "and") { j -= 1; continue }
            if view[j].kind == .word, !view[j].isCapitalized, isPlaceListOpener(j) { return true }
            guard view[j].kind == .word, view[j].isCapitalized else { break }
            names += 1
            j -= 1
        }
        // Forwards over the list to a lower-case plural place noun.
        j = i + 1
        names = 0
        var sawSeparator = false
        while j < tokens.count, names < 12, tokens[j].sentence == sentence {
            if isComma(j) || (view[j].kind == .word && (view[j].key == "and" || view[j].key == "or")) { sawSeparator = true; j += 1; continue }
            guard view[j].kind == .word else { return false }
            if !view[j].isCapitalized {
                // "Forsyth and Wake counties": the noun closes a list of two or more.
                return (sawSeparator || listBefore(i)) && EntityRecognizer.pluralPlaceNouns.contains(tokens, at: j)
            }
            names += 1
            j += 1
        }
        return false
    }

    /// True when a separator stands before the name: it is not the list's first member only.
    private func listBefore(_ i: Int) -> Bool {
        i > 0 && (isComma(i - 1) || doc.tokens[i - 1].key == "and")
    }

    /// The end of a site named by a capitalised name and a lower-case head after "the": "the Excel
    /// centre", "the Egerton-Njoro road"; nil when the name is a listed one, a person's or a body's.
    func lowerHeadSiteEnd(_ lo: Int, _ hi: Int) -> Int? {
        let tokens = doc.tokens
        guard hi < tokens.count, lo > 0, tokens[hi].kind == .word, !tokens[hi].isCapitalized,
            EntityRecognizer.lowerSiteHeads.contains(tokens, at: hi), tokens[hi].sentence == tokens[lo].sentence, !claimed[hi]
        else { return nil }
        // "the Mai Mahiu-Narok road", "along Thornton road" (`Places51.swift`).
        let road51 = isLowerHeadRoad51(lo, hi)
        guard tokens[lo - 1].key == "the" || road51 else { return nil }
        let first = tokens[lo], last = tokens[hi - 1]
        if (first.flags.contains(.givenName) && !road51) || first.flags.contains(.nonName) || last.flags.contains(.orgHead)
            || last.flags.contains(.policyHead) || last.flags.contains(.placeHead) || knownName(lo..<hi) != nil
        {
            return nil
        }
        // "the Government complex", "the Covid centre": a lone common word names no site.
        if hi - lo == 1, first.flags.contains(.common), !first.isAllCaps, !first.key.hasHyphenByte { return nil }
        return hi + 1
    }

    /// "House Bill No. 8664", "Republic Act No. 11055", "Executive Order No. 70", "Bill No. 14": a
    /// policy head (after at most one capitalised word), "No." and a number. Returns the last token.
    func numberedTitleEnd(_ i: Int) -> Int? {
        let tokens = doc.tokens
        var head = i
        if !tokens[i].flags.contains(.policyHead) { head = i + 1 }
        guard head + 2 < tokens.count, tokens[head].isCapitalized, tokens[head].flags.contains(.policyHead),
            EntityRecognizer.numberWords.contains(tokens, at: head + 1), tokens[head + 2].kind == .number,
            tokens[head + 2].sentence == tokens[i].sentence
        else { return nil }
        return head + 2
    }

    /// "the 1999 Constitution", "Kenya's 2010 constitution": a constitution named by its year.
    /// Returns the constitution's token.
    func yearConstitution(_ i: Int) -> Int? {
        let tokens = doc.tokens
        guard i > 0, i + 1 < tokens.count, tokens[i].kind == .number, tokens[i].key.utf8.count == 4,
            tokens[i + 1].kind == .word, tokens[i + 1].key == "constitution",
            tokens[i - 1].key == "the" || tokens[i - 1].kind == .possessive,
            let year = Int(tokens[i].key), year > 1700, year < 2100
        else { return nil }
        return i + 1
    }

    /// After a title's head, "(Repeal) Bill" or "(Amendment) Bill": a short bracketed capitalised
    /// part and a capitalised policy head; returns that head's token.
    func bracketedHeadEnd(after last: Int) -> Int? {
        let tokens = doc.tokens
        let open = last + 1
        guard open + 2 < tokens.count, tokens[open].key == "(", tokens[open + 1].isCapitalized,
            tokens[open].sentence == tokens[last].sentence
        else { return nil }
        var close = open + 1
        while close < tokens.count, close - open <= 4, tokens[close].key != ")" { close += 1 }
        guard close + 1 < tokens.count, close - open <= 4, tokens[close].key == ")", tokens[close + 1].isCapitalized,
            tokens[close + 1].flags.contains(.policyHead), !claimed[close + 1]
        else { return nil }
        return close + 1
    }

    /// Last words of a government fund's or mission's name: "the Public Transit Infrastructure Fund",
    /// "the Digital Agriculture Mission".
    static let fundMissionHeads: WordSet = ["fund", "mission"]
    /// Words that make a fund an organisation (an investor, a UN body, a charity) or a mission a
    /// diplomatic or UN one.
    static let organisationFundWords: WordSet = [
        "investment", "investments", "pension", "pensions", "wealth", "monetary", "capital", "equity", "hedge", "mutual",
        "venture", "ventures", "sovereign", "index", "superannuation", "endowment", "trust", "defense", "defence",
        "wildlife", "nature", "population", "children", "global", "international", "world", "united", "un", "partners",
        "permanent", "diplomatic", "trade", "assistance", "stabilization", "stabilisation", "support", "observer",
        "monitoring", "peacekeeping", "embassy", "high", "foreign", "rescue", "space", "apollo", "artemis", "lunar",
        "investors", "asset", "assets", "management", "growth", "opportunities", "opportunity", "income", "children's",
        "legal", "foundation", "charitable", "memorial", "scholarship",
    ]

    /// A run ending in "Fund" or "Mission" that names a government programme, not a body: two words
    /// or more, no listed name or demonym opening it, no word of an investor, charity or diplomatic
    /// mission, and for a mission no "to" or "of" after it ("the Mission to the UN").
    func isProgrammeFundOrMission(_ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo >= 2, WordSet.mayHold(Bits43.fundMissionHeads, doc.tokens, at: hi - 1),
            EntityRecognizer.fundMissionHeads.contains(doc.tokens, at: hi - 1)
        else { return false }
        let tokens = doc.tokens
        let last = tokens[hi - 1], first = tokens[lo]
        // "National Health Mission": a government's own adjective opens a programme (entities24).
        guard last.isCapitalized, !last.isAllCaps, !first.flags.contains(.known),
            !first.flags.contains(.nonName) || EntityRecognizer.governmentAdjectives.contains(tokens, at: lo),
            !first.flags.contains(.givenName), knownName(lo..<hi) == nil
        else { return false }
        for k in lo..<hi where tokens[k].kind == .possessive || EntityRecognizer.organisationFundWords.contains(tokens, at: k) {
            return false
        }
        if last.key == "mission", hi < tokens.count, tokens[hi].key == "to" || tokens[hi].key == "of" {
            return false
        }
        return true
    }

    /// Nouns before "in" that take a person: "confidence in Jo Roe", "a stake in …".
    static let personInNouns: WordSet = [
        "confidence", "trust", "faith", "interest", "belief", "believe", "believes", "believed", "stake", "role", "part",
        "invest", "invested", "investment", "star", "starring", "cast", "lead",
    ]

    /// Two unlisted capitalised words after a locative, or in a list that opens after one, name a
    /// place, not a person: "the hub in Toa Payoh", "in Bedok, Geylang Serai and Jalan Besar",
    /// "launched in Rose Bay". Neither word may be a listed name, the first no given name unless the
    /// second is a place head; no possessive or speech verb follows.
    func isLocativeTwoWordPlace(_ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo == 2, lo > 1 else { return false }
        let tokens = doc.tokens
        // The two words' fields read in place (a copy of a token retained its key).
        let view = tokens.span
        let a = view[lo].flags, b = view[lo + 1].flags
        guard view[lo].kind == .word, view[lo + 1].kind == .word, !view[lo].isAllCaps, !view[lo + 1].isAllCaps, !a.contains(.known), !b.contains(.known),
            !a.contains(.title), !a.contains(.titleWord), !b.contains(.nonName),
            !a.contains(.givenName) || b.contains(.placeHead), !b.contains(.orgHead), !b.contains(.policyHead),
            knownName(lo..<hi) == nil,
            // Right after the locative or a list's separator ("in The Economic Times" is an outlet).
            isComma(lo - 1) || (tokens[lo - 1].kind == .word && !tokens[lo - 1].isCapitalized)
        else { return false }
        if hi < tokens.count, tokens[hi].kind == .possessive || EntityRecognizer.speechVerbs.contains(tokens, at: hi) { return false }
        // Back over a list's earlier names to the locative: "in A, B and C D".
        var j = lo - 1
        var names = 0
        while j > 0, names < 8, view[j].sentence == view[lo].sentence {
            let w = tokens[j]
            if w.kind == .word, !w.isCapitalized {
                if w.key == "and" { j -= 1; continue }
                guard EntityRecognizer.locatives.contains(tokens, at: j) else { return false }
                return !EntityRecognizer.personInNouns.contains(tokens, at: j - 1)
            }
            guard isComma(j) || (w.kind == .word && w.isCapitalized) else { return false }
            // "In Tunisia, Jo Roe and …": a listed place before a comma opens a clause, not a list.
            if w.kind == .word, w.flags.contains(.known) { return false }
            if w.kind == .word { names += 1 }
            j -= 1
        }
        return false
    }

    /// Heads of bodies whose programme a lower-case "program" names by its owner, not by a title:
    /// "the State Government program", "a Football League programme".
    static let programmeOwnerHeads: WordSet = [
        "government", "league", "council", "party", "ministry", "department", "club", "committee", "commission",
        "administration",
    ]

    /// Titles of a member elected for a constituency: "Dadaab MP", "the Kibra MCA", "MLA for X".
    static let constituencyMemberTitles: WordSet = ["mp", "mps", "mla", "mlas", "mca", "mpp", "mha", "mna", "msp", "td"]

    /// A constituency named by its member: "Dadaab MP Farah Maalim" (the words before the title),
    /// "the Member for Hume", "Member of Parliament for Kluang", "MP for Gombak" (the words after
    /// "for"). The name must be no listed body (a party: "Labour MP"), no common word ("Backbench
    /// MP", "Nominated MP") and not in capitals ("ODM MP").
    func isConstituencyOfMember(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        // Not after "and": in "the Basildon and Billericay MP" the seat's first half was read as a run of its own.
        let before = hi < tokens.count && tokens[hi].isAllCaps && EntityRecognizer.constituencyMemberTitles.contains(tokens, at: hi)
            && (lo == 0 || tokens[lo - 1].key != "and")
        let after = lo >= 2 && WordSet.mayHold(Bits43.forKey, tokens, at: lo - 1) && EntityRecognizer.forKey.contains(tokens, at: lo - 1)
            && (tokens[lo - 2].isAllCaps && EntityRecognizer.constituencyMemberTitles.contains(tokens, at: lo - 2)
                || tokens[lo - 2].isCapitalized && EntityRecognizer.memberKeys.contains(tokens, at: lo - 2))
        guard before || after else { return false }
        for k in lo..<hi where tokens[k].kind == .word {
            let w = tokens[k]
            if w.isAllCaps || (w.isCapitalized && w.flags.contains(.common) && !w.flags.contains(.known)) || w.flags.contains(.title) {
                return false
            }
        }
        if let known = knownName(lo..<hi), known.kind != .place { return false }
        return !tokens[lo].flags.contains(.givenName) || hi - lo == 1 && tokens[lo].flags.contains(.city)
    }
}
