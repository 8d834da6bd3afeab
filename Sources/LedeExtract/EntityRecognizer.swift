/// Finds entity mentions: the dateline, policies, then capitalised spans classified by word
/// lists and context.
struct EntityRecognizer {
    /// The document and the word lists, behind one reference: the recogniser is copied to the
    /// stack whenever a mutating method calls a non-mutating one, and inline they made it 368
    /// bytes (a `memcpy` each time, about 26 M instructions a corpus round).
    let input: RecognizerInput
    @inline(__always) var doc: Document { input.doc }
    @inline(__always) var lexicon: Lexicon { input.shared.lexicon }
    var claimed: [Bool]
    var mentions: [RawMention] = []
    /// Described policies of each family that the text has introduced as separate ones.
    var describedInstances: [String: Int] = [:]
    /// Token index where each sentence's first word is, to tell sentence capitals from names.
    var sentenceInitial: SentenceStarts
    /// Capitalised common words of title-case lines ("Mayor Accepts City Council Budget"): read as
    /// lower case. Empty when the text has no such line.
    var demoted: [Bool] = []
    /// Sentences found to be title-case lines (empty when there is none).
    var titleCaseSentences: [Int] = []
    /// Tokens before this index form a title-case headline that runs into the first sentence.
    var headlineEnd = 0
    /// Indices of names right after a locative (`LocalPlaces.swift`), collected on first use.
    var locativeNames: [Int]? = nil
    /// Shapes of policy round thirteen the token walk saw (`Policies13.swift`), for its late pass.
    var policies13Seen: UInt8 = 0
    /// A party's branch in a UK nation was named (`Agencies75.swift`): its late pass runs.
    var nationParties75 = false
    /// Keys of words written capitalised somewhere other than a sentence's start.

    init(doc: Document, lexicon: Lexicon) { self.init(doc: doc, shared: SharedLexicon(lexicon)) }

    init(doc: Document, shared: SharedLexicon) {
        input = RecognizerInput(doc: doc, shared: shared)
        claimed = Array(filled: false, count: doc.tokens.count)
        sentenceInitial = SentenceStarts(count: doc.tokens.count)
        // About a mention per eight tokens: grown from empty, the array reallocated at 1, 2, 4, 8,
        // 16 and 32 mentions (4.6 allocations an article).
        mentions.reserveCapacity(max(16, doc.tokens.count / 8))
        for range in doc.sentenceTokens {
            var i = range.lowerBound
            while i < range.upperBound, doc.tokens[i].kind == .punct { i += 1 }
            sentenceInitial.insert(i)
        }
        findTitleCaseLines()
        // Stored key hashes first: a key compare to a literal costs a call.
        let quote = StringTable<Bool>.hash("\""), dash = StringTable<Bool>.hash("-"), colon = StringTable<Bool>.hash(":")
        // The tokenizer's note on the mark first: rare, so its branch is almost never taken, where
        // the capital's mispredicted on every fifth token or so (speed round twenty-seven).
        for i in doc.tokens.indices.dropFirst() where doc.tokens[i - 1].notes.contains(.quoteDashOrColon) && doc.tokens[i].isCapitalized {
            let h = doc.tokens[i - 1].keyHash
            guard h == quote || h == dash || h == colon else { continue }
            // The key borrowed through a `Span` (`doc.tokens[i - 1].key` copied the token).
            let viewTokens = doc.tokens
            let view = viewTokens.span
            // "…,” Philippe Gijsels said": a capital after a closing quote and its comma is the
            // attribution's, not a sentence's start.
            // (A quote glued to the comma and followed by a space closes; ", “Insofar" opens one.)
            if view[i - 1].key == "\"", i >= 2, doc.tokens[i - 2].kind == .punct, doc.bytes[doc.tokens[i - 2].start] == 44,
                doc.tokens[i - 1].start == doc.tokens[i - 2].end, doc.tokens[i].start > doc.tokens[i - 1].end
            {
                continue
            }
            if view[i - 1].key == "\"" || view[i - 1].key == "-" || view[i - 1].key == ":" { sentenceInitial.insert(i) }
        }
    }

