import Testing

@testable import LedeExtract

/// Entities round fourteen: page furniture and products that are no entities, and name
/// boundaries. Every sentence is written for the test.
@Suite struct Entities10RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // Products and platforms named without a product noun.
        Row(text: "The mayor posted the notice on Truth Social late Friday.", name: "Truth Social", type: nil),
        Row(text: "Revenue from Microsoft Azure grew 30% in the quarter.", name: "Microsoft Azure", type: nil),
        Row(text: "Revenue from Microsoft Azure grew 30% in the quarter.", name: "Microsoft", type: .agency),
        Row(text: "Owners of older Android phones will lose the update, said Dana Ruiz.", name: "Android", type: nil),
        Row(text: "The team tracks every pitch with Statcast now.", name: "Statcast", type: nil),
        Row(text: "The clinic sent reminders by Gmail and WeChat in May.", name: "WeChat", type: nil),
        // A model code after a name is a device, not a person.
        Row(text: "A Pinebrook Z10 handset sat on the counter.", name: "Pinebrook Z10", type: nil),
        // Picture credits close a caption: the photographer and the caption's names are furniture.
        Row(text: "Protesters gather outside the court in Halden. REUTERS/Tomas Varga\n\nThe hearing went on.", name: "Tomas Varga", type: nil),
        Row(text: "The senator waves to supporters in Ohio. (AP Photo/Lena Ortiz, File)\n\nThe vote is Tuesday.", name: "Lena Ortiz", type: nil),
        Row(text: "Voters queue in Dayton.\n\nAP Photo/Lena Ortiz, File\nThe count began on Monday in Dayton.", name: "Lena Ortiz", type: nil),
        // A poll credited to two firms is no photo credit.
        Row(text: "A Reuters/Ipsos poll found that Maria Chen leads the race.", name: "Maria Chen", type: .person),
        // "See also" opens a related-story line.
        Row(text: "The plant will close in June.\n\nSee also  Harwell Motors Unveils Cheaper Trucks For Fleet Buyers\n\nWorkers were told Monday.", name: "Harwell Motors", type: nil),
        // Time zones after a clock time are no name.
        Row(text: "The deadline is 5 p.m. ET Friday, the court said.", name: "ET Friday", type: nil),
        Row(text: "Voting closes at 8 pm PT Tuesday in the county.", name: "PT Tuesday", type: nil),
        // A plural noun and "of" opening a sentence are no part of a name with a capitalised "In".
        Row(text: "Shares of Bright In Motion Ltd. fell 4% on Monday.", name: "Bright In Motion Ltd.", type: .agency),
        // Headline lines repeated under a slug: a lone policy head or common surname is a word.
        Row(text: "Council Weighs Fee Ban, Parking Rules In Town Center\n\ncouncil-weighs-fee-ban\nCouncil Weighs Fee Ban, Parking Rules In Town Center\nThe council met on Monday to weigh the fee.", name: "Ban", type: nil),
        // A name with a common surname in a headline keeps it.
        Row(text: "Tim Cook Says Sales Will Grow\n\nThe chief executive spoke on Monday.", name: "Tim Cook", type: .person),
        // Object pronouns capitalised in a headline are no names.
        Row(text: "Apps Blocked Posts That Said ‘Follow Me Here’ On Sunday\n\nThe posts were blocked.", name: "Me", type: nil),
        // A curly apostrophe is read like a straight one.
        Row(text: "“We know the rules, and I’m sure they will hold,” the coach said.", name: "I’m", type: nil),
        Row(text: "She told the board that I’ve never seen such a budget.", name: "I’ve", type: nil),
        // Section labels: a short line of capitals ending in a section's word.
        Row(text: "Crews cleared the road by noon, police said.\nHamilton Top Stories\nA second crash closed the bridge.", name: "Hamilton Top Stories", type: nil),
        Row(text: "Halvorsen Report\nThe ministry said on Monday it would cut fees.", name: "Halvorsen Report", type: nil),
        // A one-sentence paragraph right before a picture credit is the picture's caption.
        Row(text: "The budget passed on Monday.\n\nA worker stacks crates at a depot in Leeds.\n\nCredit: Tom Rowe\n\nThe council will vote again in May.", name: "Leeds", type: nil),
        // But the last paragraph before a reporting credit is the story's.
        Row(text: "The budget passed on Monday.\n\nThe council meets again in Leeds in May.\n\nReporting by Tom Rowe", name: "Leeds", type: .place),
        // A headline with lower-case words ("the", "from") is still a headline at three in four capitals.
        Row(text: "Court Upholds Fee Repeal But Bars the City from Overriding Counties, Sends Key Issues Back\n\nThe court ruled on Tuesday.", name: "Overriding Counties", type: nil),
        // A press release stacks a dateline, a headline and sub-headlines before its first full stop.
        Row(text: "March 3, 2025\nSpringfield\nGovernor Announces Plan to Grow Jobs in the North\nIncludes More Than $8 Million to Drive Growth, Boost Housing Supply\nGovernor Ann Ruiz today announced the plan.", name: "Million", type: nil),
        // After batch B's one run: a state alone in parentheses after a name is the member's tag.
        Row(text: "Sens. Ann Ruiz (Ore.) and Tom Hale (Maine) voted against the plan.", name: "Maine", type: nil),
        Row(text: "Sens. Ann Ruiz (Ore.) and Tom Hale (Maine) voted against the plan.", name: "Tom Hale", type: .person),
        Row(text: "The mill in Portland (Maine) closed last year.", name: "Maine", type: .place),
        // Illustration credits are picture credits.
        Row(text: "Illustration by Dana Wirth / Coastline Weekly\n\nThe board met on Monday.", name: "Dana Wirth", type: nil),
        // A market index written with its number is no entity; the country before it stays.
        Row(text: "In London the FTSE 100 fell 0.4% while Paris's CAC 40 rose.", name: "FTSE", type: nil),
        Row(text: "In London the FTSE 100 fell 0.4% while Paris's CAC 40 rose.", name: "London", type: .place),
        Row(text: "Firms in the STOXX Europe 600 reported higher profits.", name: "STOXX Europe", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
