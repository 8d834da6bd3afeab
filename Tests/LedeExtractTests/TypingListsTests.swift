import Testing

@testable import LedeExtract

/// The learned typer's decisions on one list's members agree, or the members keep the rules'
/// type (`TypingLists.swift`). The weights are built here: none for every organisation by a
/// bias, place for any two-word name, so one-word and two-word members of a list disagree. (Since
/// typer round ten a bid near a name exempts it, so the sentences speak of offers and wins.)
@Suite struct TypingListsTests {
    static let splitWeights = ["@margin\t-\t2", "bias\tnone\t5", "twoWords\tplace\t10"]

    private func types(_ text: String) throws -> [String: EntityType] {
        var lexicon = Lexicon.shared
        lexicon.typer = try EntityTyperModel(lines: Self.splitWeights.map { Substring($0) }, space: lexicon.typingSpace)
        let doc = Document(text: text, lexicon: lexicon)
        var recognizer = EntityRecognizer(doc: doc, lexicon: lexicon)
        let raw = recognizer.run()
        var merger = EntityMerger(doc: doc, lexicon: lexicon)
        merger.learnedTyping = true
        return Dictionary(merger.merge(raw).map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
    }

    /// Apart, each name takes the model's decision: the one-word name goes, the two-word one is a place.
    @Test func namesApartTakeTheirOwnDecision() throws {
        let found = try types("Corvane won on Monday. Later that week Delmont Freight won again.")
        #expect(found["Corvane"] == nil, "\(found)")
        #expect(found["Delmont Freight"] == .place, "\(found)")
    }

    /// Two members decided two ways: no majority, both keep the rules' organisation.
    @Test func aSplitPairKeepsTheRulesType() throws {
        let found = try types("Offers came from Corvane and Delmont Freight on Friday.")
        #expect(found["Corvane"] == .agency, "\(found)")
        #expect(found["Delmont Freight"] == .agency, "\(found)")
    }

    /// Three members, two dropped and one a place: the majority drops all three.
    @Test func aMajorityDecidesForTheWholeList() throws {
        let found = try types("Offers came from Corvane, Delmont Freight and Tessaro on Friday.")
        #expect(found["Corvane"] == nil && found["Delmont Freight"] == nil && found["Tessaro"] == nil, "\(found)")
    }
}
