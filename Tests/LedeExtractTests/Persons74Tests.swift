import Testing

@testable import LedeExtract

/// Person round seventy-four (`Resources/person-ranks.txt`, read with the titles in `Lexicon.swift`): a rank or a
/// member's title the title list lacked, before a person's name, is a title, not part of the name.
/// Every sentence here is written for the test; the rows fail without the round, except the
/// guards marked so.
@Suite struct Persons74Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // The bare name is the person.
        Row(text: "Police said SP Ruwan Perera ordered the arrests on Sunday.", name: "Ruwan Perera", type: .person),
        Row(text: "Opposition MK Dana Levy said the vote would fail.", name: "Dana Levy", type: .person),
        Row(text: "Sepoy Ravi Kumar was injured in the exchange of fire.", name: "Ravi Kumar", type: .person),
        Row(text: "Rifleman Anil Thapa was among the soldiers killed.", name: "Anil Thapa", type: .person),
        Row(text: "Police said Sub-Inspector Kamal Hossain led the raid.", name: "Kamal Hossain", type: .person),
        Row(text: "Helen Marsh leads the inquiry. Speaking on Monday, DCS Marsh said the unit had new leads.", name: "DCS Marsh", type: nil),
        Row(text: "Priest Tomas Ortega led the funeral mass on Friday.", name: "Tomas Ortega", type: .person),
        // The rank is no part of any entity's name.
        Row(text: "Police said SP Ruwan Perera ordered the arrests on Sunday.", name: "SP Ruwan Perera", type: nil),
        Row(text: "Opposition MK Dana Levy said the vote would fail.", name: "MK Dana Levy", type: nil),
        // A surname that is a rank word stays in a full name.
        Row(text: "Reporter Dana Priest wrote the first story.", name: "Dana Priest", type: .person),  // guard
    ]

    @Test(arguments: rows) func finds(row: Row) {
        row.check()
    }

    /// "SP Anil Perera" … "SP Perera said": one person.
    @Test func rankedSurnameJoinsFullName() {
        let text = "The lorry was seized at dawn, SP Anil Perera said. Police chief SP Perera said the driver fled on foot."
        let persons = Extractor().extract(text: text, published: RuleRows.published).entities.filter { $0.type == .person }
        #expect(persons.map(\.name) == ["Anil Perera"], "\(persons.map(\.name))")
    }
}
