import Testing

@testable import LedeExtract

/// Entities round twenty-one (entities21): places and policies in non-US drafting, each a class
/// seen in several outlets and countries. Every sentence is written for the test.
@Suite struct Entities21RuleTests {
    typealias Row = EntityRuleRow
    typealias PolicyRow = PolicyRuleRow

    static let rows: [Row] = [
        // Names in a list that a plural place noun governs, before or after the list.
        Row(text: "The new district takes in the municipalities of Kalungan, Tobarra, and Mapitan.", name: "Kalungan", type: .place),
        Row(text: "The new district takes in the municipalities of Kalungan, Tobarra, and Mapitan.", name: "Tobarra", type: .place),
        Row(text: "The new district takes in the municipalities of Kalungan, Tobarra, and Mapitan.", name: "Mapitan", type: .place),
        Row(text: "Sheriffs in Dunmore, Halbrook and Tewes counties signed the letter.", name: "Halbrook", type: .place),
        Row(text: "Sheriffs in Dunmore, Halbrook and Tewes counties signed the letter.", name: "Tewes", type: .place),
        // Compass words in such a list name no place by themselves.
        Row(text: "Rain is expected in Northern and Western provinces this week.", name: "Northern", type: nil),
        // A name and a lower-case site head after "the" is the site.
        Row(text: "Traders moved their stalls to the Kamukunji showground on Monday.", name: "Kamukunji showground", type: .place),
        Row(text: "Police closed the Muthaiga-Runda road after the crash.", name: "Muthaiga-Runda road", type: .place),
        Row(text: "Voters queued outside the Dorrigo complex before dawn.", name: "Dorrigo complex", type: .place),
        // Not a site: a listed body's or a person's name before the head.
        Row(text: "Guards stood at the Microsoft complex on Monday.", name: "Microsoft complex", type: nil),
        Row(text: "The Maria centre opened its doors to families.", name: "Maria centre", type: nil),
        // A constituency or a Kenyan sub-county named with its head is a place.
        Row(text: "The member representing Odukpani West Constituency moved the motion.", name: "Odukpani West Constituency", type: .place),
        Row(text: "Water trucks reached Kipsaina Sub-County on Friday.", name: "Kipsaina Sub-County", type: .place),
        // Two unlisted words after a locative, or in a list after one, are a place, not a person.
        Row(text: "The new clinic in Tanah Merah opens next week.", name: "Tanah Merah", type: .place),
        Row(text: "Pilot blocks were chosen in Yishun, Kampong Ubi and Pasir Laba.", name: "Kampong Ubi", type: .place),
        Row(text: "Pilot blocks were chosen in Yishun, Kampong Ubi and Pasir Laba.", name: "Pasir Laba", type: .place),
        Row(text: "The store opened in Palm Cove in May.", name: "Palm Cove", type: .place),
        // Not after "confidence in", nor a name with a possessive or a given name first.
        Row(text: "Voters lost confidence in Oketch Wanjala after the vote.", name: "Oketch Wanjala", type: .person),
        Row(text: "Crowds gathered in Nairobi to hear Michael Otieno speak.", name: "Michael Otieno", type: .person),
        Row(text: "In Tunisia, Hamadi Jebali and Ali Laarayedh will meet on Monday.", name: "Hamadi Jebali", type: .person),
        Row(text: "The plan was reported in The Coastal Courier on Monday.", name: "Coastal Courier", type: .agency),
        // A constituency named by its member, before the title or after "for".
        Row(text: "Kiharu MP Ndindi Nyoro opposed the bill on Tuesday.", name: "Kiharu", type: .place),
        Row(text: "Kiharu MP Ndindi Nyoro opposed the bill on Tuesday.", name: "Ndindi Nyoro", type: .person),
        Row(text: "The Member for Wannon, Dan Tehan, asked the first question.", name: "Wannon", type: .place),
        Row(text: "Labour MP Jo Pike asked the first question.", name: "Labour Party", type: .agency),
        Row(text: "Nominated MP Jo Akinyi asked the first question.", name: "Nominated", type: nil),
        // A government fund or mission by its name is a policy; investors, charities, UN bodies and
        // diplomatic missions stay organisations.
        Row(text: "Towns may apply to the Rural Roads Renewal Fund until June.", name: "Rural Roads Renewal Fund", type: .policy),
        Row(text: "The ministry launched the Clean Rivers Mission in five states.", name: "Clean Rivers Mission", type: .policy),
        Row(text: "The Harbour Pension Fund bought the building last year.", name: "Harbour Pension Fund", type: .agency),
    ]

    static let policyRows: [PolicyRow] = [
        // A numbered bill or act written with "No.".
        PolicyRow(text: "The chamber approved House Bill No. 4127 on third reading.", policy: "House Bill No. 4127"),
        PolicyRow(text: "The ban is set out in Republic Act No. 10912, the senator said.", policy: "Republic Act No. 10912"),
        PolicyRow(text: "Lawmakers passed Bill No. 22 after a short debate.", policy: "Bill No. 22"),
        // A constitution named by its year.
        PolicyRow(text: "The court said the 1996 Constitution protects the right to protest.", policy: "1996 Constitution"),
        PolicyRow(text: "Critics say the country's 2010 constitution limits the president.", policy: "2010 constitution"),
        PolicyRow(text: "Turnout in 2019 was low, the commission said.", policy: nil),
        // Bills that amend or repeal an act, bracketed after the act's title.
        PolicyRow(text: "The Senate passed the Grain Reserve (Storage) Act (Repeal) Bill, 2016 on Tuesday.", policy: "Grain Reserve (Storage) Act (Repeal) Bill, 2016"),
        PolicyRow(text: "Members debated the Fisheries Levy Act 2011 (Amendment) Bill, 2018 at length.", policy: "Fisheries Levy Act 2011 (Amendment) Bill, 2018"),
        PolicyRow(text: "She sponsored the People’s Housing Fund Act (Repeal) Bill last year.", policy: "People’s Housing Fund Act (Repeal) Bill"),
        PolicyRow(text: "The Children’s Welfare (Amendment) Bill was read a second time.", policy: "Children’s Welfare (Amendment) Bill"),
        PolicyRow(text: "Kenya’s Housing (Levy) Bill was read a second time.", policy: "Housing (Levy) Bill"),
        // A body's programme named by its owner is no title.
        PolicyRow(text: "Parents praised the Tasmanian Liberal Government program on Monday.", policy: nil),
        PolicyRow(text: "Parents praised the Healthy Lunches program on Monday.", policy: "Healthy Lunches program"),
        // A diplomatic mission is no programme.
        PolicyRow(text: "The Kenyan Trade Mission to Berlin opened on Monday.", policy: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    @Test(arguments: policyRows) func findsPolicies(row: PolicyRow) {
        row.check()
    }
}
