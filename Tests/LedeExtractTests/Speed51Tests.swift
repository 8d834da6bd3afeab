import Testing

@testable import LedeExtract

/// Speed round fifty-one: per-mention passes read the token array their caller holds, and a
/// mention's fields in place, where they bound `doc.tokens` or the mention object on each call.
/// No rule changed; the token search is checked against a linear scan, and
/// invented rows go through each pass whose code changed (the corpus outputs were
/// byte-identical at every step).
@Suite struct Speed51Tests {
    private func entities(_ text: String) -> [Entity] { Extractor().extract(text: text, published: nil).entities }

    private func type(of name: String, in entities: [Entity]) -> EntityType? { entities.first { $0.name == name }?.type }

    /// `Document.tokenIndex(in:startingAt:)` finds the token starting at each byte exactly where
    /// a linear scan does, and nothing inside a token or past the text.
    @Test func tokenSearchMatchesTheDocument() {
        let text = "Brenna Salk met Harwick officials, \"in Corlan\" — 14 km away; al-Rashid said so."
        let doc = Document(text: text, lexicon: Lexicon.shared)
        let tokens = doc.tokens
        #expect(tokens.count > 10)
        for byte in 0...(text.utf8.count + 1) {
            #expect(Document.tokenIndex(in: tokens, startingAt: byte) == tokens.firstIndex { $0.start == byte })
            #expect(doc.tokenIndex(startingAt: byte) == tokens.firstIndex { $0.start == byte })
        }
        let none: [Token] = []
        #expect(Document.tokenIndex(in: none, startingAt: 0) == nil)
    }

    /// `addPerson` with the caller's tokens: a person after a lower-case title, and one with an
    /// apposition, keep their names.
    @Test func personsAreAdded() {
        let found = entities("""
            The visitors led until defender Marlo Quennick scored late. \
            Ruth Ambersley, director of the Talvern Policy Institute, said the plan was sound.
            """)
        #expect(type(of: "Marlo Quennick", in: found) == .person)
        #expect(type(of: "Ruth Ambersley", in: found) == .person)
    }

    /// `applyLocatorPlaces` without its bound mention: a run after "next to the" is a place, and
    /// "at Large" closes a title, not the name.
    @Test func locatorsStillPlace() {
        let found = entities("""
            The new cafe sits next to the Orlith Conference Center, which opened in May. \
            Councilman at Large Dorian Weskett voted against the budget.
            """)
        #expect(type(of: "Orlith Conference Center", in: found) == .place)
        #expect(type(of: "Dorian Weskett", in: found) == .person)
        #expect(type(of: "Large Dorian Weskett", in: found) == nil)
    }

    /// `joinParticle67` with the pass's tokens, `applyCuedPlaces74` and `extendNumberedCitations`.
    @Test func particlesCuesAndCitations() {
        let found = entities("""
            The council thanked Yusuf bin Harith bin Saleem for his service. \
            Two shops were broken into in Carlisle overnight, police said. \
            Lawmakers adopted House Joint Resolution No. 31 before the recess.
            """)
        #expect(type(of: "Yusuf bin Harith bin Saleem", in: found) == .person)
        #expect(type(of: "Carlisle", in: found) == .place)
        #expect(found.contains { $0.name == "House Joint Resolution No. 31" && $0.type == .policy })
    }
}
