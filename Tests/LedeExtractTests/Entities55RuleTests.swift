import Testing

@testable import LedeExtract

/// Entities round fifty-five (entities55): a team's nickname joins its team named otherwise
/// (`TeamNicknames55.swift`). Every sentence is written for the test.
@Suite struct Entities55RuleTests {
    typealias Row = EntityRuleRow

    /// A short game story: a school team named by its town, then by a nickname; the other side too.
    static let gameStory = """
        Brindle’s home opener went about as well as it could.
        The top-ranked Otters routed Corvin 41-7 Friday night at Brindle Field.
        Brindle (3-0) scored on its first drive of the game. The Otters never looked back.
        It had been a hard season for the Foxes, who fell to 0-3 after the loss.
        Corvin coach Dana Pruitt said the defense played hard all night.
        """

    /// Two sides named by their schools and then by their nicknames.
    static let collegeStory = """
        Reese Calder threw for 210 yards and two touchdowns and Kestrel beat Tamber 31-17 on Saturday, the Herons' third win in a row.
        The Herons, who opened the season with a loss, are 4-1.
        Defensively, the Herons held the Wolverines (2-5) to 90 yards rushing.
        """

    static let rows: [Row] = [
        // The nickname is no body of its own: it is the team's alias.
        Row(text: gameStory, name: "Otters", type: nil),
        Row(text: gameStory, name: "Brindle", type: .agency),
        Row(text: collegeStory, name: "Herons", type: nil),
        Row(text: collegeStory, name: "Kestrel", type: .agency),
        // Teams named only by their nicknames keep them as their names.
        Row(text: "The Falcons beat the Stingers 27-20 in the final round, and the Stingers fell to 2-6 after the loss to the Falcons on Saturday.", name: "Stingers", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// Each nickname joins the side it stands for.
    @Test(arguments: [
        (gameStory, "Brindle", "Otters"),
        (collegeStory, "Kestrel", "Herons"),
    ])
    func nicknameJoinsTeam(text: String, team: String, nickname: String) {
        let x = Extractor().extract(text: text, published: RuleRows.published)
        let found = x.entities.first { $0.name == team }
        #expect(found?.aliases.contains(nickname) == true, "\(x.entities.map { "\($0.type.rawValue) \($0.name) \($0.aliases)" })")
    }
}
