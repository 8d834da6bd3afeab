/// Context around a run of capitals that says what it names: appositions, ages, a region after a
/// comma, sites, places used as teams in game stories.
extension EntityRecognizer {
    /// "Danaher, an industrial and medical device company based in …": the run before `hi` is
    /// followed by an apposition whose noun is a company's.
    func appositiveCompany(_ hi: Int) -> Bool {
        let tokens = doc.tokens
        guard hi + 2 < tokens.count, isComma(hi), EntityRecognizer.indefiniteArticles.contains(tokens, at: hi + 1) else { return false }
        var k = hi + 2
        while k < tokens.count, k - hi <= 8, tokens[k].kind == .word || tokens[k].key == "-", !tokens[k].isCapitalized || k == hi + 2 {
            if EntityRecognizer.companyNouns.contains(tokens, at: k) { return true }
            k += 1
        }
        return false
    }

    /// ", 18," or ", 18 of": an age in apposition.
    func followedByAge(_ hi: Int) -> Bool {
        let tokens = doc.tokens
        guard hi + 2 < tokens.count, isComma(hi), tokens[hi + 1].kind == .number, tokens[hi + 1].end - tokens[hi + 1].start <= 3,
            isComma(hi + 2)
        else { return false }
        return doc.bytes[tokens[hi + 1].start] >= 49 && doc.bytes[tokens[hi + 1].start] <= 57
    }

    /// "Bayfair Center in San Leandro": a building followed by "in" and a listed place is the site.
    func locatedIn(_ hi: Int) -> Bool {
        let tokens = doc.tokens
        guard hi + 1 < tokens.count, tokens[hi].kind == .word, !tokens[hi].isCapitalized, tokens[hi + 1].isCapitalized,
            EntityRecognizer.locatives.contains(tokens, at: hi), tokens[hi].key == "in"
        else { return false }
        return knownName((hi + 1)..<(hi + 2))?.kind == .place
            || (hi + 2 < tokens.count && knownName((hi + 1)..<(hi + 3))?.kind == .place)
    }

    /// "Indianola, Mississippi", "Bremerton, Wash.": the run before `hi` is followed by a comma and
    /// a US state or a known place, and that region ends the name ("Texas Republican" is no region).
    /// A city after the comma counts too: a check that excluded cities ("Brown, Jackson and Lee")
    /// had been inert since the lists became word flags, and making it live lost a true entity on
    /// the seen pool, so it was removed rather than revived (2026-11-30).
    func followedByRegion(_ hi: Int) -> Bool {
        let tokens = doc.tokens
        guard hi + 1 < tokens.count, isComma(hi), tokens[hi + 1].isCapitalized,
            !tokens[hi + 1].flags.isDisjoint(with: [.state, .known, .knownPrefix])
        else { return false }
        for n in 1...3 where hi + 1 + n <= tokens.count {
            let region = (hi + 1)..<(hi + 1 + n)
            if region.upperBound < tokens.count, tokens[region.upperBound].isNameLike { continue }
            // "Novartis, Europe's biggest drugmaker": a possessive region opens an apposition.
            if region.upperBound < tokens.count, tokens[region.upperBound].kind == .possessive { return false }
            if n == 1, tokens[hi + 1].flags.contains(.state), input.shared.state(tokens[hi + 1].key) != nil { return true }
            if knownName(region)?.kind == .place { return true }
        }
        return false
    }

    /// Whether the run starting at `i` follows a preposition naming a site ("at", "at the",
    /// "at Puyallup's").
    func isSite(_ i: Int) -> Bool {
        var k = i - 1
        if k >= 1, doc.tokens[k].kind == .possessive, doc.tokens[k - 1].isCapitalized { k -= 2 }
        if k >= 0, doc.tokens[k].key == "the" { k -= 1 }
        return k >= 0 && EntityRecognizer.sitePrepositions.contains(doc.tokens, at: k)
    }

    /// "Dallas-based carrier": the capitalised part before "-based" is a place.
    mutating func addPlaceAdjective(_ i: Int) -> Bool {
        // Every suffix opens with a hyphen: a key without one is ruled out before the token is
        // copied and the suffixes compared (about 1,000 instructions a word that way).
        let tokenList = doc.tokens
        guard tokenList.span[i].isCapitalized, tokenList.span[i].hyphens.contains(.inKey) else { return false }
        let t = doc.tokens[i]
        guard let suffix = EntityRecognizer.placeAdjectiveSuffixes.first(where: { t.key.hasBytesSuffix($0) }) else { return false }
        let end = t.end - suffix.utf8.count
        let name = Document.text(doc.bytes, t.start, end)
        let key = Lexicon.key(name)
        guard end > t.start, !key.utf8.contains(45) || input.shared.known(key) != nil else { return false }
        let mention = RawMention(type: .place, key: key, name: input.shared.known(key)?.canonical ?? name, start: t.start, end: end,
                                 sentence: t.sentence, tokenCount: 1)
        mention.isCanonical = input.shared.known(key) != nil
        push(mention, range: i..<(i + 1))
        return true
    }

