/// Entities round twenty-eight (organisations, second pass): a name no list knows that the article
/// shows doing what bodies do is an organisation, whatever its shape or the learned typer made
/// of it. Read once per article, after the learned stage, only for the unlisted groups typed a
/// place or a person; the cues are read around each of their mentions:
///
/// - an apposition naming a kind of business: "Kelvanta, a property developer, rose …",
///   "Zobrix, a Ghanaian fintech founded in 2019";
/// - that kind of business right before the name: "savings platform Zobrix", "the carmaker
///   Velotra", "restaurant platform, Zobrix";
/// - for a group typed a place only (a person makes statements too): "Kelvanta said in a
///   statement", "in a filing, Kelvanta said".
///
/// Round thirteen's cues (`NameEvidence.swift`) are not read here: ", which" and "it" follow
/// streets and villages as often ("Church Lane, which is steep"; measured: three places lost).
extension EntityMerger {
    /// Nouns that name a kind of business or body (singular; the plural is not an apposition's).
    static let businessNouns: WordSet = [
        "company", "firm", "group", "conglomerate", "developer", "producer", "maker", "carmaker", "automaker",
        "manufacturer", "lender", "bank", "insurer", "platform", "startup", "start-up", "fintech", "operator", "retailer",
        "airline", "broadcaster", "publisher", "newspaper", "daily", "tabloid", "website", "app", "channel", "provider",
        "miner", "telco", "subsidiary", "chain", "brand", "outlet", "distributor", "supplier", "exporter", "importer",
        "builder", "contractor", "consultancy", "insurtech", "utility", "refiner", "shipper", "carrier", "marketplace",
        "wholesaler", "broker", "brokerage", "investor", "owner", "charity", "ngo", "nonprofit", "non-profit",
    ]
    static let statementNouns: WordSet = ["statement", "filing", "release"]
    static let articles: WordSet = ["a", "an", "the"]

    /// Retypes the unlisted place and person groups an organisation's act names (see above).
    /// Called after the learned stage, which never sees place or person groups.
    @inline(never)
    func retypeByOrganisationActs(_ groups: inout [Group], _ raw: [RawMention]) {
        for g in groups.indices where !groups[g].members.isEmpty && (groups[g].type == .place || groups[g].type == .person) {
            let first = groups[g].members[0]
            guard raw[first].tokenCount <= 3 else { continue }
            var unlisted = true
            for i in groups[g].members where raw[i].isCanonical || raw[i].hasDescriptors49 {
                unlisted = false
                break
            }
            guard unlisted else { continue }
            let isPlace = groups[g].type == .place
            var organisation = false, person = false
            for i in groups[g].members {
                guard let lo = doc.tokenIndex(of: raw[i]) else { continue }
                let hi = lo + raw[i].tokenCount
                guard hi <= doc.tokens.count, doc.tokens[hi - 1].end == raw[i].end else { continue }
                // Listed places and given names keep their type: "Kenya, a market of …".
                if isPlace, raw[i].tokenCount == 1, !doc.tokens[lo].flags.isDisjoint(with: [.city, .state, .known]) {
                    person = true
                    break
                }
                // "Maria Kessler": a person whose first word is a listed given name stays a person.
                if !isPlace, doc.tokens[lo].flags.contains(.givenName) {
                    person = true
                    break
                }
                if actsAsBusiness(lo, hi, statements: isPlace) { organisation = true }
            }
            // "in Saitama Prefecture, the railroad operator …": a region by its head is no business (`Fixes16.swift`).
            if organisation, !person, !(isPlace && namesRegionByHead16(raw[first])) { groups[g].type = .agency }
        }
    }

    /// Whether the words around the mention `lo..<hi` name a business (see the file's comment).
    func actsAsBusiness(_ lo: Int, _ hi: Int, statements: Bool) -> Bool {
        let tokens = doc.tokens.span
        // "Kelvanta, a property developer,": an apposition of at most four words closed by a
        // business noun (then a comma, a participle or a preposition; not "a company official").
        if hi + 2 < tokens.count, tokens[hi].kind == .punct, tokens[hi].key == ",",
            EntityMerger.articles.contains(doc.tokens, at: hi + 1)
        {
            var k = hi + 2
            // "Ann Roe, a partner at the firm": the noun must close the apposition's own phrase.
            while k < tokens.count, k - hi <= 6, tokens[k].kind == .word, !EntityMerger.prepositions.contains(doc.tokens, at: k) {
                if EntityMerger.businessNouns.contains(doc.tokens, at: k) {
                    let next = k + 1
                    if next >= tokens.count || tokens[next].kind == .punct
                        || !EntityMerger.businessNouns.contains(doc.tokens, at: next) && !tokens[next].isCapitalized
                    {
                        return true
                    }
                }
                k += 1
            }
        }
        // "savings platform Zobrix", "restaurant platform, Zobrix": a lower-case business noun
        // right before the name.
        var b = lo - 1
        if b >= 0, tokens[b].kind == .punct, tokens[b].key == "," { b -= 1 }
        if b >= 0, tokens[b].kind == .word, !tokens[b].isCapitalized, EntityMerger.businessNouns.contains(doc.tokens, at: b) {
            return true
        }
        // "Kelvanta said in a statement": a body's statement (asked only of a place).
        if statements, hi + 4 < tokens.count, tokens[hi].key == "said", tokens[hi + 1].key == "in",
            EntityMerger.articles.contains(doc.tokens, at: hi + 2), EntityMerger.statementNouns.contains(doc.tokens, at: hi + 3)
        {
            return true
        }
        return false
    }
}

