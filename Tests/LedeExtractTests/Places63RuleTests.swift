import Testing

@testable import LedeExtract

/// Places round sixty-three (places63, ninth session of 2026-11-30): numbered districts and
/// lists opened by a noun of a place's parts (`Places63.swift`). Every sentence is written for
/// the test; the place rows fail without the round's change, the others guard what must stay.
@Suite struct Places63RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A numbered district is a place.
        Row(text: "Two new councilmen were elected in District 4 and District 7 on Saturday.", name: "District 4", type: .place),
        Row(text: "Two new councilmen were elected in District 4 and District 7 on Saturday.", name: "District 7", type: .place),
        Row(text: "“We need the money,” said District 3 Councilman Abel Fontenot at the meeting.", name: "District 3", type: .place),
        Row(text: "She was a candidate in Constituency 5 of the northern province in 2019.", name: "Constituency 5", type: .place),
        // Not when a capitalised word opens the name, nor as a quoted title.
        Row(text: "Voters in the Harlow School District 14 rejected the levy.", name: "District 14", type: nil),
        Row(text: "He watched “District 9” twice on Friday night.", name: "District 9", type: nil),
        // A list after "sections of" is a list of places.
        Row(
            text: "The road was cut off in four sections of Torvame, Kelundi, Mabweta and Sokolo on Monday.",
            name: "Kelundi", type: .place),
        Row(
            text: "The road was cut off in four sections of Torvame, Kelundi, Mabweta and Sokolo on Monday.",
            name: "Sokolo", type: .place),
        Row(text: "Heavy rain flooded parts of Ondreva and Kasimbe overnight.", name: "Ondreva", type: .place),
        // No place cue: a list of bidders stays a list of bodies.
        Row(text: "Bids came from Corvane, Delmont and Tessaro before the deadline.", name: "Delmont", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// A plural head after the list makes one name of it: its members are no places of their own.
    @Test func sharedPluralHead() {
        let x = Extractor().extract(text: "Snow fell in parts of the Sorrel and Kettle mesas on Monday.", published: RuleRows.published)
        let places = x.entities.filter { $0.type == .place }.map(\.name)
        #expect(!places.contains("Sorrel") && !places.contains("Kettle"), "\(places)")
    }
}
