import Testing

@testable import LedeExtract

/// Policy round nine (policy9): numbered resolutions, ordinal amendments, a national policy's
/// title with a noun after "Policy", coordinated titles with an inner "and", ordinances that
/// authorize or rezone (`Policy9Titles.swift`). Every sentence is written for the test.
@Suite struct Policy9RuleTests {
    typealias PolicyRow = PolicyRuleRow

    static let policyRows: [PolicyRow] = [
        // A concurrent resolution by its number.
        PolicyRow(text: "The Senate will take up HCR 2041 next month, its sponsor said.", policy: "HCR 2041"),
        PolicyRow(text: "Lawmakers sent SCR 1009 to the voters after a long debate.", policy: "SCR 1009"),
        // An amendment written with an ordinal.
        PolicyRow(text: "The plaintiffs argued the rule breaks the 14th Amendment of the charter.", policy: "14th Amendment"),
        PolicyRow(text: "She said the Constitution's 5th Amendment protects the witness.", policy: "5th Amendment"),
        // A national policy's title with a noun after "Policy".
        PolicyRow(text: "The rules follow the National Policy Statement on Coastal Housing, the minister said.",
                  policy: "National Policy Statement on Coastal Housing"),
        // Two titles joined by "and", the second with an inner "and" and an inner head.
        PolicyRow(text: "The Tenancy Reform Act and Parking and Towing Statutes Amendment Act were tabled on Monday.",
                  policy: "Parking and Towing Statutes Amendment Act"),
        PolicyRow(text: "The Tenancy Reform Act and Parking and Towing Statutes Amendment Act were tabled on Monday.",
                  policy: "Tenancy Reform Act"),
        // Ordinances described by what they authorize or rezone.
        PolicyRow(text: "The board passed Smith's ordinance authorizing wardens to tow parked trucks from the square.",
                  policy: "ordinance authorizing wardens to tow parked trucks from the square"),
        PolicyRow(text: "Aldermen read an ordinance to rezone land at 40 Elm Road and approved the annual audit.",
                  policy: "ordinance to rezone land at 40 Elm Road"),
        // A law described by a participle of purpose and its verb.
        PolicyRow(text: "The House debated a bill seeking to empower town councils to license street traders.",
                  policy: "bill seeking to empower town councils to license street traders"),
        // A relative clause on the people a law governs stays in its description.
        PolicyRow(text: "The state passed a law to bar drivers who are under 18 from carrying passengers.",
                  policy: "law to bar drivers who are under 18 from carrying passengers"),
    ]

    static let noPolicyRows: [PolicyRow] = [
        // An ordinal before a body's name or an amendment inside a longer title: no lone amendment.
        PolicyRow(text: "The 3rd Battalion marched past the hall on Sunday.", policy: nil),
        // "Policy Statement" without a subject after "on" is no title of this shape.
        PolicyRow(text: "The firm issued a Policy Statement on Tuesday about its fees.", policy: nil),
        // A purpose with no verb of regulating says nothing of what the law does.
        PolicyRow(text: "She filed a bill seeking to know why the hall was closed.", policy: nil),
    ]

    @Test(arguments: policyRows) func findsPolicies(row: PolicyRow) {
        row.check()
    }

    @Test(arguments: noPolicyRows) func findsNoPolicy(row: PolicyRow) {
        row.check()
    }

    /// Two ordinances each opened by "an" are two policies; "the ordinance" after them joins neither apart.
    @Test func twoIndefiniteOrdinancesAreTwo() {
        let text = "The council read an ordinance allowing food trucks to park on Main Street. "
            + "It also passed an ordinance to rezone the old mill site for housing."
        let x = Extractor().extract(text: text, published: RuleRows.published)
        let names = x.entities.filter { $0.type == .policy }.map(\.name)
        #expect(names.contains("ordinance allowing food trucks to park on Main Street"), "\(names)")
        #expect(names.contains("ordinance to rezone the old mill site for housing"), "\(names)")
    }

    /// A body named inside a description keeps its connector: "Houses of Assembly" is not cut to "Assembly".
    @Test func nameInsideDescriptionStaysWhole() {
        let text = "Members debated a bill seeking to empower the Board of Fisheries to close rivers."
        let x = Extractor().extract(text: text, published: RuleRows.published)
        let agencies = x.entities.filter { $0.type == .agency }.map(\.name)
        #expect(!agencies.contains("Fisheries"), "\(agencies)")
        #expect(agencies.contains("Board of Fisheries"), "\(agencies)")
        // Two names joined by "and" inside a description stay two.
        let listed = Extractor().extract(
            text: "The senate passed a law that will force firms like Hulu and Netflix to carry local shows.", published: RuleRows.published)
        let names = listed.entities.filter { $0.type == .agency }.map(\.name)
        #expect(names.contains("Netflix") && !names.contains { $0.contains(" and ") }, "\(names)")
    }

    /// The joined titles are two laws, not one name across the "and".
    @Test func coordinatedTitlesAreTwoLaws() {
        let text = "The Tenancy Reform Act and Parking and Towing Statutes Amendment Act were tabled on Monday."
        let x = Extractor().extract(text: text, published: RuleRows.published)
        let names = x.entities.filter { $0.type == .policy }.map(\.name)
        #expect(!names.contains { $0.contains("Reform Act and") }, "\(names)")
        #expect(names.count == 2, "\(names)")
    }
}
