import Testing

@testable import LedeExtract

/// Entities round sixty (agency60): geographic names typed by default become places, and a body
/// cut before its head takes the head or goes (`AgencyPrecision60.swift`). The sentences are
/// written for the test.
@Suite struct Entities60RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A feature word before the name.
        Row(text: "Flood warnings were issued for homes along the River Tarnby after two days of heavy rain.",
            name: "River Tarnby", type: .place),
        Row(text: "Waves of six metres were filmed on the Lake Vennor shore early on Wednesday.",
            name: "Lake Vennor", type: .place),
        // A feature word after it that place-heads.txt leaves out.
        Row(text: "Snow fell across the Copper Range overnight and the roads were closed.",
            name: "Copper Range", type: .place),
        Row(text: "Scott Hale, 39, of Kelby Vale, Carrickford, was fined 200 euro.", name: "Kelby Vale", type: .place),
        // A body's head keeps a body.
        Row(text: "The Lake County Board met on Monday to discuss the budget.", name: "Lake County Board", type: .agency),
        // A body cut before a title: no body.
        Row(text: "Tarnby Metropolitan Magistrate Anwar Hossain granted bail to the men on Sunday.",
            name: "Tarnby Metropolitan", type: nil),
        Row(text: "The Kelby Additional Magistrate Rohan Silva delivered the order on Friday.",
            name: "Kelby Additional", type: nil),
        // A body cut before its head takes the head.
        Row(text: "A team of the Vennor Police Special Operation Cell arrested the man at his home.",
            name: "Vennor Police Special Operation Cell", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
