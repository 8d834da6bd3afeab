import Testing

@testable import LedeExtract

/// Entities round thirty-five (entities35): lone unlisted towns that the span rules left as weak
/// words or typed organisations by default, made places by one cue around them
/// (`PlaceCues35.swift`). Every sentence is written for the test.
@Suite struct Entities35RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A noun before "of" that only a place completes.
        Row(text: "Ann Lee, a resident of Brenwick, said the road was shut.", name: "Brenwick", type: .place),
        Row(text: "Residents of Tallowmere were told to leave by noon.", name: "Tallowmere", type: .place),
        Row(text: "He grew up on the outskirts of Morvale before moving away.", name: "Morvale", type: .place),
        Row(text: "\"It was hard,\" said Sam Ramu, a native of Kelderi.", name: "Kelderi", type: .place),
        // "near X", even for a name that is also a given name or a surname.
        Row(text: "Water was rising near Clayton and Smithfield on Monday.", name: "Clayton", type: .place),
        // A person, a comma, "of" and the town, then a comma.
        Row(text: "Police said Ralph Stanley Elrod Jr. was taken to jail. Elrod, of Byron, has been in hospital.", name: "Byron", type: .place),
        // A seat after "MP for", "candidate for", "(MP) for".
        Row(text: "The Member of Parliament (MP) for Dorsanu spoke on Friday.", name: "Dorsanu", type: .place),
        Row(text: "The Labor candidate for Wenthorpe welcomed the grant.", name: "Wenthorpe", type: .place),
        // "from X to Y" with one end a place.
        Row(text: "Buses ran from Kestwick to Toronto on Sunday.", name: "Kestwick", type: .place),
        // An apposition headed by a place noun behind lower-case words.
        Row(text: "The family is from Dunmarket, a small farming town in the hills.", name: "Dunmarket", type: .place),
        // No cue: a lone unlisted name stays what the span rules made it (see below).
        Row(text: "Sam Ramu, a member of Pellcorp, said the deal was done.", name: "Pellcorp", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// "from X to Y" with neither end a known place is no place cue: the rule leaves both as the
    /// span rules made them. (This row used to pin "Kestwick" as an organisation, the default's
    /// answer, which is wrong for a town; the rule's scope is what it checks.)
    @Test func fromToWithNoKnownEndIsNoPlaceCue() {
        let x = Extractor().extract(text: "Buses ran from Harlow to Kestwick on Sunday.", published: RuleRows.published)
        #expect(x.entities.first { $0.name == "Kestwick" }?.type != .place)
    }
}
