import Testing

@testable import LedeExtract

/// Entities round fifty-eight (entities58): persons in world news read by the structure of their
/// names and the cues around them, and non-persons that a given-name-like first word made persons
/// (`WorldPersons58.swift`). Every sentence and name is written for the test.
@Suite struct Entities58RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // Arabic and Malay patronymics are one person, an "al-" surname included.
        Row(text: "The emir named Khalid bin Rashid bin Nasser Al Mansouri as interior minister on Monday.",
            name: "Khalid bin Rashid bin Nasser Al Mansouri", type: .person),
        Row(text: "Also on Monday, Faisal bin Omar bin Hamad al-Kindi was named trade minister.",
            name: "Faisal bin Omar bin Hamad al-Kindi", type: .person),
        Row(text: "He replaces Tariq bin Alawi bin Saif, who is stepping down after ten years.",
            name: "Tariq bin Alawi bin Saif", type: .person),
        Row(text: "Nurul Aina binti Ismail said the flood had reached her kitchen by noon.",
            name: "Nurul Aina binti Ismail", type: .person),
        // "Name of Place division": the person and the unit.
        Row(text: "The speakers, Tendo Mugisha of Lira division, and Okot Abwola of Gulu division, were arrested on Monday.",
            name: "Tendo Mugisha", type: .person),
        Row(text: "The speakers, Tendo Mugisha of Lira division, and Okot Abwola of Gulu division, were arrested on Monday.",
            name: "Tendo Mugisha of Lira", type: nil),
        // Ranks and judicial offices written in full are titles, not part of the name.
        Row(text: "Before Principal Resident Magistrate Neema Mwakyusa, the two accused persons denied the charge.",
            name: "Neema Mwakyusa", type: .person),
        Row(text: "The officers, Lance Corporal Kwesi Tandoh and Constable Ama Boateng, were off duty.",
            name: "Kwesi Tandoh", type: .person),
        // A person's passive and "as" with a title.
        Row(text: "Rashed Karim was arrested on Tuesday at his home in the old town.",
            name: "Rashed Karim", type: .person),
        // An age in brackets after a name, one word or more; not after "alias".
        Row(text: "Two children, Tamsin (3) and Kavya (4), fell into the canal near their homes.", name: "Kavya", type: .person),
        Row(text: "Those charged were Ally Hamidu Ally (25) and two others from the market.", name: "Ally Hamidu Ally", type: .person),
        // Places and things a given-name-like first word made persons.
        Row(text: "Officers arrived in the community of Hope Park shortly after noon on Saturday.",
            name: "Hope Park", type: .place),
        Row(text: "Those charged were Colin Tarrant (47), of Otter Harbour, and a second man.",
            name: "Otter Harbour", type: .place),
        Row(text: "The warning covers Cedar Springs and the valley towns until midnight.",
            name: "Cedar Springs", type: .place),
        Row(text: "Deputies found the driver of a white 2017 Nissan Sentra near the bridge.",
            name: "Nissan Sentra", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
