import Testing

@testable import LedeExtract

/// Policy round twenty-nine (policies29, twenty-first session): a strategy named without its year,
/// lower-case sections by "sec" or after "in accordance with", "new" kept on a lower-case policy,
/// the IMF's facilities and a listed acronym a policy's title spells (`Policies29.swift`,
/// `plan-heads.txt`, `policies.txt`). Every sentence is written for the test; the rows marked
/// "fails without" fail at the round's start, the others guard what must stay.
@Suite struct Policies29Tests {
    static let policies: [PolicyRuleRow] = [
        // A strategy's title without a year (fails without: no entity, or a body).
        PolicyRuleRow(text: "The board endorsed the National Water Strategy at its Tuesday meeting.",
                      policy: "National Water Strategy"),
        PolicyRuleRow(text: "Farmers in Kelmora say the Rural Renewal Strategy has not reached them.",
                      policy: "Rural Renewal Strategy"),
        // A lone "Strategy", a role "of Strategy", a title before it: no policy.
        PolicyRuleRow(text: "The Strategy was praised by the mayor.", policy: nil),
        PolicyRuleRow(text: "Jo Roe, Head of Strategy at the bank, resigned.", policy: nil),
        // Lower-case sections (fails without: no policy, or the number alone).
        PolicyRuleRow(text: "The governor acted under powers given to him by sec 41 (3) of the constitution.",
                      policy: "sec 41 (3)"),
        PolicyRuleRow(text: "Four men were detained in accordance with section 12(b) of the Public Order Act.",
                      policy: "section 12(b)"),
        PolicyRuleRow(text: "Read section 4 in the handbook, the coach told players.", policy: nil),
        // The IMF's lending programmes (fails without: a body, or nothing).
        PolicyRuleRow(text: "Kelmora hopes to unlock a tranche under its Extended Credit Facility next month.",
                      policy: "Extended Credit Facility"),
    ]

    @Test(arguments: policies) func namedAndCitedPolicies(row: PolicyRuleRow) {
        row.check()
    }

    /// "new" before a lower-case policy is part of its name, the bare phrase its alias (fails
    /// without: the name lacked "new"); a capitalised title keeps its name.
    @Test func newStaysOnLowerCasePolicies() {
        let x = Extractor().extract(
            text: "The legislature passed a new law raising nurse pay on Monday, Governor Jo Roe said.",
            published: RuleRows.published)
        let policy = x.entities.first { $0.type == .policy }
        #expect(policy?.name == "new law raising nurse pay", "\(x.entities.map(\.name))")
        #expect(policy?.aliases.contains("law raising nurse pay") == true, "\(policy?.aliases ?? [])")
        let titled = Extractor().extract(text: "The new Clean Rivers Act takes effect in May.", published: RuleRows.published)
        #expect(titled.entities.contains { $0.type == .policy && $0.name == "Clean Rivers Act" }, "\(titled.entities.map(\.name))")
    }

    /// A listed body's acronym that a policy's title spells in the article names the policy
    /// (fails without: "EFF" was the listed party), and the list's new kind loads.
    @Test func acronymSpelledByPolicyAndListLoads() {
        let x = Extractor().extract(
            text: "The lender approved the Extended Fund Facility (EFF) for Kelmora on Monday. The EFF review follows in May.",
            published: RuleRows.published)
        #expect(!x.entities.contains { $0.name == "Economic Freedom Fighters" }, "\(x.entities.map(\.name))")
        #expect(x.entities.contains { $0.type == .policy && $0.name == "Extended Fund Facility" })
        #expect(Lexicon.shared.planHeadsNamed29.contains("strategy"))
    }
}
