import Testing

@testable import LedeExtract

/// Speed round twenty-three: the word interner, grown with the town lists, must find every
/// listed word by every path the tokenizer uses (its own key, folded capitals) and no unlisted
/// one, whatever the slots on a probe's way hold (short forms, whole hashes, bytes compared).
@Suite struct Speed23Tests {
    /// Every key of the shared lexicon's lists is found by `flags(of:)` and from the bytes of
    /// its capitalised and upper-case forms, with its own index; its key comes back equal.
    @Test func everyListedWordIsFound() {
        let interner = Lexicon.shared.interned
        #expect(interner.keys.count > 40_000)
        var missing: [String] = []
        for (index, key) in interner.keys.enumerated() {
            guard interner.flags(of: key) != nil else { missing.append(key); continue }
            let bytes = Array(key.utf8)
            let hash = StringTable<Bool>.hash(key)
            let plain = interner.find(bytes.span, 0..<bytes.count, fold: false, hash: hash)
            if plain?.index != index || plain?.key != key { missing.append(key) }
            // The tokenizer folds ASCII capitals only ("SÃO" is found as "sÃo" is not listed).
            let upper = Speed23Tests.asciiUpper(bytes)
            let folded = interner.find(upper.span, 0..<upper.count, fold: upper != bytes, hash: hash)
            if folded?.index != index { missing.append(key.uppercased()) }
        }
        #expect(missing.isEmpty, "\(missing.prefix(10))")
    }

    /// Words no list holds, next to listed ones (one letter more or less, a changed last byte),
    /// are not found, folded or not; every shape of key is asked (short forms, eight bytes,
    /// long keys, non-ASCII).
    @Test func unlistedWordsAreNotFound() {
        let interner = Lexicon.shared.interned
        let listed = Set(interner.keys)
        var asked = 0
        var wrong: [String] = []
        for key in interner.keys.prefix(20_000) {
            for miss in [key + "qz", String(key.dropLast()) + "\u{7}", "zq" + key] where !listed.contains(miss) {
                asked += 1
                if interner.flags(of: miss) != nil { wrong.append(miss) }
                let upper = Speed23Tests.asciiUpper(Array(miss.utf8))
                let hash = StringTable<Bool>.hash(miss)
                if interner.find(upper.span, 0..<upper.count, fold: true, hash: hash) != nil {
                    wrong.append(miss.uppercased())
                }
            }
        }
        #expect(asked > 50_000)
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }

    /// `bytes` with ASCII lower case raised, other bytes as they are.
    static func asciiUpper(_ bytes: [UInt8]) -> [UInt8] { bytes.map { $0 &- 97 < 26 ? $0 - 32 : $0 } }

    /// A small table, nearly full, so that probes cross many slots of other words: each key is
    /// found with its flags, and a missing key is told from those whose tags or short forms
    /// it shares.
    @Test func crowdedTable() {
        let keys = (0..<12).map { "w\($0)" } + ["abcdefgh", "abcdefghi", "abcdefghij", "zzzzzzzzzzzz"]
        let interner = WordInterner(keys.enumerated().map { (key: $0.element, value: WordFlags(rawValue: UInt32($0.offset + 1))) })
        for (n, key) in keys.enumerated() {
            #expect(interner.flags(of: key) == WordFlags(rawValue: UInt32(n + 1)), "\(key)")
        }
        for miss in ["w12", "w", "abcdefgi", "abcdefghik", "zzzzzzzzzzz", "W1"] {
            #expect(interner.flags(of: miss) == nil, "\(miss)")
        }
    }
}
