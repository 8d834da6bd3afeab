import Testing

@testable import LedeExtract

/// Entities round fifty (news outlets): outlets, broadcasters and wire services are agencies,
/// named from the hand-kept list `outlets.txt` (with a listed "The" kept: "The Hindu") or by the
/// cues articles share (`NewsOutlets50.swift`): a station's head word after "told", "The X
/// understands", "X reported", "a X reporter". Every sentence is written for the test.
@Suite struct Entities50RuleTests {
    typealias Row = EntityRuleRow

    /// One short article naming three outlets (the learned typer reads the whole text).
    static let mixed = """
        The principal told the Ballina Guardian that classes would resume on Monday.

        Floods cut the coastal highway in three places on Sunday, the Xinhua news agency said.

        Kestrel Voss told Newstalk ZB the plan was fair.

        A spokesman for Bernama said the agency would appeal.

        Sales at News18 rose, the group said. Earlier, Bernama reported the figures.

        The headmaster told the Antrim Guardian the costs were too high.
        """

    static let rows: [Row] = [
        // Listed wire services and outlets, in any position.
        Row(text: mixed, name: "Bernama", type: .agency),
        Row(text: mixed, name: "Newstalk ZB", type: .agency),
        // A masthead after "told the" is the outlet even when a listed place opens it.
        Row(text: mixed, name: "Antrim Guardian", type: .agency),
        Row(text: "The group's websites, including News18 and Firstpost, drew more readers in March.", name: "News18", type: .agency),
        // A listed masthead with its article keeps the article.
        Row(text: "The district collector told The Hindu that the dam was safe.", name: "The Hindu", type: .agency),
        Row(text: "According to The Telegraph, the club signed the forward in May.", name: "The Telegraph", type: .agency),
        Row(text: "The plan was first reported by The Age on Sunday.", name: "The Age", type: .agency),
        Row(text: "The series was made in partnership with This American Life and aired in May.", name: "This American Life", type: .agency),
        // A station's "TV" kept where an outlet's cue stands; a masthead word after "told the" or
        // before "understands".
        Row(text: "\"We are ready,\" Dana Pike told Harbourside TV on Tuesday.", name: "Harbourside TV", type: .agency),
        Row(text: "An Orbit TV correspondent filed the report from the port.", name: "Orbit TV", type: .agency),
        Row(text: "Officials told the Courier that the vote on the levy was close.", name: "Courier", type: .agency),
        Row(text: "The Ledger understands the board met on Monday to discuss the sale.", name: "Ledger", type: .agency),
        // Both outlets of a combined dateline source; a closing wire credit gives nothing.
        Row(text: "TULSA, Okla. (KQRX/KVNO) – The city council approved the budget on Tuesday.", name: "KQRX", type: .agency),
        Row(text: "TULSA, Okla. (KQRX/KVNO) – The city council approved the budget on Tuesday.", name: "KVNO", type: .agency),
        Row(text: "The two firms said the merger would close in May. ― Bernama\n\nShares of both rose.", name: "Bernama", type: nil),
        // A person after "told" stays a person; a place before "correspondent" stays a place.
        Row(text: "Brenna Holt told Marlow Tennant the figures were wrong.", name: "Marlow Tennant", type: .person),
        Row(text: "A Washington correspondent wrote the piece for the paper.", name: "Washington", type: .place),
        // Everyday words are not listed: the weather's sky stays no entity.
        Row(text: "Sky conditions were clear over the port on Tuesday, forecasters said.", name: "Sky", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
