import Testing

@testable import LedeExtract

/// Place round seventy-five (place75, fifteenth session of 2026-12-02): regions by their English
/// names (`regions.txt`, `scripts/gen-regions`, `Regions75.swift`) and the subdivision names whose
/// bracketed note had kept them off the list ("Wales"). Every sentence is written for the test;
/// the place rows fail without the round's lists, the others guard what must stay.
@Suite struct Regions75Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A region's English name is a known place, with or without a cue.
        Row(text: "Farmers on the island of Crete blocked the port road on Friday.", name: "Crete", type: .place),
        Row(text: "Turnout in Catalonia was higher than in any other region.", name: "Catalonia", type: .place),
        Row(text: "The sanctions cover shipping to Crimea and two other regions.", name: "Crimea", type: .place),
        Row(text: "Heavy rain flooded rice fields across West Java this week.", name: "West Java", type: .place),
        Row(text: "Storms battered Wales overnight, cutting power to 4,000 homes.", name: "Wales", type: .place),
        // A second-level area of a country whose local news is in English.
        Row(text: "Ferries to Batanes were cancelled as the typhoon neared.", name: "Batanes", type: .place),
        // A region named like a person is a place only behind a cue.
        Row(text: "The cider harvest in Brittany began a week early.", name: "Brittany", type: .place),
        Row(text: "Brittany said the team would train through the holiday.", name: "Brittany", type: nil),
        // A longer name keeps its own reading.
        Row(text: "The Crete Marine Institute published the survey on Monday.", name: "Crete", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// Plain lines are known places; "~" lines join the cued places and are no known names;
    /// compass-word names are left out.
    @Test func regionsLoad() {
        let lexicon = Lexicon.shared
        #expect(lexicon.known[Lexicon.key("Catalonia")]?.kind == .place)
        #expect(lexicon.known[Lexicon.key("Southern Darfur")]?.kind == .place)
        #expect(lexicon.known[Lexicon.key("Wales")]?.kind == .place)
        #expect(lexicon.known[Lexicon.key("Lorraine")] == nil)
        #expect(lexicon.cuedPlaces74.contains(Lexicon.key("Lorraine")))
        #expect(!lexicon.cuedPlaces74.contains(Lexicon.key("Crete")))
        #expect(lexicon.known[Lexicon.key("Western Region")] == nil)
        #expect(lexicon.known[Lexicon.key("Capital Region")] == nil)
    }

    /// The loader on invented lines: a plain line becomes known, a "~" line is handed back, a
    /// name a list already holds keeps its entry.
    @Test func loaderSplitsStrengths() {
        var lexicon = Lexicon()
        lexicon.addKnown("Ostland", variants: [], kind: .agency)
        let cued = lexicon.loadRegions75(["Nordmark|XX", "~Vera|XX", "Ostland|XX"])
        #expect(lexicon.known[Lexicon.key("Nordmark")]?.kind == .place)
        #expect(lexicon.known[Lexicon.key("Vera")] == nil)
        #expect(cued == ["Vera|XX"])
        #expect(lexicon.known[Lexicon.key("Ostland")]?.kind == .agency)
    }
}
