import Testing

@testable import LedeExtract

/// Entities round sixty-one (credits61): bylines, sign-offs and picture credits give no entities
/// (`Credits61.swift`); a credited person the body names too, a roster's names and a list's
/// items stay. The texts are written for the test.
@Suite struct Credits61Tests {
    typealias Row = EntityRuleRow

    static let body = "\n\nThe county board voted on Tuesday to raise the fee for parking permits in Millbrook."

    static let rows: [Row] = [
        // A byline without "By": the name alone on its line.
        Row(text: "Parking fees rise in Millbrook\n\nKate Wexler" + body, name: "Kate Wexler", type: nil),
        // With the writer's role after a comma.
        Row(text: "Parking fees rise in Millbrook\n\nRichard Dowle, local democracy reporter" + body, name: "Richard Dowle", type: nil),
        // A sign-off closing the story.
        Row(text: "Parking fees rise in Millbrook" + body + "\n\n— Linda Marsh", name: "Linda Marsh", type: nil),
        // "Name for Outlet" under a picture.
        Row(text: "Parking fees rise in Millbrook\n\nDerek Holm for MPR" + body, name: "Derek Holm", type: nil),
        // "Name/", "Name / Outlet", "(Name/Outlet)" and "(Name | Outlet)" picture credits.
        Row(text: "Parking fees rise in Millbrook\n\nDarren Kell/" + body, name: "Darren Kell", type: nil),
        Row(text: "Parking fees rise in Millbrook\n\nKelly Prest / Arizona Daily Star" + body, name: "Kelly Prest", type: nil),
        Row(text: "Parking fees rise in Millbrook\n\nKelly Prest / Arizona Daily Star" + body, name: "Arizona", type: nil),
        Row(text: "Parking fees rise in Millbrook\n\n(Kristen Tate/The San Diego Union-Tribune)" + body, name: "Kristen Tate", type: nil),
        Row(text: "(Leah Holt | The Salt Lake Tribune) A meter stands on Main Street." + body, name: "Leah Holt", type: nil),
        // Closing a caption: after its full stop, in brackets, after "Photo:".
        Row(text: "Fans cheer in the final. Scott Trule/Van Wert Independent" + body, name: "Scott Trule", type: nil),
        Row(text: "A meter stands on Main Street. (Jim Slaski/The Gazette)" + body, name: "Jim Slaski", type: nil),
        Row(text: "A meter stands on Main Street. Photo: Pesi Folau/ Harbour Times." + body, name: "Pesi Folau", type: nil),
        // A reporter's name in a dateline's brackets, past the first sentences; the outlet stays.
        Row(text: "Roundup\n\nOne.\n\nTwo.\n\nThree.\n\nPIERRE, S.D. (John Hulm/South Dakota Searchlight) – The fee rose on Tuesday.",
            name: "John Hulm", type: nil),
        // Kept: the credited person named in the body.
        Row(text: "Parking fees rise in Millbrook\n\nKelly Prest / Arizona Daily Star\n\nKelly Prest, the county clerk, said the fee rose.",
            name: "Kelly Prest", type: .person),
        // Kept: a name heading the paragraphs about its person ("Wexler said …").
        Row(text: "Candidates\n\nKate Wexler\n\nWexler, 45, said the board should freeze the fee in Millbrook.",
            name: "Kate Wexler", type: .person),
        // Kept: a roster, one name a line.
        Row(text: "The board's members are:\nKate Wexler\nDerek Holm\nLinda Marsh\n\nThey voted on Tuesday.",
            name: "Derek Holm", type: .person),
        // Kept: a list of items opened by dashes.
        Row(text: "The winners were:\n- Linda Marsh\n- Derek Holm\n\nThey spoke on Tuesday.", name: "Linda Marsh", type: .person),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
