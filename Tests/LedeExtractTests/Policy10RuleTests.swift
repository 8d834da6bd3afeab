import Testing

@testable import LedeExtract

/// Policy round ten (policy10): untitled regimes a compound names once — a reform's policy or
/// programme, a mandate named by what it mandates — and an object that ends before "and"
/// (`Policy10Regimes.swift`). Every sentence is written for the test.
@Suite struct Policy10RuleTests {
    typealias PolicyRow = PolicyRuleRow

    static let policyRows: [PolicyRow] = [
        // A reform's policy or programme, named once.
        PolicyRow(text: "The minister said the pension reform policy would cost less than expected.",
                  policy: "pension reform policy"),
        PolicyRow(text: "Farmers left the valley after the governor began his water reform programme in 2004.",
                  policy: "water reform programme"),
        PolicyRow(text: "Teachers marched against the exam reform scheme on Friday.", policy: "exam reform scheme"),
        // A mandate named by what it mandates, written once.
        // Its scope is part of its name since policies25 (the learning gold names "mask mandate for public areas").
        PolicyRow(text: "The sheriff said his deputies would not enforce helmet mandates for cyclists.",
                  policy: "helmet mandates for cyclists"),
        PolicyRow(text: "The district dropped its badge mandate after parents complained.", policy: "badge mandate"),
        // A body's standing rules titled with "of".
        PolicyRow(text: "The clerk moved the motion under the Rules of Procedure on Wednesday.", policy: "Rules of Procedure"),
        PolicyRow(text: "The judge said the Rules of Evidence allowed the letter.", policy: "Rules of Evidence"),
        // Water restrictions, with their level.
        PolicyRow(text: "The shire imposed Stage 3 water restrictions on Monday after a dry winter.",
                  policy: "Stage 3 water restrictions"),
        PolicyRow(text: "Water restrictions will stay in place in the hill towns, the utility said.",
                  policy: "Water restrictions"),
    ]

    static let noPolicyRows: [PolicyRow] = [
        // A bare reform programme says no reform of what.
        PolicyRow(text: "The lender praised the reform programme of the new cabinet.", policy: nil),
        // A mandate with no noun before it names no regime.
        PolicyRow(text: "The mayor said she had a clear mandate from the voters.", policy: nil),
        // A mandate of office, by its noun or an adjective's ending, is no regime.
        PolicyRow(text: "The premier claimed an election mandate for the new dam.", policy: nil),
        PolicyRow(text: "The court cited the statutory mandate of the regulator.", policy: nil),
        // "mandate" as a verb is no regime.
        PolicyRow(text: "The new rule will mandate helmets on all building sites.", policy: nil),
        PolicyRow(text: "The charter also mandates that meetings be held in public.", policy: nil),
        // Other restrictions stay none.
        PolicyRow(text: "Shops reopened as Covid restrictions eased across the region.", policy: nil),
        PolicyRow(text: "The judge lifted reporting restrictions on the case.", policy: nil),
        // A one-off compound of another head stays no policy.
        PolicyRow(text: "The school budget programme was discussed on Tuesday.", policy: nil),
    ]

    @Test(arguments: policyRows) func findsPolicies(row: PolicyRow) {
        row.check()
    }

    @Test(arguments: noPolicyRows) func findsNoPolicy(row: PolicyRow) {
        row.check()
    }

    /// "a moratorium on the sales and “…”": the object ends before the connector.
    @Test func objectEndsBeforeConnector() {
        let text = "The union called for a moratorium on the evictions and \u{201D}unfair rents\u{201D} in the city."
        let x = Extractor().extract(text: text, published: RuleRows.published)
        let names = x.entities.filter { $0.type == .policy }.map(\.name)
        #expect(names.contains("moratorium on the evictions"), "\(names)")
        #expect(!names.contains { $0.hasSuffix(" and") }, "\(names)")
    }
}
