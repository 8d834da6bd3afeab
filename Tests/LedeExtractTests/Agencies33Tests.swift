import Testing

@testable import LedeExtract

/// Agency round thirty-three (agencies33, twenty-second session; `Agencies33.swift`): a body's unit
/// named by common capitalised words and "Division" or "Branch" keeps its inner "and" and is left to
/// the rules by the learned typer. Every text is written for the test; the row marked "fails
/// without" fails at the round's start, the others guard.
@Suite struct Agencies33Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // An inner "and" stays in the unit's name (fails without: "Monitoring Division").
        Row(text: "The head of the agency’s Compliance and Monitoring Division said the firms were warned in March.",
            name: "Compliance and Monitoring Division", type: .agency),
        // A unit of common words, once mentioned, after "the" in the middle of an article.
        Row(text: "Rescuers reached the ranch at dawn. Officials posted a video from the Air Operations Division showing the crew at work. The ranch was evacuated.",
            name: "Air Operations Division", type: .agency),
        Row(text: "Detectives from the Criminal Investigation Branch arrested the man on Tuesday.",
            name: "Criminal Investigation Branch", type: .agency),
        // Guards: a place's division stays a place; a compass word names a part of a place.
        Row(text: "Floods hit homes in Lubaga Division on Monday.", name: "Lubaga Division", type: .place),
        Row(text: "Floods hit homes in the Central Division of the city on Monday.", name: "Central Division", type: .place),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }

    /// The shape on invented tokens, and the list loads.
    @Test func shape() {
        #expect(EntityRecognizer.unitClosers33.contains("division"))
        #expect(EntityRecognizer.unitClosers33.contains("branch"))
        let doc = Document(text: "The Air Operations Division and the Lubaga Division and the Central Division met.", lexicon: Lexicon.shared)
        let t = doc.tokens
        // "Air Operations Division" at tokens 1..<4.
        #expect(EntityRecognizer.isCommonWordUnit33(t, 1, 4))
        // "Lubaga Division": a name, not a common word.
        let lubaga = t.firstIndex { $0.key == "lubaga" }!
        #expect(!EntityRecognizer.isCommonWordUnit33(t, lubaga, lubaga + 2))
        // "Central Division": a compass word.
        let central = t.firstIndex { $0.key == "central" }!
        #expect(!EntityRecognizer.isCommonWordUnit33(t, central, central + 2))
        // A lone "Division" is no unit's name.
        #expect(!EntityRecognizer.isCommonWordUnit33(t, 3, 4))
    }
}
