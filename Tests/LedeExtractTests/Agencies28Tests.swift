import Testing

@testable import LedeExtract

/// Agency round twenty-eight (agencies28, twenty-first session; `Agencies28.swift`): a court named
/// by its place and a lower-case head is one body. Every text is written for the test; the rows
/// marked "fails without" fail at the round's start, the others guard.
@Suite struct Agencies28Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A place's bare court after "the", ending its phrase (fails without: the place alone).
        Row(text: "Two fishermen were detained in the harbour. They were brought before the Marlow court on Friday and remanded.",
            name: "Marlow court", type: .agency),
        // A kind of court after "in" or "at" without "the", in an article of roads and towns (fails
        // without: the place alone; then typed a place by the learned typer).
        Row(text: "A Tenby man was charged after a crash on Highway 9 near Dunmore Road. He is due to appear in Tenby provincial court on May 3.",
            name: "Tenby provincial court", type: .agency),
        Row(text: "The jury was sworn in on Monday. The trial at Hollin Vale crown court of the three brothers went on all week.",
            name: "Hollin Vale crown court", type: .agency),
        Row(text: "The Ridgeway regional court sentenced the former clerk to eight years on Tuesday.",
            name: "Ridgeway regional court", type: .agency),
        // "of appeals" after the head belongs to the name (fails without: the place alone).
        Row(text: "The firm lost again on Monday. In May the Marlow court of appeals ruled that the fine stands.",
            name: "Marlow court of appeals", type: .agency),
        // Guards: after "a", a court is no body of its own; the place stays.
        Row(text: "A Leeds court fined the trawler's owner on Friday.", name: "Leeds court", type: nil),
        Row(text: "A Leeds court fined the trawler's owner on Friday.", name: "Leeds", type: .place),
        // Guard: a court's ruling is a ruling ("court" does not end the phrase).
        Row(text: "Lawyers studied the Marlow court ruling for a week.", name: "Marlow court", type: nil),
        // Guard: a capitalised adjective after a possessive is no place ("the country's Apex court").
        Row(text: "The petition went to the country’s Apex court, which refused to hear it.", name: "Apex court", type: nil),
        // Guard: a country's court is no body of its own.
        Row(text: "The miners took their case to the Ireland court in May.", name: "Ireland court", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// The rows load, with their kind.
    @Test func rowsLoad() {
        let rows = EntityRecognizer.lowerHeads57["court"] ?? []
        #expect(rows.contains { $0.rest.isEmpty && $0.kind == .closes })
        #expect(EntityRecognizer.lowerHeads57["provincial"]?.contains { $0.rest == ["court"] && $0.kind == .closes } == true)
    }
}
