import Testing

@testable import LedeExtract

/// Fixes round thirty-five (fixes35, twenty-second session; `Fixes35.swift`, `person-ranks.txt`):
/// a capitalised "Guard" closing a run of capitals is the body's head, not a sports title with no
/// name after it, and "Madam" before a name is a title. Every text is written for the test; the
/// rows marked "fails without" fail at the round's start, the others guard.
@Suite struct Fixes35Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A nation's coast guard (fails without: the place "Indian Coast").
        Row(text: "Two fishing boats were stopped at sea. The Indian Coast Guard said the crews were taken to port.",
            name: "Indian Coast Guard", type: .agency),
        Row(text: "Two fishing boats were stopped at sea. The Indian Coast Guard said the crews were taken to port.",
            name: "Indian Coast", type: nil),
        // An adjective's guard (fails without: no body at all).
        Row(text: "The storm flooded the valley. The Swiss Guard stood at the gate through the night.",
            name: "Swiss Guard", type: .agency),
        // "Madam" before a name (fails without: the person "Madam Abena Osei", the title in the name).
        Row(text: "The assembly met on Friday. The nominee, Madam Abena Osei, was confirmed as chief executive.",
            name: "Abena Osei", type: .person),
        // Guard: a name after the sports title still makes a person.
        Row(text: "The team won its third game. Guard Marcus Dell scored 20 points in the second half.",
            name: "Marcus Dell", type: .person),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
