import Testing

@testable import LedeExtract

/// Entities round sixty-eight (caps68): sites by their head word, venues after a locative,
/// districts before a lower-case "area", persons by an age, a role or a list, and a closing quote
/// that opens no quoted title (`Caps68.swift`). Every sentence is written for the test.
@Suite struct Caps68RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A head that only names a site.
        Row(text: "Plans include new attractions such as the Tallowmere Museum and the Kestwick Gardens near the river.", name: "Tallowmere Museum", type: .place),
        Row(text: "The ceremony was held at the Tamsin Regional Police Headquarters on Monday.", name: "Tamsin Regional Police Headquarters", type: .place),
        Row(text: "Two men were arrested for the Dalomo Location public violence on Sunday.", name: "Dalomo Location", type: .place),
        // A venue after a locative or before its address.
        Row(text: "The Kelmora Centre, on the Crumlin Road, was evacuated and a funeral was delayed.", name: "Kelmora Centre", type: .place),
        Row(text: "The meeting was held in front of the capital's Varnell College on Monday.", name: "Varnell College", type: .place),
        // A district by its lower-case noun.
        Row(text: "A clash erupted between the police and party men in the Dorvan Paltan area on Wednesday.", name: "Dorvan Paltan", type: .place),
        // A person by an age, a role or a list.
        Row(text: "Other suspects – Edmond Tavius, 34; and Umar Keddo, 32 – were arrested on Monday.", name: "Edmond Tavius", type: .person),
        Row(text: "The accused include Bright Nana Kwesi Oduro, a 27-year-old factory worker, and two others.", name: "Bright Nana Kwesi Oduro", type: .person),
        // Two titled persons joined by "and": an unlisted given name opens the first.
        Row(text: "At the time, league Chief Executive Gillon Mactavor and Harland Premier Jeremy Rockwell discussed the stadium.", name: "Gillon Mactavor", type: .person),
        // A closing quote and an opening one hold no quoted title between them.
        Row(text: "\"All eyes are not on the council right now on this issue,\" said Councilman Charles Djoumo. \"It is on the judge.\"", name: "Charles Djoumo", type: .person),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
