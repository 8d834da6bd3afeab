import Testing

@testable import LedeExtract

/// Entities round sixty-four (agency64, `Agencies64.swift`): outlets named as credits give
/// nothing, a dateline's wire under captions is an agency, named movements are agencies, storms,
/// the Dow, the S&P 500, a lone "TV" and Treasury securities are no entities, bodies cut short
/// are mended and a lone inner word of a person's name is that person. Every row fails at the
/// session's start (4e38b0f). The sentences are written for the test.
@Suite struct Agencies64RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // An outlet's label line, a closing credit: nothing.
        Row(text: "Reuters\n\nTarnby officials said the bridge would reopen on Monday after repairs.", name: "Reuters", type: nil),
        Row(text: "• Kyodo, Reuters\n\nTarnby officials said the bridge would reopen on Monday.", name: "Reuters", type: nil),
        Row(text: "The talks will resume next week, he said. -AFP", name: "AFP", type: nil),
        Row(text: "The vote is set for Tuesday.\n\nThis report by The Canadian Press was first published Sept. 25, 2024.",
            name: "The Canadian Press", type: nil),
        // A dateline's wire under a headline, a stamp and a caption, or under a "FILE -" caption.
        Row(text: "Kelby voters pick a mayor\n\nPublished 10:48 pm Tuesday, May 22, 2018\n\n10:30 p.m.\n\nVoters queue outside a school in Kelby on Tuesday\n\nKELBY (AP) — Voters in Kelby chose a new mayor on Tuesday.",
            name: "Associated Press", type: .agency),
        Row(text: "Ferry strike ends\n\nFILE - A ferry leaves Kelby harbour, Nov. 9, 2022. (AP Photo/Jo Lee, File)\n\nKELBY, Tarnland (AP) — The ferry strike ended on Wednesday.",
            name: "Associated Press", type: .agency),
        // Named movements.
        Row(text: "Mediators are working with Hamas to reach a deal between Israel and Hamas.", name: "Hamas", type: .agency),
        Row(text: "He was suspected of recruiting fighters for the Islamic State terror group.", name: "Islamic State", type: .agency),
        // Storms, indexes, securities, a lone "TV".
        Row(text: "Treasury yields climbed after the report on Friday.", name: "Department of the Treasury", type: nil),
        Row(text: "Typhoon Kelmar could make landfall on Sunday. Kelmar is the third storm this month.", name: "Kelmar", type: nil),
        Row(text: "The Dow rose 81 points to 13,155. The Dow, which does not include Apple, rose.", name: "Dow Chemical", type: nil),
        Row(text: "The Standard & Poor's 500 index rose 10 points on Friday.", name: "Standard & Poor", type: nil),
        Row(text: "He said in a TV interview that the talks had failed.", name: "TV", type: nil),
        // Bodies cut short.
        Row(text: "The ministry's Flood and Emergency Management Directorate said it sent teams.",
            name: "Flood and Emergency Management Directorate", type: .agency),
        Row(text: "The National Syndicate of Bus Drivers said the strike would go on.", name: "National Syndicate of Bus Drivers", type: .agency),
        Row(text: "Jo Brun of the union (General Transport Confederation) warned on Thursday.",
            name: "General Transport Confederation", type: .agency),
        Row(text: "The ruling by the European Court of Justice was welcomed in Warsaw.", name: "European Court of Justice", type: .agency),
        // A lone inner word of a person's name.
        Row(text: "Brazilian President Ana Maria Kelbo Tarnes met the envoys. Neither are allies of Kelbo, who took office in January.",
            name: "Kelbo", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
