import Testing

@testable import LedeExtract

/// Entities round thirty-three (entities33): person precision on ordinary news — a name typed a person
/// that the article only ever names in a list of places, or a listed place word after a locative
/// preposition, is a place (`PersonPlaceLists.swift`). Every sentence is written for the test.
@Suite struct Entities33RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A person-shaped name between places in a list is a place.
        Row(text: "Hail damaged roofs in Elmore County, including Montgomery, Dorian Ashby, Quarrytown and Selma.", name: "Dorian Ashby", type: .place),
        Row(text: "Families in Tolvani, Mesrin Obiri, Kavango and Dunmere were moved to a school.", name: "Tolvani", type: .place),
        Row(text: "The bus stops at Leeds, Ferren Marsh and York each morning.", name: "Ferren Marsh", type: .place),
        // A listed place word after "in" is the place even when a speech verb follows.
        Row(text: "The weather office in Birmingham said the storm had passed.", name: "Birmingham", type: .place),
        // A title of a place before a person is no list ("… of Selangor, Tengku …"); nor is an
        // apposition after a common noun before a possessive place ("…, and Canada's minister").
        Row(text: "Guests included the Governor of Lagos, Tunde Bakare and two senators.", name: "Tunde Bakare", type: .person),
        Row(text: "The trade envoy, Marten Hollis, and Canada's foreign minister signed the text.", name: "Marten Hollis", type: .person),
        // A person after a place and a comma, then an apposition, stays a person.
        Row(text: "At Pellston General Hospital, Tobias Wenmark, a 17-year-old pupil, was treated for cuts.", name: "Tobias Wenmark", type: .person),
        // A person in a list of persons stays a person; one with a speech verb too.
        Row(text: "The award went to Jana Holloway, Pieter Vos and Amara Quist on Friday.", name: "Pieter Vos", type: .person),
        Row(text: "In Pellston, Dorian Marsh said the water rose fast.", name: "Dorian Marsh", type: .person),
        // A person named once in a list of places and once with a title stays a person.
        Row(text: "Crews worked in Halbrook, Kevin Tarrow and Cottingley. Mayor Kevin Tarrow thanked them.", name: "Kevin Tarrow", type: .person),
        // "Alderperson" is a title: the name after it is the person's, without it.
        Row(text: "Alderperson Dana Whitcombe voted against the plan on Tuesday.", name: "Dana Whitcombe", type: .person),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// A lone middle name joins the one three-word name it repeats; a word that is also another
    /// person's surname joins neither.
    @Test func middleNameJoinsFullName() {
        let x = Extractor().extract(
            text: "The body of Peter Wanjala Odhiambo was found on Sunday. Police said Wanjala had left home on Friday.",
            published: RuleRows.published)
        let persons = x.entities.filter { $0.type == .person }
        #expect(persons.map(\.name) == ["Peter Wanjala Odhiambo"], "\(persons.map(\.name))")
        let two = Extractor().extract(
            text: "Peter Wanjala Odhiambo met Grace Wanjala on Sunday. Wanjala said the meeting went well.",
            published: RuleRows.published)
        #expect(two.entities.filter { $0.type == .person && $0.name == "Peter Wanjala Odhiambo" }.allSatisfy { !$0.aliases.contains("Wanjala") })
    }
}
