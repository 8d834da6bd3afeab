import Testing

@testable import LedeExtract

/// Entities round fifty-nine (entities59): a body's number after its name, and a country's style
/// (`AgencyPrecision59.swift`). The sentences are written for the test.
@Suite struct Entities59RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A numbered court branch, before a full stop and before a judge's title.
        Row(text: "The case was heard by Judge Maria Santos of the Marikina City Regional Trial Court Branch 12.",
            name: "Marikina City Regional Trial Court Branch 12", type: .agency),
        Row(text: "He went before Allen Superior Court 2 Judge Ann Reyes to ask for a shorter sentence.",
            name: "Allen Superior Court 2", type: .agency),
        // A station's call sign and its channel.
        Row(text: "Forecasters at KARE 11 in Minneapolis expect more snow on Tuesday.", name: "KARE 11", type: .agency),
        // A score after a court is no part of its name.
        Row(text: "The Supreme Court 6 to 3 ruling ended the dispute over the maps.", name: "Supreme Court", type: .agency),
        // A country's style is the country.
        Row(text: "The man was wanted to stand trial in the Republic of Ireland for an assault in 2019.",
            name: "Republic of Ireland", type: .place),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
