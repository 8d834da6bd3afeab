import Testing

@testable import LedeExtract

/// Entities round twenty-seven (entities27): legislation and government measures written without
/// a capitalised title, and titles of ordinances and amending bills. Every sentence is written for
/// the test.
@Suite struct Entities27RuleTests {
    typealias PolicyRow = PolicyRuleRow

    static let policyRows: [PolicyRow] = [
        // A lockdown regime, with the words that say which one.
        PolicyRow(text: "The lockdown began in every district on Monday and shops stayed shut.", policy: "lockdown"),
        PolicyRow(text: "Ministers announced a 14 days lockdown for the capital region.", policy: "14 days lockdown"),
        PolicyRow(text: "The cabinet ordered a strict nationwide lockdown from Thursday morning.", policy: "strict nationwide lockdown"),
        // A quarantine only with a word that makes it a regime.
        PolicyRow(text: "Arriving travellers must serve mandatory hotel quarantine for ten days.", policy: "mandatory hotel quarantine"),
        // A law named by what it is against.
        PolicyRow(text: "The assembly passed the new anti-smuggling legislation late on Tuesday.", policy: "anti-smuggling legislation"),
        // A money bill named as such, with its year, or alone.
        PolicyRow(text: "The governor signed the 2024 appropriation bill at the state house.", policy: "2024 appropriation bill"),
        PolicyRow(text: "Traders marched against the finance bill in three towns.", policy: "finance bill"),
        // Ordinances a president issues, with their count.
        PolicyRow(text: "The cabinet sent seven presidential ordinances to the lower house.", policy: "seven presidential ordinances"),
        // An ordinance re-enacted as a bill, with a bracket or two inside the title.
        PolicyRow(text: "Members passed the Seed Control (Amendment) Ordinance, Bill 2021 on Wednesday.",
                  policy: "Seed Control (Amendment) Ordinance, Bill 2021"),
        PolicyRow(text: "The house also cleared the River Boards (Powers) (Amendment) Ordinance, Bill 2021 without debate.",
                  policy: "River Boards (Powers) (Amendment) Ordinance, Bill 2021"),
        PolicyRow(text: "It approved the Fisheries Protection Ordinance Bill 2021 after a walkout.", policy: "Fisheries Protection Ordinance Bill 2021"),
        // An ordinance's year after an acronym's amendment title.
        PolicyRow(text: "The president signed the FIA Amendment Ordinance 2021 on Friday.", policy: "FIA Amendment Ordinance 2021"),
        // An "of"-title that opens an amending bill's title.
        PolicyRow(text: "Senators passed the Code of Land Procedure (Amendment) Bill, 2021 by voice vote.",
                  policy: "Code of Land Procedure (Amendment) Bill, 2021"),
        // A schedule of an act is cited like a section.
        PolicyRow(text: "Officers stopped him under Schedule 7 of the Border Security Act at the port.", policy: "Schedule 7"),
        // A bill amending a titled act.
        PolicyRow(text: "Both houses passed the Navy Act amendment bill within an hour.", policy: "Navy Act amendment bill"),
    ]

    /// Two written names that must be one policy.
    @Test func referredToAsJoinsTheBillsNames() {
        let text = "The president refused to sign the Penal Code (Amendment) Bill (3) also referred to as the Sorcery Bill on Friday."
        let x = Extractor().extract(text: text, published: RuleRows.published)
        let policies = x.entities.filter { $0.type == .policy }
        #expect(policies.count == 1, "\(policies.map { "\($0.name) \($0.aliases)" })")
    }

    /// Sentences in which none of these shapes names a policy.
    static let noPolicyRows: [PolicyRow] = [
        // A school's lockdown is no government regime; nor is a drill.
        PolicyRow(text: "The school was placed on lockdown after a gunman was seen nearby.", policy: nil),
        PolicyRow(text: "Pupils took part in a lockdown drill on Friday morning.", policy: nil),
        // A quarantine service or a bare quarantine is no regime.
        PolicyRow(text: "Customs, quarantine and port services will keep working.", policy: nil),
        // A drug schedule in roman numerals is no citation.
        PolicyRow(text: "Agents said heroin is a Schedule I drug under federal rules.", policy: nil),
    ]

    @Test(arguments: policyRows) func findsPolicies(row: PolicyRow) {
        row.check()
    }

    @Test(arguments: noPolicyRows) func findsNoPolicy(row: PolicyRow) {
        row.check()
    }

    /// Later mentions join the first: "the lockdown" is the regime named before, "the
    /// appropriation bill" the year's bill, "Anti-Graft Act" the title of "the anti-graft law".
    @Test func laterMentionsJoin() {
        let text = "The 2024 appropriation bill reached the governor. He said the appropriation bill was fair. "
            + "A 21 days lockdown was declared. During the lockdown, markets closed."
        let x = Extractor().extract(text: text, published: RuleRows.published)
        let policies = x.entities.filter { $0.type == .policy }
        #expect(policies.count == 2, "\(policies.map { "\($0.name) \($0.aliases)" })")
    }

    @Test func antiLawWithItsTitleIsNoSecondLaw() {
        let text = "The Senate passed the Anti-Graft Act on Monday. Critics of the anti-graft law said it was weak."
        let x = Extractor().extract(text: text, published: RuleRows.published)
        let policies = x.entities.filter { $0.type == .policy }
        #expect(!policies.contains { $0.name == "anti-graft law" }, "\(policies.map(\.name))")
    }

    @Test func amendingBillJoinsItsTitleCaseName() {
        let text = "The house passed the Navy Act Amendment Bill on Monday. The Senate approved the Navy Act amendment bill a day later."
        let x = Extractor().extract(text: text, published: RuleRows.published)
        let policies = x.entities.filter { $0.type == .policy && $0.name.lowercased().contains("amendment bill") }
        #expect(policies.count == 1, "\(policies.map(\.name))")
    }
}
