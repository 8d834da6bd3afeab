import Testing

@testable import LedeExtract

/// Agency round twenty-six (agencies26, twentieth session; `Agencies26.swift`,
/// `body-appositions.txt`): a body named after a lower-case noun of its kind, and an acronym that
/// spells a common word in a list of acronyms. Every text is written for the test; the rows marked
/// "fails without" fail at the round's start, the others guard.
@Suite struct Agencies26Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A lower-case noun of a body before an unlisted name that speaks (fails without: a person
        // by "said").
        Row(text: "The water regulator Dravex said on Monday that bills would rise by a fifth.", name: "Dravex", type: .agency),
        Row(text: "The police watchdog Velmira said it had opened an inquiry into the arrest.", name: "Velmira", type: .agency),
        Row(text: "Pilots in trade union Tarvosa said they would strike next week over pay.", name: "Tarvosa", type: .agency),
        // Guards: the same nouns before a name that does not speak (a body at the start too).
        Row(text: "Figures from exams regulator Quorlan show a small fall in top grades this year.", name: "Quorlan", type: .agency),
        Row(text: "Lawmakers from allied party Kesmar walked out of the chamber on Thursday.", name: "Kesmar", type: .agency),
        Row(text: "Norwegian public broadcaster Norvik reported that the border had been closed.", name: "Norvik", type: .agency),
        // Guards: a person's shape after the noun stays a person; a headline ending in the noun
        // opens no body on the next line.
        Row(text: "The party leader, and spokesperson for the party Maria Lendis, urged a vote on Friday.",
            name: "Maria Lendis", type: .person),
        Row(text: "Dumped rubbish lands three men in court\n\nHouseholders have been fined hundreds of pounds for dumping bags.",
            name: "Householders", type: nil),
        // An acronym spelling a common word in a list of acronyms (fails without: nothing).
        Row(text: "The report was written by scientists from NASA, NOAA, the Army Corps of Engineers and several universities.",
            name: "NOAA", type: .agency),
        Row(text: "He said information sharing with the FIA, INTERPOL, and other agencies should be improved.",
            name: "INTERPOL", type: .agency),
        // Guards: shouted words beside each other, and a shouted headline, name no body.
        Row(text: "Watch the final LIVE and FREE on the league's app this weekend.", name: "FREE", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// The apposition nouns load, and the company nouns stay in their own set.
    @Test func appositionsLoad() {
        #expect(Lexicon.shared.bodyAppositions26.contains("regulator"))
        #expect(Lexicon.shared.bodyAppositions26.contains("watchdog"))
        #expect(!Lexicon.shared.bodyAppositions26.contains("rival"))
    }
}
