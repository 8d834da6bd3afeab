import Testing

@testable import LedeExtract

/// Policy rules of round policy7: agreements named by their parties or their place, amendments
/// named by their sponsor or described by a clause. Every sentence here is written for the test.
@Suite struct Policy7RuleTests {
    typealias Row = PolicyRuleRow

    static let rows: [Row] = [
        // An agreement named by the places that made it.
        Row(text: "Ministers defended the treaty with Chile in a long debate.", policy: "treaty with Chile"),
        Row(text: "The cabinet approved an agreement with Norway on fisheries research.", policy: "agreement with Norway"),
        Row(text: "Leaders reached an accord with Chile and Peru on fishing quotas.", policy: "accord with Chile and Peru"),
        Row(text: "Officials signed an MoU between Kenya and Japan on road safety.", policy: "MoU between Kenya and Japan"),
        Row(text: "The pact signed between Peru and Brazil covers river transport.", policy: "pact signed between Peru and Brazil"),
        Row(text: "A memorandum of understanding between Ghana and Canada was renewed.",
            policy: "memorandum of understanding between Ghana and Canada"),
        Row(text: "Farmers welcomed the trade deal with Vietnam this spring.", policy: "trade deal with Vietnam"),
        Row(text: "Critics said the Iran deal would not last.", policy: "Iran deal"),
        Row(text: "The bank signed a deal with Brazil's largest miner.", policy: nil),
        // A place's agreement in lower case; a party that is no place names nothing.
        Row(text: "Analysts said the Kyoto agreement set the first targets.", policy: "Kyoto agreement"),
        Row(text: "The firm reached an agreement with Acme Widgets last week.", policy: nil),
        Row(text: "The two leaders reached an agreement with little fanfare.", policy: nil),
        // Amendments named by their sponsor or house, or described by what they do.
        Row(text: "Peers backed the Lords amendment by a wide margin.", policy: "Lords amendment"),
        Row(text: "Senators rejected the Collins amendment on Tuesday.", policy: "Collins amendment"),
        Row(text: "The committee adopted an amendment that guarantees tenants a hearing.",
            policy: "amendment that guarantees tenants a hearing"),
        Row(text: "Members tabled an amendment demanding a vote on the final budget.",
            policy: "amendment demanding a vote on the final budget"),
        // A policy head, "of" and a name is a title, not an organisation.
        Row(text: "The ruler signed the Instrument of Accession after the raid.", policy: "Instrument of Accession"),
        Row(text: "Lawyers cited the Treaty of Utrecht in court.", policy: "Treaty of Utrecht"),
        Row(text: "Judges applied the Canadian Charter of Rights and Freedoms to the case.",
            policy: "Canadian Charter of Rights and Freedoms"),
        // An order or law named by what it undoes.
        Row(text: "The governor signed an executive order rescinding the mask rules for schools.",
            policy: "executive order rescinding the mask rules for schools"),
        Row(text: "The amendment was withdrawn before the vote.", policy: nil),
    ]

    @Test(arguments: rows) func finds(row: Row) {
        row.check()
    }

    /// The parties of an agreement stay places of their own.
    @Test func partiesStayPlaces() {
        let x = Extractor().extract(text: "Officials signed an MoU between Kenya and Japan on road safety.",
                                    published: PartialDate(year: 2025, month: 3, day: 14))
        #expect(x.entities.contains { $0.type == .place && $0.name == "Kenya" }, "\(x.entities.map(\.name))")
        #expect(x.entities.contains { $0.type == .place && $0.name == "Japan" }, "\(x.entities.map(\.name))")
        #expect(!x.entities.contains { $0.type == .agency }, "\(x.entities.map(\.name))")
    }

    /// A place's agreement, accord and deal are one policy, with or without capitals.
    @Test func placeAgreementsJoin() {
        let text = "The Kyoto Agreement set targets. Critics said the Kyoto deal was weak, and the Kyoto accord lapsed."
        let x = Extractor().extract(text: text, published: PartialDate(year: 2025, month: 3, day: 14))
        #expect(x.entities.filter { $0.type == .policy }.count == 1, "\(x.entities.filter { $0.type == .policy }.map(\.name))")
    }

    /// In an article that names no law, two laws with different head words and objects are two
    /// laws; one head word described twice stays one law.
    @Test(arguments: [
        ("Voters backed a measure that would raise the minimum wage. They rejected a proposal to cut property taxes.", 2),
        ("Senators passed laws to block teenagers from social apps. The laws raising the age limit were popular.", 1),
    ])
    func unnamedLawsByHead(text: String, count: Int) {
        let x = Extractor().extract(text: text, published: PartialDate(year: 2025, month: 3, day: 14))
        #expect(x.entities.filter { $0.type == .policy }.count == count, "\(x.entities.filter { $0.type == .policy }.map(\.name))")
    }

    /// Two amendments described by different clauses stay two policies.
    @Test func twoAmendmentsStayApart() {
        let text = "Peers passed an amendment that guarantees pensions for miners. Later they passed an amendment that bans fracking near schools."
        let x = Extractor().extract(text: text, published: PartialDate(year: 2025, month: 3, day: 14))
        #expect(x.entities.filter { $0.type == .policy }.count == 2, "\(x.entities.filter { $0.type == .policy }.map(\.name))")
    }
}
