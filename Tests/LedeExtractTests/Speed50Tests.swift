import Testing

@testable import LedeExtract

/// Speed round fifty: the recogniser's hot functions take the caller's token array (and read a
/// mention's fields in place) instead of binding `doc.tokens` themselves. No rule changed; these
/// invented rows go through each function whose signature changed and check the answers the
/// rules give (the corpus outputs were byte-identical at every step).
@Suite struct Speed50Tests {
    private func entities(_ text: String) -> [Entity] { Extractor().extract(text: text, published: nil).entities }

    private func type(of name: String, in entities: [Entity]) -> EntityType? { entities.first { $0.name == name }?.type }

    /// `processSpan` and `splitAtConnectors`: a run of two bodies joined by "and", each with its
    /// head, is split; a run ending in a plural acronym after unlisted words gives nothing.
    @Test func runsAreSplitAndTrimmed() {
        let found = entities("""
            Grants came from the Department of Fisheries and Brightwater Media on Tuesday. \
            Several Non-Constituency MPs asked for more.
            """)
        #expect(type(of: "Department of Fisheries", in: found) == .agency)
        #expect(type(of: "Brightwater Media", in: found) == .agency)
        #expect(!found.contains { $0.name.contains("Non-Constituency") })
    }

    /// `classify` and `classifySingle`: a titled person, and a lone unlisted name after a
    /// lower-case title.
    @Test func runsAndLoneWordsAreClassified() {
        let found = entities("""
            Harbour Commissioner Talia Vernholt said the port would reopen. \
            The visitors scored twice before midfielder Quarrento added a third.
            """)
        #expect(type(of: "Talia Vernholt", in: found) == .person)
        #expect(type(of: "Quarrento", in: found) == .person)
    }

    /// `applyMentionContext` and `notePlaceCandidate` (`PlaceContexts.swift`): a compass
    /// adjective before an unlisted name makes it a place.
    @Test func placeContextsStillRetype() {
        let found = entities("Heavy rain flooded roads across northern Velmorabad on Sunday, officials said.")
        #expect(type(of: "Velmorabad", in: found) == .place)
    }
}
