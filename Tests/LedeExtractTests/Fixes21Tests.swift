import Testing

@testable import LedeExtract

/// Fixes round twenty-one (fixes21, nineteenth session; `Fixes21.swift`): a dateline with a date
/// after the city's comma names the city a place, and a dateline's city in a game story stays the
/// place though the same name is a side later. Every text is written for the test; the rows
/// marked "fails without" fail at the round's start, the others guard.
@Suite struct Fixes21Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A dated dateline: an unlisted city in capitals (fails without: an agency "KELMORA BAY").
        Row(text: "KELMORA BAY, March 5 — Police arrested two men after a chase through the town centre on Tuesday night.",
            name: "Kelmora Bay", type: .place),
        Row(text: "Heavy frost hits farms\n\nTARROWFIELD, BRAZIL, July 30 (Reuters) - Frost stained large areas of coffee fields "
                + "in the south of Brazil, farmers said.",
            name: "Tarrowfield", type: .place),
        Row(text: "Cup ban\n\nBy Jo Lendis\n\nKELMORA, Switzerland, July 4 Tarrow were suspended from the cup on Thursday, "
                + "the federation said.",
            name: "Kelmora", type: .place),
        // The source after the date is the outlet.
        Row(text: "KELMORA BAY, Feb. 13 (Reuters) - The council approved a new budget on Monday.", name: "Reuters", type: .agency),
        // "panel" heads a body (`org-heads.txt`): a person of a panel is the person and the body
        // (fails without: one agency "Jo Lendis of the …"), and a panel's adjective stays in its name.
        Row(text: "Both players accepted the sanction proposed by Jo Lendis of the Emirates Elite Panel of Match Referees.",
            name: "Jo Lendis", type: .person),
        Row(text: "Both players accepted the sanction proposed by Jo Lendis of the Emirates Elite Panel of Match Referees.",
            name: "Emirates Elite Panel of Match Referees", type: .agency),
        Row(text: "The fine was set by Ana Pirel of the Independent Review Panel.", name: "Independent Review Panel", type: .agency),
        // A player's position after a country's name in a game story (`team-sides.txt`): the team
        // (fails without: the place).
        Row(text: "Wales fly-half Jo Lendis kicked three penalties and a conversion as Tarrow won 23-17 on Saturday.\n\n"
                + "The winger scored a try in the second half, and the home side led 13-3 at the break.",
            name: "Wales", type: .agency),
    ]

    /// The position words load as side words.
    @Test func sideWordsLoad() {
        #expect(Lexicon.shared.teamSidesAfter19.contains("fly-half"))
        #expect(Lexicon.shared.teamSidesAfter19.contains("opener"))
        #expect(Lexicon.shared.teamSidesPossessed19.contains("wicketkeeper"))
    }

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// A weekday in capitals opens no dateline: "TUESDAY, Oct. 7 (…)" names no place.
    @Test func weekdayIsNoCity() {
        let x = Extractor().extract(text: "TUESDAY, Oct. 7, 2003 (Tarrow News) -- Doctors trained abroad did as well as others.",
                                    published: RuleRows.published)
        #expect(!x.entities.contains { $0.name.lowercased() == "tuesday" }, "\(x.entities.map(\.name))")
    }

    /// A game story's dateline city stays a place beside the side of the same name (fails without:
    /// the dateline joins the team's agency).
    @Test(arguments: [
        "NEW YORK (AP) — Jo Lendis hit a two-run homer in the ninth inning and the Tarrow Hawks beat New York 5-3 on Friday night.\n\n"
            + "The Yankees lost for the 14th time in 18 games. New York scored twice in the fourth inning.",
        "Hawks rally in ninth\n\nBy Ana Pirel\n\nNEW YORK — (AP) — Jo Lendis hit a two-run homer and the Tarrow Hawks stunned New York 5-3.\n\n"
            + "The Yankees have lost 14 of 18 games. New York led 3-0 after four innings.",
    ]) func datelineCityStaysPlace(text: String) {
        let x = Extractor().extract(text: text, published: RuleRows.published)
        #expect(x.entities.contains { $0.name == "New York" && $0.type == .place }, "\(x.entities.map { "\($0.type.rawValue) \($0.name)" })")
    }
}
