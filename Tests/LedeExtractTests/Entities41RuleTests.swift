import Testing

@testable import LedeExtract

/// Entities round forty-one (entities41): teams and players in game stories
/// (`SportsTeams.swift`): a team's city is an alias of the team, a listed place beside a team in
/// a list is a team, a player's lone surname is the player; outside game stories a city stays
/// the city. Every sentence is written for the test.
@Suite struct Entities41RuleTests {
    typealias Row = EntityRuleRow

    static let game = "The Tulsa Ravens beat the Omaha Comets 27-20 on Sunday. Tulsa (7-2) led from the first quarter, "
        + "and Omaha never scored a touchdown after the break."

    static let rows: [Row] = [
        // A team's city is the team: no separate entity under the city's name.
        Row(text: game, name: "Tulsa Ravens", type: .agency),
        Row(text: game, name: "Tulsa", type: nil),
        Row(text: game, name: "Omaha", type: nil),
        // A nickname clipped to its first letters and an "s" is the team.
        Row(text: "The Fresno Buccaneers beat the Reno Owls 24-17 on Sunday. The Bucs (5-2) scored two touchdowns in the fourth quarter.",
            name: "Bucs", type: nil),
        // The city where the game was played stays a place.
        Row(text: "The Tulsa Ravens beat the Omaha Comets 27-20 on Sunday in Omaha. Tulsa (7-2) scored two late touchdowns.",
            name: "Omaha", type: .place),
        // A place listed after a team is a team too.
        Row(text: "Dell Rallo scored twice before halftime, and the football squad now leads the division by two games "
            + "over Tulsa, Wichita and Topeka (all 4-5) with six games left.", name: "Wichita", type: .agency),
        Row(text: "Dell Rallo scored twice before halftime, and the football squad now leads the division by two games "
            + "over Tulsa, Wichita and Topeka (all 4-5) with six games left.", name: "Topeka", type: .agency),
        // A player's lone surname, even a city's name, is the player.
        Row(text: "Marcus Irving scored 31 points as the Denver Comets beat the Reno Owls 110-98 on Friday. "
            + "Irving also had nine rebounds, and Denver (12-4) won for the sixth time in seven games.", name: "Irving", type: nil),
        Row(text: "Marcus Irving scored 31 points as the Denver Comets beat the Reno Owls 110-98 on Friday. "
            + "Irving also had nine rebounds, and Denver (12-4) won for the sixth time in seven games.", name: "Marcus Irving", type: .person),
        // Outside a game story the city stays the city, beside a body or a team named after it.
        Row(text: "The Dallas Police Department said on Monday that Dallas will open two cooling centers this week.",
            name: "Dallas", type: .place),
        Row(text: "The Tulsa Ravens signed a stadium lease with the county on Monday. Tulsa will pay for new roads near the site.",
            name: "Tulsa", type: .place),
        // One sports word without a score line is no game story.
        Row(text: "The Tulsa Ravens hired a new quarterback coach on Monday. Tulsa will also pay for new roads near the stadium.",
            name: "Tulsa", type: .place),
        // A place in a list of places outside sport stays a place.
        Row(text: "Storms hit Tulsa, Wichita and Topeka on Tuesday, the weather service said.", name: "Wichita", type: .place),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// The city joins the team as an alias.
    @Test func cityIsAliasOfTeam() {
        let x = Extractor().extract(text: Self.game, published: RuleRows.published)
        let team = x.entities.first { $0.name == "Tulsa Ravens" }
        #expect(team?.aliases.contains("Tulsa") == true, "\(x.entities.map { "\($0.type.rawValue) \($0.name) \($0.aliases)" })")
    }
}