    /// Whether a place name at `i` is a team: it follows "beating", "against", "lost to" … in a
    /// sentence about a game (a score such as "34-13", or "season", "opener", "game").
    func isOpponent(_ i: Int) -> Bool {
        let tokens = doc.tokens
        // "No. 8 Utah": a ranked place is a team.
        if i >= 2, tokens[i - 1].kind == .number, tokens[i - 2].key == "no." { return true }
        // "beat the Faroe Islands": a strong cue before "the" (not "to the", a journey's end).
        if i >= 2, tokens[i - 1].key == "the", EntityRecognizer.strongOpponentCues.contains(tokens, at: i - 2) { return isGameSentence(i) }
        guard i > 0, EntityRecognizer.opponentCues.contains(tokens, at: i - 1) else { return false }
        // "a shot to Australia's Alex De Minaur": after "to", a place's possessive tags a player's country.
        if tokens[i - 1].key == "to", i + 1 < tokens.count, tokens[i + 1].kind == .possessive { return false }
        // "trekking … to Kano over his victory": "to" names a team only in a sports story (a
        // "victory" of an election makes a game sentence too; entities round forty-four).
        if tokens[i - 1].key == "to", !isSportsArticle() { return false }
        return isGameSentence(i)
    }

    /// "Buffalo (1-2)": a won-lost record in parentheses after a place makes it a team.
    func followedByRecord(_ hi: Int) -> Bool {
        let tokens = doc.tokens
        guard hi + 2 < tokens.count, tokens[hi].kind == .punct, doc.bytes[tokens[hi].start] == 40, tokens[hi + 1].kind == .number,
            tokens[hi + 2].kind == .punct, doc.bytes[tokens[hi + 2].start] == 41
        else { return false }
        let key = tokens[hi + 1].key.utf8
        guard let dash = key.firstIndex(of: 45) else { return false }
        return key[..<dash].allSatisfy { $0 >= 48 && $0 <= 57 } && key[key.index(after: dash)...].allSatisfy { $0 >= 48 && $0 <= 57 }
            && !key[..<dash].isEmpty && key.count <= 7
    }

    /// "Utah 49, UCLA 3": a place right after a score line's number pair is a team. Round fifteen:
    /// a place next to a score is one too: "Gibraltar 0-3 France", "Belarus 3-2", "Scotland lost
    /// 1-0", "Northern Ireland's 3-2 victory" (the merger then types every mention of it a team).
    func isScoreLineTeam(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        if lo >= 2, isScore(lo - 1), tokens[lo - 2].isCapitalized { return true }
        if isSpacedScoreTeam(tokens, lo, hi) { return true }
        if hi < tokens.count, isScore(hi) { return true }
        if hi + 1 < tokens.count, isScore(hi + 1),
            tokens[hi].kind == .possessive || tokens[hi].kind == .word && !tokens[hi].isCapitalized && EntityRecognizer.resultVerbs.contains(tokens, at: hi)
        {
            return true
        }
        guard hi + 3 < tokens.count, tokens[hi].kind == .number, tokens[hi].key.utf8.count <= 3, tokens[hi + 1].key == ","
        else { return false }
        var k = hi + 2
        while k < tokens.count, k - hi < 6, tokens[k].isCapitalized { k += 1 }
        return k > hi + 2 && k < tokens.count && tokens[k].kind == .number && tokens[k].key.utf8.count <= 3
    }

    /// A score: two numbers of one or two digits joined by a hyphen ("0-3", "10-0"), not a range
    /// of years ("2020-21" has four digits before the hyphen).
    func isScore(_ k: Int) -> Bool {
        doc.tokens[k].kind == .number && isScoreShaped(doc.tokens[k].key, maxDigits: 2)
    }

    /// A sentence about a game: a score such as "34-13", or "season", "opener", "game".
    func isGameSentence(_ i: Int) -> Bool {
        let tokens = doc.tokens
        // Tokens read in place: a `Token` copied out of the array retains and releases its key.
        for k in doc.sentenceTokens[tokens[i].sentence] {
            if EntityRecognizer.gameWords.contains(tokens, at: k) { return true }
            if tokens[k].kind == .number, isScoreShaped(tokens[k].key, maxDigits: 3) { return true }
        }
        return false
    }

