import Testing

@testable import LedeExtract

/// Arbitrary input never crashes the extractor and every range stays inside the text.
@Suite struct RobustnessTests {
    /// A small deterministic generator (SplitMix64) so failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "Jan.", "Mich.", "U.S.", "8 U.S.C. §", "1325", "“", "”", "’s", "—", "–", "-", "(", ")", "\n", "\n\n", "\r\n",
        " ", "\t", "\u{00A0}", "Detroit", "DETROIT,", "Police Department", "(DPD)", "said", "Tuesday", "last",
        "week", "early", "mid-", "2024", "May", "the", "Section", "287(g)", "Dr.", "A.J.", "3.2%", "MORE NEWS:", "By",
        "policy that", "forbids", "é", "🙂", "ı", "\u{0301}", ".", "?", "!", ",", ";", ":", "'", "\"", "…", "s",
        "31", "Feb. 30", "the 1990s", "two years ago", "von der", "Leyen", "R-Mich.", "Act", "of", "Inc.",
        // Triggers of later rules, which read the tokens after them.
        "bank holiday", "Finance Bill", "Bill", "2024", "Yojana", "Pradhan Mantri", "scheme", "Hospital", "GRC", "Q3",
        "Cabinet Secretary", "the following week", "the coming month", "House", "Parliament", "the new year", "in fall",
        "Christmas", "Easter", "Ms", "and", "Ltd.", "Plc", "since", "won't", "is to",
    ]

    @Test func randomTextsKeepRangesValid() {
        var rng = SplitMix(state: 42)
        let extractor = Extractor()
        for round in 0..<400 {
            var text = ""
            for _ in 0..<Int.random(in: 0...60, using: &rng) {
                text += Self.pieces.randomElement(using: &rng)!
                if Bool.random(using: &rng) { text += " " }
            }
            let published: PartialDate? = round % 3 == 0 ? nil : PartialDate(year: 2025, month: round % 12 + 1, day: round % 2 == 0 ? nil : 28)
            Self.expectValidRanges(extractor.extract(text: text, published: published), in: text)
        }
    }

    /// Rules look at the tokens after a trigger word; a text may end right after it. Every dev-set
    /// article cut after each of 60 words spread over it still extracts with valid ranges.
    @Test func articlesCutAtAnyWord() throws {
        let extractor = Extractor()
        for (gold, text) in try DevSetScorer.loadGold() {
            let wordEnds = text.indices.filter { text[$0] == " " || text[$0] == "\n" }
            let step = max(1, wordEnds.count / 60)
            for end in stride(from: 0, to: wordEnds.count, by: step).map({ wordEnds[$0] }) {
                let prefix = String(text[..<end])
                Self.expectValidRanges(extractor.extract(text: prefix, published: PartialDate(iso: gold.published)), in: prefix)
            }
        }
    }

    static func expectValidRanges(_ x: Extraction, in text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let count = text.utf8.count
        for entity in x.entities {
            #expect(!entity.mentions.isEmpty, sourceLocation: sourceLocation)
            for m in entity.mentions { #expect(m.start >= 0 && m.start < m.end && m.end <= count, sourceLocation: sourceLocation) }
        }
        for e in x.events {
            #expect(e.expressionRange.end <= count && e.textRange.end <= count, sourceLocation: sourceLocation)
            #expect(e.start <= e.end, sourceLocation: sourceLocation)
        }
    }

    @Test func invalidUTF8AndLongInputs() {
        let extractor = Extractor()
        let broken = String(decoding: [0x44, 0xFF, 0xC3, 0x28, 0xE2, 0x82, 0x20, 0x41] as [UInt8], as: UTF8.self)
        _ = extractor.extract(text: broken, published: nil)
        let long = String(repeating: "The Detroit Police Department said Tuesday that ICE was called. ", count: 2000)
        let x = extractor.extract(text: long, published: PartialDate(year: 2025, month: 3, day: 12))
        #expect(x.sentences.count == 2000)
        #expect(x.entities.contains { $0.name == "Detroit Police Department" && $0.mentions.count == 2000 })
        let noSpaces = String(repeating: "A", count: 100_000)
        _ = extractor.extract(text: noSpaces, published: nil)
    }
}