    /// Whether the word is written capitalised somewhere other than a sentence's start: then
    /// its capital at a sentence's start is a name's. Asked rarely, so it scans.
    func isCapitalizedMidSentence(_ key: String) -> Bool {
        // The stored key hashes rule out almost every token before anything else is read.
        let hash = StringTable<Bool>.hash(key)
        return doc.tokens.indices.contains { i in
            doc.tokens[i].keyHash == hash && doc.tokens[i].isCapitalized && !doc.tokens[i].isAllCaps
                && !sentenceInitial.contains(i) && doc.tokens[i].key == key
        }
    }

    mutating func run() -> [RawMention] {
        findDateline()
        claimPictureCaptions()
        claimBylines()
        // Lone-name bylines, sign-offs, "Name/Outlet" picture credits (`Credits61.swift`).
        claimCredits61()
        findLegislationShapes()
        findCitations()
        extendNumberedCitations()
        findTitledPolicies()
        findDescribedPolicies()
        findCompoundPolicies()
        findNamedProgrammes()
        findSpans()
        extendNumberedActs()
        foldBracketedCitations()
        applyOfficeTitleBounds()
        applyPlaceContexts()
        applyPlaceCues35()
        // "Telluride", "includes Steamboat Springs": a default-typed name that is a small town (`Towns56.swift`).
        applyTowns56()
        // "burglaries in Carlisle", "the capital Port Vila": a place named like a person or a word (`Places74.swift`).
        applyCuedPlaces74()
        // "at X", "parts of X", "the road to X", "in A, B and C" (`PlaceCues39.swift`).
        applyPlaceCues39()
        // "residents of A, B and C", "the ports of A and B": every lone name of the list (`Confusions31.swift`).
        applyListPlaces31()
        // Locators, parts of town, dwellers, addresses, "at Large" (`LocatorPlaces.swift`).
        applyLocatorPlaces()
        // Jails, stadiums, venue centres, "University Hospital Limerick" (`FacilitySites.swift`).
        applyFacilitySites40()
        addUnclaimedPoliceStations40()
        // Courthouses, apartments, correctional sites, "Karachi Division", "Renmore barracks" (`Places54.swift`).
        applySites54()
        // "Department of Health and Human Services" cut at "and" (`PortfolioJoins.swift`).
        joinPortfolioSubjects()
        // Suffixes, numbered roads, bodies with "and", a list or a possessive (`NameExtents42.swift`).
        let colons = applyNameExtents42()
        // "Staffan de Mistura", "Omar al-Bashir", a sentence's period after "Rd" (`Extents67.swift`).
        applyExtents67()
        // "the … Confidential Line on 1800 …": a telephone line (`PhoneLines.swift`).
        dropPhoneLines()
        // "Relevant Government Ministries", "Boards of Directors": kinds of body (`AgencyPrecision43.swift`).
        dropGenericPluralBodies43()
        // "PSLV-C43", "FY25", "OTCPK:MBNKF", "a Toyota Corolla": things, not bodies (`AgencyPrecision46.swift`).
        dropThingsTypedAgency46()
        // A title's portfolio ("Commissioner for … Internal Security"), "Director-General of KURA" (`AgencyPrecision52.swift`).
        applyAgencyPrecision52()
        // "… Trial Court Branch 91", "FOX 17": a body's number; "the Republic of Ireland" (`AgencyPrecision59.swift`).
        applyAgencyPrecision59()
        // "the River Ouse", "the Front Range": places; "Dhaka Metropolitan" cut before its head (`AgencyPrecision60.swift`).
        applyAgencyPrecision60()
        // "about 40km north of X", and one name one type per article (`PlaceDistances.swift`).
        applyPlaceDistances38()
        // "areas, including A, B and C"; one name a line under "… suburbs … :" (`PlaceLists44.swift`).
        applyPlaceLists44(colons: colons)
        // "Communities invaded by the bandits include A, old and new B" (`PlaceLists52.swift`).
        applyPlaceLists52()
        // "with Neillsbrook in Randalstown": a lone unlisted name in a place (`Places51.swift`).
        applyNamesInPlaces51()
        // "Periyar river", "Edmonton city council", "Toronto police say", "the Indian government":
        // a name and its lower-case head, one list (`LowerHeads57.swift`, `lower-heads.txt`).
        applyLowerHeads57()
        // "Shefa province" and "in Shefa" are one place (`Places62.swift`).
        joinBareProvinces62()
        aliasRegionHeads65()
        // "Pham Quang Dung, a former official": a person by a role's apposition (`Places62.swift`).
        typeAppositivePersons62()
        // "Waikato Museum", "at the Houben Centre", "the Naya Paltan area", "Edmond Julius, 34," (`Caps68.swift`).
        applyCaps68()
        // "the Washington Monument", "Incirlik Air Base", "was taken to UPMC Hamot" (`Facilities75.swift`).
        applySiteHeads75()
        // "the Tar Heel State": a state's nickname is the state (`Places71.swift`).
        joinStateNicknames71()
        // "Jasper National Park", "in Victoria Harbour": a site named after a person (`Places74.swift`).
        retypeSitesNamedAfterPersons74()
        // "the city of Dallas utilizes", "outside Leinster House": a place's body, a building (`BodiesOfPlaces45.swift`).
        applyBodiesOfPlaces45()
        // "Union raises", "Sterling was little changed": an everyday word that names a listed
        // town is a place only where the article shows one (`CommonWordTowns47.swift`).
        dropCommonWordTowns47()
        // "Next year", "the Progressive wing": a listed company named by an English word only
        // where the article shows a company (`Companies49.swift`).
        dropUnevidencedCompanies49()
        // "AJ Lam", "S Das said": initials and a name are a person (`InitialledPersons48.swift`).
        retypeInitialledPersons48()
        // "told Sunrise TV", "The Chronicle understands", "a Kiri FM reporter": outlets (`NewsOutlets50.swift`).
        retypeNewsOutlets50()
        // "• Kyodo, Reuters", "TED S. WARREN/AP", "-AFP": an outlet named as a credit (`Agencies64.swift`).
        dropWireCredits64()
        // "House Speaker X" alone names no chamber; "Police Scotland" is one body (`Agencies70.swift`).
        applyAgencies70()
        // "the finance ministry"; "Tayside Division of Police Scotland" beside "Police Scotland" (`Agencies74.swift`).
        applyAgencies74()
        // "SA hit by strike fever", "attacks on Jinnah House": a place's short form, a building (`AgencyFP24.swift`).
        applyAgencyFP24()
        // "Lusaka ~ Thur, 24 Sept 2020", "by Early December": a date's words are no body (`AgencyFP32.swift`);
        // "the CM wrote", "said Jane Roe, M.D., director": a title's acronym (`AgencyFP38.swift`).
        dropDateRuns32()
        // "the University of Massachusetts, Dartmouth, will", "the Israeli embassy in Stockholm" (`Boundaries75.swift`).
        joinCampusNames75()
        // "the Welsh Conservatives …; the Tories": a party's bare name joins its branch (`Agencies75.swift`).
        if nationParties75 { joinNationParties75() }
        // "Director Tamsin Water Board Ama", "Commissioner Tamsin", "P&D Ama Osei" (`TitledRuns53.swift`).
        applyTitledRuns53()
        // "15th Street Rail Project" a policy; "the governor's executive order" joins a numbered one (`Policies13.swift`).
        applyPolicies13()
        // "a new law raising teacher pay": "new" stays on a lower-case policy (`Policies29.swift`).
        keepNewOnPolicies29()
        // "the Sea of Japan" a place; "any Garda station" no site (`Confusions31.swift`).
        applyConfusions31()
        // "the BoE's" and "US $590 million" no place (`PlaceFP36.swift`).
        applyPlaceFP36()
        linkPolicyNames()
        // Moved out, not copied: the merger sorts the array it gets, and a shared array would be
        // copied for that (every mention retained, then released). `mentions` is empty after.
        defer { mentions = [] }
        return mentions
    }

