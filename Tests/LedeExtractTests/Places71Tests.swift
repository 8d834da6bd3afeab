import Testing

@testable import LedeExtract

/// Places round seventy-one (place71, twelfth session of 2026-12-01): sites and routes with a
/// lower-case head (`lower-heads.txt`) and a state's nickname as the state (`Places71.swift`).
/// Every sentence is written for the test; the place rows fail without the round's change, the
/// others guard what must stay.
@Suite struct Places71Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A local name and a lower-case site head are one place.
        Row(text: "Worshippers gathered outside the Karrow mosque on Friday.", name: "Karrow mosque", type: .place),
        Row(text: "The crash closed the Tellby interchange for three hours.", name: "Tellby interchange", type: .place),
        Row(text: "Officers stopped the car near the Sungai Maran toll before dawn.", name: "Sungai Maran toll", type: .place),
        Row(text: "Trains on the Kelwood line ran late all morning.", name: "Kelwood line", type: .place),
        Row(text: "The bus plunged into the Ardiya water canal late on Tuesday.", name: "Ardiya water canal", type: .place),
        Row(text: "Parents waited outside the Maple Grove elementary school on Monday.", name: "Maple Grove elementary school", type: .place),
        // The bare name is no place of its own.
        Row(text: "Worshippers gathered outside the Karrow mosque on Friday.", name: "Karrow", type: nil),
        // Not after an article and an adjective ("a busy Stockholm street", round sixty-five).
        Row(text: "The party held firm to a strict Westminster line on the vote.", name: "Westminster line", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// "the Peach State" is the state the article names, not a place of its own.
    @Test func stateNicknames() {
        let x = Extractor().extract(
            text: "Governor Brian Kemp signed the bills in Atlanta, Georgia, on Monday. He said the Peach State would lead the nation in teacher pay.",
            published: RuleRows.published)
        let places = x.entities.filter { $0.type == .place }
        #expect(!places.contains { $0.name == "Peach State" }, "\(places.map { "\($0.name) \($0.aliases)" })")
        #expect(places.contains { $0.name == "Georgia" && $0.aliases.contains("Peach State") }, "\(places.map { "\($0.name) \($0.aliases)" })")
        // An article that names no US state keeps the name as it was.
        let y = Extractor().extract(text: "Visitors flocked to the Granite State fair in the valley on Saturday.", published: RuleRows.published)
        #expect(!y.entities.contains { $0.name == "Georgia" })
    }
}
