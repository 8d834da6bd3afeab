import Testing

@testable import LedeExtract

/// Speed round thirty's merger look-ups answer exactly as the tables they replaced: the surname
/// lists, the first group a key joined, and the initials skipped when no look-up can be them.
@Suite struct Speed30Tests {
    /// Rows of (surname, group, start) added in order, then queried: the last group before a
    /// start, else the first added; nil for an unknown surname.
    @Test(arguments: [
        ([("smith", 0, 10), ("smith", 3, 50), ("jones", 1, 20)], "smith", 40, 0 as Int?, 0),
        ([("smith", 0, 10), ("smith", 3, 50), ("jones", 1, 20)], "smith", 60, 3 as Int?, 0),
        ([("smith", 0, 10), ("smith", 3, 50), ("jones", 1, 20)], "smith", 5, nil as Int?, 0),
        ([("smith", 2, 10), ("jones", 1, 20), ("smith", 4, 30), ("smith", 5, 25)], "smith", 40, 5 as Int?, 2),
        ([("jones", 1, 20)], "jones", 21, 1 as Int?, 1),
    ] as [([(String, Int, Int)], String, Int, Int?, Int)])
    func surnameIndexMatchesAListPerSurname(rows: [(String, Int, Int)], surname: String, start: Int, before: Int?, first: Int) {
        var index = EntityMerger.SurnameIndex()
        var lists: [String: [(group: Int, start: Int)]] = [:]
        for (s, g, st) in rows {
            index.append(s, group: g, start: st)
            lists[s, default: []].append((g, st))
        }
        let found = index.groups(surname, before: start)
        let list = lists[surname]!
        #expect(found?.before == list.last(where: { $0.start < start })?.group)
        #expect(found?.before == before)
        #expect(found?.first == first)
        #expect(index.contains(surname))
        #expect(!index.contains("nobody"))
        #expect(index.groups("nobody", before: 100) == nil)
    }

    /// The first group recorded for a key, as `setIfAbsent` into a table kept it.
    @Test func joinLogFindsTheFirstGroupOfAKey() {
        let keys = ["acme", "acme corp", "acme", "zed", "ac"]
        let raw = keys.enumerated().map { i, k in
            RawMention(type: .agency, key: k, name: k, start: i * 10, end: i * 10 + 4, sentence: 0, tokenCount: 1)
        }
        var log = EntityMerger.JoinLog(capacity: raw.count)
        var table = StringTable<Int>()
        for (i, g) in [(1, 7), (0, 3), (2, 5), (4, 9)] {
            log.record(i, g)
            table.setIfAbsent(raw[i].key, g)
        }
        for key in ["acme", "acme corp", "zed", "ac", "a", ""] {
            #expect(log.firstGroup(ofKey: key, raw) == table[key], "\(key)")
        }
    }

    /// A key's initials are built whenever a look-up could be that long: never skipped for a key
    /// whose initials some look-up key equals.
    @Test(arguments: [
        ("detroit police department", "dpd", true),
        ("detroit police department", "microsoft", false),
        ("detroit police department", "u.s.", true),
        ("bank of new york", "bny", true),
        ("são paulo futebol clube", "spfc", true),
        ("acme widgets", "nasa", false),
        ("acme widgets", "aw", true),
    ])
    func initialsSkippedOnlyWhenNoLookUpCanBeThem(key: String, lookup: String, built: Bool) {
        let raw = [RawMention(type: .agency, key: lookup, name: lookup, start: 0, end: lookup.utf8.count, sentence: 0, tokenCount: 1)]
        let shortest = EntityMerger.shortestAcronymLookup(raw)
        #expect(EntityMerger.initialsMayBeLookedUp(key, shortest: shortest) == built)
        let merger = EntityMerger(doc: Document(text: "", lexicon: Lexicon.shared), lexicon: Lexicon.shared)
        if merger.initials(ofKey: key) == lookup.replacingDots() { #expect(built) }
        #expect(!EntityMerger.initialsMayBeLookedUp(key, shortest: nil))
    }
}