extension EntityRecognizer {
    /// "Liverpool collect £19m", "Owen joined Newcastle": in a sports story (the caller asked),
    /// a listed city not after a locative is its club, as a country is its national team. Not a
    /// city that is also a country or a state ("Singapore", "New York" as a state), which the
    /// country rule answers.
    @inline(never)
    func isCityClub(_ lo: Int, _ hi: Int) -> Bool {
        // "MELBOURNE, Jan 24 —": a dateline's city is where the story was filed.
        if doc.tokens[lo].isAllCaps { return false }
        // "a flat Multan stadium pitch": a city naming a site's place.
        if hi < doc.tokens.count, doc.tokens[hi].kind == .word, !doc.tokens[hi].isCapitalized, doc.tokens[hi].flags.contains(.placeHead) {
            return false
        }
        if hi - lo == 1 { return doc.tokens[lo].flags.contains(.city) && !doc.tokens[lo].flags.contains(.state) }
        return lexicon.has(.city, joinedKeys(lo..<hi))
    }
}

extension EntityRecognizer {
    /// "S&P Global", "AT&T", "R & A Telecom Group": an ampersand between capital letters inside a
    /// name. Glued to both, it joins them; spaced, only between two single capitals that a name
    /// word follows ("Q & A session" stays apart).
    @inline(never)
    func isLettersAmpersand(_ k: Int) -> Bool {
        let tokenList = doc.tokens
        let tokens = tokenList.span
        guard k > 0, k + 1 < tokens.count, tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized, tokens[k + 1].isCapitalized
        else { return false }
        // "the S&P 500": an index's number after the letters makes no body's name.
        if k + 2 < tokens.count, tokens[k + 2].kind == .number || tokens[k + 2].startsWithDigit { return false }
        // "AT&T": a function word's capitals ("AT") are cut from the run's start, which would leave "&T".
        // Round thirty-one: "Texas A&M" keeps its "A" (glued, after a name word, not the run's start).
        if tokens[k - 1].flags.contains(.nonName), !isGluedLetterAfterName(k) { return false }
        if tokens[k - 1].end == tokens[k].start, tokens[k].end == tokens[k + 1].start { return true }
        return tokens[k - 1].end - tokens[k - 1].start == 1 && tokens[k + 1].end - tokens[k + 1].start == 1
            && k + 2 < tokens.count && tokens[k + 2].isNameLike && tokens[k + 2].sentence == tokens[k].sentence
    }
}

extension EntityMerger {
    /// "tcs group holdings" → "tcs group": a company's short name drops "Holdings" with its
    /// legal form ("TCS Group" after "TCS Group Holdings Bhd") when two words remain.
    static func withoutHoldingsWord(_ key: String) -> String {
        guard key.hasBytesSuffix(" holdings") else { return key }
        let rest = String(key.utf8.dropLast(9))!
        return rest.utf8.contains(32) ? rest : key
    }
}

extension EntityRecognizer {
    /// "Menang Corp (M) Bhd", "Acme Holdings (S) Pte Ltd": a capital letter in parentheses
    /// between a company's words and its legal form is part of the name (the country's letter).
    @inline(never)
    func isBracketedLetterInName(_ k: Int) -> Bool {
        let tokenList = doc.tokens
        let tokens = tokenList.span
        guard k > 0, k + 3 < tokens.count, tokens[k].kind == .punct, tokens[k].end - tokens[k].start == 1,
            tokens[k + 1].kind == .word, tokens[k + 1].end - tokens[k + 1].start == 1, tokens[k + 1].isCapitalized,
            isPunct(k + 2, 41), tokens[k + 3].sentence == tokens[k].sentence
        else { return false }
        return EntityRecognizer.legalForms.contains(doc.tokens, at: k + 3)
    }
}
