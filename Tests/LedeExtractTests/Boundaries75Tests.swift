import Testing

@testable import LedeExtract

/// Boundary round seventy-five (`Boundaries75.swift`, `Resources/post-nominals.txt`, rows added to
/// `lower-heads.txt` and `titles.txt`): names the rules found with the wrong extent. Every
/// sentence here is written for the test; the rows fail without the round, except the guards
/// marked so.
@Suite struct Boundaries75Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A post-nominal after a person's name is no part of it.
        Row(text: "The motion was seconded by Brendan Walsh MCC at the meeting.", name: "Brendan Walsh", type: .person),
        Row(text: "The motion was seconded by Brendan Walsh MCC at the meeting.", name: "Brendan Walsh MCC", type: nil),
        Row(text: "Nominations went to Aoife Keane MTC and two others.", name: "Aoife Keane", type: .person),
        Row(text: "The petition was filed by Rana Tahir Advocate in the high court.", name: "Rana Tahir", type: .person),
        Row(text: "The petition was filed by Rana Tahir Advocate in the high court.", name: "Rana Tahir Advocate", type: nil),
        // A place and a lower-case court kind are the court.
        Row(text: "Last week the Rampur high court has held that the detention was unlawful.", name: "Rampur high court", type: .agency),
        Row(text: "The Qena criminal court sentenced the men to ten years on Sunday.", name: "Qena criminal court", type: .agency),
        // A campus after a university's comma is part of its name.
        Row(text: "A professor at the University of Oregon, Bend, said the grant was welcome.", name: "University of Oregon, Bend", type: .agency),
        Row(text: "The registrar of the Federal University, Wukari, said results were ready.", name: "Federal University, Wukari", type: .agency),
        Row(text: "Students at Harvard University, Massachusetts, said fees were rising.", name: "Harvard University", type: .agency),  // guard
        // An embassy in a city is one place.
        Row(text: "Protesters gathered outside the Turkish embassy in Oslo on Friday.", name: "Turkish embassy in Oslo", type: .place),
        Row(text: "Talks resumed at the Embassy of the Republic of Chile in Lima last month.", name: "Embassy of the Republic of Chile in Lima", type: .place),
        Row(text: "Officials at the Indian embassy in Iran said the workers would return.", name: "Indian embassy", type: .agency),  // guard
        // A branch of government whose first word is also a title (`agencies.txt`).
        Row(text: "Officials of the Executive Yuan met the mayors on Monday.", name: "Executive Yuan", type: .agency),
        Row(text: "Officials of the Executive Yuan met the mayors on Monday.", name: "Yuan", type: nil),
        // A person of a street or a township.
        Row(text: "Resident Harold Benson of Maple Avenue said the road flooded twice.", name: "Harold Benson", type: .person),
        Row(text: "Resident Harold Benson of Maple Avenue said the road flooded twice.", name: "Maple Avenue", type: .place),
        Row(text: "Police said 31 year old Mary-Jane Tolliver of Oro Township was charged.", name: "Mary-Jane Tolliver", type: .person),
    ]

    @Test(arguments: rows) func finds(row: Row) {
        row.check()
    }
}
