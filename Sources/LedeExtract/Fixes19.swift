/// Fixes round nineteen (fixes19, eighteenth session): shapes read from the misses of the learning
/// group G12 (final91–95) and checked on G1–G11.
///
/// - **a programme, plan, scheme or order owned by a government or a name**
///   (`ownedProgramme19`, read by `findCompoundPolicies`): "the province's mandatory mask order",
///   "Saskatchewan's reopening plan", "the council's district plan", "the state's coal royalties
///   scheme", "the FDA's accelerated approval program". A possessive bounds the name and says
///   whose it is, as "the state's abortion ban" does for a ban (`PolicyCompounds.swift`); without
///   one a "business plan" or "training programme" names no policy, so the head alone is never
///   read. The lower-case words between the possessive and the head are the name; a back-reference
///   or a degree ("earlier", "proposed", "new") or a field ("economic plan") names none.
/// - **a titled law named with a lower-case "legislation"** (`isPartyLegislation19`, the head added
///   to `programmeHeads`): "the Clean Slate legislation", "the State Reduction legislation" name
///   one law as "the Universal Health Care law" does; a run of one word ("Senate legislation") or
///   one ending in a party's adjective ("House Republican legislation") stays out.
/// - **a programme's title spelled by its bracketed acronym** (`acronymTitleStart19`, read by
///   `findNamedProgrammes`): "the Deferred Action for Childhood Arrivals (DACA) program" was cut
///   at "for"; the title runs on across connectors while its capitalised words' initials spell
///   the acronym, and is named without the head, the acronym its alias.
/// - **verbs done to rules** (`rule-verbs.txt`, read by `isCompoundModifier` and
///   `findDescribedPolicies`): "fined for breaching rules which …", "an order to slash rice
///   tariffs": the verb is no modifier of the policy's name.
/// - **one body of two places** (`pairedPlacesStart19`, read by `applyNameExtents42`): "Perth and
///   Kinross Council", "Brighton and Hove City Council", "Torbay and South Devon NHS Foundation
///   Trust" were a place and a body named by the second place only.
/// - **a price's cap** (`addMoneyCap19`, on the walk of `addDemonymBodies57`): "the Victorian
///   government's rates cap", "a new rate cap of 3.5 per cent", "the energy price cap", "the
///   interest rate cap" name a regime a government sets; "rates cap" and "rate cap" are one.
/// - Word lists, no code: a nation's or a state's lower-case parliament or legislature is its body
///   like its government (`lower-heads.txt`: "the Kenya parliament", "the Kentucky legislature"),
///   and "Victorian" and "Tasmanian" are a state's adjectives, no names (`nonnames.txt`: "the
///   Victorian government's rates cap"), and diseases' names ("Ebola", "Cholera", "Dengue") are no
///   names on their own, as "Hepatitis" was (`nonnames.txt`): the typer kept them as a body, a
///   person or a place; Australian, New Zealand and South African time zones, currency codes and
///   "FY" are no bodies (`nonentity-acronyms.txt`: "2.30pm AEST", "USD 1.7 billion").
extension EntityRecognizer {
    /// Verbs done to rules that stand before a policy's head without modifying it ("for breaching
    /// rules which …", "to slash rice tariffs"): `isCompoundModifier` stops before them
    /// (`rule-verbs.txt`).
    static let ruleVerbs19 = WordSet(Lexicon.shared.ruleVerbs19)
    /// Heads an owned programme may end with, and the family that keys it.
    static let ownedHeads19: StringTable<String> = [
        "plan": "plan", "plans": "plan", "program": "program", "programs": "program", "programme": "program",
        "programmes": "program", "scheme": "scheme", "schemes": "scheme", "order": "order", "orders": "order",
    ]
    /// Words that say what kind of regime it is, kept in the name though the compound rule stops
    /// at them: "the province's mandatory mask order", "Canada's temporary residents program".
    static let regimeKinds19: WordSet = ["mandatory", "temporary", "permanent", "emergency", "voluntary", "compulsory"]
    /// Governments whose possessive owns a programme ("the province's", "the council's"); not an
    /// agency's or a department's, whose programmes are its own work ("the agency's modernization
    /// program").
    static let programmeOwners19: WordSet = [
        "state", "province", "city", "county", "country", "government", "council", "territory", "nation",
        "region", "municipality",
    ]
    /// Possessors that name a time, not an owner: "Monday's order", "last year's plan".
    static let timeOwners19: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tomorrow", "year", "week", "month", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december",
    ]

    /// "the province's mandatory mask order": a plan, programme, scheme or order head at `i` after
    /// one to three lower-case words that a possessive of a capitalised name or of a government
    /// owner ("the state's", `programmeOwners19`) opens. Returns the first word and the key.
    func ownedProgramme19(head i: Int) -> (first: Int, key: String)? {
        let tokens = doc.tokens
        guard i >= 3, let family = EntityRecognizer.ownedHeads19.value(tokens[i].key, hash: tokens[i].keyHash) else { return nil }
        let sentence = tokens[i].sentence
        var first = i
        while first > 0, i - first < 3 {
            let t = tokens[first - 1]
            guard t.kind == .word, !t.isCapitalized, !claimed[first - 1], t.sentence == sentence, !t.startsWithDigit,
                !EntityRecognizer.functionWords.contains(t), !EntityRecognizer.speechVerbs.contains(t),
                !EntityRecognizer.policyAdjectives.contains(t), !EntityRecognizer.anotherCues.contains(t),
                !EntityRecognizer.compoundStops.contains(t) || EntityRecognizer.regimeKinds19.contains(t)
            else { break }
            let k = t.key.utf8
            // "-ly" adverbs describe: "the state's newly announced plan".
            if k.count > 3, k.last == 0x79, k.dropLast().last == 0x6C { break }
            first -= 1
        }
        guard first < i, first >= 2, tokens[first - 1].kind == .possessive, tokens[first - 2].sentence == sentence,
            !claimed[first - 2]
        else { return nil }
        let owner = tokens[first - 2]
        guard owner.kind == .word, !EntityRecognizer.timeOwners19.contains(owner),
            owner.isCapitalized || EntityRecognizer.programmeOwners19.contains(owner)
        else { return nil }
        // "the government's economic plan": a field names no one plan; a lone kind word no subject.
        let last = tokens[i - 1]
        if EntityRecognizer.policyDomains.contains(last) || EntityRecognizer.regimeKinds19.contains(last) { return nil }
        return (first, "compound:" + last.key + ":" + family)
    }

    /// Lower-case words a programme's title holds between its capitalised words ("Deferred Action
    /// for Childhood Arrivals").
    static let titleConnectors19: WordSet = ["for", "of", "and", "on", "to", "in", "the"]

    /// "the Deferred Action for Childhood Arrivals (DACA) program": `findNamedProgrammes` read the
    /// capitalised run before the bracketed acronym only back to a lower-case word ("Childhood
    /// Arrivals"). The title runs on across connectors when the initials of its capitalised words
    /// spell the acronym (D-A-C-A); returns the title's first token, nil when no longer run does.
    func acronymTitleStart19(first: Int, end: Int, acronym a: Int) -> Int? {
        let tokens = doc.tokens
        let letters = Array(tokens[a].key.utf8)
        guard first >= 2, letters.count >= 2, letters.count <= 8, tokens[a].kind == .word else { return nil }
        let sentence = tokens[end].sentence
        var s = first, best: Int?
        while s >= 2, first - s < 12, !lineBreakBefore(s) {
            let t = tokens[s - 1]
            guard t.kind == .word, t.sentence == sentence, !claimed[s - 1] else { break }
            if !t.isCapitalized {
                // A connector stands between capitalised words only.
                guard EntityRecognizer.titleConnectors19.contains(t), tokens[s - 2].isCapitalized, tokens[s - 2].kind == .word else { break }
            }
            s -= 1
            guard tokens[s].isCapitalized else { continue }
            // The initials of the capitalised words from `s` to `end`, against the acronym's letters.
            var n = 0, same = true
            for k in s...end where tokens[k].isCapitalized {
                guard n < letters.count, tokens[k].key.utf8.first == letters[n] else {
                    same = false
                    break
                }
                n += 1
            }
            if same, n == letters.count { best = s }
        }
        return best
    }

    /// The title `start...end` named by its words, with the bracketed acronym as a second mention
    /// of it; the head ("program") is claimed with it.
    mutating func addAcronymTitle19(_ start: Int, _ end: Int, acronym a: Int, head: Int) {
        guard !(start...head).contains(where: { claimed[$0] }) else { return }
        let tokens = doc.tokens
        addPolicy(name: Document.text(doc.bytes, tokens[start].start, tokens[end].end), tokens: start...end)
        let title = mentions[mentions.count - 1]
        let acronym = Document.text(doc.bytes, tokens[a].start, tokens[a].end)
        title.acronym = acronym
        mentions.append(
            RawMention(
                type: .policy, key: title.key, name: acronym, start: tokens[a].start, end: tokens[a].end, sentence: tokens[a].sentence,
                tokenCount: 1))
        for k in start...head { claimed[k] = true }
    }

    /// "House Republican legislation", "the Senate Democratic legislation": a chamber's or a
    /// party's bills are no title; a titled bill ends in a word of its subject ("the Clean Slate
    /// legislation", "the State Reduction legislation"), never in a party's or a tier's adjective.
    func isPartyLegislation19(end: Int, head: Int) -> Bool {
        let tokens = doc.tokens
        return tokens[head].key == "legislation" && tokens[end].flags.contains(.nonName)
    }

    /// Heads of sites, not bodies: "Wolverhampton and Staffordshire College" is a campus in the gold.
    static let siteHeads19: WordSet = ["college", "colleges", "school", "schools", "university", "hospital", "academy", "institute"]
    /// Words before a pair of places that make them two ("between Leeds and Bradford Council").
    static let pairLeads19: WordSet = ["between", "in", "at", "near", "from", "to", "across", "both"]

    /// "Perth and Kinross Council", "Brighton and Hove City Council", "Torbay and South Devon NHS
    /// Foundation Trust": a body's mention `i...j` (ending in a body's head) right after "and" and a
    /// place of one or two words that opens the phrase names one body of both places, as a list
    /// of places before a head does ("Barking, Havering and Redbridge …", `listedPlacesStart42`).
    /// Not when the body is a name of its own ("Leeds and Greater Manchester Police"), its head a
    /// site's, or a locative or "between" makes the places two. Returns the place's first token.
    func pairedPlacesStart19(_ i: Int, _ j: Int) -> Int? {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard i >= 2, j > i, view[i - 1].kind == .word, view[i - 1].keyHash == Bits43.andHash, view[i - 1].key == "and",
            view[j].flags.contains(.orgHead), !EntityRecognizer.siteHeads19.contains(doc.tokens, at: j),
            !view[i].flags.contains(.givenName), view[i - 2].kind == .word, view[i - 2].sentence == view[i].sentence,
            let p = placeEnding42(at: i - 2)
        else { return nil }
        if p > 0, view[p - 1].sentence == view[p].sentence {
            let before = view[p - 1]
            // The pair opens the phrase: no name word, comma list or locative before it.
            if before.isNameLike || before.kind == .punct && doc.bytes[before.start] == 44
                || EntityRecognizer.pairLeads19.contains(doc.tokens, at: p - 1)
            {
                return nil
            }
        }
        guard knownName(i..<(j + 1)) == nil else { return nil }
        return p
    }

    static let capHash19 = StringTable<Bool>.hash("cap")
    static let capBit19: UInt64 = WordSet.bit(capHash19)
    /// Prices a government caps, singular and plural to one key: "the rates cap", "a rate cap",
    /// "the energy price cap", "the interest rate cap".
    static let cappedPrices19: StringTable<String> = [
        "price": "price", "prices": "price", "rate": "rate", "rates": "rate", "rent": "rent", "rents": "rent",
        "fee": "fee", "fees": "fee", "fare": "fare", "fares": "fare", "tariff": "tariff", "tariffs": "tariff",
    ]

    /// "in line with the Victorian government's rates cap", "a new rate cap of 3.5 per cent", "the
    /// interest rate cap": a lower-case "cap" after a price's noun is a regime a government sets,
    /// named by the two words (three with "interest"); "a baseball cap", "to cap" stay out. Read
    /// by the walk of `addDemonymBodies57`, which passes every word whose hash bit is set.
    mutating func addMoneyCap19(at k: Int) {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard k >= 1, view[k].key == "cap", !claimed[k], view[k - 1].kind == .word, !view[k - 1].isCapitalized,
            !claimed[k - 1], view[k - 1].sentence == view[k].sentence,
            let price = EntityRecognizer.cappedPrices19.value(view[k - 1].key, hash: view[k - 1].keyHash)
        else { return }
        var first = k - 1
        if first >= 1, price == "rate", view[first - 1].kind == .word, view[first - 1].key == "interest", !claimed[first - 1],
            view[first - 1].sentence == view[k].sentence
        {
            first -= 1
        }
        mentions.append(
            RawMention(
                type: .policy, key: "compound:" + price + ":cap", name: Document.text(doc.bytes, view[first].start, view[k].end),
                start: view[first].start, end: view[k].end, sentence: view[k].sentence, tokenCount: k - first + 1))
        for t in first...k { claimed[t] = true }
    }
}
