import Testing

@testable import LedeExtract

/// Entities round thirty-one (entities31): agency precision — one body written in two forms is
/// one organisation, tiers of government and a legislature's sessions are no body, credentials
/// after a name are no organisation, "Texas A&M" keeps its "A". Every sentence is written for
/// the test.
@Suite struct Entities31RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A legal form after "&": the short name joins the full one.
        Row(text: "Shares of Brisk Freight & Co. fell 2% on Monday. The fine was paid by Brisk Freight on Friday.",
            name: "Brisk Freight & Co.", type: .agency),
        Row(text: "Shares of Brisk Freight & Co. fell 2% on Monday. The fine was paid by Brisk Freight on Friday.",
            name: "Brisk Freight", type: nil),
        // A club's "FC": the bare name in the match report is the club.
        Row(text: "Brimley FC drew 1-1 with Carrow United in the league on Sunday. Brimley had a goal ruled out in the 80th minute.",
            name: "Brimley", type: nil),
        Row(text: "Brimley FC drew 1-1 with Carrow United in the league on Sunday. Brimley had a goal ruled out in the 80th minute.",
            name: "Brimley FC", type: .agency),
        // An acronym that leaves out the leading place.
        Row(text: "The U.K. Payments Oversight Authority fined the lender on Friday, POA chief Jo Marsh said.",
            name: "POA", type: nil),
        // Tiers of government written with capitals are no one body.
        Row(text: "The State Government has asked every district to report by Friday.", name: "State Government", type: nil),
        Row(text: "Funds will be shared among the Local Governments next month.", name: "Local Governments", type: nil),
        Row(text: "The levy was shared with every LocalGovernment in the state.", name: "LocalGovernment", type: nil),
        // A demonym's government stays.
        Row(text: "The Norwegian Government said on Friday it would send aid.", name: "Norwegian Government", type: .agency),
        // A legislature's session is an event, no body.
        Row(text: "The bill was passed during the 41st Regular Legislative Session in May.",
            name: "41st Regular Legislative Session", type: nil),
        // A body's head and "of" before the event word: the court, not a session (lead's mend).
        Row(text: "Lord Tarrow appealed to the Court of Session on Monday.", name: "Court of Session", type: .agency),
        // Credentials after a name name no organisation.
        Row(text: "“We are ready,” said Ann Corley, FACHE, president of the hospital.", name: "FACHE", type: nil),
        // "Texas A&M": the "A" glued to the ampersand after a name word stays in the name.
        Row(text: "The grant went to Ohio A&M University in March.", name: "Ohio A&M University", type: .agency),
        // Opening a run, the function word's capitals still do not join.
        Row(text: "Shares of AT&T rose on Friday.", name: "&T", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// "Co." inside a body's name is the county: one organisation, not two.
    @Test func countyAbbreviationJoins() {
        let x = Extractor().extract(
            text: "The Ardley Co. Health Department opened a clinic. Staff of the Ardley County Health Department will run it.",
            published: RuleRows.published)
        let bodies = x.entities.filter { $0.type == .agency && $0.name.hasSuffix("Health Department") }
        #expect(bodies.count == 1, "\(x.entities.map { "\($0.type.rawValue) \($0.name)" })")
    }

    @Test func variantKeys() {
        #expect(EntityMerger.variantKey("wells fargo & co.") == "wells fargo")
        #expect(EntityMerger.variantKey("jamshedpur fc") == "jamshedpur")
        #expect(EntityMerger.variantKey("saginaw co. health department") == "saginaw county health department")
        #expect(EntityMerger.variantKey("johnson & johnson") == "johnson & johnson")
        #expect(EntityMerger.variantKey("fc") == "fc")
        #expect(EntityMerger.variantKey("brimley afc") == "brimley")
        #expect(EntityMerger.variantKey("brimley f.c.") == "brimley")
        #expect(EntityMerger.variantKey("acme and co.") == "acme")
        #expect(EntityMerger.variantKey("department of health and human services") == "department of health and human services")
    }
}
