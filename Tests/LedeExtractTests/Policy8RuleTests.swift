import Testing

@testable import LedeExtract

/// Policy rules of round policy8: programmes named by a capitalised name and a lower-case head,
/// Indian scheme names by their Hindi head words. Every sentence here is written for the test.
@Suite struct Policy8RuleTests {
    typealias Row = PolicyRuleRow

    static let rows: [Row] = [
        // A capitalised name before a lower-case programme head is a programme, not an organisation.
        Row(text: "Farmers queued at banks for the Kisan Credit Card scheme on Monday.", policy: "Kisan Credit Card scheme"),
        Row(text: "The council widened the Warm Homes Discount programme to pensioners.", policy: "Warm Homes Discount programme"),
        Row(text: "Tenants waited years for the Section Eight Voucher program in the city.", policy: "Section Eight Voucher program"),
        Row(text: "The ministry launched the SMART-FARM initiative for young growers.", policy: "SMART-FARM initiative"),
        // A bracketed acronym between the name and the head is part of the name; a law's name has two words or more.
        Row(text: "Doctors praised the Free Dental Care (FDC) law passed in March.", policy: "Free Dental Care (FDC) law"),
        Row(text: "Courts there still apply Kenyan law to most contracts.", policy: nil),
        // A place's law, a person's programme and a known agency's programme are not named this way.
        Row(text: "The Oregon law took effect on Sunday.", policy: nil),
        Row(text: "Critics mocked the Donald Trump program on talk radio.", policy: nil),
        // Hindi head words of Indian programmes: Yojana (scheme), Abhiyan (campaign).
        Row(text: "The state enrolled two million homes under the Gramin Awas Yojana last year.", policy: "Gramin Awas Yojana"),
        Row(text: "Volunteers joined the Swachh Nagar Abhiyan in the old town.", policy: "Swachh Nagar Abhiyan"),
        // A year after a titled bill is the title's year, not a bill number; a chamber's bill keeps its number.
        Row(text: "Traders protested against the Finance Bill 2025 in the capital.", policy: "Finance Bill"),
        Row(text: "Lawmakers passed Senate Bill 2024 after a long debate.", policy: "Senate Bill 2024"),
        // Two titles joined by "and", each ending in a policy head, are two policies.
        Row(text: "Senators passed the Coastal Fisheries Bill and Rural Roads Agency Bill on Tuesday.", policy: "Coastal Fisheries Bill"),
        Row(text: "Senators passed the Coastal Fisheries Bill and Rural Roads Agency Bill on Tuesday.", policy: "Rural Roads Agency Bill"),
        Row(text: "The state revised the Gramin Awas Yojana and Shahri Awas Yojana this year.", policy: "Shahri Awas Yojana"),
    ]

    @Test(arguments: rows) func finds(row: Row) {
        row.check()
    }

    /// A one-word programme name alone later in the article is the same programme, not an agency.
    @Test func bareNameIsTheSameProgramme() {
        let text = "The cabinet approved the AGRI-PLUS scheme on Monday. AGRI-PLUS will run for five years."
        let x = Extractor().extract(text: text, published: PartialDate(year: 2025, month: 3, day: 14))
        #expect(x.entities.filter { $0.type == .policy }.count == 1, "\(x.entities.map(\.name))")
        #expect(!x.entities.contains { $0.type == .agency && $0.name == "AGRI-PLUS" }, "\(x.entities.map(\.name))")
    }
}
