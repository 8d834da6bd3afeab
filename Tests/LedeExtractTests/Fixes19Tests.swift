import Testing

@testable import LedeExtract

/// Fixes round nineteen (fixes19, eighteenth session): programmes, plans, schemes and orders a
/// government's or a name's possessive owns (`Fixes19.swift`), a nation's or a state's lower-case
/// parliament or legislature (`lower-heads.txt`) and the state adjectives "Victorian" and
/// "Tasmanian" (`nonnames.txt`). Every sentence is written for the test; the rows marked "fails
/// without" fail at the round's start, the others guard what must stay.
@Suite struct Fixes19Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A nation's or a state's lower-case parliament acting or ending its phrase (fails without: a place or nothing).
        Row(text: "The Egyptian parliament voted on Tuesday to extend the emergency powers.", name: "Egyptian parliament", type: .agency),
        Row(text: "The bill was sent back to the Kenyan parliament.", name: "Kenyan parliament", type: .agency),
        Row(text: "The measure was approved by the Nebraska legislature in April.", name: "Nebraska legislature", type: .agency),
        // A parliament before a noun is a modifier: no body.
        Row(text: "The Kenyan parliament building was closed to visitors.", name: "Kenyan parliament", type: nil),
        // A state's adjective before its government (fails without: no body).
        Row(text: "Councils must stay under the cap set by the Victorian government for the year.",
            name: "Victorian government", type: .agency),
        Row(text: "Rates rose in line with the Tasmanian government's new limit.", name: "Tasmanian government", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// Programmes a possessive owns (fails without: no policy).
    static let policies: [PolicyRuleRow] = [
        PolicyRuleRow(text: "The province's mandatory mask order may be lifted next month, the premier said.",
                      policy: "mandatory mask order"),
        PolicyRuleRow(text: "Schools will reopen in the third step of Brennland's reopening plan.", policy: "reopening plan"),
        PolicyRuleRow(text: "Officials said the state's seasonal workers program would be expanded.", policy: "seasonal workers program"),
        PolicyRuleRow(text: "The council's coastal housing scheme was approved by councillors.", policy: "coastal housing scheme"),
        // An agency's own work, a field, a back-reference, a time's possessive or no possessive: no policy.
        PolicyRuleRow(text: "Auditors will review the agency's modernization program this year.", policy: nil),
        PolicyRuleRow(text: "The government's economic plan was criticised by the opposition.", policy: nil),
        PolicyRuleRow(text: "The city's earlier plan was dropped after the vote.", policy: nil),
        PolicyRuleRow(text: "Monday's court order was appealed by the company.", policy: nil),
        PolicyRuleRow(text: "The firm presented a new business plan to its investors.", policy: nil),
    ]

    @Test(arguments: policies) func ownedProgrammes(row: PolicyRuleRow) {
        row.check()
    }
}
