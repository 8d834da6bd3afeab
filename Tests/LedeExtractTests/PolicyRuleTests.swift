import Testing

@testable import LedeExtract

/// Policy rules found on real articles: bill numbers, common-noun names, second names of one
/// law. Every sentence here is written for the test.
@Suite struct PolicyRuleTests {
    typealias Row = PolicyRuleRow

    static let rows: [Row] = [
        // Bill and ballot numbers.
        Row(text: "Voters in Oregon rejected Measure B by a wide margin.", policy: "Measure B"),
        Row(text: "The county sheriff ended its 287(g) agreement with federal agents.", policy: "287(g)"),
        Row(text: "Lawmakers in Ottawa sent Bill C-18 to the Senate on Tuesday.", policy: "Bill C-18"),
        Row(text: "Critics said SB4 would let police question migrants.", policy: "SB4"),
        Row(text: "The union spent millions to defeat Prop 14 last fall.", policy: "Prop 14"),
        Row(text: "The House approved H.R. 2 after a long debate.", policy: "H.R. 2"),
        // A capital letter after a ballot word only: a name stays a name.
        Row(text: "Bill Evans said the vote was close.", policy: nil),
        // Common-noun names: recurring, cued or hyphenated.
        Row(text: "The mask mandate ended in May. Parents had fought the mask mandate for a year.", policy: "mask mandate"),
        Row(text: "The state adopted so-called red flag rules for gun owners.", policy: "red flag rules"),
        Row(text: "Council members debated an anti-camping ordinance for hours.", policy: "anti-camping ordinance"),
        Row(text: "Two judges blocked the governor's gun ban. The appeal over the gun ban continues.", policy: "gun ban"),
        Row(text: "The court partly restores gun ban for now. Critics call the gun ban cruel.", policy: "gun ban"),
        // Once, without a cue, or a field of government: no policy.
        Row(text: "The family paid the phone bill late.", policy: nil),
        Row(text: "Officials spoke about foreign policy. Foreign policy was the first topic.", policy: nil),
        Row(text: "Residents questioned the new rules at the meeting.", policy: nil),
        // Programmes and laws named without a head word (policies.txt).
        Row(text: "Schools lost TANF money and Common Core standards stayed.", policy: "Common Core"),
        Row(text: "The firm took a loan under the Paycheck Protection Program in 2020.", policy: "Paycheck Protection Program"),
        // Rules under a statute or of an agency; bans named by their object.
        Row(text: "Colleges must follow the new Title VI rule from next year.", policy: "Title VI rule"),
        Row(text: "Airlines asked the court to delay the DOT rule on refunds.", policy: "DOT rule"),
        // Its scope is part of its name since policies25 (the learning gold names "… in public places").
        Row(text: "The board approved a ban on smoking in city parks.", policy: "ban on smoking in city parks"),
        Row(text: "The Privacy Act's ban on selling records was upheld.", policy: "Privacy Act"),
        // Described policies: the status of a policy is no description; a date ends one.
        Row(text: "The judge blocked the policy that was due to start on Friday.", policy: nil),
        Row(text: "The president signed an executive order that bars federal contracts with the firm.",
            policy: "executive order that bars federal contracts with the firm"),
        Row(text: "The judge issued an order that bars the release of records.", policy: nil),
        Row(text: "The city adopted a policy that limits overtime pay in March 2023.", policy: "policy that limits overtime pay"),
    ]

    @Test(arguments: rows) func finds(row: Row) {
        row.check()
    }

    /// Two names of one law join when the text says they are one, and only then.
    @Test(arguments: [
        ("The governor signed House Bill 12, known as the Safe Streets Act, on Monday.", ["House Bill 12", "Safe Streets Act"]),
        ("Assembly Bill 40 (AB 40) caps rents. AB 40 takes effect in July.", ["Assembly Bill 40", "AB 40"]),
        ("The court upheld Senate Bill 3, or the Fair Maps Act, on appeal.", ["Senate Bill 3", "Fair Maps Act"]),
        ("Senate Bill 20, known as a \"bathroom bill,\" passed the House.", ["Senate Bill 20", "bathroom bill"]),
        ("The Clean Air Bill cleared the Lords. Ministers said the Clean Air Act would start soon.", ["Clean Air Bill", "Clean Air Act"]),
        ("The ruling struck the law's age-check rule, Section 12(b), and left the rest.", ["Section 12(b)", "age-check rule"]),
        ("Voters passed Proposition 5. Backers of Prop 5 celebrated.", ["Proposition 5", "Prop 5"]),
        ("The Title VI rule took effect. Critics of the Title VI regulations sued.", ["Title VI rule", "Title VI regulations"]),
        ("Judges paused the Environmental Protection Agency's (EPA's) rule that limits soot from power plants. The EPA rule is on hold.",
         ["EPA rule", "rule that limits soot from power plants"]),
    ])
    func joinsNamesOfOneLaw(text: String, names: [String]) throws {
        let x = Extractor().extract(text: text, published: PartialDate(year: 2025, month: 3, day: 14))
        let policies = x.entities.filter { $0.type == .policy }
        let law = try #require(policies.first { $0.name == names[0] || $0.aliases.contains(names[0]) }, "\(policies.map(\.name))")
        for name in names { #expect(law.name == name || law.aliases.contains(name), "\(law.name) \(law.aliases)") }
    }

    @Test func listedCitationsStaySeparate() {
        let x = Extractor().extract(
            text: "The agency cited Title II and Title IX, and Senate Bill 4 and House Bill 9 passed.",
            published: PartialDate(year: 2025, month: 3, day: 14))
        #expect(x.entities.filter { $0.type == .policy }.count == 4, "\(x.entities.map(\.name))")
    }

    @Test func longTitleCaseHeadlineIsNoPolicyName() {
        let x = Extractor().extract(
            text: "Appeals Court Halts Enforcement of State Water Rule\n\nJudges paused the rule on Monday.",
            published: PartialDate(year: 2025, month: 3, day: 14))
        let names = x.entities.filter { $0.type == .policy }.map(\.name)
        #expect(!names.contains { $0.hasPrefix("Appeals Court") }, "\(names)")
    }

    @Test func headlineRunKeepsOnlyThePolicyName() {
        let x = Extractor().extract(
            text: "Clean Air Bill Clears Final Vote to Become Law\n\nThe Clean Air Bill passed on Tuesday.",
            published: PartialDate(year: 2025, month: 3, day: 14))
        let names = x.entities.filter { $0.type == .policy }.map(\.name)
        #expect(names == ["Clean Air Bill"], "\(names)")
    }
}
