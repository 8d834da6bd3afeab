import Testing

@testable import LedeExtract

/// Entities round seventy-four (agency74, fourteenth session): a place's police ending its phrase,
/// drug cartels named by their place, lower-case field ministries, a unit of a body named alone,
/// a title and an unlisted person of a body, and the body a role belongs to
/// (`Agencies74.swift`). Every sentence is written for the test; the rows marked "fails
/// without" fail without the round's change, the others guard what must stay.
@Suite struct Agencies74Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A place's police after a lead word, ending its phrase, is the force (fails without).
        Row(text: "A man was arrested after a long standoff with Harlow police.", name: "Harlow police", type: .agency),
        Row(text: "The suspect, who was wanted by Kestwick police, was held at the airport.", name: "Kestwick police", type: .agency),
        Row(text: "According to Harlow police, two windows were broken overnight.", name: "Harlow police", type: .agency),
        // Before a role noun or acting, as before.
        Row(text: "Later that day, Leeds police officers closed the road.", name: "Leeds police", type: .agency),
        // A noun after "police" leaves the place ("a Harlow police shooting").
        Row(text: "The report looked at every Harlow police shooting since 2015.", name: "Harlow police", type: nil),
        // A place's police alone on a caption line has no lead word and stays as it was.
        Row(text: "Harlow police\n\nThe town council met on Tuesday to discuss the budget.", name: "Harlow police", type: nil),
        // A cartel named by its place is the cartel (fails without).
        Row(text: "The killings were blamed on the Harlow cartel, prosecutors said.", name: "Harlow cartel", type: .agency),
        // A ministry named by its field in lower case, after "the" (fails without).
        Row(text: "Officials from the finance ministry said the plan would cost too much.", name: "finance ministry", type: .agency),
        Row(text: "Lawmakers moved the land registry out of the economic affairs ministry on Tuesday.",
            name: "economic affairs ministry", type: .agency),
        // "the ministry" alone, or an unlisted word before it, names none.
        Row(text: "Officials from the ministry said the plan would cost too much.", name: "ministry", type: nil),
        Row(text: "Officials from the pension ministry said the plan would cost too much.", name: "pension ministry", type: nil),
        // A unit of a body named alone elsewhere: the unit and the body (fails without).
        Row(text: "An officer from Tayside Division of Police Scotland was charged. Police Scotland said it had helped the inquiry.",
            name: "Tayside Division", type: .agency),
        Row(text: "An officer from Tayside Division of Police Scotland was charged. Police Scotland said it had helped the inquiry.",
            name: "Police Scotland", type: .agency),
        // The body never named alone: the run stays one name.
        Row(text: "An officer from the Kestwick Division of the Harlow Constabulary was charged on Monday.",
            name: "Kestwick Division of the Harlow Constabulary", type: .agency),
        // A title, a person's name no list holds, "of the" and a body (fails without).
        Row(text: "Sergeant Tamsin Rowe of the Harlow Police Department said the road was closed.", name: "Tamsin Rowe", type: .person),
        Row(text: "Sergeant Tamsin Rowe of the Harlow Police Department said the road was closed.",
            name: "Harlow Police Department", type: .agency),
        Row(text: "Justice Munaro Tesfay Awuli of the Kestwick High Court read the ruling.", name: "Munaro Tesfay Awuli", type: .person),
        // The body a role belongs to after "of the" (fails without).
        Row(text: "Kofi Mensah, Secretary of the Ministry of Agriculture and Livestock Development, will attend the meeting.",
            name: "Ministry of Agriculture and Livestock Development", type: .agency),
        Row(text: "The speech was given by the Chairman of the Council of Ministers on Friday.", name: "Council of Ministers", type: .agency),
        // A portfolio with an inner "and" names no body.
        Row(text: "He toured the site with the Minister of the Interior and Police on Monday.", name: "Interior and Police", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
