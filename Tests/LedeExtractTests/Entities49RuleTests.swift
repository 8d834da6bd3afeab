import Testing

@testable import LedeExtract

/// Entities round forty-nine (entities49): listed companies (`companies.txt`, generated from the
/// companies of 20 stock indices) are organisations with no cue in the text; a short form that is
/// a dictionary word, a given name or a surname ("Target", "Progressive", "Cooper") is not listed
/// alone. Every sentence is written for the test.
@Suite struct Entities49RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A listed company named bare, with nothing in the sentence that marks a business.
        Row(text: "The loan was arranged by Barclays and two smaller lenders.", name: "Barclays", type: .agency),
        Row(text: "The fund sold its stake in Vodafone and Siemens last week.", name: "Vodafone", type: .agency),
        Row(text: "The fund sold its stake in Vodafone and Siemens last week.", name: "Siemens", type: .agency),
        Row(text: "A spokesman for Tesco declined to comment on the report.", name: "Tesco", type: .agency),
        Row(text: "Fans in Lagos and Accra cheered as Adidas unveiled the new kit on Monday.", name: "Adidas", type: .agency),
        // The listed name is the entity's name; the form the text wrote is its alias.
        Row(text: "Tickets for the cruise were sold by Norwegian Cruise Line until May.", name: "Norwegian Cruise Line Holdings", type: .agency),
        Row(text: "Economists at Societe Generale expect rates to fall twice this year.", name: "Société Générale", type: .agency),
        Row(text: "Economists at Societe Generale expect rates to fall twice this year.", name: "Societe Generale", type: nil),
        // The common-word guard: a short form that is an English word or a name is not listed
        // ("Progressive Corporation", "Cooper Companies" are, in full).
        Row(text: "The Progressive wing of the party rejected the budget.", name: "Progressive", type: nil),
        Row(text: "Senator Cooper said the bill would pass next week.", name: "Cooper", type: .person),
        Row(text: "Shell casings were found on the pavement outside the bar.", name: "Shell", type: nil),
        // A listed short form that is an English word ("~Oracle"): an organisation only where the
        // article shows a company (`Companies49.swift`).
        Row(text: "The app's cloud provider, Oracle, will switch off its servers on Sunday.", name: "Oracle Corporation", type: .agency),
        Row(text: "Cruise lines led the market. Carnival rose 7% and Royal Caribbean Group gained 5%.", name: "Carnival Corporation & plc", type: .agency),
        Row(text: "Analysts expect Intel, Oracle and Siemens to cut jobs this year.", name: "Oracle Corporation", type: .agency),
        Row(text: "Hundreds of workers at Caterpillar walked out on Monday.", name: "Caterpillar Inc.", type: .agency),
        Row(text: "Next year the plant will double its output, the mayor said.", name: "Next plc", type: nil),
        Row(text: "Target shooting is banned in the park after dark, the rangers said.", name: "Target Corporation", type: nil),
        Row(text: "The town's Carnival drew thousands of visitors to the seafront.", name: "Carnival Corporation & plc", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
