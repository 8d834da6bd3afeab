import Testing

@testable import LedeExtract

/// Speed round eleven's helpers answer exactly as the code they replaced: keys joined in place,
/// word sets that reject by their hash bits first, arrays filled without `Array(repeating:count:)`.
@Suite struct Speed11Tests {
    static let text = "The Department of Energy and von der Leyen said on Monday, R-S.D. ICE 4th “Quoted” São Paulo-based"

    @Test func joinedKeysMatchTheGenericJoin() {
        let doc = Document(text: Speed11Tests.text, lexicon: Lexicon.shared)
        let recognizer = EntityRecognizer(doc: doc, lexicon: Lexicon.shared)
        let tokens = doc.tokens
        #expect(tokens.count > 10)
        for lo in 0...tokens.count {
            for hi in lo...min(tokens.count, lo + 5) {
                #expect(recognizer.joinedKeys(lo..<hi) == tokens[lo..<hi].map(\.key).joined(separator: " "), "\(lo)..<\(hi)")
            }
        }
    }

    /// A word in the set is always found (its bit is set); a word outside never is, whatever its
    /// bit: sets of one word, a handful, and more words than the mask has bits.
    @Test(arguments: [1, 6, 200])
    func wordSetBitsNeverHideAMember(size: Int) {
        let words = (0..<size).map { "w\($0)" + String(repeating: "q", count: $0 % 4) }
        let set = WordSet(words)
        let doc = Document(text: (words + ["absent", "other", "Words", "here"]).joined(separator: " "), lexicon: Lexicon.shared)
        let members = Set(words)
        var found = 0
        for i in doc.tokens.indices where doc.tokens[i].kind == .word {
            let token = doc.tokens[i]
            #expect(set.contains(token) == members.contains(token.key), "\(token.key)")
            #expect(set.contains(token) == set.contains(doc.tokens, at: i))
            #expect(set.contains(token) == set.contains(token.key))
            if set.contains(token) { found += 1 }
        }
        #expect(found == size)
    }

    /// `addPlaceAdjective` rules out a key without a hyphen before comparing the suffixes: that
    /// holds only while every suffix opens with one.
    @Test func placeAdjectiveSuffixesOpenWithAHyphen() {
        #expect(!EntityRecognizer.placeAdjectiveSuffixes.isEmpty)
        for suffix in EntityRecognizer.placeAdjectiveSuffixes { #expect(suffix.hasPrefix("-"), "\(suffix)") }
    }

    @Test(arguments: [0, 1, 7, 300])
    func filledArraysMatchRepeating(count: Int) {
        #expect([Bool](filled: true, count: count) == [Bool](repeating: true, count: count))
        #expect([UInt64](filled: 0, count: count) == [UInt64](repeating: 0, count: count))
        #expect([UInt8](filled: 3, count: count) == [UInt8](repeating: 3, count: count))
    }
}
