import Testing

@testable import LedeExtract

/// Entities round thirty (entities30): legislative titles that parliaments outside the US write
/// and the title rules cut or split (`PolicyEvidence.swift`). Every sentence is written for the test.
@Suite struct Entities30RuleTests {
    typealias PolicyRow = PolicyRuleRow

    static let policyRows: [PolicyRow] = [
        // A chamber's words before a numbered bill belong to its citation.
        PolicyRow(text: "Members adopted House Joint Resolution No. 40 before the recess.", policy: "House Joint Resolution No. 40"),
        // Words between the bracket and the head, and a second bracket, stay in the title.
        PolicyRow(text: "The council passed the Coastal Ferry Network (CFN) Link Bill 2031 on Monday.",
                  policy: "Coastal Ferry Network (CFN) Link Bill 2031"),
        PolicyRow(text: "Lawmakers passed the Seed Testing Board (STB) Establishment Act, 2029 after a long debate.",
                  policy: "Seed Testing Board (STB) Establishment Act, 2029"),
        PolicyRow(text: "The Orchard Growers (Licensing and Levies) (Amendment) Bill 2030 was sent to a committee.",
                  policy: "Orchard Growers (Licensing and Levies) (Amendment) Bill 2030"),
        // An act's year with a comma before the amending bracket.
        PolicyRow(text: "3. Inland Canal Tolls Act, 1987 (Amendment) Act, 2030, which lowers the tolls.",
                  policy: "Inland Canal Tolls Act, 1987 (Amendment) Act, 2030"),
    ]

    /// A list line that is one title with an inner head keeps its first word.
    @Test func titleLineWithInnerHeads() {
        let text = "The president has four bills on his desk. They were passed last month. The list follows.\n\n"
            + "Harbour Fees Amendment Bill\n\nPostal Services Laws Amendment Bill\n\nMost of them are small."
        let x = Extractor().extract(text: text, published: RuleRows.published)
        let names = x.entities.filter { $0.type == .policy }.map(\.name)
        #expect(names.contains("Harbour Fees Amendment Bill"), "\(names)")
        #expect(names.contains("Postal Services Laws Amendment Bill"), "\(names)")
        #expect(!names.contains("Amendment Bill"), "\(names)")
    }

    /// A bill's number in brackets after its title is the title's alias, not a second law.
    @Test func bracketedNumberIsTheTitlesAlias() {
        let text = "The House passed the Fisheries Levy Bill (National Assembly Bill No. 9 of 2031) on Tuesday. "
            + "It also passed the Road Fund (Amendment) Bill (Senate Bill No. 3 of 2031)."
        let x = Extractor().extract(text: text, published: RuleRows.published)
        let policies = x.entities.filter { $0.type == .policy }
        #expect(policies.count == 2, "\(policies.map { "\($0.name) \($0.aliases)" })")
        #expect(policies.contains { $0.name == "Fisheries Levy Bill" && $0.aliases.contains("National Assembly Bill No. 9 of 2031") },
                "\(policies.map { "\($0.name) \($0.aliases)" })")
    }

    /// A bracket that is no citation, or a citation with no title before it, stays as it was.
    @Test func bracketWithoutTitleKeepsItsCitation() {
        let text = "The speaker read a note (Senate Bill No. 12 of 2030) to the house on Friday."
        let x = Extractor().extract(text: text, published: RuleRows.published)
        let names = x.entities.filter { $0.type == .policy }.map(\.name)
        #expect(names.contains("Senate Bill No. 12 of 2030"), "\(names)")
    }

    /// Sentences where the shapes name no policy.
    static let noPolicyRows: [PolicyRow] = [
        // A bracketed acronym followed by a capitalised word that no head ends is an organisation's name.
        PolicyRow(text: "The Coastal Ferry Network (CFN) Board met in the capital on Friday.", policy: nil),
    ]

    @Test(arguments: policyRows) func findsPolicies(row: PolicyRow) {
        row.check()
    }

    @Test(arguments: noPolicyRows) func findsNoPolicy(row: PolicyRow) {
        row.check()
    }
}

extension Entities30RuleTests {
    static let establishmentRows: [PolicyRow] = [
        // An establishment act names the institution, a comma and its town before the bracket.
        PolicyRow(text: "The Senate passed the Federal College of Forestry, Owode (Establishment) Bill on Tuesday.",
                  policy: "Federal College of Forestry, Owode (Establishment) Bill"),
    ]

    @Test(arguments: establishmentRows) func findsEstablishmentActs(row: PolicyRow) {
        row.check()
    }
}

extension Entities30RuleTests {
    /// A short citation in brackets followed by "or" and a title keeps the title joined.
    @Test func bracketedShortFormKeepsTheSecondName() {
        let text = "Lawmakers debated Senate Bill 14 (SB 14), or the Quiet Streets Act, for six hours."
        let x = Extractor().extract(text: text, published: RuleRows.published)
        let policies = x.entities.filter { $0.type == .policy }
        #expect(policies.count == 1, "\(policies.map { "\($0.name) \($0.aliases)" })")
    }
}
