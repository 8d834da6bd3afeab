import Testing

@testable import LedeExtract

/// Entities round sixty-nine (merge69, `Merges69.swift`): one person under a full name and a short
/// form of two words or more, one name under two spellings that differ only by diacritics, and a
/// broadcaster whose name ends in a preposition before its number ("News On 6"). The rows with no
/// type say the short or second form is no entity of its own; every such row fails at main
/// 009633b. The sentences are written for the test.
@Suite struct Merges69RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A person's short form of two words beside the full name.
        Row(text: "Police detained party leader Tarek Hamid Osmani Rahman at his home on Monday.\n\n"
                + "Earlier, police presented Tarek Hamid in court.", name: "Tarek Hamid Osmani Rahman", type: .person),
        Row(text: "Police detained party leader Tarek Hamid Osmani Rahman at his home on Monday.\n\n"
                + "Earlier, police presented Tarek Hamid in court.", name: "Tarek Hamid", type: nil),
        // One name with and without its diacritics.
        Row(text: "President Joaquim Inácio Pereira Tavares met the envoys in Brasilia on Monday.\n\n"
                + "Joaquim Inacio Pereira Tavares said the talks went well.", name: "Joaquim Inacio Pereira Tavares", type: nil),
        Row(text: "President Joaquim Inácio Pereira Tavares met the envoys in Brasilia on Monday.\n\n"
                + "Joaquim Inacio Pereira Tavares said the talks went well.", name: "Joaquim Inácio Pereira Tavares", type: .person),
        // A broadcaster's name that ends in a preposition takes its number.
        Row(text: "\"They ran off,\" Sergeant Tom Yarrow told The News On 9. \"We found two people inside.\"",
            name: "News On 9", type: .agency),
        Row(text: "Officers said the driver fled, a spokesman told the News At 10 on Friday.", name: "News At 10", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
