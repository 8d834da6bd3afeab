import Testing

@testable import LedeExtract

/// Entities round thirty-six (entities36): title shapes round thirty left — a body's acronym
/// inside a bill's title, numbered acts, lower-case words inside a title with its year
/// (`PolicyTitleBodies.swift`). Every sentence is written for the test.
@Suite struct Entities36RuleTests {
    typealias PolicyRow = PolicyRuleRow

    static let policyRows: [PolicyRow] = [
        // Lower-case words inside a title that a year closes.
        PolicyRow(text: "The rest are the Seed Office Bill, 2031; Tenancy bill, 2031, and the Tolls Bill, 2031.", policy: "Tenancy bill, 2031"),
        PolicyRow(text: "Committees were asked to speed up the Forest resources management Bill, 2030; and two others.",
                  policy: "Forest resources management Bill, 2030"),
        // A numbered act is its own law.
        PolicyRow(text: "The new law repeals the Inland Fisheries Act, No. 4, 2001 and enacts a modern code.",
                  policy: "Inland Fisheries Act, No. 4, 2001"),
        // A title opening a numbered list line keeps its first word.
        PolicyRow(text: "The house has four bills before it.\n\n2. Grain Levies Bill, 2031,\n\n3. Consumer Protection Bill, 2031,\n",
                  policy: "Consumer Protection Bill, 2031"),
        // A Tagalog "of" inside a title.
        PolicyRow(text: "Senators approved the Kabataan ng Bayan Act before the break.", policy: "Kabataan ng Bayan Act"),
        // A listed programme.
        PolicyRow(text: "Two subjects become compulsory under the National Curriculum from next year.", policy: "National Curriculum"),
    ]

    static let noPolicyRows: [PolicyRow] = [
        // A verb or a determiner before the head: no title.
        PolicyRow(text: "Members passed the bill, 2030 being an election year.", policy: nil),
        PolicyRow(text: "Ruto signed a bill, 2031 records show.", policy: nil),
    ]

    @Test(arguments: policyRows) func findsPolicies(row: PolicyRow) {
        row.check()
    }

    @Test(arguments: noPolicyRows) func findsNoPolicy(row: PolicyRow) {
        row.check()
    }

    /// The body before a title's acronym keeps the acronym; the bill is found whole.
    @Test func bodyBeforeTitleAcronym() {
        let text = "The house approved the Harbour Safety Commission (HSC) (Winding Up) Bill 2031 on Monday. "
            + "The bill moves the HSC's duties to the ports ministry. The HSC has 40 staff."
        let x = Extractor().extract(text: text, published: RuleRows.published)
        let policies = x.entities.filter { $0.type == .policy }
        #expect(policies.contains { $0.name == "Harbour Safety Commission (HSC) (Winding Up) Bill 2031" }, "\(policies.map(\.name))")
        #expect(!policies.contains { $0.aliases.contains("HSC") }, "\(policies.map { "\($0.name) \($0.aliases)" })")
        let agencies = x.entities.filter { $0.type == .agency }
        #expect(agencies.contains { $0.name == "Harbour Safety Commission" && $0.aliases.contains("HSC") },
                "\(agencies.map { "\($0.name) \($0.aliases)" })")
    }

    /// The numbered act and a later act of the same title stay two laws.
    @Test func numberedActIsApartFromTheNewAct() {
        let text = "This Act repeals the Inland Fisheries Act, No. 4, 2001 and enacts the Inland Fisheries Act, 2030 in its place."
        let x = Extractor().extract(text: text, published: RuleRows.published)
        let names = x.entities.filter { $0.type == .policy }.map(\.name)
        #expect(names.contains("Inland Fisheries Act, No. 4, 2001"), "\(names)")
        #expect(names.contains("Inland Fisheries Act, 2030"), "\(names)")
    }
}
