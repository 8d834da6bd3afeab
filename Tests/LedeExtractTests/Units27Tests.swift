import Testing

@testable import LedeExtract

/// Unit round twenty-seven (units27, twentieth session; `Units27.swift`): a body's unit named
/// after its parent's possessive is kept from the learned typer. Every text is written for the
/// test; the rows marked "fails without" fail at the round's start, the others guard.
@Suite struct Units27Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A unit after a body's or a country's possessive, outside the first sentence (fails
        // without: dropped by the typer).
        Row(text: "Prices kept rising in the spring. Data from the country’s National Bureau of Statistics showed that food cost a third more.",
            name: "National Bureau of Statistics", type: .agency),
        Row(text: "The merger was announced in March. \"Readers will suffer,\" said Tom Vell, a lawyer of the Trade Department's Competition Division, in a statement.",
            name: "Competition Division", type: .agency),
        // Guards: the same unit after "the", and a unit in the first sentence, stay bodies.
        Row(text: "Prices kept rising in the spring. Data from the National Bureau of Statistics showed that food cost a third more.",
            name: "National Bureau of Statistics", type: .agency),
        Row(text: "The Trade Department's Competition Division said it would study the deal.", name: "Competition Division", type: .agency),
        // Guard: a name cut at "and" after a possessive is left to the typer (its half is no body).
        Row(text: "The outbreak grew in May. \"We are worried,\" said Dr. Ana Vell, director of the agency’s National Center for Immunization and Respiratory Diseases.",
            name: "National Center for Immunization", type: nil),
        // Guard: a "System" after a possessive is mostly a programme, left to the typer.
        Row(text: "Pilots filed many reports this year. The union said its members had sent 40 alerts to the agency’s Flight Safety Reporting System since May.",
            name: "Flight Safety Reporting System", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
