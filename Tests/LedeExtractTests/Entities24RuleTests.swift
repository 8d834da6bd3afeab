import Testing

@testable import LedeExtract

/// Entities round twenty-four (entities24): names of laws, policies and schemes in legislative
/// news of many countries. Every sentence is written for the test.
@Suite struct Entities24RuleTests {
    typealias Row = EntityRuleRow
    typealias PolicyRow = PolicyRuleRow

    /// Two written names that must be one policy: one the entity's name, the other an alias.
    struct JoinRow: Sendable, CustomTestStringConvertible {
        var text: String
        var names: [String]
        var testDescription: String { "\(names) in “\(text.prefix(40))…”" }

        func check(sourceLocation: SourceLocation = #_sourceLocation) {
            let x = Extractor().extract(text: text, published: RuleRows.published)
            let policies = x.entities.filter { $0.type == .policy }
            #expect(policies.contains { p in names.allSatisfy { $0 == p.name || p.aliases.contains($0) } },
                    "\(policies.map { "\($0.name) \($0.aliases)" })", sourceLocation: sourceLocation)
        }
    }

    static let policyRows: [PolicyRow] = [
        // A common noun's possessive inside a title: the whole title, not an organisation and a bill.
        PolicyRow(text: "MPs will vote on the Tenant’s Protection Bill next month.", policy: "Tenant’s Protection Bill"),
        PolicyRow(text: "The senator filed the Expanded Veterans’ Benefits Act of 2011 last week.", policy: "Expanded Veterans’ Benefits Act of 2011"),
        PolicyRow(text: "Farmers may apply under the Chief Minister's Crop Support Scheme until May.", policy: "Chief Minister's Crop Support Scheme"),
        // A government's or a person's possessive is the owner, not part of the title.
        PolicyRow(text: "Critics attacked the State's Finance Bill on Monday.", policy: "Finance Bill"),
        // A head with "on" or "for" and its subject.
        PolicyRow(text: "The cabinet adopted the National Policy on Rural Roads in March.", policy: "National Policy on Rural Roads"),
        PolicyRow(text: "The Senate passed the Magna Carta for Street Vendors on Monday.", policy: "Magna Carta for Street Vendors"),
        PolicyRow(text: "The cabinet cleared the National Policy on Medical Devices 2023 on Friday.", policy: "National Policy on Medical Devices 2023"),
        PolicyRow(text: "Members backed the Magna Carta of Public School Teachers after the debate.", policy: "Magna Carta of Public School Teachers"),
        // Not a weekday after the head, nor a title-case headline's "For".
        PolicyRow(text: "The Senate will debate the Water Bill on Monday.", policy: "Water Bill"),
        // An act of a country.
        PolicyRow(text: "Lawyers cited the Competition Act of Kenya in court.", policy: "Competition Act of Kenya"),
        // A programme's fund or mission keeps its government's adjective.
        PolicyRow(text: "The ministry said the National Rural Water Mission will cover ten states.", policy: "National Rural Water Mission"),
        // A title's year after it, with or without a comma, is part of its name.
        PolicyRow(text: "He was charged under the Securities Industry Act 1983 last year.", policy: "Securities Industry Act 1983"),
        PolicyRow(text: "The cabinet approved the National Tourism Policy, 2022 with an outlay of Rs 500 crore.", policy: "National Tourism Policy, 2022"),
        PolicyRow(text: "The court struck down the Finance Act 2018 and the Tax Laws Act.", policy: "Finance Act 2018"),
        // A heading line that is a title alone names the law.
        PolicyRow(text: "The president signed five laws this year. Each takes effect in May.\nHere they are.\n1. National Coastal Protection Act\nThe law protects mangroves.",
                  policy: "National Coastal Protection Act"),
        PolicyRow(text: "The cabinet met on Tuesday. It took six decisions.\nTwo were on trade.\nNational Fisheries Policy, 2021\nThe policy aims to double exports.",
                  policy: "National Fisheries Policy, 2021"),
        // Codes cited after a section in Indian courts.
        PolicyRow(text: "Police booked him under Section 420 IPC on Friday.", policy: "Indian Penal Code"),
        PolicyRow(text: "The bench granted bail under Section 439 CrPC.", policy: "Code of Criminal Procedure"),
    ]

    static let joinRows: [JoinRow] = [
        // A citation and the title after "or" (no comma) or in apposition are one law.
        JoinRow(text: "The Senate approved Senate Bill No. 1402 or the Coastal Fisheries Act on Monday.",
                names: ["Senate Bill No. 1402", "Coastal Fisheries Act"]),
        JoinRow(text: "They also passed Senate Bill No. 877, or the proposed Magna Carta of Barangay Workers, on Tuesday.",
                names: ["Senate Bill No. 877", "Magna Carta of Barangay Workers"]),
        JoinRow(text: "Next is Senate Bill 2210, the Rural Electrification Act of 2012, which seeks to lower rates.",
                names: ["Senate Bill 2210", "Rural Electrification Act of 2012"]),
        JoinRow(text: "Approved were House Bill 301, the New Highway Safety Act; and House Bill 77.",
                names: ["House Bill 301", "New Highway Safety Act"]),
        // A possessive title and its plain spelling.
        JoinRow(text: "The Renter’s Rights Bill returns today. Landlords oppose the Renters Rights Bill.",
                names: ["Renter’s Rights Bill", "Renters Rights Bill"]),
        // A title with its year and the title alone later are one law.
        JoinRow(text: "He breached the Wildlife Protection Act 1972 in May. The Wildlife Protection Act bans hunting.",
                names: ["Wildlife Protection Act 1972", "Wildlife Protection Act"]),
        // A title's initials later in the article.
        JoinRow(text: "The cabinet approved the Double Taxation Avoidance Agreement with Oman. The revised DTAA takes effect in May.",
                names: ["Double Taxation Avoidance Agreement", "DTAA"]),
        // A title with its acronym in brackets, the title without it, and "the ACRONYM program".
        JoinRow(text: "The department expanded the Rural Cash Grant (RCG) Program. The Rural Cash Grant Program reached 2 million homes. The RCG program ends in May.",
                names: ["Rural Cash Grant (RCG) Program", "Rural Cash Grant Program", "RCG"]),
        // A programme's name alone elsewhere, longer than one word.
        JoinRow(text: "Ministers approved Sahay Awas on Monday. The Sahay Awas scheme will build homes for 2 lakh families.",
                names: ["Sahay Awas scheme", "Sahay Awas"]),
    ]

    /// A list of laws after a citation is no second name: "SB 5, the Clean Air Act and …".
    static let apartRows: [PolicyRow] = [
        PolicyRow(text: "The Senate passed Senate Bill 55, the Clean Air Act and the Water Act on Monday.", policy: "Clean Air Act"),
    ]

    @Test(arguments: policyRows) func findsPolicies(row: PolicyRow) {
        row.check()
    }

    @Test(arguments: joinRows) func joinsNames(row: JoinRow) {
        row.check()
    }

    @Test func listAfterCitationStaysApart() {
        let x = Extractor().extract(text: Self.apartRows[0].text, published: RuleRows.published)
        let names = x.entities.filter { $0.type == .policy }.map(\.name)
        #expect(names.contains("Senate Bill 55") && names.contains("Clean Air Act"), "\(names)")
    }

    /// "that law" refers back to a law named before: no new described law.
    @Test func thatLawIsNoNewDescription() {
        let x = Extractor().extract(text: "The bill amends the Clean Rivers Act. It changes Section 9 of that law to cap fees at 5%.", published: RuleRows.published)
        #expect(!x.entities.contains { $0.type == .policy && $0.name.hasPrefix("law to") }, "\(x.entities.map(\.name))")
        // A clause opened by "that" still describes laws.
        let y = Extractor().extract(text: "Critics said that laws banning drones are too broad.", published: RuleRows.published)
        #expect(y.entities.contains { $0.type == .policy && $0.name.hasPrefix("laws banning drones") }, "\(y.entities.map(\.name))")
    }

    /// A heading that names a listed body is a headline, not a title.
    @Test func headlineWithBodyIsNoTitle() {
        let x = Extractor().extract(text: "The Senate met today.\nSupreme Court Halts Mining Code\nThe ruling came on Monday.", published: RuleRows.published)
        #expect(!x.entities.contains { $0.type == .policy && $0.name.contains("Halts") }, "\(x.entities.map(\.name))")
    }

    /// A weekday after "on" is no subject of a title; a title-case "For" is a headline's.
    @Test func noSubjectTitleOnWeekdayOrHeadline() {
        let x = Extractor().extract(text: "The Senate will debate the Water Bill on Monday.", published: RuleRows.published)
        #expect(!x.entities.contains { $0.name.contains("Monday") && $0.type == .policy })
        let y = Extractor().extract(text: "Governor Announces Agreement For Rural Broadband Allocation\n\nThe governor spoke.", published: RuleRows.published)
        #expect(!y.entities.contains { $0.type == .policy && $0.name.contains("Agreement For") }, "\(y.entities.map(\.name))")
    }
}
