import Testing

@testable import LedeExtract

/// The tokenizer's keys at the edges of its short path (plain ASCII words) and its full scan
/// (periods, commas, colons, apostrophes, hyphens, non-ASCII letters inside a word).
@Suite struct TokenizerTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var text: String
        /// Keys in order; a trailing "·" marks a token that is an abbreviation.
        var keys: [String]
        var testDescription: String { text }
    }

    static let rows: [Row] = [
        Row(text: "Gov. Smith said.", keys: ["gov.·", "smith", "said", "."]),
        Row(text: "J. Smith and A.J. Jones", keys: ["j.·", "smith", "and", "a.j.·", "jones"]),
        Row(text: "U.S. troops", keys: ["u.s.·", "troops"]),
        Row(text: "Amazon.com, Inc.", keys: ["amazon.com", ",", "inc.·"]),
        Row(text: "3.2% of 1,200 or 1,20 at 10:30", keys: ["3.2", "%", "of", "1,200", "or", "1", ",", "20", "at", "10:30"]),
        Row(text: "at 2 p.m. today", keys: ["at", "2", "p.m.·", "today"]),
        Row(text: "Detroit's mayor and Detroit’s", keys: ["detroit", "'s", "mayor", "and", "detroit", "'s"]),
        Row(text: "O'Brien's co-op", keys: ["o'brien", "'s", "co-op"]),
        Row(text: "a 34-year-old man", keys: ["a", "34-year-old", "man"]),
        Row(text: "They voted no. No. 5 won.", keys: ["they", "voted", "no", ".", "no.·", "5", "won", "."]),
        Row(text: "said: yes, Mich.", keys: ["said", ":", "yes", ",", "mich.·"]),
        Row(text: "'quoted' words - and -- dashes", keys: ["'", "quoted", "'", "words", "-", "and", "-", "dashes"]),
        Row(text: "José Álvarez of Zürich", keys: ["josé", "álvarez", "of", "zürich"]),
        Row(text: "NASA's ICE plan", keys: ["nasa", "'s", "ice", "plan"]),
    ]

    @Test(arguments: rows)
    func keys(_ row: Row) {
        let doc = Document(text: row.text, lexicon: Lexicon.shared)
        let keys = doc.tokens.map { $0.key + ($0.isAbbreviation ? "·" : "") }
        #expect(keys == row.keys)
        for t in doc.tokens {
            #expect(t.keyHash == StringTable<Bool>.hash(t.key), "\(t.key)")
            #expect(t.isCapitalized == (row.text.utf8[row.text.utf8.index(row.text.utf8.startIndex, offsetBy: t.start)] &- 65 < 26
                || t.key == "álvarez"), "\(t.key)")
        }
    }
}
