import Testing

@testable import LedeExtract

/// Entities round thirteen: the type of a name no list knows, from the evidence of all its
/// mentions in the article. Every sentence is written for the test.
@Suite struct Entities9RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // Person cues on any mention type the whole entity.
        Row(text: "The Greek Varnakis lost in straight sets. Varnakis had won the title in 2019.", name: "Varnakis", type: .person),
        Row(text: "Against the run of play, Dembaro, who joined in May, scored the winner.", name: "Dembaro", type: .person),
        Row(text: "Halvorsen reached the final for the first time in his career.", name: "Halvorsen", type: .person),
        Row(text: "Brenwick's knee injury kept him out of the squad.", name: "Brenwick", type: .person),
        // Not a person: a plural team's "who", the head noun's "who", an organisation's "its".
        Row(text: "The crowd cheered the high-scoring Ravens, who won again.", name: "Ravens", type: nil),
        Row(text: "It came in reply to Ana Ruiz, the head of Quillo, who said the rule was bad.", name: "Quillo", type: .agency),
        Row(text: "Kelvanta said demand fell. Kelvanta cut its forecast for the year.", name: "Kelvanta", type: .agency),
        Row(text: "Shares of Dravonix fell after Dravonix said it would cut jobs.", name: "Dravonix", type: .agency),
        // A full name typed a person only by its shape, with an organisation's cue, is the organisation.
        Row(text: "“Demand is soft,” said Peter Misek, an analyst with Dorvane Adams in Toronto.", name: "Dorvane Adams", type: .agency),
        Row(text: "The board agreed to buy Corvane Tasko for $2 billion.", name: "Corvane Tasko", type: .agency),
        Row(text: "Police said the suspect, Corvane Tasko, had fled.", name: "Corvane Tasko", type: .person),
        // Classifier cues: a ranking is no count; lower-case roles, ages and ranks before a name.
        Row(text: "No. 4 Stefan Varkonis was upset in the third round.", name: "Stefan Varkonis", type: .person),
        Row(text: "The title went to defending champion Novak Sinner again.", name: "Novak Sinner", type: .person),
        Row(text: "The prize went to the 33-year-old Novak Sinner.", name: "Novak Sinner", type: .person),
        // A capital after a closing quote and its comma opens no sentence.
        Row(text: "“Prices will rise,” Philippe Vandame said.", name: "Philippe Vandame", type: .person),
        // A foreign head word opens an organisation's name.
        Row(text: "The Mouvement Patriotique Tahitien won 12 seats.", name: "Mouvement Patriotique Tahitien", type: .agency),
        // "X, Europe's biggest chipmaker": a possessive region opens an apposition, not a place tag.
        Row(text: "Shares of Kelverra, Europe's biggest chipmaker, fell 3%.", name: "Kelverra", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// A lone word or a tail that repeats one person's full name is that person.
    struct Join: Sendable, CustomTestStringConvertible {
        var text: String
        var full: String
        var short: String
        var testDescription: String { "\(short) joins \(full)" }
    }

    static let joins: [Join] = [
        Join(text: "Cabinet Secretary Pramodi Sutanto spoke on Monday. On Tuesday, Pramodi said the talks would resume.",
             full: "Pramodi Sutanto", short: "Pramodi"),
        Join(text: "Midfielder Giovanni Da Rosso came on late. Da Rosso scored twice.", full: "Giovanni Da Rosso", short: "Da Rosso"),
        Join(text: "She beat a tiring Tavio Ndemba, who had played five sets. Ndemba was slow and Tavio never recovered.",
             full: "Tavio Ndemba", short: "Tavio"),
    ]

    @Test(arguments: joins) func joinsTheFullName(join: Join) throws {
        let x = Extractor().extract(text: join.text, published: PartialDate(year: 2025, month: 3, day: 14))
        let person = try #require(x.entities.first { $0.name == join.full })
        #expect(person.type == .person)
        #expect(person.mentions.contains { $0.text == join.short }, "\(person.mentions.map(\.text))")
        #expect(!x.entities.contains { $0.name == join.short })
    }

    /// "the Activision deal": a name after "the" never joins a full name typed a person by its shape.
    @Test func nameAfterTheJoinsNoPerson() throws {
        let x = Extractor().extract(
            text: "The group bought Corvane Tasko last year. Regulators closed the Corvane review in May.",
            published: PartialDate(year: 2025, month: 3))
        let full = try #require(x.entities.first { $0.name == "Corvane Tasko" })
        #expect(!full.mentions.contains { $0.text == "Corvane" })
        #expect(x.entities.contains { $0.name == "Corvane" })
    }
}
