import Testing

@testable import LedeExtract

/// Person round seventy-five (`Persons75.swift`): patronymic names cut at a connector, the
/// honorific kept in them, a town after a locative that speaks, East Asian names with a
/// hyphenated given name, and a titled surname that is a place's head. Every sentence here is
/// written for the test; the rows fail without the round, except the guards marked so.
@Suite struct Persons75Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A patronymic run ends at "and", "of" or "in": each side is its own name.
        Row(text: "Crown Prince Khalid bin Fahad and Iran's foreign minister Reza Tavani met on Wednesday.", name: "Khalid bin Fahad", type: .person),
        Row(text: "Crown Prince Khalid bin Fahad and Iran's foreign minister Reza Tavani met on Wednesday.", name: "Iran", type: .place),
        Row(text: "The ties are backed by President Tamim bin Rashid Al Dosari and King Salem bin Omar Al Harbi of Oman.",
            name: "Salem bin Omar Al Harbi", type: .person),
        Row(text: "The ties are backed by President Tamim bin Rashid Al Dosari and King Salem bin Omar Al Harbi of Oman.",
            name: "Oman", type: .place),
        // The honorific is part of the name, no person of its own.
        Row(text: "Envoys met Prime Minister Sheikh Nasser bin Khalid Al Kuwari in Doha for talks.",
            name: "Sheikh Nasser bin Khalid Al Kuwari", type: .person),
        Row(text: "Envoys met Prime Minister Sheikh Nasser bin Khalid Al Kuwari in Doha for talks.", name: "Sheikh", type: nil),
        Row(text: "Envoys met Prime Minister Sheikh Nasser bin Khalid Al Kuwari in Doha for talks.", name: "Doha", type: .place),
        // A site named after a patronymic keeps its head (guard).
        Row(text: "Crowds gathered at the Zayed bin Sultan Mosque in Abu Dhabi on Friday.", name: "Zayed bin Sultan", type: nil),
        // A listed town that is a surname, after a locative, does not speak as a person.
        Row(text: "A statement from the agency's office in Kingston said the flights would resume.", name: "Kingston", type: .place),
        Row(text: "One resident of downtown Boston told reporters the power was back.", name: "Boston", type: .place),
        Row(text: "Boston said the plan would cost too much.", name: "Boston", type: .person),  // guard
        // East Asian names with a hyphenated given name.
        Row(text: "Choi Hye-rin, a longtime aide of the governor, was jailed for ten years.", name: "Choi Hye-rin", type: .person),
        Row(text: "Yin Tae-sung, the deputy security adviser, chaired the meeting.", name: "Yin Tae-sung", type: .person),
        Row(text: "The ruling came during a campaign by current President Park Min-seo on a pledge to cut taxes.",
            name: "Park Min-seo", type: .person),
        Row(text: "Shares of the New York-based lender fell on Monday.", name: "York-based", type: nil),  // guard
        // A person's title and a surname that is a place's head.
        Row(text: "Prosecutors sought a long jail term for former President Park on Tuesday.", name: "Park", type: .person),
        Row(text: "Prosecutors sought a long jail term for former President Park on Tuesday.", name: "President Park", type: nil),
        Row(text: "Traffic was diverted around Queen Street on Sunday.", name: "Queen Street", type: .place),  // guard
    ]

    @Test(arguments: rows) func finds(row: Row) {
        row.check()
    }

    /// "Park Min-seo" … "President Park": one person, the surname first.
    @Test func surnameFirstJoinsFullName() {
        let text = "A court jailed former President Park Min-seo on Friday. Supporters of President Park gathered outside the court."
        let persons = Extractor().extract(text: text, published: RuleRows.published).entities.filter { $0.type == .person }
        #expect(persons.map(\.name) == ["Park Min-seo"], "\(persons.map(\.name))")
    }

    @Test func hyphenGivenNameShape() {
        #expect(EntityMerger.surnameFirst75("Park Min-seo", key: "park min-seo") == "park")
        #expect(EntityMerger.surnameFirst75("Anna-Maria Toms", key: "anna-maria toms") == nil)
        #expect(EntityMerger.surnameFirst75("Babajide Sanwo-Olu", key: "babajide sanwo-olu") == nil)
    }
}
