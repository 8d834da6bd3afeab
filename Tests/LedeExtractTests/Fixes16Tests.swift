import Testing

@testable import LedeExtract

/// Fixes round sixteen (fixes16, sixteenth session): a participle before "by" is passive in every
/// pass that reads `actsAfter40`; a county's bare name that a town bears too is the town; a region
/// named by its head is no company by an apposition; compass initials, region heads and bracketed
/// counts by place no longer make persons of places; the nation adjectives of `Agencies75` are a
/// resource (`Fixes16.swift`). Every sentence is written for the test; the rows marked "fails
/// without" fail at the round's start, the others guard what must stay.
@Suite struct Fixes16Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A participle before "by" in round forty's hospital-and-town rule (fails without).
        Row(text: "Patients were moved to University Hospital Carlow staffed by agency nurses.", name: "University Hospital Carlow", type: .place),
        // The institution acting keeps the organisation ("managed to", "operated a").
        Row(text: "The Kelmora Conference Centre managed to cut its costs this year.", name: "Kelmora Conference Centre", type: .agency),
        Row(text: "The Kestwick Observatory operated a new telescope from March.", name: "Kestwick Observatory", type: .agency),
        Row(text: "The Brennock Shopping Centre announced new opening hours.", name: "Brennock Shopping Centre", type: .agency),
        // A county and its county town named in one article are two places (fails without).
        Row(text: "Gardai arrested a man at a house in Wexford on Monday. Searches continued across Co Wexford on Tuesday.",
            name: "Wexford", type: .place),
        Row(text: "Gardai arrested a man at a house in Wexford on Monday. Searches continued across Co Wexford on Tuesday.",
            name: "County Wexford", type: .place),
        // A county whose town the lists do not name keeps its one entity.
        Row(text: "Flooding closed several roads across Co Kerry on Monday, the council said.", name: "County Kerry", type: .place),
        // A region by its head is no company by the sentence's apposition (fails without).
        Row(text: "At Ota Station in Gunma Prefecture, the bus operator cancelled all services on Monday.",
            name: "Gunma Prefecture", type: .place),
        // A compass initial before a listed country (fails without: a person "N. Pakistan").
        Row(text: "Floods cut roads in N. Pakistan on Monday, officials said.", name: "Pakistan", type: .place),
        Row(text: "Floods cut roads in N. Pakistan on Monday, officials said.", name: "N. Pakistan", type: nil),
        // A region's head before a listed place (fails without: a person "District Sialkot").
        Row(text: "Traders in District Sialkot closed their shops on Friday in protest.", name: "Sialkot", type: .place),
        // Counts by place in brackets (fails without: persons "Kelmora" and "Nadia").
        Row(text: "Votes were cast in three districts - Kelmora (5), Howrah (7) and Nadia (9) - in this phase.",
            name: "Kelmora", type: .place),
        Row(text: "Votes were cast in three districts - Kelmora (5), Howrah (7) and Nadia (9) - in this phase.",
            name: "Nadia", type: .place),
        // Ages in brackets after names with no place among them stay persons.
        Row(text: "Nazrin (3) and Aaron (5) were taken to hospital after the crash.", name: "Nazrin", type: .person),
        // A nation's party branch, the adjective now read from `nation-adjectives.txt`.
        Row(text: "The Scottish Conservatives said the budget would hurt farmers.", name: "Scottish Conservatives", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// Only a bare name that a town of the same country bears leaves the county's variants.
    @Test func countyTownVariants() {
        let subdivisions: [Substring] = [
            "County Brennock|Co Brennock|Co. Brennock|Brennock|IE", "County Tallow|Co Tallow|Tallow|IE", "Kelmora Region|Kelmora|GB",
        ]
        let cities: [Substring] = ["Brennock|IE|", "Tallow|GB|", "Kelmora|GB|"]
        #expect(Lexicon.countyTownVariants16(subdivisions, cities: cities) == ["brennock", "kelmora"])
    }

    /// The bundled list reads the two adjectives, and the gate (the keys' word-set filter,
    /// speed43) lets each of them by.
    @Test func nationAdjectivesGate() {
        let adjectives = EntityRecognizer.nationAdjectives16
        #expect(adjectives.names == ["Scottish", "Welsh"])
        let gate = SharedLexicon(Lexicon.shared).nationBits16
        #expect(gate == adjectives.keys.bits)
        for name in adjectives.names {
            #expect(gate & WordSet.bit(StringTable<Bool>.hash(Lexicon.key(name))) != 0, "\(name)")
        }
    }

    /// The region heads are read from `region-heads.txt`.
    @Test func regionHeadsListed() {
        for head in ["prefecture", "county", "district", "oblast"] {
            #expect(EntityRecognizer.regionHeads16.contains(head), "\(head)")
        }
    }
}
