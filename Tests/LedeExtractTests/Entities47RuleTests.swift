import Testing

@testable import LedeExtract

/// Entities round forty-seven (entities47): a lone listed town named by an everyday word is a
/// place only where the article shows it as one (`CommonWordTowns47.swift`). Every sentence is
/// written for the test.
@Suite struct Entities47RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // The word before a noun, or as a currency or a company, with no place shown anywhere.
        Row(text: "The council said Union raises would be paid from the reserve fund next year.", name: "Union", type: nil),
        Row(text: "Sterling was little changed against the dollar on Tuesday afternoon.", name: "Sterling", type: nil),
        Row(text: "Analysts said Sunrise shares rose after the board approved the sale of its land.", name: "Sunrise", type: nil),
        // Shown as a place once (a preposition of place, a state after a comma, a dateline): kept.
        Row(text: "Union officials said the road would reopen. Crews worked in Union through the night.", name: "Union", type: .place),
        Row(text: "A fire closed two shops in Sterling on Monday, the fire chief said.", name: "Sterling", type: .place),
        Row(text: "Police in Corona, Calif., arrested two men after a chase on Friday.", name: "Corona", type: .place),
        Row(text: "Councils in Kent, Union and Essex set their budgets. Union councillors voted on Monday.", name: "Union", type: .place),
        Row(text: "Surrey, Reading and Slough councils will vote next week on the new tax rates.", name: "Reading", type: .place),
        Row(text: "The shop stands at the corner of North 5th Street and Union, near the old mill.", name: "Union", type: .place),
        // A town that is no common word keeps its type without any cue.
        Row(text: "Toowong residents said the new bus lanes had cut their commute.", name: "Toowong", type: .place),
        // A lone everyday word typed a person is dropped unless a full name in the article holds it.
        Row(text: "Shareholders will vote on the plan at the Annual General Meetings in May.", name: "Meetings", type: nil),
        Row(text: "President Trump said on Monday that the talks would go on. Trump spoke in Ohio.", name: "Trump", type: .person),
        Row(text: "Coach Dara Thunder named her squad on Monday. Thunder said the young players had earned it.",
            name: "Dara Thunder", type: .person),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
