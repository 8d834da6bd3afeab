import Testing

@testable import LedeExtract

/// Entities round sixty-seven (extent67, `Extents67.swift`, five titles in `titles.txt`): a name
/// joined across a lower-case particle, a sentence's period left off an abbreviation the article
/// writes without one, a title the annotators leave out of a name, sites named one by one
/// before a shared plural head and "the state Supreme Court". Every row fails at the session's
/// start (5b9e047). The sentences are written for the test.
@Suite struct Extents67RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A lower-case particle inside a name; an Arabic article glued by a hyphen.
        Row(text: "The talks were chaired by the envoy Anders de Velmora, who arrived on Monday.", name: "Anders de Velmora", type: .person),
        Row(text: "Former president Omar al-Kelbani was flown to Tarnwood on Monday.", name: "Omar al-Kelbani", type: .person),
        // The sentence's period after an abbreviation the article writes without one.
        Row(text: "Shares of Delmont Corp rose 4 percent against its rival Tessaro Corp.\n\nTrading was light.", name: "Tessaro Corp",
            type: .agency),
        // Titles before a name.
        Row(text: "The woman died at the scene, according to Kelby County Coroner Ana Tarnes, who said more tests were due.",
            name: "Ana Tarnes", type: .person),
        Row(text: "County Engineer Doug Mallon addressed the board on Tuesday.", name: "Doug Mallon", type: .person),
        // Sites named one by one before a shared plural head.
        Row(text: "Classes were cancelled at Kelbrook and Tarnwood Elementary Schools on Friday.", name: "Tarnwood", type: .place),
        Row(text: "Traders at the Kelbo and Tarnu Markets protested the new levy.", name: "Kelbo", type: .place),
        // "the state Supreme Court", where no court is named with its state.
        Row(text: "The judges are appointed by the state Supreme Court, the governor said.", name: "state Supreme Court", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
