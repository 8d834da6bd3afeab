import Testing

@testable import LedeExtract

/// Speed round fifteen moved the recogniser's and merger's known-name and state look-ups onto
/// methods of `SharedLexicon` (called on the class, the word table is read in place instead of
/// its two arrays being retained around every look-up). These rows check that each method
/// answers exactly what the table it wraps answers, for listed names, unlisted words, multi-word
/// keys and keys that differ from a listed one only slightly.
@Suite struct Speed15Tests {
    static let keys: [String] = [
        "france", "paris", "new york", "new york city", "united nations", "world health organization",
        "european union", "texas", "tx", "calif", "ohio", "london", "washington", "medicare",
        "affordable care act", "nato", "the", "said", "tuesday", "smith", "zzqx", "", "new  york",
        "paris ", "franc", "fran\u{e7}e", "s\u{e3}o paulo", "u.s", "us", "u.k", "uk",
    ]

    static var lexicon: Lexicon { Lexicon.shared }

    @Test(arguments: keys)
    func knownMatchesTheTable(key: String) {
        let shared = SharedLexicon(Self.lexicon)
        let expected = Self.lexicon.known[key]
        let got = shared.known(key)
        #expect(got?.kind == expected?.kind)
        #expect(got?.canonical == expected?.canonical)
        let hash = StringTable<Bool>.hash(key)
        let hashed = shared.known(key, hash: hash)
        #expect(hashed?.kind == expected?.kind)
        #expect(hashed?.canonical == expected?.canonical)
        #expect(shared.mayBeKnown(hash: hash) == Self.lexicon.known.mayContain(hash: hash))
        // A listed key's hash is always present; an absent one may collide, never the reverse.
        if expected != nil { #expect(shared.mayBeKnown(hash: hash)) }
    }

    @Test(arguments: keys)
    func stateMatchesTheTable(key: String) {
        let shared = SharedLexicon(Self.lexicon)
        #expect(shared.state(key) == Self.lexicon.states[key])
    }

    /// The word lists are loaded (otherwise every row above compares nil with nil and proves
    /// nothing) and hold some of the keys both as names and as states.
    @Test func theRowsExerciseListedKeys() {
        let shared = SharedLexicon(Self.lexicon)
        #expect(Self.keys.filter { shared.known($0) != nil }.count >= 5)
        #expect(Self.keys.contains { shared.state($0) != nil })
        #expect(Self.keys.contains { shared.known($0) == nil })
    }

    /// Sentences whose entities go through the moved look-ups: a listed one-word name
    /// (`classifySingle`), a listed multi-word name (`knownName`), a state abbreviation after a
    /// city (the state table), a listed name behind a function word that `processSpan` keeps,
    /// and a word that is listed nowhere.
    static let rows: [EntityRuleRow] = [
        EntityRuleRow(text: "Officials in France said on Tuesday that talks would resume.", name: "France", type: .place),
        EntityRuleRow(text: "The World Health Organization said the outbreak had slowed.", name: "World Health Organization", type: .agency),
        EntityRuleRow(text: "The plant in Austin, Texas, will open next year, the company said.", name: "Austin", type: .place),
        EntityRuleRow(text: "The plant in Austin, Texas, will open next year, the company said.", name: "Texas", type: .place),
        EntityRuleRow(text: "Ministers of the European Union met in Brussels on Monday.", name: "European Union", type: .agency),
        EntityRuleRow(text: "Ministers of the European Union met in Brussels on Monday.", name: "Brussels", type: .place),
        EntityRuleRow(text: "The company said Thursday that sales had risen.", name: "Thursday", type: nil),
        EntityRuleRow(text: "Maria Kowalski, a nurse in Ohio, said the shifts were long.", name: "Maria Kowalski", type: .person),
        EntityRuleRow(text: "Maria Kowalski, a nurse in Ohio, said the shifts were long.", name: "Ohio", type: .place),
    ]

    /// The same look-ups on the other paths that were moved: a dateline's city and state
    /// (`PageFurniture.swift`), a listed place named again by its short form (the merger), a
    /// place before "-based" and a city with its state's postal abbreviation.
    static let morePaths: [EntityRuleRow] = [
        EntityRuleRow(
            text: "DENVER, Colo. (AP) — The city council voted on Monday to expand the shelter program.",
            name: "Denver", type: .place),
        EntityRuleRow(
            text: "HOUSTON (Reuters) - Oil prices rose on Wednesday as supplies tightened, traders said.",
            name: "Houston", type: .place),
        EntityRuleRow(
            text: "Shares of the Seattle-based retailer fell 4 percent on Friday after its report.",
            name: "Seattle", type: .place),
        EntityRuleRow(
            text: "The United Kingdom said on Monday it would send aid. The UK has sent aid before.",
            name: "United Kingdom", type: .place),
        EntityRuleRow(
            text: "Jonas Berg moved to Portland, Ore., last spring to open a bakery with his sister.",
            name: "Portland", type: .place),
        EntityRuleRow(
            text: "LONDON — Britain's central bank held interest rates on Thursday, citing prices.",
            name: "London", type: .place),
        EntityRuleRow(
            text: "Mayor Ellen Park of Sacramento, California, signed the budget on Tuesday evening.",
            name: "Tuesday", type: nil),
        // A state's name alone, read from the state table after a comma.
        EntityRuleRow(
            text: "Mayor Ellen Park of Sacramento, California, signed the budget on Tuesday evening.",
            name: "California", type: .place),
    ]

    @Test(arguments: morePaths)
    func extractionOnTheOtherMovedPaths(row: EntityRuleRow) { row.check() }

    @Test(arguments: rows)
    func extractionThroughTheMovedLookUps(row: EntityRuleRow) { row.check() }
}
