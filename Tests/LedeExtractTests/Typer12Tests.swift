import Testing

@testable import LedeExtract

/// Typer round twelve (eleventh session of 2026-12-01): the shape features of
/// `TypingShapes12.swift` and the person scope of the learned stage (weights crossed with person
/// make it score the rules' persons of two or more words). Every sentence is written for the test.
@Suite struct Typer12Tests {
    typealias CueRow = Typer10Tests.CueRow

    static let rows: [CueRow] = [
        CueRow(
            text: "The Tulsa Ravens won on Sunday, and the Ravens fans cheered.", name: "Tulsa Ravens",
            present: ["placeLedPlural", "agency&placeLedPlural"], absent: ["placeNounAfter", "wholeNameTown"]),
        CueRow(
            text: "Floods hit homes near Marrowick district on Monday.", name: "Marrowick",
            present: ["anyAfterPlacePreposition", "placeNounAfter"], absent: ["anyAfterActorPreposition", "placeLedPlural"]),
        CueRow(
            text: "The report was written by Quennard for the council.", name: "Quennard",
            present: ["anyAfterActorPreposition"], absent: ["anyAfterPlacePreposition", "innerCapital"]),
        CueRow(
            text: "A grant from LumoBridge paid for the new roof.", name: "LumoBridge",
            present: ["innerCapital", "anyAfterPlacePreposition"], absent: ["placeLedPlural"]),
        // Three game words make a sports story.
        CueRow(
            text: "Officials at Tamberlo said the squad scored two goals to win the cup.", name: "Tamberlo",
            present: ["sportsStory", "anyAfterPlacePreposition"], absent: ["placeNounAfter", "anyAfterActorPreposition"]),
    ]

    @Test(arguments: rows) func shapeFeatures(row: CueRow) throws {
        try row.check()
    }

    /// Weights with no cross with person (the shipped ones until typer round twelve) leave the
    /// rules' persons alone; with one, a person is scored by the person-crossed sums.
    @Test func personScopeFollowsTheWeights() throws {
        let space = Lexicon.shared.typingSpace
        let agencyOnly = try EntityTyperModel(lines: ["@margin\t-\t1", "agency&bias\tnone\t50"], space: space)
        #expect(!agencyOnly.scoresPersons)
        let withPersons = try EntityTyperModel(lines: ["@margin\t-\t1", "person&twoWords\tnone\t50"], space: space)
        #expect(withPersons.scoresPersons)
        let two = [TypingFeature.bias.rawValue, TypingFeature.twoWords.rawValue]
        #expect(withPersons.decideForPerson(two) == 3)
        #expect(withPersons.decideForPerson([TypingFeature.bias.rawValue]) == nil)
        // The organisation sums never read the person cross.
        #expect(withPersons.decideForOrganisation(two) == nil)
    }
}
