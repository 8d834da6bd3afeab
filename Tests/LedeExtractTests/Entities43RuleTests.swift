import Testing

@testable import LedeExtract

/// Entities round forty-three (entities43, agency precision on ordinary news): generic plurals of
/// bodies (`AgencyPrecision43.swift`), a given name opening a body's name after a title
/// (`NameSplits.titleSplit`), a listed town opening a person's name whose surname speaks
/// (`SpokenSurnames.swift`) and police ranks abbreviated before a name (`titles.txt`). Every
/// sentence is written for the test.
@Suite struct Entities43RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A kind of body, not one body.
        Row(text: "The warning was copied to the Coast Guard, Relevant County Ministries and the press.", name: "Relevant County Ministries", type: nil),
        Row(text: "Both Boards of Directors approved the merger on Friday.", name: "Boards of Directors", type: nil),
        Row(text: "The bill now goes to both Houses of Parliament for a vote.", name: "Houses of Parliament", type: nil),
        Row(text: "The report went to the Cabinet Secretary, the Principal Secretary and the county teams.", name: "Cabinet", type: nil),
        // An unlisted word names one body: it stays.
        Row(text: "The Tessaby District Councils said the bins would be collected on Monday.", name: "Tessaby District Councils", type: .agency),
        // A given name opening a body's name after a title: the body, not a person.
        Row(text: "The notice was signed on behalf of the Director Kenya Fisheries Department on Monday.", name: "Kenya Fisheries Department", type: .agency),
        // A given name and a surname after a title stay the person.
        Row(text: "The notice was signed by Director Kenya Walters on Monday.", name: "Kenya Walters", type: .person),
        // A listed town that is also a surname opens a person's name when the surname speaks alone.
        Row(text: "The notice was signed by Kennedy Mbarawe on behalf of the agency. \"Farmers should plant early,\" Mbarawe said.", name: "Kennedy Mbarawe", type: .person),
        // Sites the gold makes places (`FacilitySites.swift`'s heads); the institution acting stays a body.
        Row(text: "Visitors queued for hours outside Marrowby Zoo on Sunday.", name: "Marrowby Zoo", type: .place),
        Row(text: "Marrowby Zoo said two cubs were born in May.", name: "Marrowby Zoo", type: .agency),
        Row(text: "Traffic backed up on the Kelvane Causeway for three hours.", name: "Kelvane Causeway", type: .place),
        Row(text: "Cars queued on the Kelvane Causeway at dawn. By noon the Causeway was clear again.", name: "Causeway", type: nil),
        Row(text: "Officers stopped the van at the Tarrick Checkpoint before dawn.", name: "Tarrick Checkpoint", type: .place),
        // Police ranks and a cabinet secretary abbreviated before a name.
        Row(text: "The prosecutor, DSP Korbla Amenu, told the court the suspects had fled.", name: "Korbla Amenu", type: .person),
        Row(text: "The prosecutor, DSP Korbla Amenu, told the court the suspects had fled.", name: "DSP Korbla Amenu", type: nil),
        Row(text: "Roads will reopen on Friday, CS Otieno Marwa told reporters in Nakuru.", name: "CS Otieno Marwa", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
