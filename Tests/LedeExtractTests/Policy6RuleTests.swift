import Testing

@testable import LedeExtract

/// Policy rules of round policy6: laws described by a regulating clause, policies named by
/// their object, a place's constitution, plural citations, programme heads, and descriptions
/// of one policy joined. Every sentence here is written for the test.
@Suite struct Policy6RuleTests {
    typealias Row = PolicyRuleRow

    static let rows: [Row] = [
        // A law word with a clause of regulating: the place it belongs to is part of its name.
        Row(text: "A judge blocked the Ohio law that bars most abortions after six weeks.",
            policy: "Ohio law that bars most abortions after six weeks"),
        Row(text: "Lawmakers backed a measure that would raise the state minimum wage.",
            policy: "measure that would raise the state minimum wage"),
        Row(text: "The proposal to cut property taxes failed in the House.", policy: "proposal to cut property taxes"),
        Row(text: "Councillors passed a law banning gas leaf blowers in residential areas.",
            policy: "law banning gas leaf blowers in residential areas"),
        // A law word alone, or a clause about what happened to it: no policy.
        Row(text: "The bill that passed the Senate on Monday was long.", policy: nil),
        Row(text: "The ban that takes effect in June is popular with parents.", policy: nil),
        Row(text: "She studied law at a college that trains nurses.", policy: nil),
        // Policies named by their object.
        Row(text: "The mayor imposed a moratorium on new drive-throughs.", policy: "moratorium on new drive-throughs"),
        Row(text: "The country imposed tariffs on imported solar panels.", policy: "tariffs on imported solar panels"),
        Row(text: "Voters cheered the Oregon ban on plastic straws.", policy: "Oregon ban on plastic straws"),
        // A place's constitution in lower case; a plural citation; a government's possessive.
        Row(text: "The Nevada constitution bars a state income tax.", policy: "Nevada constitution"),
        Row(text: "Scholars said the Kenyan constitution is young.", policy: "Kenyan constitution"),
        // Each part of a plural citation is a policy of its own since policy round twelve.
        Row(text: "The regulator said the firm broke Articles 12 and 14(3) of the code.", policy: "Article 12"),
        Row(text: "The city's camping ordinance was struck down.", policy: "camping ordinance"),
        // Programmes: British and programme heads, acronyms of well-known policies.
        Row(text: "Farmers applied to the Rural Recovery Package last month.", policy: "Rural Recovery Package"),
        Row(text: "Drivers of older cars pay the ULEZ charge every day.", policy: "ULEZ"),
        // A rule, ordinance or executive order with a participle of regulating.
        Row(text: "The agency adopted a rule requiring airlines to refund cancelled fares.",
            policy: "rule requiring airlines to refund cancelled fares"),
        Row(text: "The governor signed an executive order banning new coal leases.",
            policy: "executive order banning new coal leases"),
        // Bill numbers of other chambers; tariffs named by their goods when they recur.
        Row(text: "Iowa lawmakers sent HF 496 to the governor.", policy: "HF 496"),
        Row(text: "The lumber tariffs hurt builders. Canada wants the lumber tariffs gone.", policy: "lumber tariffs"),
        Row(text: "Prices rose after higher tariffs. Higher tariffs hurt farmers too.", policy: nil),
        // Programmes named as operations; EU acts by their number.
        Row(text: "The city credits Operation Safe Corners with fewer robberies.", policy: "Operation Safe Corners"),
        Row(text: "The court applied Regulation (EU) 2018/1725 to the agency.", policy: "Regulation (EU) 2018/1725"),
        // Titles with a bracketed part are one name, with or without their year.
        Row(text: "Peers debated the Renters (Reform) Bill for hours.", policy: "Renters (Reform) Bill"),
        Row(text: "MPs passed the Street Traders (Licensing and Fees) Bill, 2021 on Monday.",
            policy: "Street Traders (Licensing and Fees) Bill, 2021"),
        // "to" and a verb of regulating after a rule word; "that" opening the verb's complement.
        Row(text: "The board passed an ordinance to amend Chapter 9 of the city code.", policy: "ordinance to amend Chapter 9 of the city code"),
        Row(text: "Lawmakers backed a bill to ensure that renters get receipts.", policy: "bill to ensure that renters get receipts"),
    ]

    @Test(arguments: rows) func finds(row: Row) {
        row.check()
    }

    /// A place named before a law stays a place of its own.
    @Test func placeBeforeLawStaysPlace() {
        let x = Extractor().extract(text: "A judge blocked the Ohio law that bars most abortions after six weeks.",
                                    published: PartialDate(year: 2025, month: 3, day: 14))
        #expect(x.entities.contains { $0.type == .place && $0.name == "Ohio" })
    }

    /// A law's head word alone ("the Bill", "Bills") refers back to a law: no organisation; a
    /// given name spelled like one stays a person.
    @Test func lonePolicyWordIsNoEntity() {
        let x = Extractor().extract(text: "Peers said the Bill was rushed. Bills like it rarely pass. Bill Evans disagreed.",
                                    published: PartialDate(year: 2025, month: 3, day: 14))
        #expect(!x.entities.contains { $0.type == .agency }, "\(x.entities.map(\.name))")
        #expect(x.entities.contains { $0.type == .person && $0.name == "Bill Evans" })
    }

    /// Two descriptions of one policy are one entity: they govern the same thing, or the
    /// article names one law and describes it.
    @Test(arguments: [
        ("Judges paused a Utah ban on vaping products. The law prohibiting vaping products had passed in March.",
         ["Utah ban on vaping products", "law prohibiting vaping products"]),
        ("The travel ban was upheld. Critics said the 90-day ban split families. The travel ban ends soon.",
         ["travel ban", "90-day ban"]),
        ("Senators passed laws to block teenagers from social apps. The laws raising the age limit were popular.",
         ["laws to block teenagers from social apps", "laws raising the age limit"]),
        ("Parliament passed Bill C-40 on Friday. Critics said the law that will require platforms to pay publishers is flawed.",
         ["Bill C-40", "law that will require platforms to pay publishers"]),
    ])
    func joinsDescriptionsOfOnePolicy(text: String, names: [String]) throws {
        let x = Extractor().extract(text: text, published: PartialDate(year: 2025, month: 3, day: 14))
        let policies = x.entities.filter { $0.type == .policy }
        let law = try #require(policies.first { $0.name == names[0] || $0.aliases.contains(names[0]) }, "\(policies.map(\.name))")
        for name in names { #expect(law.name == name || law.aliases.contains(name), "\(law.name) \(law.aliases)") }
    }

    /// Two places' laws, or two laws about different things, stay two policies.
    @Test(arguments: [
        "The Idaho law banning drag shows differs from the Montana law banning drag shows.",
        "The Utah law banning vaping products and the Ohio law banning vaping products differ.",
    ])
    func keepsDifferentPoliciesApart(text: String) {
        let x = Extractor().extract(text: text, published: PartialDate(year: 2025, month: 3, day: 14))
        #expect(x.entities.filter { $0.type == .policy }.count == 2, "\(x.entities.filter { $0.type == .policy }.map(\.name))")
    }
}
