import Testing

@testable import LedeExtract

/// Typer round fourteen (fourteenth session of 2026-12-02): the features of `Typer14Features.swift`
/// (acronym evidence, resident nouns, place evidence). Every sentence is written for the test.
@Suite struct Typer14Tests {
    typealias CueRow = Typer10Tests.CueRow

    static let rows: [CueRow] = [
        // A lower-case run whose initials spell the acronym: a process, not a body.
        CueRow(
            text: "The plant uses a dry kiln process, and the DKP output rose by a third last year.", name: "DKP",
            present: ["acronymLowerExpansion", "acronymThreeLetters", "acronymLastP", "acronymAfterThe", "agency&acronymLastP"],
            absent: ["acronymCapsExpansion", "acronymTwoLetters", "acronymBodyVerb"]),
        // A body's verb after it, "the" before it.
        CueRow(
            text: "Fares will rise in May, the VRQB said on Monday.", name: "VRQB",
            present: ["acronymBodyVerb", "acronymAfterThe", "acronymLastB"],
            absent: ["acronymLowerExpansion", "acronymCapsExpansion", "acronymThreeLetters", "acronymBeforeLowerNoun"]),
        // A resident noun of a listed state.
        CueRow(
            text: "Thousands of Oklahomans lined up to vote on Tuesday.", name: "Oklahomans",
            present: ["residentNoun"], absent: ["acronymAfterThe"]),
        // A comma and a listed state after the name; a listed place beside it in a list.
        CueRow(
            text: "Crews from Brackwell, Ohio and Tennessee cleared the roads.", name: "Brackwell",
            present: ["nextCommaListedPlace", "listedPlaceInNameList", "everyAfterPlacePreposition"], absent: ["residentNoun"]),
    ]

    @Test(arguments: rows) func features(row: CueRow) throws {
        try row.check()
    }

    @Test func residentNouns() {
        let merger = EntityMerger(doc: Document(text: "x", lexicon: Lexicon.shared), lexicon: Lexicon.shared)
        for word in ["oklahomans", "new yorkers", "sydneysiders", "nepalis", "texans", "floridians", "londoners"] {
            #expect(merger.isResidentNoun14(word), "\(word)")
        }
        // Listed places themselves, and words whose stem names no place.
        for word in ["texas", "oklahoma", "teachers", "veterans", "workers"] {
            #expect(!merger.isResidentNoun14(word), "\(word)")
        }
    }

    @Test func placeInitials() {
        let set = Lexicon.initials14(of: ["South Africa", "North Dakota", "Chad", "Bosnia and Herzegovina"])
        #expect(set.contains("sa") && set.contains("nd") && set.contains("bh"))
        #expect(!set.contains("c") && !set.contains("bah"))
        #expect(Lexicon.shared.genericAcronyms14.contains("ngo") && Lexicon.shared.bodyVerbs14.contains("said"))
    }
}
