import Testing

@testable import LedeExtract

/// Entities round forty-six (entities46, things typed as organisations): model numbers and codes,
/// tickers written against an exchange's code, the "S&P" of an index, cars named by their make, a
/// disease named with "Virus" (`AgencyPrecision46.swift`) and generic abbreviations
/// (`nonentity-acronyms.txt`). Every sentence is written for the test.
@Suite struct Entities46RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // Codes of letters and digits: rockets, satellites, ratings, fiscal years.
        Row(text: "The space agency said its rocket QLV-C12 would carry the satellite TOR-3B into orbit.", name: "QLV-C12", type: nil),
        Row(text: "The space agency said its rocket QLV-C12 would carry the satellite TOR-3B into orbit.", name: "TOR-3B", type: nil),
        Row(text: "Forecasters said an EF-3 tornado flattened two barns near the river.", name: "EF-3", type: nil),
        Row(text: "The lender cut its FY26 growth forecast after a weak FY25 harvest.", name: "FY26", type: nil),
        // A ticker after a dot.
        Row(text: "Lenders were the biggest drag on the broad index .QRX on Monday.", name: "QRX", type: nil),
        // The index, not the rating agency.
        Row(text: "Overnight, the S&P/ASX 200 fell 0.4% to 7,248.40 and the S&P 500 dropped 1.3%.", name: "S&P", type: nil),
        // Cars named by their make.
        Row(text: "Officers want to trace a silver VW Golf seen near the shop.", name: "VW Golf", type: nil),
        Row(text: "Police said three men got out of the Mazda after the crash before the man in the Toyota drove towards them.", name: "Toyota", type: nil),
        Row(text: "Police said the crash involved a Honda Civic and a van. Her Honda struck a fence, police said.", name: "Honda", type: nil),
        // The line's abbreviation goes with it.
        Row(text: "Trains on the Harbour Line (HBL) stopped after a power fault. Commuters at every station waited until the HBL reopened.", name: "Harbour Line", type: .place),
        Row(text: "Trains on the Harbour Line (HBL) stopped after a power fault. Commuters at every station waited until the HBL reopened.", name: "HBL", type: nil),
        // A telephone line with its bracketed number is still dropped (`PhoneLines.swift`).
        Row(text: "Call the Crime Tips Line (555) 010-2000 with any information. The Crime Tips Line is free.", name: "Crime Tips Line", type: nil),
        // The maker as a company stays a body.
        Row(text: "A Toyota spokesman said output at the plant would resume on Monday.", name: "Toyota", type: .agency),
        // A craft named after its kind, and its later lone mentions.
        Row(text: "ISRO launched the satellite HysIS on Thursday. HysIS will watch crops and forests.", name: "HysIS", type: nil),
        // A metro line in an article about trains is a route, a place.
        Row(text: "Trains on the Harbour Line stopped for two hours after a power fault. Commuters waited at every station on the Harbour Line until late.", name: "Harbour Line", type: .place),
        // Listed since entities49 (`companies.txt`): the whole listed name, no longer "Cruise Line" with the demonym cut.
        Row(text: "Norwegian Cruise Line said its ships would return to the port in May. Norwegian Cruise Line shares rose.", name: "Norwegian Cruise Line Holdings", type: .agency),
        // Generic abbreviations.
        Row(text: "The firm doubled its R&D budget and hired forty engineers.", name: "R&D", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
