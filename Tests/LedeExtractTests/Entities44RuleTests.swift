import Testing

@testable import LedeExtract

/// Entities round forty-four (entities44): lists that an area word introduces, one name a line
/// under a line about areas, "Town Madison" beside a listed place (`PlaceLists44.swift`), and
/// the local areas of the United Kingdom and Ireland in `subdivisions.txt`. Every sentence is
/// written for the test.
@Suite struct Entities44RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // An inline list after an area noun and an opener, a comma between them or not.
        Row(text: "Crews checked other flooded areas, including Fenna Dulo, Tarrow and Quillmoor.", name: "Fenna Dulo", type: .place),
        Row(text: "Crews checked other flooded areas, including Fenna Dulo, Tarrow and Quillmoor.", name: "Tarrow", type: .place),
        Row(text: "Crews checked other flooded areas, including Fenna Dulo, Tarrow and Quillmoor.", name: "Quillmoor", type: .place),
        Row(text: "Nurses visited villages such as Ombeni Rano and Katundo last week.", name: "Ombeni Rano", type: .place),
        // No area noun before the opener: the members keep their own types.
        Row(text: "Speakers included Jo Roe and Ann Lee, the organisers said.", name: "Jo Roe", type: .person),
        Row(text: "The fund backs firms, including Pellcorp and Zentrix, in the region.", name: "Pellcorp", type: .agency),
        // One name a line under a line that speaks of suburbs.
        Row(text: "The city said ten suburbs had no water on Friday. These included:\n\nBrenvale\n\nTarrow\n\nOmbeni Park\n\nKatundo\n\nRepairs are under way, the city said.",
            name: "Brenvale", type: .place),
        Row(text: "The city said ten suburbs had no water on Friday. These included:\n\nBrenvale\n\nTarrow\n\nOmbeni Park\n\nKatundo\n\nRepairs are under way, the city said.",
            name: "Katundo", type: .place),
        // Lines of names under a line about anything else stay what they are.
        Row(text: "The club named its new board on Friday. They are:\n\nJo Roe\n\nAnn Lee\n\nSam Tate\n\nThe vote was unanimous.",
            name: "Jo Roe", type: .person),
        // A common word and a listed place the article names alone.
        Row(text: "The team has been exploring Madison as a new home. The stadium will be built at Town Madison.",
            name: "Town Madison", type: .place),
        Row(text: "Dervin Wright scored twice before Wright left the field in Madison.", name: "Wright", type: .person),
        // "in" after a comma is no given name opening a list of persons.
        Row(text: "Police tracked the car north to Kellowby, in Logan, where they stopped it.", name: "Kellowby", type: .place),
        Row(text: "The award went to Tarrick, Jo Roe and Ann Lee on Friday.", name: "Tarrick", type: .person),
        // "to X" names a team only in a sports story: an election "victory" is no game.
        Row(text: "Supporters walked from Suleja to Kano over the election victory of the new governor.", name: "Kano", type: .place),
        // A game story's dateline stays the city; the city elsewhere is the team.
        Row(text: "ST. LOUIS — The St. Louis Cardinals beat the Chicago Cubs 5-3 on Sunday. St. Louis won its fourth game in a row and the Cubs lost again. The Cardinals scored three runs in the sixth inning.",
            name: "St. Louis", type: .place),
        // Local areas of the United Kingdom and Ireland, and Penang, from `subdivisions.txt` (the
        // entity takes the list's first form; the text's form is its alias).
        Row(text: "A man from Kilbride, Co Wicklow, appeared in court on Monday.", name: "County Wicklow", type: .place),
        Row(text: "Moray and Shetland councils set their budgets on Wednesday.", name: "Shetland Islands", type: .place),
        Row(text: "Rents rose fastest in East Renfrewshire and the Scottish Borders last year.", name: "Scottish Borders", type: .place),
        Row(text: "The chief minister said Penang is ready to work with the new government.", name: "Penang", type: .place),
        // England's regions, and a Malay square's opening word.
        Row(text: "In the East Midlands, waits for ambulances grew longer this winter.", name: "East Midlands", type: .place),
        Row(text: "Hospitals across the Midlands reported long queues on Monday.", name: "Midlands", type: .place),
        Row(text: "A carnival was held at Dataran Seroja on Saturday night.", name: "Dataran Seroja", type: .place),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
