import Testing

@testable import LedeExtract

/// Entities round forty (entities40): facilities named as sites (`FacilitySites.swift`): a jail,
/// landfill or stadium is a place, a venue centre is a place and a body's centre stays a body, a
/// hospital named after its town is a place, and a building typed a person after a royal title
/// is the building. The institution acting keeps the organisation. Every sentence is written for
/// the test.
@Suite struct Entities40RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A facility that never acts, with no site preposition before it.
        Row(text: "The man was arrested on Friday and booked into the Tarrow County Jail.", name: "Tarrow County Jail", type: .place),
        Row(text: "Council members voted for the reopening of the Belmoor County Landfill last week.", name: "Belmoor County Landfill", type: .place),
        Row(text: "Fans filled the Harwick Memorial Stadium for the final on Sunday.", name: "Harwick Memorial Stadium", type: .place),
        // The institution acting keeps the organisation.
        Row(text: "The Tarrow County Jail said two inmates had been moved on Monday.", name: "Tarrow County Jail", type: .agency),
        Row(text: "The Tarrow County Jail’s board hired a new warden in May.", name: "Tarrow County Jail", type: .agency),
        // A venue centre is a place; a body's centre is not.
        Row(text: "Thousands of visitors toured the Brantock Science Centre during the holidays.", name: "Brantock Science Centre", type: .place),
        Row(text: "Residents can cool off at the Tessaford Multi-Service Center or the library.", name: "Tessaford Multi-Service Center", type: .place),
        Row(text: "The river will rise again on Friday, according to the Kelbrook Flood Warning Centre.", name: "Kelbrook Flood Warning Centre", type: .agency),
        Row(text: "Officials from the Kelbrook Health Science Center will meet donors in June.", name: "Kelbrook Health Science Center", type: .agency),
        Row(text: "The Brantock Science Centre said it would close for repairs in July.", name: "Brantock Science Centre", type: .agency),
        Row(text: "The Brantock Science Centre hired two guides for the summer.", name: "Brantock Science Centre", type: .agency),
        Row(text: "The Tessaford Multi-Service Center runs a food bank on weekends.", name: "Tessaford Multi-Service Center", type: .agency),
        // A copula is no act.
        Row(text: "The Pellham Civic Centre is the largest user of power in the borough.", name: "Pellham Civic Centre", type: .place),
        // A hospital named after its town, the head not last.
        Row(text: "The busiest was Regional Hospital Waterford, which had 60 patients on trolleys.", name: "Regional Hospital Waterford", type: .place),
        // A building named after a royal title, typed a person before.
        Row(text: "The driver was taken to Princess Margaret Hospital with leg injuries.", name: "Princess Margaret Hospital", type: .place),
        // A lower-case "police station" after the name runs the name on.
        Row(text: "A team from Kelmora police station reached the village before dawn.", name: "Kelmora police station", type: .place),
        Row(text: "A team from Kelmora police station reached the village before dawn.", name: "Kelmora", type: nil),
        Row(text: "The man was named as Arjun Mehra, IIC of Kelmora police station, on Sunday.", name: "Kelmora police station", type: .place),
        Row(text: "The man was named as Arjun Mehra, IIC of Kelmora police station, on Sunday.", name: "Arjun Mehra", type: .person),
        // A saint's name cut at its bare apostrophe runs on to the hospital's head.
        Row(text: "The boy was flown to St Lucas’ Hospital with burns to his arms.", name: "St Lucas’ Hospital", type: .place),
        Row(text: "The boy was flown to St Lucas’ Hospital with burns to his arms.", name: "St Lucas", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
