import Testing

@testable import LedeExtract

/// The lead's round of the sixth session of 2026-11-30: towns of 5,000–15,000 people (and US towns
/// of 5,000–20,000) joined `cities.txt`, so a district or a regency named after a listed town must
/// stay a place, and a weekday before "the" must not open a name. Every sentence is written for
/// the test; the towns are real listed ones, the rest invented.
@Suite struct Lead17RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // "X District" and a regional head after a listed town (`LocalPlaces.swift`, `place-heads.txt`).
        Row(text: "Water was cut in Njoro District on Monday.", name: "Njoro District", type: .place),
        Row(text: "Officials in Njoro Regency said the bridge had failed.", name: "Njoro Regency", type: .place),
        Row(text: "Schools in Tamberu Prefecture reopened on Monday.", name: "Tamberu Prefecture", type: .place),
        // A listed small town alone, without a cue.
        Row(text: "Crews reached Tumpat and Halswell by noon.", name: "Tumpat", type: .place),
        // A weekday before "the" is the sentence's date, not the start of a name (`SpanFinding.swift`).
        Row(text: "Officials said Monday the Harlow City Council voted to close it.", name: "Harlow City Council", type: .agency),
        Row(text: "Police said Tuesday the Elm Street Bridge was closed.", name: "Elm Street Bridge", type: .place),
        // "the" inside an epithet stays.
        Row(text: "A statue of Catherine the Great was unveiled on Monday.", name: "Catherine the Great", type: .person),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// No mention starts at the weekday: "Monday the Harlow City Council" was one name before.
    @Test func aWeekdayBeforeTheOpensNoName() {
        let x = Extractor().extract(text: "Officials said Monday the Harlow City Council voted to close it.", published: RuleRows.published)
        #expect(!x.entities.contains { $0.name.hasPrefix("Monday") })
    }
}
