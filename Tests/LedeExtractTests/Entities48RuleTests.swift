import Testing

@testable import LedeExtract

/// Entities round forty-eight (entities48): a name opened by capital initials without dots is a
/// person where a listed name or a speech verb says so (`InitialledPersons48.swift`). Every
/// sentence is written for the test.
@Suite struct Entities48RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // Initials and a listed surname or given name: a person.
        Row(text: "The visitors pulled clear when TJ Dozier scored twice in the last ten minutes.", name: "TJ Dozier", type: .person),
        Row(text: "District officer RK Vijay Kumar Singh inspected the flooded wards on Sunday.",
            name: "RK Vijay Kumar Singh", type: .person),
        // Initials and an unlisted name before a speech verb: a person.
        Row(text: "The river rose a metre overnight, B Moharana said on Monday.", name: "B Moharana", type: .person),
        // Acronym-led bodies keep their type: a listed acronym, an organisation word, a place.
        Row(text: "The findings were first reported by BBC News on Tuesday morning.", name: "BBC News", type: .agency),
        Row(text: "Shares in TQ Ventures fell after the fund wrote down two of its holdings.", name: "TQ Ventures", type: .agency),
        Row(text: "The striker joined AC Milan on a three-year contract last summer.", name: "AC Milan", type: .agency),
        // Initials that lead another body of the article, a leading legal form, a compass point.
        Row(text: "KR Land said sales rose. KR Land Holdings Bhd will pay a dividend in June.", name: "KR Land", type: nil),
        Row(text: "The mill is owned by PT Sinar Budi Wijaya, a paper maker based in Java.",
            name: "PT Sinar Budi Wijaya", type: .agency),
        Row(text: "The Hawks won the NFC South title on Sunday after a late field goal.", name: "NFC South", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
