import Testing
@testable import LedeStore

/// The byte-scanning tokenizer (terms made once per token) against a per-scalar reference.
@Suite struct TokenizerTests {
    static func reference(_ text: String) -> [(term: String, range: Range<Int>)] {
        var out: [(term: String, range: Range<Int>)] = []
        var term = ""
        var start = -1
        var offset = 0
        for scalar in text.unicodeScalars {
            let p = scalar.properties
            let isWord = p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            if isWord {
                if start < 0 { start = offset }
                term += p.lowercaseMapping
            } else if start >= 0 {
                out.append((term, start..<offset))
                term = ""
                start = -1
            }
            offset += String(scalar).utf8.count
        }
        if start >= 0 { out.append((term, start..<offset)) }
        return out
    }

    @Test func randomMixesMatchTheReference() {
        let pieces = ["word", "Word", "WORD", " ", ", ", "42", "é", "É", "ß", "İ", "e\u{301}", "😀", "’s", "\n", "Ünï", "-", "ΣΑΣ", "x"]
        var state: UInt64 = 7
        for _ in 0..<400 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 58) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            let got = Tokenizer.tokens(text)
            let want = Self.reference(text)
            #expect(got.map(\.term) == want.map(\.term), "\(text)")
            #expect(got.map(\.range) == want.map(\.range), "\(text)")
        }
    }
}
