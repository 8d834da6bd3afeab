import Testing

@testable import LedeExtract

/// Policy round twelve: numbered parts of a law cited by number are policies of their own, one a
/// number, named as written without their law (DevSet README, ninth session). Every sentence here
/// is written for the test.
@Suite struct Policy12SectionTests {
    typealias Row = PolicyRuleRow

    static let rows: [Row] = [
        // A plural lead cites one part a number, each named with the singular lead.
        Row(text: "He was charged under Sections 12 and 19 of the Waste Act.", policy: "Section 12"),
        Row(text: "He was charged under Sections 12 and 19 of the Waste Act.", policy: "Section 19"),
        Row(text: "The regulator said the firm broke Articles 12 and 14(3) of the code.", policy: "Article 14(3)"),
        // A singular lead with a list of numbers.
        Row(text: "They were charged under Section 3, 5 and 7 of the Roads Act.", policy: "Section 7"),
        // A spaced subsection stays in the name; a list of bare subsections leaves the section.
        Row(text: "The judge cited Section 41 (2) of the Housing Act.", policy: "Section 41 (2)"),
        Row(text: "The motion relied on sections 80 (1), (3) & (4) of the Evidence Act.", policy: "section 80"),
        // A lower-case lead with a law after "of" or a legal cue before it.
        Row(text: "The offence is punishable under section 311 of the Criminal Code Act.", policy: "section 311"),
        Row(text: "The pair may be charged under section 52 of the penal code.", policy: "penal code"),
        Row(text: "Lawyers argued the search was contrary to section 8 and was void.", policy: "section 8"),
        // A lower-case lead without such evidence: a stadium's or a report's section.
        Row(text: "Fans in section 112 cheered the late goal.", policy: nil),
        // A class of orders named by the section stays one name.
        Row(text: "Officers issued four Section 59 notices on the night.", policy: "Section 59 notices"),
        // A law in lower case after a cue of breaking or following it; a tier or a bare "the law" is none.
        Row(text: "Police booked nine shopkeepers for violation of the noise act.", policy: "noise act"),
        Row(text: "Editors who break the media and advertising law face fines.", policy: "media and advertising law"),
        Row(text: "The case was sent to trial pursuant to the anti-fraud law.", policy: "anti-fraud law"),
        Row(text: "The charge is a felony under federal law.", policy: nil),
        Row(text: "Nobody is above the law, and breaking the law has costs.", policy: nil),
    ]

    @Test(arguments: rows) func finds(row: Row) {
        row.check()
    }

    /// The second number of a list gives no alias of its bare number.
    @Test func listedNumberIsNoAlias() {
        let x = Extractor().extract(text: "He was charged under Sections 12 and 19 of the Waste Act.", published: RuleRows.published)
        let part = x.entities.first { $0.name == "Section 19" }
        #expect(part != nil)
        #expect(part?.aliases.isEmpty == true, "\(part?.aliases ?? [])")
    }
}
