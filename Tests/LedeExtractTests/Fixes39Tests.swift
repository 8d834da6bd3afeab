import Testing

@testable import LedeExtract

/// Fixes round thirty-nine (fixes39, twenty-second session; `Fixes39.swift`): a closing "Guard"
/// after "National" is the body's head, the office-title pass no longer cuts a closing "Guard"
/// off a body, and "the <field> and <field> committee" in lower case is a body. Every text is written for the test; the rows marked "fails without" fail
/// at the round's start, the others guard.
@Suite struct Fixes39Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A state's national guard (fails without: the place "Kentford" alone).
        Row(text: "Floods closed the main road. The governor said the Kentford National Guard would deliver water on Monday.",
            name: "Kentford National Guard", type: .agency),
        // A listed state's national guard (fails without: the place "Ohio" alone, no body).
        Row(text: "Snow closed the highways. Officials said the Ohio National Guard was sent to help stranded drivers.",
            name: "Ohio National Guard", type: .agency),
        // A listed country's coast guard (fails without: the body "Japan Coast").
        Row(text: "Two boats collided near the harbour. The Japan Coast Guard said three sailors were rescued.",
            name: "Japan Coast Guard", type: .agency),
        Row(text: "Two boats collided near the harbour. The Japan Coast Guard said three sailors were rescued.",
            name: "Japan Coast", type: nil),
        // An unlisted name's coast guard before its acronym (fails without: "Tarrow Coast").
        Row(text: "The Tarrow Coast Guard (TCG) pulled four divers from the water. The TCG said all were safe.",
            name: "Tarrow Coast Guard", type: .agency),
        // Guard: a title word before a sports title still splits off the person named after it.
        Row(text: "The Tarrow Hawks won again. Senior Guard Marcus Dell scored 20 points in the second half.",
            name: "Marcus Dell", type: .person),
        // Guard: the office-title pass still cuts a title that is no body's head.
        Row(text: "The Kadena State Head of Service retired on Friday after thirty years.",
            name: "Kadena State Head of Service", type: nil),
        // A council's lower-case committee named by two fields (fails without: nothing).
        Row(text: "The mayor will put the plan to the planning and housing committee on Wednesday, officials said.",
            name: "planning and housing committee", type: .agency),
        Row(text: "Members of the parks and leisure committee voted to close the pool in March.",
            name: "parks and leisure committee", type: .agency),
        // Guard: a committee named by one field stays out (most are no entity in the gold).
        Row(text: "The mayor will put the plan to the finance committee on Wednesday, officials said.",
            name: "finance committee", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
