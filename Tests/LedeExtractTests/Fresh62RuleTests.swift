import Testing

@testable import LedeExtract

/// Places and persons round sixty-two (fresh62, ninth session of 2026-11-30): sites and roads
/// named with a lower-case head (`lower-heads.txt`), a province's bare name as its alias, and a
/// person named before a role's apposition (`Places62.swift`). Every sentence is written for
/// the test; each row fails without the round's change.
@Suite struct Fresh62RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // Sites and roads with a lower-case head after a local name.
        Row(text: "Farmers drove their tractors into Varnholt park on Tuesday.", name: "Varnholt park", type: .place),
        Row(text: "Police closed Marsh street after the crash on Friday.", name: "Marsh street", type: .place),
        Row(text: "The two men were taken to Tullagh Garda station for questioning.", name: "Tullagh Garda station", type: .place),
        Row(text: "Protesters gathered around the Ravindra statue before noon.", name: "Ravindra statue", type: .place),
        Row(text: "Soldiers opened fire at the Obelle tollgate on Tuesday night.", name: "Obelle tollgate", type: .place),
        Row(text: "The lorry crashed near the Kemara toll plaza at 2am.", name: "Kemara toll plaza", type: .place),
        Row(text: "Villagers were given shelter at the Tirtosari village hall overnight.", name: "Tirtosari village hall", type: .place),
        Row(text: "Flooding cut roads in Makira province on Monday.", name: "Makira province", type: .place),
        // A province's bare name elsewhere is the same place, as an alias.
        Row(
            text: "The declaration covers only Tanua province. Relief flights reached Tanua on Monday.",
            name: "Tanua", type: nil),
        // A role's apposition makes an unlisted name a person.
        Row(
            text: "For the same charge, Dao Thi Kieu Oanh, former deputy director general of the firm, got three years.",
            name: "Dao Thi Kieu Oanh", type: .person),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// The province and its bare name are one place.
    @Test func provinceAlias() {
        let x = Extractor().extract(
            text: "The declaration covers only Tanua province. Relief flights reached Tanua on Monday.", published: RuleRows.published)
        let places = x.entities.filter { $0.type == .place }
        #expect(places.map(\.name) == ["Tanua province"], "\(places.map(\.name))")
    }
}
