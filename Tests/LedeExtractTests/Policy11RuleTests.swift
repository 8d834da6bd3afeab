import Testing

@testable import LedeExtract

/// Policy round eleven (policy11): measures an authority imposes named by their noun phrase, "of"-
/// titles closed by a year and titles with lower-case bracketed parts (`PolicyImposed11.swift`).
/// Every sentence is written for the test.
@Suite struct Policy11RuleTests {
    typealias PolicyRow = PolicyRuleRow

    static let policyRows: [PolicyRow] = [
        // Curfews, decrees, ordinances and orders named by their modifiers.
        PolicyRow(text: "Looting went on after the city-wide curfew imposed by the mayor on Sunday.", policy: "city-wide curfew"),
        PolicyRow(text: "The island has a strict 10 p.m. curfew for bars.", policy: "10 p.m. curfew"),
        PolicyRow(text: "The king issued 12 new royal decrees on Monday.", policy: "12 new royal decrees"),
        PolicyRow(text: "The council passed the budget ordinance on a 5-2 vote.", policy: "budget ordinance"),
        PolicyRow(text: "Deputies wrote few tickets for breaches of shelter-in-place orders last week.",
                  policy: "shelter-in-place orders"),
        PolicyRow(text: "The magistrate granted the remand order sought by the police.", policy: "remand order"),
        // A bare curfew with a verb of imposing beside it.
        PolicyRow(text: "The governor imposed a curfew on the port town.", policy: "curfew"),
        // An "of"-title closed by its year.
        PolicyRow(text: "The judge cited the Constitution of the Republic of Kenya, 2010 in her ruling.",
                  policy: "Constitution of the Republic of Kenya, 2010"),
        // Lower-case bracketed parts inside a title.
        PolicyRow(text: "He was charged under the Public Health (covid) (controls) (Wales) Regulations 2021 on Monday.",
                  policy: "Public Health (covid) (controls) (Wales) Regulations 2021"),
    ]

    static let noPolicyRows: [PolicyRow] = [
        // An order of a sequence or a sanction on a person, an ordinance as a kind, a bare curfew.
        PolicyRow(text: "The names were read in order of arrival.", policy: nil),
        PolicyRow(text: "The coach received a 10-year show-cause order from the league.", policy: nil),
        PolicyRow(text: "Every town must pass an ordinance before spring.", policy: nil),
        PolicyRow(text: "Teenagers said the curfew felt long.", policy: nil),
        // A provision cited with its year-closed title gives no policy for the provision's lead.
        PolicyRow(text: "The bank paid the Republic of Ghana 2019 dividends early.", policy: nil),
    ]

    @Test(arguments: policyRows) func findsPolicies(row: PolicyRow) {
        row.check()
    }

    @Test(arguments: noPolicyRows) func findsNoPolicy(row: PolicyRow) {
        row.check()
    }
}
