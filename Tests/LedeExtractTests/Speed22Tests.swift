import Testing

@testable import LedeExtract

/// Speed round twenty-two's helpers answer exactly as the code they replaced.
@Suite struct Speed22Tests {
    /// The union `hasBusinessWordNear` probes holds every word of the four sets it replaced, and
    /// nothing else.
    @Test func businessWordsAreTheUnionOfTheFourSets() {
        let sets = [EntityMerger.bidWords, EntityMerger.buyVerbs, EntityMerger.ownedNouns, EntityMerger.organisationPossessions]
        var count = 0
        for set in sets {
            for word in set.words {
                #expect(EntityMerger.businessWordsNear.contains(word), "\(word)")
            }
            count += set.count
        }
        #expect(EntityMerger.businessWordsNear.count <= count)
        for word in EntityMerger.businessWordsNear.words {
            #expect(sets.contains { $0.contains(word) }, "\(word)")
        }
        for word in ["said", "the", "bank", "acquirer"] where !sets.contains(where: { $0.contains(word) }) {
            #expect(!EntityMerger.businessWordsNear.contains(word), "\(word)")
        }
    }

    /// A word set's words are the words it was built from.
    @Test func wordSetListsItsWords() {
        let set: WordSet = ["alpha", "beta", "gamma", "beta"]
        #expect(set.words.sorted() == ["alpha", "beta", "gamma"])
        #expect(set.count == 3)
    }

    /// Dates that share a clause share its bounds (the second reuses the first's walk); a
    /// semicolon, a spaced dash and a new sentence each start a clause of its own.
    @Test func datesInOneClauseShareItsBounds() throws {
        let text = "Mayor Lena Brandt said on Monday that the Harbour Transit Board would vote on Friday; "
            + "the council met on Tuesday - and Amos Reyes spoke on Wednesday. Brandt left on Thursday."
        let x = Extractor().extract(text: text, published: PartialDate(iso: "2025-03-12"))
        let byExpression = Dictionary(x.events.map { ($0.expression, $0) }, uniquingKeysWith: { a, _ in a })
        let monday = try #require(byExpression["Monday"], "\(x.events.map(\.expression))")
        let friday = try #require(byExpression["Friday"])
        let tuesday = try #require(byExpression["Tuesday"])
        let wednesday = try #require(byExpression["Wednesday"])
        let thursday = try #require(byExpression["Thursday"])
        #expect(monday.text == "Mayor Lena Brandt said on Monday that the Harbour Transit Board would vote on Friday")
        #expect(friday.textRange == monday.textRange)
        #expect(tuesday.text == "the council met on Tuesday")
        #expect(wednesday.text == "and Amos Reyes spoke on Wednesday.")
        #expect(thursday.text == "Brandt left on Thursday.")
    }
}
