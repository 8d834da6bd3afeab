import Testing

@testable import LedeExtract

/// Entities round thirty-eight (entities38): places a distance and a bearing put on a map, one
/// type for one name in an article (`PlaceDistances.swift`), and the word-list lines of the
/// round (councillors' and police ranks' titles, estates and shires as place heads, national
/// parties with no body's head word). Every sentence is written for the test.
@Suite struct Entities38RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A comma, an approximator, a distance and a bearing after the name.
        Row(text: "Water is expected to peak at Korrawindi, about 80km north, by Friday.", name: "Korrawindi", type: .place),
        Row(text: "The crash happened near Beldoran, 12 miles southwest of Dallas, on Sunday.", name: "Beldoran", type: .place),
        Row(text: "Crews reached Tullamane, some 30 km outside Cork, before dawn.", name: "Tullamane", type: .place),
        // A distance and a bearing before the name.
        Row(text: "The convoy stopped 40 kilometres north-east of Marrabel on Tuesday.", name: "Marrabel", type: .place),
        Row(text: "Firefighters were sent from a depot 25km from Quorndale overnight.", name: "Quorndale", type: .place),
        // One name, one type: a name a distance placed makes its other mentions places.
        Row(text: "Rain fell on Glen Arvon, about 300km west of Perth. Glen Arvon farmer Jo Hale said it was welcome.",
            name: "Glen Arvon", type: .place),
        // No bearing after the distance: an age or a count, not a position.
        Row(text: "Kellmore Systems, 40 years old this week, said profits rose.", name: "Kellmore Systems", type: .agency),
        // Councillors and police ranks are titles, not part of the name.
        Row(text: "Cllr Maeve Dorran said the plan should be scrapped.", name: "Maeve Dorran", type: .person),
        Row(text: "Councillor Brian Tolley walked out of the meeting.", name: "Brian Tolley", type: .person),
        Row(text: "SDPO Ravi Pandit said an inquiry had begun.", name: "Ravi Pandit", type: .person),
        // Estates and shires are places.
        Row(text: "Residents of Kibera Heights Estate blocked the road on Monday.", name: "Kibera Heights Estate", type: .place),
        Row(text: "Murrindale Shire Mayor Tom Beck said the rain was welcome.", name: "Murrindale Shire", type: .place),
        // National parties whose names carry no body's head word.
        Row(text: "Fine Gael's Pat Dorgan proposed the motion.", name: "Fine Gael", type: .agency),
        Row(text: "The motion was backed by Sinn Féin and Labour.", name: "Sinn Féin", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
