/// Classification of one trimmed run of capitalised words (its look-ups: `SpanLookups.swift`).
extension EntityRecognizer {
    /// `tokens` is the document's token array, passed down by the caller (a parameter is
    /// borrowed; binding `doc.tokens` here retained it on each of about 19,000 calls a round).
    mutating func classify(_ tokens: [Token], _ span: Range<Int>) {
        // Fields read through a `Span`: in a function this long the array's getter is not inlined,
        // and `tokens[i].kind` copied the whole token (retaining its key) through it.
        let view = tokens.span
        // Indices, not copies: `view[k]` read in place, where a copied token retained its key
        // (two copies a run, about 26,000 a corpus round; speed round twenty-five).
        let fi = span.lowerBound, li = span.upperBound - 1
        var lo = span.lowerBound, hi = span.upperBound
        let count = hi - lo
        // "Agenda 2063", "the Plan of Action 2021-2025": a title its years close (`Policies23.swift`).
        if let end = yearTitledPlanEnd23(lo, hi) {
            addYearTitledPlan23(lo, hi, end: end)
            return
        }
        // "the National Housing Strategy": a strategy's title without its year (`Policies29.swift`).
        if count >= 2, isNamedPlanRun29(tokens, lo, hi) {
            addMention(.policy, name: nil, range: namedPlanStart29(tokens, lo)..<hi)
            return
        }
        // "Bay, Gulf, Liberty and Union counties": a common word in a list of places (`Places65.swift`).
        if count == 1, view[fi].flags.contains(.common) || view[fi].flags.contains(.nonName), isCommonWordListPlace65(fi) {
            addCommonWordListPlace65(lo)
            return
        }
        if isNonNameRun(lo, hi) { return }
        // Honorifics, competitions, product lines, currency codes (`NonOrganisations.swift`).
        if count > 1 ? mayBeNonOrganisationRun(tokens, lo, hi) : mayBeNonOrganisationWord(tokens, lo),
            classifyNonOrganisation(tokens, lo, hi)
        {
            return
        }
        // "FTSE 100", "the Hang Seng index": an index is no entity (`MarketIndexes.swift`).
        if isMarketIndex(lo, hi) { return }
        // "KwaZakhele Ward 18": a ward's number is part of its name (`WorldNames.swift`).
        if count >= 2, view[li].flags.contains(.placeHead), let end = wardNumberEnd(hi) {
            // "Former Ward 67 councillor …": a sentence's first common word is no part of it.
            let start = sentenceInitial.contains(lo) && view[fi].flags.contains(.common) && !view[fi].flags.contains(.placeHead) ? lo + 1 : lo
            addMention(.place, name: nil, range: start..<end)
            return
        }
        // "District 6", "Constituency 8": a numbered district (`Places63.swift`).
        if count == 1, let end = numberedDistrictEnd63(lo) {
            addMention(.place, name: nil, range: lo..<end)
            return
        }
        // Scheme names, Singapore constituencies, hospitals, portfolios (`InternationalNames.swift`).
        if let verdict = internationalNameVerdict(lo, hi) {
            if case .typed(let type) = verdict { addMention(type, name: nil, range: lo..<hi) }
            return
        }
        // "the Excel centre", "the Egerton-Njoro road": a site with a lower-case head (`RegionalNames.swift`).
        if let end = lowerHeadSiteEnd(lo, hi) {
            addMention(.place, name: nil, range: lo..<end)
            return
        }
        if isProgrammeFundOrMission(lo, hi) {
            addMention(.policy, name: nil, range: lo..<hi)
            return
        }
        if isConstituencyOfMember(lo, hi) {
            addMention(.place, name: knownName(lo..<hi)?.canonical, range: lo..<hi, canonical: knownName(lo..<hi) != nil)
            return
        }
        if isLocativeTwoWordPlace(lo, hi) {
            addMention(.place, name: nil, range: lo..<hi)
            return
        }
        // Round twenty-six (`WorldNames.swift`): "Kisumu East", "the Ashanti Regional Minister".
        if isListedPlaceAndCompass(lo, hi) || isSiteNamedAfterPerson(lo, hi) {
            addMention(.place, name: nil, range: lo..<hi)
            return
        }
        if let end = regionalTitlePlaceEnd(lo, hi) {
            addMention(.place, name: knownName(lo..<end)?.canonical, range: lo..<end, canonical: knownName(lo..<end) != nil)
            return
        }
        if let action = localPlaceAction(lo, hi) {
            switch action {
            case .place: addMention(.place, name: nil, range: lo..<hi)
            case .reclassify(let r): processSpan(tokens, r, depth: 1)
            case .personOfPlace(let person, let place): addLocalPersonAndPlace(person, place)
            }
            return
        }
        // A one-word run skips the rules below that need two words or more as a group: each is a
        // call whose code a one-word run (a third of all runs) evicted from the instruction cache
        // only to return false. New rules for any run still go outside the group.
        if count == 1 {
            if isNamedCoalition(lo) {
                addMention(.agency, name: nil, range: lo..<hi)
                return
            }
            // "Nazrin (3) and Aaron (3)": a lone name and a bracketed age (`WorldPersons58.swift`).
            if hi < tokens.count, view[hi].kind == .punct, followedByBracketedAge58(hi), isLoneNameBeforeAge58(lo) {
                // "Hooghly (8), Howrah (7) and …": a count by place, not an age (`Fixes16.swift`).
                if isInPlaceCountList16(lo) {
                    if lo > 0, !view[lo - 1].isCapitalized, view[lo - 1].kind != .number { addMention(.place, name: nil, range: lo..<hi) }
                    return
                }
                addPerson(tokens, lo..<hi, descriptor: nil)
                return
            }
        } else {
            // Round sixteen (`RoleAndPlaceSplits.swift`): storms, "the UK's Office for …", "… Service
            // Inspector Ben Shepherd".
            // "a white 2017 Nissan Sentra": a car (`WorldPersons58.swift`).
            if isStormName(lo, hi) || isTitleOpening(lo, hi) || isCarModel58(lo, hi) { return }
            // "N. Pakistan", "District Hafizabad": a place, not an initial or a title (`Fixes16.swift`).
            if count <= 3, takeHeadedOrAbbreviatedPlace16(lo, hi) { return }
            if count >= 3, let m = memberOfParliament(lo, hi) {
                classifyMemberOfParliament(lo, hi, at: m)
                return
            }
            if isLakeOrMountName(lo, hi) || isMountName(lo, hi) || isHeadFirstPlace(lo, hi) {
                addMention(.place, name: nil, range: lo..<hi)
                return
            }
            if isHonorificName(lo, hi) {
                addPerson(tokens, lo..<hi, descriptor: nil)
                return
            }
            if isChamberAndMember(lo, hi) {
                classify(tokens, lo..<(lo + 1))
                classify(tokens, (lo + 1)..<hi)
                return
            }
            if isPlaceListPair(lo, hi) {
                addMention(.place, name: nil, range: lo..<(lo + 1))
                addMention(.place, name: nil, range: (hi - 1)..<hi)
                return
            }
            if let p = possessivePlaceSplit(lo, hi) {
                classify(tokens, lo..<p)
                classify(tokens, (p + 1)..<hi)
                return
            }
            if let split = bodyThenPerson(lo, hi) {
                classify(tokens, lo..<split.bodyEnd)
                let title = split.bodyEnd < split.nameStart
                    ? Document.text(doc.bytes, view[split.bodyEnd].start, view[split.nameStart - 1].end) : nil
                addPerson(tokens, split.nameStart..<hi, descriptor: title)
                return
            }
        }
        if count >= 2, !view[fi].isAllCaps, EntityRecognizer.foreignOrgHeads.contains(tokens, at: lo) {
            addMention(.agency, name: nil, range: lo..<hi)
            return
        }
        // "Democrat Jane Roe", "Conservative Tom Hale": a listed party word before a given name is
        // the party, then the person.
        if count >= 3, view[lo + 1].flags.contains(.givenName), !view[lo + 1].isAllCaps, view[fi].flags.contains(.known),
            let party = knownName(lo..<(lo + 1)), party.kind == .agency, party.canonical.hasBytesSuffix(" Party")
        {
            addMention(.agency, name: party.canonical, range: lo..<(lo + 1))
            classify(tokens, (lo + 1)..<hi)
            return
        }
        // "Safe Drinking Water Act of 1974"; "Firearms Act 1968", "National Mineral Policy, 2019" (entities24).
        if view[li].flags.contains(.policyHead), count >= 2 || (hi + 1 < tokens.count && view[hi].key == "of"),
            let year = titleYear(after: hi)
        {
            let short = Document.text(doc.bytes, view[fi].start, view[li].end)
            hi = year + 1
            let mention = makeMention(.policy, name: Document.text(doc.bytes, view[fi].start, view[hi - 1].end), range: lo..<hi)
            mention.aliases = [short]
            // Keyed by the short title, so that "the Firearms Act" later is the same law.
            mention.key = Lexicon.key(short)
            push(mention, range: lo..<hi)
            return
        }
        if count >= 2, view[li].flags.contains(.policyHead) || (view[li].key == "amendment") {
            let end = policyRunEnd(lo, hi)
            if end > lo { addMention(.policy, name: nil, range: lo..<end) }
            return
        }
        // "the Monsoon Session" is an event, but "the Court of Session" is the court: a body's head
        // and "of" before the event word make it the body's name.
        if count >= 2, view[li].flags.contains(.eventHead),
            count < 3 || view[hi - 2].key != "of" || !isHead(.orgHead, view[hi - 3])
        {
            return
        }
        // "Brandon Smiles, 18, of Detroit": an age after a name makes it a person's.
        if count >= 2, count <= 4, !view[fi].isAllCaps, followedByAge(hi) || followedByBracketedAge58(hi),
            !tokens[span].contains(where: { $0.flags.contains(.orgHead) || $0.flags.contains(.placeHead) })
        {
            addPerson(tokens, lo..<hi, descriptor: nil)
            return
        }
        // "minister Amit Shah", "coach Mike Leach": a lower-case title right before names a person.
        if count >= 2, count <= 3, lo > 0, !view[lo - 1].isCapitalized, view[lo - 1].kind == .word,
            tokens[span].allSatisfy({ $0.isCapitalized && !$0.isAllCaps && $0.flags.isDisjoint(with: [.orgHead, .placeHead, .policyHead, .known]) }),
            isTitle(lo - 1) || isPersonRole(lo - 1)
        {
            addPerson(tokens, lo..<hi, descriptor: nil)
            return
        }
        // "company Saint-Gobain", "Danaher, an industrial … company": a company by its apposition.
        // "the water regulator Ofwat": a body's noun, the same way (`Agencies26.swift`).
        if (lo > 0 && view[lo - 1].kind == .word && !view[lo - 1].isCapitalized && view[lo - 1].flags.contains(.common)
            && (EntityRecognizer.companyNouns.contains(tokens, at: lo - 1)
                || (EntityRecognizer.bodyAppositions26.contains(tokens, at: lo - 1) && isBodyApposition26(lo, hi))))
            || appositiveCompany(hi)
        {
            addMention(.agency, name: nil, range: lo..<hi)
            return
        }
        // "the Oakland County Transit plan": a name run that qualifies a lower-case plan or
        // programme is that plan's name, unless the run is an organisation's.
        if count >= 2, hi < tokens.count, EntityRecognizer.namedPlanNouns.contains(tokens, at: hi),
            !view[li].flags.contains(.orgHead), !view[fi].flags.contains(.givenName), knownName(lo..<hi) == nil, !claimed[hi]
        {
            addMention(.policy, name: nil, range: lo..<(hi + 1))
            return
        }
        // "Detroit Tigers": a place and a plural name is a team.
        if count >= 2, count <= 3, input.shared.known(view[fi].key)?.kind == .place, view[li].key.hasBytesSuffix("s"), !view[li].isAllCaps,
            !view[li].flags.contains(.surname)
        {
            addMention(.agency, name: nil, range: lo..<hi)
            return
        }
        // "Greater Manchester", "Greater Toronto": a metropolitan area named after its city.
        if count >= 2, view[fi].key == "greater", knownName((lo + 1)..<hi)?.kind == .place {
            addMention(.place, name: nil, range: lo..<hi)
            return
        }
        // "TCAS II", "MAX 8": an acronym with a version is a product or system, not a name.
        if count == 2, view[fi].isAllCaps, EntityRecognizer.nameSuffixes.contains(tokens, at: li) { return }
        // A building named as a site: "at Trafford General Hospital", "at the Cathedral of …".
        if count >= 2, EntityRecognizer.siteHeads.contains(tokens, at: li)
            || (count >= 3 && EntityRecognizer.siteHeads.contains(tokens, at: fi) && view[lo + 1].key == "of"),
            isSite(lo) || locatedIn(hi)
                // "voted to close Bach Elementary School": a building that is closed, built or evacuated.
                || (lo > 0 && !view[lo - 1].isCapitalized && EntityRecognizer.buildingVerbs.contains(tokens, at: lo - 1))
        {
            addMention(.place, name: nil, range: lo..<hi)
            return
        }
        // "St." (Saint) is no initial: "St. Clair Avenue" is no person's name.
        let hasInitials = tokens[span].contains { $0.isAbbreviation && $0.key.utf8.count <= 3 && $0.isCapitalized && $0.key != "st." }
            || (EntityRecognizer.nameSuffixes.contains(tokens, at: li) && !view[fi].isAllCaps)
            || (count == 2 && view[fi].isAllCaps && hasBareInitials(lo, hi))
        // "America" and "Georgia" are given names too; a place opening a run is seldom one. A town
        // named like a person ("Tyler", "Brandon") before a surname or an unlisted word is the person;
        // with two words ("Chad Entzel", "Jordan Spieth") a country or state named like a person too.
        // "ANTHONY ALBANESE, PRIME MINISTER:": a transcript's speaker in capitals.
        var givenFirst = false
        if view[fi].flags.contains(.givenName) {
            givenFirst = !view[fi].isAllCaps
                || (count <= 3 && tokens[span].allSatisfy { $0.isAllCaps && !$0.isAbbreviation }
                    && !tokens[span].contains { isHead(.orgHead, $0) || isHead(.placeHead, $0)
                        || $0.flags.contains(.common) && !$0.flags.contains(.surname) && !$0.flags.contains(.givenName) })
            if givenFirst, view[fi].flags.contains(.known), input.shared.known(view[fi].key)?.kind == .place {
                givenFirst = (count == 2 || view[fi].flags.contains(.city) && !view[fi].flags.contains(.state))
                    && (view[li].flags.contains(.surname) || !view[li].flags.contains(.common)) && !view[li].flags.contains(.orgHead)
            }
        }
        // "Meta Platforms", "Goldman Sachs Bankers": a plural common noun ends no personal name.
        let pluralNounLast = count >= 2 && view[li].key.hasBytesSuffix("s") && view[li].flags.contains(.common)
            && !view[li].flags.contains(.surname) && !view[li].flags.contains(.givenName)
        // "County Court-at-Law": a hyphenated last word that opens with a head word ends an organisation.
        let hyphenHead = count >= 2 && !view[li].flags.contains(.orgHead) && view[li].hyphens.contains(.inKey)
            && view[li].key.split(separator: "-").first.map { lexicon.has(.orgHead, String($0)) } == true
        // "three Chevrolet Tahoes": a counted plural of names is a product line, not a name.
        // "No. 4 Stefanos Tsitsipas" is a ranking, not a count.
        if count >= 2, lo > 0, !view[li].flags.contains(.surname), !view[li].flags.contains(.known), !view[li].flags.contains(.orgHead),
            !view[li].flags.contains(.placeHead), view[li].key.hasBytesSuffix("s"),
            view[lo - 1].kind == .number && !(lo >= 2 && view[lo - 2].key == "no.")
                || (!view[lo - 1].isCapitalized && EntityRecognizer.smallNumbers.contains(tokens, at: lo - 1))
        {
            return
        }
        // "inside the Camp Nou": "the" comes before no person's name; after a site preposition it is a place.
        let afterThe = count >= 2 && lo > 0 && !view[lo - 1].isCapitalized && EntityRecognizer.theKey.contains(tokens, at: lo - 1)
        if afterThe, count >= 2, lo >= 2, EntityRecognizer.buildingPrepositions.contains(tokens, at: lo - 2), !hyphenHead,
            !tokens[span].contains(where: { isHead(.orgHead, $0) || isHead(.policyHead, $0) }), !followedByAcronym(hi)
        {
            addMention(.place, name: nil, range: lo..<hi)
            return
        }
        // "Jane Street", "St. Clair Avenue West": a run ending in a street word (or a street word and
        // a compass point) is a street even when it opens with a given name, unless a title before
        // it names a person ("Sen. Jo Street").
        if count >= 2, givenFirst || hasInitials || EntityRecognizer.compassWords.contains(tokens, at: hi - 1),
            EntityRecognizer.streetEnds.contains(tokens, at: hi - 1)
                || count >= 3 && EntityRecognizer.compassWords.contains(tokens, at: hi - 1) && EntityRecognizer.streetEnds.contains(tokens, at: hi - 2),
            !(lo > 0 && isTitle(lo - 1))
        {
            addMention(.place, name: nil, range: lo..<hi)
            return
        }
        let strongOrgEnd = hyphenHead || EntityRecognizer.companySuffixes.contains(tokens, at: li)
            || EntityRecognizer.strongOrgHeads.contains(tokens, at: li)
        let headEnd = view[li].flags.contains(.orgHead) || view[li].flags.contains(.placeHead)
        let orgEnd = headEnd && !view[li].flags.contains(.surname)
        let orgEndSurname = headEnd && view[li].flags.contains(.surname)
        if count >= 2, count <= 4, (givenFirst || hasInitials), !strongOrgEnd, !orgEnd, !pluralNounLast,
            !afterThe || (count == 2 && givenFirst && isLeaderBeforeGovernment(hi)),
            // "the community of Sunshine Park" (`WorldPersons58.swift`).
            !(givenFirst && orgEndSurname && isSettlementOf58(lo)),
            !tokens[span].dropLast().contains(where: { isHead(.orgHead, $0) && !$0.flags.contains(.givenName) })
        {
            addPerson(tokens, lo..<hi, descriptor: nil)
            return
        }
        if view[li].flags.contains(.orgHead) || hyphenHead || (count >= 3 && view[fi].flags.contains(.orgHead) && view[lo + 1].key == "of")
            || (count >= 2 && followedByAcronym(hi))
        {
            // "the City", "his Government": a lone capitalised common head word names nothing by
            // itself, except a body there is one of ("the state Legislature").
            if count == 1 && !view[fi].isAllCaps && view[fi].flags.contains(.common) {
                if EntityRecognizer.uniqueBodies.contains(tokens, at: fi) { addMention(.agency, name: nil, range: lo..<hi) }
                return
            }
            if count == 1 && !view[fi].isAllCaps { addWeak(lo); return }
            addMention(.agency, name: nil, range: lo..<hi)
            return
        }
        if count >= 2, view[li].flags.contains(.placeHead) {
            // "against Norwich City" in a game story: a city and "City" is the club.
            if view[li].key == "city", knownName(lo..<(hi - 1))?.kind == .place, isOpponent(lo) || isScoreLineTeam(lo, hi) {
                addMention(.agency, name: nil, range: lo..<hi)
                return
            }
            addMention(.place, name: nil, range: lo..<hi)
            return
        }
        if count == 1 {
            if view[fi].flags.contains(.placeHead), !view[fi].isAllCaps, view[fi].flags.contains(.common), !view[fi].flags.contains(.known),
                !(hi < tokens.count && view[hi].kind == .number)
            {
                return
            }
            classifySingle(tokens, lo)
            return
        }
        // "in Helena-West Helena, Arkansas"; "Douala's New Bell neighborhood"; "the town of New
        // Haven": a place by its context.
        if followedByRegion(hi) || (lo >= 2 && view[lo - 1].key == "of" && EntityRecognizer.placeNouns.contains(tokens, at: lo - 2)) || (hi < tokens.count && view[hi].kind == .word && !view[hi].isCapitalized
            && view[hi].flags.contains(.common) && EntityRecognizer.placeNounsAfterRun.contains(tokens, at: hi))
        {
            addMention(.place, name: nil, range: lo..<hi)
            return
        }
        // "Southern California Edison", "Detroit Edison": a place opening a run without a head
        // names a company after the place.
        if let placeEnd = lastKnownPlaceEnd(from: lo, before: hi), placeEnd < hi,
            !(placeEnd..<hi).contains(where: { tokens[$0].flags.contains(.title) })
        {
            // "Burbank OKs Budget" in a headline: the listed place, then the headline's words.
            if inTitleCaseLine(lo) {
                classify(tokens, lo..<placeEnd)
                return
            }
            addMention(.agency, name: nil, range: lo..<hi)
            return
        }
        // A known place opening an unknown run: "Detroit Councilmember…" was split above; here
        // "Michigan Avenue"-like runs without heads stay whole.
        // "Office for Road Safety", "Institute for Fiscal Studies": after a head word "for" joins a
        // body's formal name as "of" does.
        let firstIsOrgHead = view[fi].flags.contains(.orgHead)
        if tokens[span].contains(where: { $0.key == "of" || $0.key == "for" && firstIsOrgHead }) {
            // "Jordan Novet of CNBC.com": a reporter's name, "of" and the outlet's web address.
            if count >= 4, view[hi - 2].key == "of", isWebAddress(view[li]) {
                classify(tokens, lo..<(hi - 2))
                classifySingle(tokens, hi - 1)
                return
            }
            let before = mentions.count
            addMention(.agency, name: nil, range: lo..<hi)
            markRule(TypingRule.ofRun, since: before)
            return
        }
        // An unknown run of two or three name-shaped words is most often a person's name; a run
        // ending in a common word ("Explorer SUVs", "Ford Model") is more often a product.
        let lastIsNameWord = view[li].flags.contains(.surname) || !view[li].flags.contains(.common)
            || isSurnameAndTwoSyllables(lo, count: count)
        // "Goldman Sachs economists", "Ford workers": a name modifying a plural noun is an
        // organisation far more often than a person.
        let modifiesPlural = hi < tokens.count && view[hi].kind == .word && !view[hi].isCapitalized
            && view[hi].key.hasBytesSuffix("s") && view[hi].flags.contains(.common)
            && !EntityRecognizer.thirdPersonVerbs.contains(tokens, at: hi)
        let hasFunctionWord = tokens[span].contains { $0.isCapitalized && EntityRecognizer.functionWords.contains($0.key) }
        // "New Federal-Provincial Funding Agreement Will Keep Toronto Moving": in a headline an
        // unlisted run without a head word or a given name is no name.
        if inTitleCaseLine(lo) { return }
        if count <= 3, !view[fi].isAllCaps, lastIsNameWord || (count == 2 && inPersonList(lo, hi)), !modifiesPlural, !hasFunctionWord, !afterThe,
            allNameShaped(span)
        {
            let before = mentions.count
            addPerson(tokens, lo..<hi, descriptor: nil)
            markRule(TypingRule.shapePerson, since: before)
            return
        }
        // Trim a sentence-initial word and try again.
        if sentenceInitial.contains(lo), view[fi].flags.contains(.common), !view[fi].flags.contains(.surname), !hasFunctionWord {
            lo += 1
            classify(tokens, lo..<hi)
            return
        }
        if followedByProductNoun(hi) { return }
        // "Google SEO", "the Login SDK": a trailing term such as SEO or SDK is no part of a name.
        if count >= 2, view[li].isAllCaps, lexicon.has(.nonEntityAcronym, String(view[li].bare).replacingDots()) {
            classify(tokens, lo..<(hi - 1))
            return
        }
        let before = mentions.count
        addMention(.agency, name: nil, range: lo..<hi)
        markRule(TypingRule.fallbackRun, since: before)
    }
}
