import Testing

@testable import LedeExtract

/// Entities round seventeen: things that are not entities (app prompts, bylines, credits, wire
/// slugs, abbreviations of things) and name boundaries. Every sentence is written for the test.
@Suite struct Entities13RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // App and newsletter prompts, a site's breadcrumb line.
        Row(text: "Download Newsly\nThe mayor of Leeds opened a bridge on Monday.", name: "Newsly", type: nil),
        Row(text: "Get Dawnpost Alerts in your inbox:\nThe mayor of Leeds opened a bridge on Monday.", name: "Dawnpost Alerts", type: nil),
        Row(text: "Kestrel.com » World » Bridge opens\nThe mayor of Leeds opened a bridge on Monday.", name: "Kestrel.com", type: nil),
        // Credit lines of several forms close a wire story.
        Row(text: "The bridge opened on Monday.\nWriting by Jorra Mallik; Editing by Tom Pell", name: "Jorra Mallik", type: nil),
        Row(text: "The bridge opened on Monday.\nEdited by Jorra Mallik", name: "Jorra Mallik", type: nil),
        // Bylines: a role in lower case before the name; "By" ending a dateline's line.
        Row(text: "By senior health reporter Maria Dunleavy\nThe clinic in Perth closed on Monday.", name: "Maria Dunleavy", type: nil),
        Row(text: "[May 3, 2022] By\nMaria Dunleavy, Tom Pell and Ann Roe\nThe clinic in Perth closed on Monday.", name: "Tom Pell", type: nil),
        Row(text: "[May 3, 2022] By\nMaria Dunleavy, Tom Pell and Ann Roe\nThe clinic in Perth closed on Monday.", name: "Perth", type: .place),
        // Abbreviations of things and a wire slug's "LD" are no organisations.
        Row(text: "The firm reported EPS of $0.42 for the quarter.", name: "EPS", type: nil),
        Row(text: "Jobs in ICT and nursing grew fastest last year.", name: "ICT", type: nil),
        Row(text: "2nd LD: Storm hits the coast of Chile\nThe storm struck at dawn.", name: "2nd LD", type: nil),
        Row(text: "The order told Adj. Gen. Rosa Banfield to call up troops.", name: "Adj", type: nil),
        // A party word after a chamber: the chamber is an agency; the pair is no name.
        Row(text: "Tom Pell, the top Senate Democrat on the panel, objected.", name: "Senate", type: .agency),
        Row(text: "Tom Pell, the top Senate Democrat on the panel, objected.", name: "Senate Democrat", type: nil),
        // "International" opens a name whose head takes "for".
        Row(text: "Families spoke to the International Organisation for Refugees on Friday.",
            name: "International Organisation for Refugees", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
