import Testing

@testable import LedeExtract

/// Entities round thirty-seven (entities37): names typed organisations by default that a
/// locator, a part of town, a dweller noun or an address puts on a map, and the "at Large" of a
/// title run into a person's name (`LocatorPlaces.swift`), portfolios joined at "and", telephone
/// lines, and persons typed bodies whose surname speaks alone. Every sentence is written for the test.
@Suite struct Entities37RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A locator before a site.
        Row(text: "The new bakery sits next to the Harwick Conference Center, which opened in May.", name: "Harwick Conference Center", type: .place),
        Row(text: "The diner opened across from Brantock in March.", name: "Brantock", type: .place),
        Row(text: "Buses now stop opposite Tennick every hour.", name: "Tennick", type: .place),
        // A part of town before a lone name.
        Row(text: "Traffic was heavy in downtown Tessaford on Friday.", name: "Tessaford", type: .place),
        // Not after a surname before "residents" (round twenty-six's guard holds).
        Row(text: "Lawyers for the Jenkins residents filed the claim in May.", name: "Jenkins", type: nil),
        // "at X, Y" with Y a place.
        Row(text: "Police closed the road at Kilmorra, Ballytrane, after the crash outside the village of Ballytrane.", name: "Kilmorra", type: .place),
        // "at Large" closes the title, not the name.
        Row(text: "Councilwoman at Large Samantha Okafor cast the only vote against the plan.", name: "Samantha Okafor", type: .person),
        Row(text: "Councilwoman at Large Samantha Okafor cast the only vote against the plan.", name: "Large Samantha Okafor", type: nil),
        // A portfolio of two subjects joined by "and" is one body (`PortfolioJoins.swift`).
        Row(text: "The Department of Fire and Emergency Services issued a warning on Sunday.", name: "Department of Fire and Emergency Services", type: .agency),
        Row(text: "The Department of Fire and Emergency Services issued a warning on Sunday.", name: "Emergency Services", type: nil),
        Row(text: "The Kelbrook College of Education and Public Health hired two deans.", name: "Kelbrook College of Education and Public Health", type: .agency),
        // A name after "and" is no subject: two bodies stay two.
        Row(text: "The Ministry of Finance and Tesla signed a deal on Friday.", name: "Ministry of Finance", type: .agency),
        // A telephone line given with its number is no body (`PhoneLines.swift`).
        Row(text: "Anyone with information can call the Harbour Confidential Line on 1800 555 010.", name: "Harbour Confidential Line", type: nil),
        Row(text: "Tips can go to the Tarrow Crime Hotline at (555) 010-2000 at any hour.", name: "Tarrow Crime Hotline", type: nil),
        // A lone last word that speaks makes a body typed by default the person (`SpokenSurnames.swift`;
        // in these short texts the earlier stages already type the person, the rows hold the outcome).
        Row(text: "Kelmouth Comedy Awards director Nessa Varrow spoke on Monday. Varrow said the panel had seen 300 shows.", name: "Nessa Varrow", type: .person),
        // A club is shortened to its last word too: a place or a common first word keeps the body.
        Row(text: "Aston Villa lost again on Saturday. Villa said in a statement that the coach stays.", name: "Aston Villa", type: .agency),
        // No cue: the words around the name say nothing of a site.
        Row(text: "The Harwick Conference Center hired two new staff in May.", name: "Harwick Conference Center", type: .agency),
        Row(text: "She works at Pellcorp, a small firm that makes valves.", name: "Pellcorp", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
