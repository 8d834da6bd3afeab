import Testing

@testable import LedeExtract

/// `StringTable` against `Dictionary`: inserts, updates, removals (which move the last item and
/// shift probe chains back) and growth, with keys that collide in a small table.
@Suite struct StringTableTests {
    /// A deterministic generator, so a failure replays.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test(arguments: [(seed: UInt64(1), keys: 12, steps: 400), (2, 40, 2_000), (3, 300, 6_000)])
    func matchesDictionary(seed: UInt64, keys: Int, steps: Int) {
        var random = Generator(state: seed)
        let words = (0..<keys).map { "w\($0)" + String(repeating: "x", count: $0 % 5) }
        var table = StringTable<Int>(minimumCapacity: 4)
        var reference: [String: Int] = [:]
        for step in 0..<steps {
            let key = words[random.next(words.count)]
            switch random.next(5) {
            case 0, 1:
                table[key] = step
                reference[key] = step
            case 2:
                table[key] = nil
                reference[key] = nil
            case 3:
                table.setIfAbsent(key, step)
                if reference[key] == nil { reference[key] = step }
            default:
                let old = table.update(key, default: 0) { value -> Int in
                    value += 1
                    return value
                }
                reference[key, default: 0] += 1
                #expect(old == reference[key])
            }
            #expect(table.count == reference.count)
        }
        for word in words {
            #expect(table[word] == reference[word], "\(word)")
            #expect(table.contains(word) == (reference[word] != nil))
            #expect(table.value(word, hash: StringTable<Int>.hash(word)) == reference[word])
            if reference[word] != nil { #expect(table.mayContain(hash: StringTable<Int>.hash(word))) }
        }
        #expect(Dictionary(uniqueKeysWithValues: table.entries.map { ($0.key, $0.value) }) == reference)
        #expect(Set(table.keys) == Set(reference.keys))
    }

    @Test func emptyTableAllocatesNothingAndFindsNothing() {
        var table = StringTable<String>()
        #expect(table["a"] == nil)
        #expect(!table.contains("a"))
        #expect(!table.mayContain(hash: StringTable<String>.hash("a")))
        table["a"] = nil
        #expect(table.count == 0)
        table["a"] = "b"
        #expect(table["a"] == "b")
        #expect(table.count == 1)
    }

    /// The in-place look-ups of round six answer as the token-copying ones do: word sets by
    /// array index, the joined-key hash of a run, and the stored `isNameLike` after edits.
    @Test func inPlaceTokenLookUpsMatchCopies() {
        let doc = Document(text: "The Department of Energy and von der Leyen said on Monday, R-S.D. ICE 4th", lexicon: Lexicon.shared)
        let tokens = doc.tokens
        let sets: [WordSet] = [EntityRecognizer.connectors, EntityRecognizer.nameParticles, EntityRecognizer.functionWords,
                               EntityRecognizer.speechVerbs, EntityRecognizer.strongOrgHeads]
        for set in sets {
            for i in tokens.indices { #expect(set.contains(tokens, at: i) == set.contains(tokens[i])) }
        }
        for lo in tokens.indices {
            for hi in (lo + 1)...min(tokens.count, lo + 4) {
                let joined = tokens[lo..<hi].map(\.key).joined(separator: " ")
                #expect(StringTable<Bool>.hash(joiningKeysOf: tokens, lo..<hi) == StringTable<Bool>.hash(joined))
            }
        }
        let recognizer = EntityRecognizer(doc: doc, lexicon: Lexicon.shared)
        for i in tokens.indices { #expect(recognizer.isPartyTag(at: i) == recognizer.isPartyTag(tokens[i])) }
        #expect(tokens.indices.contains { recognizer.isPartyTag(at: $0) })
        var token = tokens[1]  // "Department"
        #expect(token.isNameLike)
        token.isCapitalized = false
        #expect(!token.isNameLike)
        token.isCapitalized = true
        token.kind = .number
        #expect(!token.isNameLike)
        token.kind = .word
        #expect(token.isNameLike)
    }
}
