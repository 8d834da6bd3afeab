import Testing

@testable import LedeExtract

/// Places round sixty-five (places65, tenth session of 2026-11-30): regions named with their
/// head, indefinite heads, common words in lists of places and capitalised "Province"
/// (`Places65.swift`). Every sentence is written for the test; the place rows fail without the
/// round's change, the others guard what must stay.
@Suite struct Places65RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A common word in a list a plural place noun governs is a place.
        Row(text: "The emergency covers Alachua, Bay, Bradford, Gulf and Levy counties.", name: "Bay", type: .place),
        Row(text: "The emergency covers Alachua, Bay, Bradford, Gulf and Levy counties.", name: "Gulf", type: .place),
        Row(text: "It also covers inland counties, including Baker, Bradford, Clay, Putnam and Union.", name: "Clay", type: .place),
        Row(text: "It also covers inland counties, including Baker, Bradford, Clay, Putnam and Union.", name: "Union", type: .place),
        // Not a sentence's first word, nor a list no plural place noun governs.
        Row(text: "Liberty was on every banner in Alachua and Marion counties.", name: "Liberty", type: nil),
        Row(text: "She thanked Baker, Liberty and Harmon for their help.", name: "Liberty", type: nil),
        // A capitalised "Province" ends a place's name.
        Row(text: "An explosion hit a factory in central China's Henan Province on Monday.", name: "Henan Province", type: .place),
        // A head after an article and an adjective describes: the name alone is the place.
        Row(text: "A truck drove into crowds on a busy Stockholm street last month.", name: "Stockholm street", type: nil),
        Row(text: "A truck drove into crowds on a busy Stockholm street last month.", name: "Stockholm", type: .place),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// A region named with its head keeps it in its name and takes the bare name as an alias;
    /// the bare name elsewhere is the same place.
    @Test func regionHeadAliases() {
        let x = Extractor().extract(text: "Rescuers were sent to Ilocos Norte province on Monday.", published: RuleRows.published)
        let region = x.entities.first { $0.name == "Ilocos Norte province" }
        #expect(region?.type == .place && region?.aliases.contains("Ilocos Norte") == true, "\(x.entities.map { "\($0.name) \($0.aliases)" })")
        let y = Extractor().extract(
            text: "The tub was stolen from a hotel in Kamogawa, Saitama Prefecture, police said. Officers in Saitama searched the area.",
            published: RuleRows.published)
        let names = y.entities.filter { $0.type == .place }.map(\.name)
        #expect(names.contains("Saitama Prefecture") && !names.contains("Saitama"), "\(names)")
    }
}
