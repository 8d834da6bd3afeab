import Testing

@testable import LedeExtract

/// Speed round thirty-three: the recogniser's mentions are reserved (about one per eight
/// tokens) and `lowerSiteAfter54` reads the next token in place. Neither may change what is
/// found: a name met once to eight times keeps each mention, in text order, an acronym stays
/// its long name's alias, and a site head after a name still runs it on.
@Suite struct Speed33Tests {
    struct Row: Sendable, CustomTestStringConvertible {
        var times: Int
        var testDescription: String { "\(times) mentions" }
    }

    static let rows: [Row] = (1...8).map { Row(times: $0) }

    @Test(arguments: rows)
    func everyMentionKeptInOrder(_ row: Row) {
        var text = "Terence Halloway opened the meeting in Detroit on Monday."
        for k in 1..<row.times { text += " Halloway spoke again, point \(k), to the council." }
        let x = Extractor().extract(text: text, published: RuleRows.published)
        let person = x.entities.first { $0.name == "Terence Halloway" }
        #expect(person?.type == .person)
        #expect(person?.mentions.count == row.times)
        let starts = person?.mentions.map(\.start) ?? []
        #expect(starts == starts.sorted())
    }

    @Test(arguments: [
        ("The soldier was attacked at Drumcliff barracks, Sligo, on Friday.", "Drumcliff barracks"),
        ("Repairs to the Monroe County Courthouse begin in May.", "Monroe County Courthouse"),
    ])
    func siteHeadRunsOn(_ text: String, _ name: String) {
        let x = Extractor().extract(text: text, published: RuleRows.published)
        #expect(x.entities.first { $0.name == name }?.type == .place, "\(x.entities.map { "\($0.type.rawValue) \($0.name)" })")
    }

    @Test func formsBecomeAliases() {
        let text = "The Detroit Police Department (DPD) said on Monday that the DPD would hire. "
            + "Detroit Police Department officers agreed."
        let x = Extractor().extract(text: text, published: RuleRows.published)
        let police = x.entities.first { $0.name == "Detroit Police Department" }
        #expect(police?.aliases.contains("DPD") == true, "\(x.entities.map { "\($0.name) \($0.aliases)" })")
    }
}
