import Testing

@testable import LedeExtract

/// The lead's own rule of the seventh session of 2026-11-30: the merger finds a person's surname
/// behind "Jr" or "Sr" written without a period, as it did behind "Jr." and "III", so a later bare
/// surname joins the full name. Every sentence is invented for the test.
@Suite struct Lead20RuleTests {
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
