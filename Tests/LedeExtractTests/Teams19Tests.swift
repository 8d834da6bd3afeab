import Testing

@testable import LedeExtract

/// Teams round nineteen (teams19, eighteenth session): a town or city acting as a side in a game
/// story is the team (`Teams19.swift`, `team-sides.txt`). Every sentence is written for the test;
/// the rows marked "fails without" fail at the round's start, the others guard what must stay.
@Suite struct Teams19Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A noun after the possessive (fails without: a place).
        Row(text: "Derby's late equaliser stunned the visitors. The striker scored twice before half-time and the goalkeeper saved a penalty.",
            name: "Derby", type: .agency),
        // A noun after the name (a listed city held it already, by the city rule).
        Row(text: "The striker scored twice before half-time and the goalkeeper saved a penalty. Swansea fans sang long after the whistle.",
            name: "Swansea", type: .agency),
        // A pair of words before the name (fails without: a place after "of").
        Row(text: "The hosts climbed to fourth with a 3-1 defeat of Swansea. The striker scored twice and the goalkeeper was rarely tested after half-time.",
            name: "Swansea", type: .agency),
        Row(text: "The winger, signed from Burnley last summer, scored twice. The striker and the goalkeeper kept the squad in the game after half-time.",
            name: "Burnley", type: .agency),
        // A won-lost record after the name (a guard: the recogniser reads it for a listed city).
        Row(text: "Ashbury and Swansea (9-10) meet in the other semifinal. The striker scored twice in the last round and the goalkeeper is fit.",
            name: "Swansea", type: .agency),
        // Before a colon or after "on the": the place (fails without: a team by the city rule).
        Row(text: "Sydney: The squad for the tournament was named on Monday. The striker and the goalkeeper return after injury and the goals should come.",
            name: "Sydney", type: .place),
        Row(text: "The squad plays two qualifiers on the Gold Coast in June. The striker scored twice in the last tournament and the goalkeeper is fit.",
            name: "Gold Coast", type: .place),
        // A colon after a side that closes a heading leaves it the team (a guard: the colon shape is only a line's opening name).
        Row(text: "The striker scored twice and the goalkeeper saved a penalty before half-time.\n\nSquad for the two Tests against Swansea:\nAna Rivas, Tom Ellery",
            name: "Swansea", type: .agency),
        // After a locative the words after the name read the place.
        Row(text: "The derby in Swansea drew a full house. The striker scored twice before half-time and the goalkeeper saved a penalty.",
            name: "Swansea", type: .place),
        // A number-led nickname after the city is the team's full name (fails without: "Ashbury" cut at "76ers").
        Row(text: "The forward scored 30 points for the Ashbury 76ers. The striker-turned-guard had 12 rebounds in the tournament's final game.",
            name: "Ashbury 76ers", type: .agency),
        Row(text: "The quarterback threw two touchdowns as the Denver 49ers won the opener. Their squad rallied after halftime.",
            name: "Denver 49ers", type: .agency),
        // Australian rules counts as a game story by its league (fails without: a place "Adelaide").
        Row(text: "The AFL confirmed the fixture on Monday. Adelaide fans queued overnight for tickets to the AFL semi-final.",
            name: "Adelaide", type: .agency),
        // Outside a game story nothing changes.
        Row(text: "Councillors voted against Derby's plan for a new bus station on Tuesday, the council said.", name: "Derby", type: .place),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// The side words are read from `team-sides.txt`.
    @Test func sideWordsLoaded() {
        let lexicon = Lexicon.shared
        #expect(lexicon.teamSidesBefore19.contains("against"))
        #expect(lexicon.teamSidesBefore19.contains("defeat of"))
        #expect(lexicon.teamSidesAfter19.contains("fans"))
        #expect(lexicon.teamSidesPossessed19.contains("bullpen"))
        #expect(!lexicon.teamSidesAfter19.contains("said"))
        #expect(EntityMerger.isNumberedNickname19("76ers"))
        #expect(!EntityMerger.isNumberedNickname19("1990s"))
        #expect(!EntityMerger.isNumberedNickname19("others"))
    }
}
