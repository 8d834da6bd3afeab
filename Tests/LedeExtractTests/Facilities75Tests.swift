import Testing

@testable import LedeExtract

/// Typing round seventy-five (typing75, fifteenth session): sites named by a head that only ever
/// names a site (`site-heads.txt`) and sites a casualty is taken to (`carried-to.txt`), typed
/// places where the rules had typed an organisation (`Facilities75.swift`). Every sentence is
/// written for the test; the rows marked "fails without" fail without the round's pass, the
/// others guard what must stay.
@Suite struct Facilities75Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A name ending in a site's head is the site (fails without).
        Row(text: "In a quiet protest, the Harlow Monument was closed to visitors on Monday.", name: "Harlow Monument", type: .place),
        Row(text: "Supporters gathered in the ballroom of the Corvane Inn to await the results.", name: "Corvane Inn", type: .place),
        Row(text: "Traffic on the Delmont Turnpike was slowed by the crash on Friday.", name: "Delmont Turnpike", type: .place),
        // A place before the pass already (the learned typer's), kept.
        Row(text: "Astronomers spotted the comet from the Mount Pellan Observatory last week.", name: "Mount Pellan Observatory", type: .place),
        // A two-word head; a participle before "by" is passive, not acting (fails without).
        Row(text: "The city is home to the Kestwick Air Base used by the coalition to move supplies.",
            name: "Kestwick Air Base", type: .place),
        Row(text: "Two residents of the Tessaro Care Home will be 100 this year.", name: "Tessaro Care Home", type: .place),
        // A site a casualty is taken to (the second fails without; the first was a place already).
        Row(text: "One driver was taken to Ridgeway Medicine with minor injuries.", name: "Ridgeway Medicine", type: .place),
        Row(text: "The second passenger was airlifted to the Northgate Health Campus for treatment.", name: "Northgate Health Campus", type: .place),
        // The institution acting keeps the organisation.
        Row(text: "The Harlow Observatory said the comet would be visible on Friday.", name: "Harlow Observatory", type: .agency),
        // A body's head after the carrying verb keeps the body.
        Row(text: "The dispute was taken to the Kestwick Licensing Board last year.", name: "Kestwick Licensing Board", type: .agency),
        // A head after "of" is a portfolio's, not a site's.
        Row(text: "Officials from the Ministry of Interior met the delegation on Monday.", name: "Ministry of Interior", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
