/// Classification of a lone capitalised word: its neighbours, its shape and the lists decide
/// whether it names anything (most lone words are sentence capitals or parts of no name).
extension EntityRecognizer {
    /// `viewTokens` is the document's token array, passed down by `classify` (a parameter is
    /// borrowed; binding `doc.tokens` here retained it on each of about 10,500 calls a round).
    mutating func classifySingle(_ viewTokens: [Token], _ i: Int) {
        // Fields read in place through a `Span`: `let t = doc.tokens[i]` copied the token
        // (its key retained and released) about 20,000 times a round (speed round twenty-eight).
        let view = viewTokens.span
        if isMarketIndex(i, i + 1) { return }
        // Gated inline on the word's stored fields: most lone words skip the call.
        if mayBeNonOrganisationWord(viewTokens, i), classifyNonOrganisation(viewTokens, i, i + 1) { return }
        // "MarketWatch.com", "Salon.com": a capitalised web address names its outlet, never a place.
        if isWebAddress(view[i]) {
            addMention(.agency, name: nil, range: i..<(i + 1))
            return
        }
        if addPlaceAdjective(i) { return }
        // "his wife Maggie", "their son, Paul": kin before a lone given name.
        if view[i].flags.contains(.givenName), !view[i].isAllCaps, i > 0,
            EntityRecognizer.kinNouns.contains(viewTokens, at: i - 1)
                || (i > 1 && view[i - 1].key == "," && EntityRecognizer.kinNouns.contains(viewTokens, at: i - 2))
        {
            addPerson(viewTokens, i..<(i + 1), descriptor: nil)
            return
        }
        // "goalkeeper Alisson", "midfielder Fabinho": a lone unlisted name after a lower-case title.
        if i > 0, !view[i].isAllCaps, !view[i].flags.contains(.common), !viewTokens[i - 1].isCapitalized, viewTokens[i - 1].kind == .word,
            isTitle(i - 1) || isPersonRole(i - 1), input.shared.known(view[i].key, hash: view[i].keyHash) == nil
        {
            addPerson(viewTokens, i..<(i + 1), descriptor: nil)
            return
        }
        if input.shared.known(view[i].key, hash: view[i].keyHash)?.kind == .place, isOpponent(i) || isScoreLineTeam(i, i + 1) || followedByRecord(i + 1)
            || playsInGame(i) || takesTeamPluralVerb(i, i + 1) || isCountryTeam(i, i + 1)
        {
            addMention(.agency, name: input.shared.known(view[i].key, hash: view[i].keyHash)?.canonical, range: i..<(i + 1))
            return
        }
        // "Brown v. Entertainment Merchants Association": a surname that names a party to a case.
        if view[i].flags.contains(.surname), i + 1 < viewTokens.count, view[i + 1].key == "v." || view[i + 1].key == "vs." {
            addPerson(viewTokens, i..<(i + 1), descriptor: nil)
            return
        }
        if let known = input.shared.known(view[i].key, hash: view[i].keyHash) {
            addMention(known.kind == .place ? .place : known.kind == .agency ? .agency : .policy, name: known.canonical,
                       range: i..<(i + 1), canonical: true)
            return
        }
        // "Tchiroma's hometown", "Okafor's wife": a lone name whose kin or hometown is mentioned is a person's.
        if i + 2 < viewTokens.count, viewTokens[i + 1].kind == .possessive, !view[i].isAllCaps,
            EntityRecognizer.kinNouns.contains(viewTokens, at: i + 2) || EntityRecognizer.personalNouns.contains(viewTokens, at: i + 2)
        {
            addPerson(viewTokens, i..<(i + 1), descriptor: nil)
            return
        }
        if let state = input.shared.state(view[i].key), view[i].key.count > 2 || view[i].isAbbreviation {
            addMention(.place, name: state, range: i..<(i + 1), canonical: true)
            return
        }
        if view[i].isAllCaps {
            let bare = String(view[i].bare).replacingDots()
            if input.shared.has(.nonEntityAcronym, bare) || input.shared.has(.nonEntityAcronym, String(bare.dropLast()))
                && bare.hasBytesSuffix("s")
            {
                return
            }
            if let state = stateCodeAfterComma(i) {
                addMention(.place, name: state, range: i..<(i + 1), canonical: true)
                return
            }
            if isTicker(i) || isShoutedCommonWord(i) || isParenthesisedTicker(i) { return }
            // "HENN: Most of the profit …": a shouted speaker's label at a line's start is the
            // surname of someone the transcript names (joined by the merger), or nothing.
            if i + 1 < viewTokens.count, viewTokens[i + 1].kind == .punct, doc.bytes[viewTokens[i + 1].start] == 58,
                i == 0 || lineBreakBefore(i), viewTokens[i].end - viewTokens[i].start >= 4
            {
                addWeak(i)
                return
            }
            let before = mentions.count
            addMention(.agency, name: nil, range: i..<(i + 1))
            markRule(TypingRule.capsFallback, since: before)
            return
        }
        if view[i].flags.contains(.nonName) || isTitle(i) { return }
        // "Trump-backed", "Democratic-controlled": a compound adjective (its listed part is a mention).
        if !view[i].isAllCaps, view[i].hyphens.contains(.inKey), isCompoundAdjective(i) {
            addCompoundPrefix(i)
            return
        }
        // "the King's Coronation", "the Olympics": an event's name is none of the four types.
        if view[i].flags.contains(.eventHead), view[i].flags.contains(.common) { return }
        // "Torontonians", "Chicagoans": the people of a place.
        if !view[i].isAllCaps, view[i].key.hasBytesSuffix("ians") || view[i].key.hasBytesSuffix("oans") || view[i].key.hasBytesSuffix("eans") { return }
        // "Londoners", "Marylanders": the people of a listed place.
        if isPlaceDemonym(i) { return }
        // "Franco-German", "Sino-American": a compound of nationalities names nothing.
        // The closure reads the lists through `SharedLexicon` (one reference, not a copy of them).
        if view[i].hyphens.contains(.inKey), case let shared = input.shared,
            view[i].key.split(separator: "-").allSatisfy({ EntityRecognizer.demonymPrefixes.contains($0) || shared.has(.nonName, String($0)) })
        {
            return
        }
        // "a victory over Stanford" in a game story: a name off the lists is the opposing team,
        // unless it is the surname of someone already named ("against Brees").
        if i > 0, EntityRecognizer.strongOpponentCues.contains(viewTokens, at: i - 1), !view[i].isAllCaps, isGameSentence(i),
            !namedEarlier(view[i].key)
        {
            addMention(.agency, name: nil, range: i..<(i + 1))
            return
        }
        // "his hometown Garoua", "Indianola, Mississippi", "Harcourt Avenue, Sidcup", "the 14900
        // block of Tireman", "San Juan and McNichols": a lone name that its neighbours make a place.
        if (i > 0 && !viewTokens[i - 1].isCapitalized && EntityRecognizer.placeNounsBefore.contains(viewTokens, at: i - 1))
            || (i > 2 && viewTokens[i - 1].kind == .word && view[i - 1].key == "of" && view[i - 2].key == "block"
                && viewTokens[i - 3].kind == .number)
            || (i > 1 && viewTokens[i - 1].kind == .word && view[i - 1].key == "and" && mentions.last.map {
                $0.type == .place && $0.end == viewTokens[i - 2].end } == true)
            || followedByRegion(i + 1) || isCompassPlace(i) || isListOrLocativePlace(i) || isPluralPlaceListMember(i) || isPlaceBeforeLocalOffice(i)
            || isLoneNameByPlaceWord(i) || isShireName(i)
            || (i > 1 && isComma(i - 1) && viewTokens[i - 2].isCapitalized && isHead(.placeHead, viewTokens[i - 2])
                && EntityRecognizer.streetHeads.contains(viewTokens, at: i - 2))
        {
            addMention(.place, name: nil, range: i..<(i + 1))
            return
        }
        // A lone letter ("S" of "S&P 500") names nothing.
        if view[i].bare.utf8.count == 1 { return }
        // "H20", "F-150", "COVID-19": model and product codes name none of the four types.
        if view[i].key.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) { return }
        // "Interstate 5", "Highway 101": a numbered road is a place; "Game 5", "Flight 370" are labels.
        if i + 1 < viewTokens.count, viewTokens[i + 1].kind == .number, viewTokens[i + 1].sentence == view[i].sentence {
            if EntityRecognizer.numberedRoads.contains(view[i]), !claimed[i + 1] { addMention(.place, name: nil, range: i..<(i + 2)) }
            else if let end = wardNumberEnd(i + 1) { addMention(.place, name: nil, range: i..<end) }
            return
        }
        if followedByProductNoun(i + 1) { return }
        // "Acme's shares fell", "Acme CEO Jo Smith": a company though it may also be "said" to speak.
        if hasCompanyEvidence(i) {
            addMention(.agency, name: nil, range: i..<(i + 1))
            return
        }
        if !view[i].isAllCaps, !view[i].flags.contains(.common), inPersonList(i, i + 1) {
            addPerson(viewTokens, i..<(i + 1), descriptor: nil)
            return
        }
        addWeak(i)
    }
}
