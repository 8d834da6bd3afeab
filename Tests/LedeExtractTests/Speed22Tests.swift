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
}
