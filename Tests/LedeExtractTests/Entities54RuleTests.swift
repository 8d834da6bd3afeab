import Testing

@testable import LedeExtract

/// Entities round fifty-four (entities54): sites and districts typed an organisation or a person
/// (`Places54.swift`), and regions no list held (`places-extra.txt`). Every sentence is written
/// for the test.
@Suite struct Entities54RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A courthouse and an apartment block named as sites.
        Row(text: "The accused was taken to Dunmarra Courthouse for a brief hearing on Monday.", name: "Dunmarra Courthouse", type: .place),
        Row(text: "The council funded the University Square Apartments at 10 Oak St. in March.", name: "University Square Apartments", type: .place),
        Row(text: "The suit asks the supervisors to address the aging Fairfield County Courthouse.", name: "Fairfield County Courthouse", type: .place),
        Row(text: "Supervisors in Monroe County will vote on repairs to the Monroe County Courthouse.", name: "Monroe County Courthouse", type: .place),
        // A correctional institution named as a site.
        Row(
            text: "He was committed to Alden P. Crane Correctional Institution in lieu of bail.",
            name: "Alden P. Crane Correctional Institution", type: .place),
        // A housing development given with its street address.
        Row(text: "The grants go to Willow Homes at 88 Tenth St. and two other projects.", name: "Willow Homes", type: .place),
        // A listed town's district.
        Row(text: "Traffic officers in Karachi Division were told to stay on duty.", name: "Karachi Division", type: .place),
        // A lower-case site head after the name.
        Row(text: "The soldier was attacked at Drumcliff barracks, Sligo, on Friday.", name: "Drumcliff barracks", type: .place),
        Row(text: "He appeared by video link from Kilnaleck detention centre on Tuesday.", name: "Kilnaleck", type: .place),
        // A list after "<plural place noun> are:" (the last pair joined as a body kept the list
        // rule of round thirty-two from the rest).
        Row(text: "In Nevada, the neighbouring counties are: Harding, Lea, Quill, Roosevelt and Union.", name: "Lea", type: .place),
        // The Philippine island groups and the Soviet Union.
        Row(text: "Storm signals were raised over parts of the Visayas and Mindanao on Sunday.", name: "Mindanao", type: .place),
        Row(text: "Old maps in the library still show the Soviet Union across the page.", name: "Soviet Union", type: .place),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
