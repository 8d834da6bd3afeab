import Testing

@testable import LedeExtract

/// Speed round seventeen: helpers that make per-token scans cheaper must answer exactly what the
/// plain look-ups answer.
@Suite struct Speed17Tests {
    static let sportsTexts: [String] = [
        "The striker scored twice before halftime as the squad reached the semi-final of the cup.",
        "Parliament passed the budget on Tuesday after a long debate about taxes and schools.",
        "Batting first, the bowlers struggled: 40 overs, three wickets and a lost innings.",
        "Goals, goals, goals: the goalkeeper had a night to forget in the quarter-final.",
        "The city council met to discuss road repairs, then adjourned.",
        "",
        "Cricket. Football. Rugby. Netball.",
    ]

    /// Every word of the set passes its filter (no false negatives).
    @Test func filterHoldsEveryWord() {
        let filter = HashFilter(EntityRecognizer.sportsWordList)
        for word in EntityRecognizer.sportsWordList {
            #expect(filter.mayContain(hash: StringTable<Bool>.hash(word)), "\(word)")
        }
        // An empty filter holds nothing.
        let empty = HashFilter([String]())
        #expect(!empty.mayContain(hash: StringTable<Bool>.hash("wicket")))
    }

    /// The tokenizer's count of sports words is the plain scan's count over the article's tokens.
    @Test(arguments: sportsTexts)
    func tokenizerCountMatchesThePlainScan(text: String) {
        let doc = Document(text: text, lexicon: Lexicon.shared)
        let plain = doc.tokens.indices.filter { EntityRecognizer.sportsWords.contains(doc.tokens, at: $0) }.count
        #expect(doc.sportsWordCount == plain)
    }

    /// Sports words capitalised, after marks, with a possessive, in quotes and across paragraphs
    /// are counted as the scan counts them.
    @Test func tokenizerCountAcrossShapes() {
        let text = "CRICKET: the Cup's final.\n\n\"Semi-finals\" and kick-off (goals) -- scrum-half, footballer, Rugby.\nunion"
        let doc = Document(text: text, lexicon: Lexicon.shared)
        let plain = doc.tokens.indices.filter { EntityRecognizer.sportsWords.contains(doc.tokens, at: $0) }.count
        #expect(doc.sportsWordCount == plain)
        #expect(plain >= 4)
    }

    /// A filter built from many keys holds each of them.
    @Test func filterHoldsManyKeys() {
        let words = (0..<200).map { "w\($0)" }
        let filter = HashFilter(words)
        #expect(words.allSatisfy { filter.mayContain(hash: StringTable<Bool>.hash($0)) })
    }

    /// Every known name passes the known-name filter, so the filtered look-ups answer as the table.
    @Test func knownFilterHoldsEveryKnownKey() {
        let lexicon = Lexicon.shared
        let filter = KeyFilter(lexicon.known.keys)
        var missing: [String] = []
        for key in lexicon.known.keys where !filter.mayContain(hash: StringTable<Bool>.hash(key)) { missing.append(key) }
        #expect(missing.isEmpty, "\(missing.prefix(5))")
        // Most absent keys are rejected (16 KB for a table of some thousands of keys).
        let absent = (0..<2000).map { "zq\($0)x" }
        let passed = absent.filter { filter.mayContain(hash: StringTable<Bool>.hash($0)) }.count
        #expect(passed < 600)
    }

    static let lookupKeys: [String] = [
        "france", "paris", "new york", "united nations", "texas", "detroit", "ford", "nato", "u.s.", "the", "said",
        "smith", "zzqx", "", "new  york", "paris ", "s\u{e3}o paulo", "eu", "european union", "medicare",
    ]

    /// `SharedLexicon`'s filtered look-ups answer exactly what the known table answers.
    @Test(arguments: lookupKeys)
    func filteredKnownLookUpsMatchTheTable(key: String) {
        let lexicon = Lexicon.shared
        let shared = SharedLexicon(lexicon)
        let hash = StringTable<Bool>.hash(key)
        let expected = lexicon.known[key]
        #expect(shared.known(key)?.canonical == expected?.canonical)
        #expect(shared.known(key)?.kind == expected?.kind)
        #expect(shared.known(key, hash: hash)?.canonical == expected?.canonical)
        #expect(shared.mayBeKnown(hash: hash) == lexicon.known.mayContain(hash: hash))
    }
}
