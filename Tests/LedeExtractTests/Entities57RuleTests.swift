import Testing

@testable import LedeExtract

/// Entities round fifty-seven (entities57): a name and its lower-case head, one list
/// (`lower-heads.txt`, `LowerHeads57.swift`). Every sentence is written for the test.
@Suite struct Entities57RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // Place heads: the name and the head are the place.
        Row(text: "A red alert was issued for those living on the banks of Kavari river on Sunday.", name: "Kavari river", type: .place),
        Row(text: "Police said one shutter of the Tholpetty dam was opened on Sunday night.", name: "Tholpetty dam", type: .place),
        Row(text: "The four men were remanded to Nakawuka prison until March.", name: "Nakawuka prison", type: .place),
        Row(text: "Pilgrims will be given restricted entry to the Kallurani temple which opens on Monday.", name: "Kallurani temple", type: .place),
        Row(text: "A resident of the Harbor Crest apartments called 911 just after midnight.", name: "Harbor Crest apartments", type: .place),
        Row(text: "He was held at Leeds police station overnight.", name: "Leeds police station", type: .place),
        // A state's or a country's mountains are no one place; after "a" the head is generic.
        Row(text: "Heavy snow is expected in the Colorado mountains tonight.", name: "Colorado mountains", type: nil),
        // A district is a place; acting it is the body.
        Row(text: "The speakers of Kisenyi division, and Bwaise, were arrested on Monday.", name: "Kisenyi division", type: .place),
        Row(
            text: "Other divisions should follow Kisenyi division, he said. Kisenyi division has recovered six stolen cars this month.",
            name: "Kisenyi division", type: .agency),
        // Body heads of two words name the body alone.
        Row(text: "Tamworth city council unanimously approved the new rates.", name: "Tamworth city council", type: .agency),
        Row(text: "The Orewa local board chair said the rates were unfair.", name: "Orewa local board", type: .agency),
        // "police" with a role noun is the force (final22, final24 rule 14).
        Row(text: "Two Sioux Falls police officers were hurt on Friday.", name: "Sioux Falls police", type: .agency),
        // A demonym's government or embassy is the body; a party's government is not.
        Row(text: "The minister said a request was made to the Indian government to rescue them.", name: "Indian government", type: .agency),
        Row(text: "She said the Nepali embassy has contacted the families.", name: "Nepali embassy", type: .agency),
        Row(text: "Prime Minister Mark Carney's Liberal government survived the vote.", name: "Liberal government", type: nil),
        // A short form joins the fuller name the article gives.
        Row(text: "Omaha police officers arrived first. The Omaha Police Department said the man was hurt.", name: "Omaha police", type: nil),
        Row(text: "Omaha police officers arrived first. The Omaha Police Department said the man was hurt.", name: "Omaha Police Department", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