    /// Trims, splits and classifies one run of capitalised words. `tokens` is the document's
    /// token array, passed down by the caller: a parameter is borrowed, where binding
    /// `doc.tokens` here retained and released it on each of about 35,000 calls a round.
    mutating func processSpan(_ tokens: [Token], _ span: Range<Int>, depth: Int) {
        guard !span.isEmpty, depth < 6 else { return }
        // "Joko “Jokowi” Widodo": a nickname in quotes inside a name (`QuotedNicknames.swift`).
        if depth == 0, span.upperBound < doc.tokens.count, doc.tokens[span.upperBound].kind == .punct,
            EntityRecognizer.isQuoteFirstByte(doc.bytes[doc.tokens[span.upperBound].start]),
            takeQuotedNickname(span, depth: depth)
        {
            return
        }
        var lo = span.lowerBound, hi = span.upperBound
        // "An Bord Pleanála", "Bord na Móna": Irish names keep their article and particle (`Fixes17.swift`).
        if hi - lo >= 2, takeIrishRun17(tokens, lo, hi) { return }
        // The bare key (a new `String`) only for an abbreviation; other tokens are looked up in place.
        // "The Hindu", "(according to) The Age", "This American Life": a listed name that opens
        // with a function word keeps it (entities round fifty; the joined keys are hashed only
        // at a capitalised word that opens some listed name).
        while lo < hi,
            !(tokens[lo].isCapitalized && tokens[lo].flags.contains(.knownPrefix) && hi - lo >= 2 && hi - lo <= 4 && knownName(lo..<hi) != nil),
            isConnector(lo) || tokens[lo].kind == .possessive || isPluralAcronym(lo)
            || (tokens[lo].isAbbreviation ? EntityRecognizer.functionWords.contains(String(tokens.span[lo].bare))
                : WordSet.mayHold(Bits42.functionWords, tokens, at: lo) && EntityRecognizer.functionWords.contains(tokens, at: lo))
                && input.shared.known(tokens.span[lo].key, hash: tokens[lo].keyHash) == nil
        {
            lo += 1
        }
        var beforePluralAcronym = false
        while hi > lo, isConnector(hi - 1) && !isElidedParticle(hi - 1) || tokens[hi - 1].kind == .possessive && !endsListedApostrophe72(lo, hi)
            || isPluralAcronym(hi - 1)
        {
            if isPluralAcronym(hi - 1) { beforePluralAcronym = true }
            hi -= 1
        }
        guard lo < hi else { return }
        // "Last Thursday LC Fiscal Court", "sent this Wednesday to Congress": a weekday opening
        // the run is the sentence's date, not the name's first word (`Fixes30.swift`).
        if hi - lo >= 2, tokens[lo].flags.contains(.temporal), let cut = weekdayOpeningCut30(lo, hi) {
            processSpan(tokens, cut..<hi, depth: depth + 1)
            return
        }
        // "Non-Constituency MPs": words before a plural acronym describe it, unless they are a
        // listed name ("Labour MPs").
        if beforePluralAcronym, knownName(lo..<hi) == nil { return }
        // "US$31 million", "A$5": a currency's country letters joined to the dollar sign name no place.
        if hi - lo == 1, tokens[lo].isAllCaps, hi < tokens.count, tokens[hi].start == tokens[lo].end, doc.bytes[tokens[hi].start] == 36 {
            return
        }
        // "Arki Assembly seat", "United Nations Secretary-General": a constituency before its
        // chamber, a body before a role (`Fixes17.swift`).
        if hi - lo >= 2, takeShapes17(tokens, lo, hi, depth: depth) { return }
        // "Moon Jae-sun", "President Park": East Asian names and a titled surname (`Persons75.swift`).
        if takeAsianOrTitledPerson75(lo, hi) { return }
        // "Fast-growing Northern California …", "the Democratic-controlled House": a hyphenated
        // adjective opening a run; its capitalised part names something only if it is listed.
        if hi - lo > 1, tokens[lo].hyphens.contains(.insideText), isCompoundAdjective(lo) {
            addCompoundPrefix(lo)
            processSpan(tokens, (lo + 1)..<hi, depth: depth + 1)
            return
        }
        // "San Jose-based company", "Shares of the Dallas-based carrier": the capitalised words
        // before "-based" name a place; the rest of the run is processed on its own.
        if hi - lo > 1, tokens[hi - 1].hyphens.contains(.insideText), splitPlaceBasedRun(lo, hi, depth: depth) { return }
        // "the 8th Senate", "Main Market-listed Delta Capital", "the Court of Appeals for the Ninth
        // Circuit" (`OrganisationEvidence.swift`).
        if hi - lo > 1, takeOrganisationBounds(tokens, lo, hi, depth: depth) { return }
        if lo > 0, hi - lo > 1, insideQuotedTitle(lo..<hi), knownName(lo..<hi) == nil {
            return
        }
        if hi - lo <= 2, !tokens[hi - 1].flags.isDisjoint(with: .headOrKnown),
            WordSet.mayHold(Bits43.seatLastWords, tokens, at: hi - 1), EntityRecognizer.seatLastWords.contains(tokens, at: hi - 1), isSite(lo),
            EntityRecognizer.seatsOfGovernment.contains(joinedKeys(lo..<hi))
        {
            addMention(.place, name: knownName(lo..<hi)?.canonical, range: lo..<hi, canonical: knownName(lo..<hi) != nil)
            return
        }
        if hi - lo > 1, let known = knownName(lo..<hi) {
            // "against New Mexico" in a game story is the team.
            if known.kind == .place, isTeamPlace(lo, hi) || isCountryTeam(lo, hi) {
                addMention(.agency, name: known.canonical, range: lo..<hi)
                return
            }
            addMention(known.kind == .place ? .place : known.kind == .agency ? .agency : .policy, name: known.canonical,
                       range: lo..<hi, canonical: true)
            return
        }
        // "Scottish Labour", "the Welsh Conservatives": a party's branch in a UK nation (`Agencies75.swift`).
        if hi - lo > 1, hi - lo <= 4, mayOpenNationParty75(lo), takeNationParty75(lo, hi) { return }
        // From here a run of two words or more spells no known name (the test above returned), so
        // `knownName(lo..<hi)` is asked again below only for one word or once `lo` has moved:
        // each ask hashes every key of the run again.
        // Party-state tags ("R-S.D.", "D-Grand Rapids", "(D-Fairfax)") name no place of their own
        // ("(I-95)" is a road: a letter must follow the hyphen).
        // The tokenizer's hyphen note first, read in place: `isPartyTag` opens with it (speed round fifty-three).
        if tokens[lo].hyphens.contains(.inKey), isPartyTag(at: lo), lo > 0,
            tokens[lo - 1].key == "," || tokens[lo - 1].key == "(" && tokens[lo].key.utf8.dropFirst(2).first.map({ $0 >= 97 && $0 <= 122 }) == true
        {
            return
        }
        // "Anthony Albanese MP": a title in capitals after a name is no part of it.
        if hi - lo > 1, tokens[hi - 1].isAllCaps, isTitle(hi - 1) || tokens[hi - 1].flags.contains(.nonEntityAcronym),
            tokens[hi - 2].isCapitalized, !tokens[hi - 2].isAllCaps
        {
            // "told Harbour TV": a station's "TV" where an outlet's cue stands (`NewsOutlets50.swift`).
            if tokens[hi - 1].key == "tv", Document.isOutletCue50(tokens, lo, hi, type: .agency) {
                addMention(.agency, name: nil, range: lo..<hi)
                return
            }
            processSpan(tokens, lo..<(hi - 1), depth: depth + 1)
            return
        }
        // "Michael Smith MCC", "Mian Dawar Advocate": a post-nominal is no part of the name (`Boundaries75.swift`).
        if hi - lo > 1, endsWithPostNominal75(lo, hi) {
            processSpan(tokens, lo..<(hi - 1), depth: depth + 1)
            return
        }
        // "Houston-based EOG Resources": the place adjective is a mention of its own.
        if hi - lo > 1, tokens.span[lo].hyphens.contains(.inKey), addPlaceAdjective(lo) {
            processSpan(tokens, (lo + 1)..<hi, depth: depth + 1)
            return
        }
        // "Badr bin Hamad bin Hamoud Al Busaidi": a patronymic is a person (`WorldPersons58.swift`).
        if hi - lo >= 3, let start = patronymicPersonStart(lo, hi) {
            // "Khalid bin Fahad and Iran", "… Al Harbi of Oman": each side of a connector on its own (`Persons75.swift`).
            if let cut = patronymicCut75(start, hi) {
                processSpan(tokens, lo..<cut, depth: depth + 1)
                processSpan(tokens, (cut + 1)..<hi, depth: depth + 1)
                return
            }
            addPatronymicPerson(lo, start, hi, depth: depth)
            return
        }
        // "PRIME MINISTER", "Governor-General": a run of titles alone names nobody.
        // A plain loop: closures here capture the recogniser, and this runs on every run.
        var titles = 0, others = 0
        for k in lo..<hi {
            if tokens[k].flags.contains(.known) || !(tokens[k].flags.contains(.title) || tokens[k].flags.contains(.titleWord)) {
                others += 1
                break
            }
            if tokens[k].flags.contains(.title) { titles += 1 }
        }
        if titles > 0, others == 0 { return }
        // "North East Delhi", "West Texas": compass words before a listed place are part of its name.
        // Flags first: a word-set look-up copies the token out of the array.
        if hi - lo > 1, tokens[lo].flags.contains(.nonName), EntityRecognizer.compassWords.contains(tokens, at: lo) {
            var k = lo + 1
            while k < hi - 1, EntityRecognizer.compassWords.contains(tokens, at: k) { k += 1 }
            if knownName(lo..<hi) == nil, knownName(k..<hi)?.kind == .place {
                addMention(.place, name: nil, range: lo..<hi)
                return
            }
            if k == hi - 1, isCompassAndUnlistedName(lo, k) {
                addMention(.place, name: nil, range: lo..<hi)
                return
            }
        }
        // Which splits below can apply, told from the run's length and its words' flags read
        // once: each split is a call whose code most runs (one to four words, no title) evicted
        // from the instruction cache only to be turned away by its first test. The tests skipped
        // here are those the splits open with, so every run that reached them still does.
        // "Vice President for Academic Affairs David Pershing", "Secretary of State Ann Ruiz": a
        // title with its portfolio, then a person's name that opens with a given name.
        // "Prime Minister Ann Ruiz and Ontario Premier Tom Ng": two titled people joined by "and".
        if hi - lo >= 5, anyTitle(lo, hi), let k = titledPairSplit(lo..<hi) {
            processSpan(tokens, lo..<k, depth: depth + 1)
            processSpan(tokens, (k + 1)..<hi, depth: depth + 1)
            return
        }
        // "Minister of Infrastructure and Communities", "Secretary of State": a role without a
        // name names nobody (a place after "of" is still a place: "Mayor of London").
        var roleEnd = lo
        while roleEnd < hi, isTitle(roleEnd) || tokens[roleEnd].flags.contains(.titleWord) { roleEnd += 1 }
        if roleEnd > lo, (lo..<roleEnd).contains(where: { tokens[$0].flags.contains(.title) }), hi - roleEnd >= 2,
            EntityRecognizer.portfolioConnectors.contains(tokens, at: roleEnd),
            !((roleEnd + 1)..<hi).contains(where: { tokens[$0].flags.contains(.givenName) }),
            // "Minister for Economy Aiyaz Sayed-Khaiyum": an unlisted uncommon word after the portfolio is a name.
            !((roleEnd + 2)..<hi).contains(where: { tokens[$0].flags.isDisjoint(with: .commonKnownOrSurname) && !tokens[$0].isAllCaps })
        {
            if knownName((roleEnd + 1)..<hi)?.kind == .place { processSpan(tokens, (roleEnd + 1)..<hi, depth: depth + 1) }
            // "Secretary of the Ministry of Agriculture": the body a role belongs to (`Agencies74.swift`).
            else if isBodyAfterRole74(roleEnd, hi) { processSpan(tokens, (roleEnd + 2)..<hi, depth: depth + 1) }
            return
        }
        if hi - lo >= 5, anyTitle(lo, hi), let split = portfolioTitleSplit(lo..<hi) {
            processSpan(tokens, lo..<split.titleStart, depth: depth + 1)
            let descriptor = Document.text(doc.bytes, tokens[split.titleStart].start, tokens[split.nameStart - 1].end)
            addPerson(tokens, split.nameStart..<hi, descriptor: descriptor)
            return
        }
        if hi - lo >= 3, let k = personOfPlaceSplit(lo..<hi) {
            processPersonOfPlace(lo, k, hi, depth: depth)
            return
        }
        // A title inside the span splits it: "DPD Public Information Director Vic Pratt".
        // "General Catalyst", "General Atlantic": "General" before one common word is a company's name.
        // "the U.S. Coast Guard", "the Ohio National Guard": a title that is also a body's head
        // closing the run (`Fixes35.swift`, `Fixes39.swift`).
        if anyTitle(lo, hi), !titleClosesBody39(lo, hi), let split = titleSplit(lo..<hi), !(split.descriptorStart == lo && split.nameStart == hi - 1
            && tokens[lo].key == "general" && tokens[hi - 1].flags.contains(.common)
            && tokens[hi - 1].flags.isDisjoint(with: .givenOrSurname))
        {
            processSpan(tokens, lo..<split.descriptorStart, depth: depth + 1)
            if split.nameStart < hi {
                let descriptor = Document.text(doc.bytes, tokens[split.descriptorStart].start, tokens[split.nameStart - 1].end)
                addPerson(tokens, split.nameStart..<hi, descriptor: descriptor)
            }
            return
        }
        // "the Department of Energy and Outlier Media", "Immigration and Nationality Act" (`SpanOutOfLine.swift`).
        if splitAtConnectors(tokens, lo, hi, depth: depth) { return }
        // Sentence capitals and lone adjectives: "Investigators", "American" (but "American Water
        // Works Association" and "First Amendment" keep theirs: a head word ends the name).
        // The last word's flags read in place: `isHead(_, tokens[k])` copied the whole token.
        let endsWithHead = hi - lo > 1
            && (!tokens[hi - 1].flags.isDisjoint(with: WordFlags.endHeads54)
                // "National Health Mission": a programme's fund or mission head keeps its adjective (entities24).
                || WordSet.mayHold(Bits43.fundMissionHeads, tokens, at: hi - 1) && EntityRecognizer.fundMissionHeads.contains(tokens, at: hi - 1)
                || hasHeadTakingComplement(lo..<(hi - 1))
                // "the National Housing Strategy 2022–30": a title its years close (`Policies25.swift`).
                || isYearTitledRun25(lo, hi))
        let untrimmed = lo
        // `knownName(lo..<hi)` of the last `lo` the loop tested, when it is a known name.
        var knownAtBreak: (kind: Lexicon.Kind, canonical: String)?
        while lo < hi {
            // Fields read in place: a copy of the token would retain its key.
            let flags = tokens[lo].flags
            // "Shares of Amazon.com Inc.": a connector left behind a trimmed word goes too.
            if isConnector(lo) || tokens[lo].kind == .possessive {
                lo += 1
                continue
            }
            if hi - lo > 1, lo != untrimmed, let known = knownName(lo..<hi) {
                knownAtBreak = known
                break
            }
            if flags.contains(.nonName) && !flags.contains(.known) && !endsWithHead
                && !(hi - lo >= 2 && hasKnownName(from: lo, endingIn: (lo + 2)...hi)) && !isMonthGivenName(lo, hi)
            {
                lo += 1
                continue
            }
            if sentenceInitial.contains(lo), !tokens[lo].isAllCaps, flags.contains(.common), tokens[lo].flags.isDisjoint(with: .knownOrPlaceOrGiven),
                !isTitle(lo), !isCapitalizedMidSentence(tokens.span[lo].key), !(endsWithHead && hi - lo == 2),
                !(hi - lo > 1 && flags.contains(.surname)), !namedEarlier(tokens.span[lo].key),
                hi - lo > 1 || knownName(lo..<hi) == nil,
                // "Doctors Without Borders": a capitalised function word marks a title-cased name.
                !(lo + 1..<hi).contains(where: { tokens[$0].isCapitalized && EntityRecognizer.functionWords.contains(tokens, at: $0) })
            {
                lo += 1
                continue
            }
            break
        }
        guard lo < hi else { return }
        // "the House" of a story about another legislature (`InternationalNames.swift`).
        if hi - lo == 1, isOtherChamberHouse(lo) { return }
        if hi - lo == 1, isQuestionWho(tokens, lo) { return }
        if let known = hi - lo > 1 ? knownAtBreak : knownName(lo..<hi) {
            // "the Shanghai composite fell 0.9%": an index's place names no place (`MarketIndexes.swift`).
            if isMarketIndex(lo, hi) { return }
            if known.kind == .place, isTeamPlace(lo, hi) || isCountryTeam(lo, hi) {
                addMention(.agency, name: known.canonical, range: lo..<hi)
                return
            }
            // "Boston said": a town that speaks and is a surname too is a person.
            if hi - lo == 1, known.kind == .place, tokens[lo].flags.contains(.city), tokens[lo].flags.contains(.surname),
                !tokens[lo].flags.contains(.state), hi < tokens.count, EntityRecognizer.speechVerbs.contains(tokens, at: hi),
                !isAfterLocative75(lo)
            {
                addPerson(tokens, lo..<hi, descriptor: nil)
                return
            }
            // "Washington, D.C.": a city that the region after the comma names in full.
            let name = known.kind == .place ? placeName(known.canonical, regionAfter: hi) : known.canonical
            addMention(known.kind == .place ? .place : known.kind == .agency ? .agency : .policy, name: name,
                       range: lo..<hi, canonical: true)
            return
        }
        classify(tokens, lo..<hi)
    }

}

