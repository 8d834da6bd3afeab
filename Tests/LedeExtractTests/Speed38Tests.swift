import Testing

@testable import LedeExtract

/// Speed round thirty-eight's shortcuts answer exactly as the code they sit in front of: the token
/// halving without a division, the legislation walk's bitmaps, the outlet cue's first test.
@Suite struct Speed38Tests {
    static let text = """
        LONDON (Reuters) - The Department of Energy said on Monday, “the 21 days lockdown” and the 2022 appropriation bill \
        would pass. São Paulo-based Kiri FM has learned that curfew orders … were set.

        A second paragraph, with an anti-graft law.
        """

    /// Every byte offset, a token's start or not, finds what a linear search finds.
    @Test(arguments: ["", "word", Speed38Tests.text])
    func tokenIndexMatchesALinearSearch(text: String) {
        let doc = Document(text: text, lexicon: Lexicon.shared)
        for byte in -1...(doc.bytes.count + 1) {
            let linear = doc.tokens.firstIndex { $0.start == byte }
            #expect(doc.tokenIndex(startingAt: byte) == linear, "byte \(byte)")
        }
    }

    /// The walk's bitmaps pass every word its tests look for: a clear bit may only rule out
    /// words none of them reads.
    @Test func legislationCueMasksPassEveryCue() {
        let masks = EntityRecognizer.legislationCueMasks
        #expect(masks.0 & EntityRecognizer.masks13.0 == EntityRecognizer.masks13.0)
        #expect(masks.1 & EntityRecognizer.masks13.1 == EntityRecognizer.masks13.1)
        // "tax": policy71's cue (`Policies71.swift`), which the walk reads since the twelfth session.
        let words = ["bill", "lockdown", "lockdowns", "quarantine", "act", "law", "code", "tax"] + EntityRecognizer.imposedHeads11.words
        for word in words {
            #expect(EntityRecognizer.mayStart13(StringTable<Bool>.hash(word), masks), "\(word)")
        }
    }

    /// Each way `isOutletCue50` says yes still does with the first test in front of it.
    @Test(arguments: [
        ("Police told Sunrise TV on Friday.", "sunrise tv", EntityType.agency),
        ("She said on Harbour TV that it was over.", "harbour tv", .agency),
        ("A spokesman told the Chronicle it was over.", "chronicle", .agency),
        ("It was closed, according to Kiri FM news.", "kiri fm", .agency),
        ("The fire was reported by Sunrise TV on Friday.", "sunrise tv", .agency),
        ("A Tasko Corp reporter was there.", "tasko corp", .agency),
        ("The Chronicle understands the deal is off.", "the chronicle", .agency),
        ("Kiri FM has learned that the deal is off.", "kiri fm", .agency),
        ("A source said the Coast Courier reported it.", "coast courier", .agency),
    ])
    func outletCuesPassTheFirstTest(text: String, name: String, type: EntityType) throws {
        let doc = Document(text: text, lexicon: Lexicon.shared)
        let keys = doc.tokens.map(\.key)
        let count = name.split(separator: " ").count
        let lo = try #require((0...(keys.count - count)).first { keys[$0..<($0 + count)].joined(separator: " ") == name })
        #expect(doc.isOutletCue50(lo, lo + count, type: type))
    }

    /// Names with no cue around them are ruled out by the first test alone.
    @Test func namesWithoutCuesAreRuledOutFirst() {
        let doc = Document(text: "Dana Wells met Tasko Corp in Harbour City on Friday.", lexicon: Lexicon.shared)
        for lo in doc.tokens.indices where doc.tokens[lo].isCapitalized {
            #expect(!doc.mayBeOutletCue50(lo, lo + 1, headed: false), "\(doc.tokens[lo].key)")
            #expect(!doc.isOutletCue50(lo, lo + 1, type: .agency))
        }
    }
}
