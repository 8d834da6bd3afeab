import Testing

@testable import LedeExtract

/// Quality round apos72 (twelfth session of 2026-12-01): listed names with an apostrophe, straight
/// or curly, are found whole (`ListedApostrophes72.swift`). Every sentence is written for the
/// test; the rows with an apostrophe in the name fail without the round's change, the others guard
/// what must stay.
@Suite struct Apostrophes72Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A listed town (`towns.txt`), straight and curly.
        Row(text: "Floods hit Cox's Bazar on Monday.", name: "Cox's Bazar", type: .place),
        Row(text: "Boats carrying refugees reached Cox’s Bazar late on Sunday.", name: "Cox’s Bazar", type: .place),
        // Listed cities (`cities.txt`): the list's name, whichever apostrophe the text uses.
        Row(text: "The train to King's Lynn was cancelled on Friday.", name: "King's Lynn", type: .place),
        Row(text: "Voters in Lee’s Summit approved the school levy on Tuesday.", name: "Lee's Summit", type: .place),
        Row(text: "Snow closed the roads into St. John's on Friday.", name: "St. John's", type: .place),
        // The bare first word is no entity of its own.
        Row(text: "Floods hit Cox's Bazar on Monday.", name: "Cox", type: nil),
        Row(text: "The train to King's Lynn was cancelled on Friday.", name: "King", type: nil),
        // Possessives of other names stay possessives.
        Row(text: "Detroit's mayor spoke to reporters on Monday.", name: "Detroit", type: .place),
        Row(text: "Detroit’s mayor spoke to reporters on Monday.", name: "Detroit", type: .place),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// The split forms the lists' keys get.
    @Test func splitForms() {
        #expect(Lexicon.apostropheSplit72("cox's bazar") == "cox 's bazar")
        #expect(Lexicon.apostropheSplit72("st. john's") == "st. john 's")
        #expect(Lexicon.apostropheSplit72("travellers' rest") == "travellers ' rest")
        #expect(Lexicon.apostropheSplit72("coeur d'alene") == nil)
        #expect(Lexicon.apostropheSplit72("detroit") == nil)
    }
}
