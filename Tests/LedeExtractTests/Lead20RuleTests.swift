import Testing

@testable import LedeExtract

/// The lead's own rules of the seventh session of 2026-11-30: the merger finds a person's surname
/// behind "Jr" or "Sr" written without a period, as it did behind "Jr." and "III", so a later bare
/// surname joins the full name; a listed place's lower-case "government" is an agency (the
/// guideline the lead settled in the DevSet README). Every sentence is invented for the test; the
/// places are real listed ones.
@Suite struct Lead20RuleTests {
    typealias Row = EntityRuleRow

    static let governments: [Row] = [
        Row(text: "The Punjab government extended the ban on Friday.", name: "Punjab government", type: .agency),
        Row(text: "The grant was paid by the Ontario government.", name: "Ontario government", type: .agency),
        Row(text: "Talks between the Kenya government and the union broke down.", name: "Kenya government", type: .agency),
        // A lower-case noun after it: the place stays a place; "a" makes the government generic.
        Row(text: "The Ontario government funding ran out in May.", name: "Ontario", type: .place),
        Row(text: "A Punjab government would never allow it, he said.", name: "Punjab", type: .place),
        // A tier typed a place names no one government.
        Row(text: "The money came from the Union government, the minister said in Union.", name: "Union government", type: nil),
    ]

    @Test(arguments: governments) func aPlacesGovernmentIsABody(row: Row) {
        row.check()
    }

    static let texts = [
        "Tom Elrod Jr said the plan works. Elrod added that the vote was close.",
        "Dana Pruitt Sr told the board it was late. Pruitt then left the room.",
        // The forms that already worked stay as they were.
        "Tom Elrod Jr. said the plan works. Elrod added that the vote was close.",
    ]

    @Test(arguments: texts) func aLaterSurnameJoinsTheFullName(text: String) {
        let x = Extractor().extract(text: text, published: RuleRows.published)
        let persons = x.entities.filter { $0.type == .person }
        #expect(persons.count == 1, "\(persons.map(\.name))")
        #expect(persons.first?.mentions.count == 2, "\(persons.map(\.name))")
    }
}