/// What the recogniser reads and never changes, held by reference (see `EntityRecognizer.input`).
final class RecognizerInput: Sendable {
    let doc: Document
    let shared: SharedLexicon
    /// The indexes of the tokens flagged `.policyHead`, in order: three policy walks visit these
    /// instead of every token (speed round forty-one; `Speed41.swift`).
    let policyHeads41: [Int]
    /// The tokens `findCitations` can open a citation at, in order: noted `.citationStart` by the
    /// tokenizer, or before a policy head (`Speed41.swift`).
    let citationCandidates41: [Int]
    init(doc: Document, shared: SharedLexicon) {
        self.doc = doc
        self.shared = shared
        (policyHeads41, citationCandidates41) = RecognizerInput.policyHeadsAndCitationCandidates(doc.tokens)
    }
}

/// Token indexes that open a sentence (or a quotation, or the text after a dateline).
struct SentenceStarts {
    private var flags: [Bool]
    init(count: Int) { flags = Array(filled: false, count: count) }
    func contains(_ i: Int) -> Bool { i >= 0 && i < flags.count && flags[i] }
    mutating func insert(_ i: Int) { if i >= 0 && i < flags.count { flags[i] = true } }
}

extension String {
    func replacingDots() -> String {
        let bytes = utf8.span
        var hasDot = false
        for i in bytes.indices where bytes[i] == 46 {
            hasDot = true
            break
        }
        guard hasDot else { return self }
        return String(decoding: utf8.filter { $0 != 46 }, as: UTF8.self)
    }
}