    /// "Jordan Henderson, Sadio Mane and Mohamed Salah", "goals from Richarlison and Gylfi
    /// Sigurdsson": an unlisted name next to a person in a list of names is one more person.
    func inPersonList(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        if lo > 2, isComma(lo - 1) || tokens[lo - 1].key == "and" {
            let before = tokens[lo - 1].key == "and" && isComma(lo - 2) ? lo - 3 : lo - 2
            if mentions.last.map({ $0.type == .person && $0.end == tokens[before].end }) == true { return true }
        }
        if hi + 2 < tokens.count, isComma(hi) || tokens[hi].key == "and", !tokens[hi + 1].isAllCaps, tokens[hi + 2].isCapitalized,
            !tokens[hi + 2].flags.contains(.orgHead), tokens[hi + 2].sentence == tokens[hi].sentence
        {
            // A capitalised given name: "in" and "an" are listed given names too ("Springwood, in
            // Logan" was a person's list; entities round forty-four).
            if tokens[hi + 1].flags.contains(.givenName), tokens[hi + 1].isCapitalized { return true }
            // "Richarlison and Gylfi Sigurdsson": two unlisted name-shaped words, no more, follow.
            let plain: WordFlags = [.common, .known, .orgHead, .placeHead, .city, .state]
            if tokens[hi + 1].flags.isDisjoint(with: plain), tokens[hi + 2].flags.isDisjoint(with: plain), !tokens[hi + 2].isAllCaps,
                hi + 3 == tokens.count || !tokens[hi + 3].isCapitalized
            {
                return true
            }
        }
        return false
    }

    /// "defending champion Novak Djokovic", "veteran politician Anerood Jugnauth", "the 33-year-old
    /// Marin Cilic", "74th-ranked Zheng Qinwen": a lower-case role noun (beyond the titles) or an
    /// age or rank adjective right before a name makes it a person's.
    func isPersonRole(_ i: Int) -> Bool {
        let tokens = doc.tokens
        guard tokens[i].kind == .word, !tokens[i].isCapitalized else { return false }
        if EntityMerger.personRoles.contains(tokens, at: i) { return true }
        let key = tokens[i].key
        return key.hasBytesSuffix("-year-old") || key.hasBytesSuffix("-ranked") || key.hasBytesSuffix("-seeded")
    }

    /// Head words that open an organisation's name in French, Spanish, Portuguese, Italian and
    /// German ("Mouvement Militant Mauricien", "Partido Popular", "Banco Santander"): the run is
    /// an organisation even when its other words look like a person's name.
    static let foreignOrgHeads: WordSet = [
        "parti", "partido", "partito", "partei", "mouvement", "movimiento", "movimento", "rassemblement", "frente", "fronte",
        "ligue", "congrès", "congreso", "alianza", "aliança", "bloque", "bloco", "unión", "união", "sociedad", "société",
        "compagnie", "compañía", "banco", "banque", "groupe", "grupo", "gruppo", "ministère", "ministerio", "instituto",
        "institut", "universidad", "université", "universität", "comité", "comisión", "agence", "agencia", "fundación",
        "fondation", "stiftung",
        // Round entities26: Malay and Indonesian heads open a body's name ("Barisan Nasional",
        // "Universiti Teknologi Mara", "Majlis Perbandaran …"); a Māori iwi ("Ngāti Apa").
        "barisan", "pakatan", "perikatan", "gabungan", "universiti", "universitas", "majlis", "jabatan", "kementerian",
        "lembaga", "persatuan", "yayasan", "partai", "angkatan", "ngāti", "ngati", "ngāi",
    ]
}

/// Two numbers of one to `maxDigits` digits joined by one hyphen: a score ("34-13", "0-3") or a
/// record ("9-3"); with `maxDigits` below 4, "2020-21" (a range of years) is none. The
/// recogniser's score cues and the merger's game-story test (`SportsTeams.swift`) read it.
func isScoreShaped(_ key: String, maxDigits: Int) -> Bool {
    let b = key.utf8.span
    guard b.count >= 3, b.count <= 2 * maxDigits + 1 else { return false }
    var dash = -1
    for i in b.indices {
        if b[i] == 45 {
            if dash >= 0 { return false }
            dash = i
        } else if b[i] < 48 || b[i] > 57 {
            return false
        }
    }
    return dash >= 1 && dash <= maxDigits && b.count - dash - 1 >= 1 && b.count - dash - 1 <= maxDigits
}
