import LedeExtract
import LedeTestSupport
import Testing
@testable import LedeStore

/// A write's snapshot is built incrementally; it must equal a snapshot rebuilt from the
/// same records, whatever the sequence of writes. Entity names and aliases come from a
/// small pool that makes articles join and split corpus entities (a name that is another
/// article's alias, two aliases that must not join, the same name in other types).
@Suite struct IncrementalSnapshotTests {
    /// (type, name, aliases): "DPD" is both an alias and, in some articles, a name.
    static let pool: [(EntityType, String, [String])] = [
        (.agency, "Detroit Police Department", ["DPD"]),
        (.agency, "DPD", []),
        (.agency, "Detroit Public Defenders", ["DPD"]),
        (.agency, "Environmental Protection Agency", ["EPA"]),
        (.agency, "EPA", []),
        (.place, "Detroit", []),
        (.place, "Motor City", ["Detroit"]),
        (.place, "Lansing", []),
        (.person, "Mike Duggan", ["Duggan"]),
        (.person, "Duggan", []),
        (.person, "Detroit", []),
        (.policy, "Clean Water Act", ["CWA"]),
    ]
    static let dates = [nil, "2025", "2025-03", "2025-03-14", "2024-11-02", "2025-03-14"]
    static let eventDates: [(String, DateGranularity, String, String)] = [
        ("2025-02", .month, "2025-02-01", "2025-02-28"), ("2024", .year, "2024-01-01", "2024-12-31"),
        ("2025-02-03", .day, "2025-02-03", "2025-02-03"),
    ]

    /// A deterministic generator (SplitMix64), so a failing seed can be replayed.
    struct Random: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func record(id: String, _ random: inout Random) -> ArticleRecord {
        let picks = Array(pool.indices.shuffled(using: &random).prefix(Int.random(in: 0...5, using: &random)))
        let words = ["river", "council", "budget", "police", "water", id]
        let filler = (0..<Int.random(in: 1...6, using: &random)).map { _ in words.randomElement(using: &random)! }
        let entityTexts = picks.map { [pool[$0].1] + pool[$0].2 }.joined()
        let body = (filler + entityTexts + ["in", "February"]).joined(separator: " ") + "."
        let article = Article(id: id, title: "Story " + filler[0], body: body, published: dates.randomElement(using: &random)!)
        var seen: Set<String> = []
        let entities = picks.compactMap { index -> (id: String, type: EntityType, name: String, aliases: [String], mentions: [String])? in
            let (type, name, aliases) = pool[index]
            let entityID = Slug.derive(from: name)! + "-" + type.rawValue
            guard seen.insert(entityID).inserted else { return nil }
            return (entityID, type, name, aliases, [name] + aliases)
        }
        let events = (0..<Int.random(in: 0...2, using: &random)).map { _ in
            let (date, granularity, start, end) = eventDates.randomElement(using: &random)!
            return event(date, granularity, start: start, end: end, expression: "February", in: body, entities: entities.prefix(1).map(\.id))
        }
        return ArticleRecord(article: article, fileName: id + ".json", extraction: extraction(body, entities: entities, events: events))
    }

    @Test(arguments: 1...24)
    func randomWritesMatchARebuild(seed: UInt64) {
        var random = Random(state: seed)
        let ids = (0..<8).map { "article-\($0)" }
        var snapshot = Snapshot.build(ids.prefix(4).map { id in
            let record = Self.record(id: id, &random)
            return (record, ArticleRecord.termCounts(record.article))
        })
        for step in 0..<40 {
            let id = ids.randomElement(using: &random)!
            let exists = snapshot.record(id: id) != nil
            // POST (absent) or PUT (present) two times in three; DELETE otherwise.
            if !exists || Int.random(in: 0..<3, using: &random) > 0 {
                snapshot = snapshot.replacing(id: id, with: Self.record(id: id, &random))
            } else {
                snapshot = snapshot.replacing(id: id, with: nil)
            }
            expectEquivalent(snapshot, snapshot.rebuilt(), "seed \(seed) step \(step)")
            expectSearchMatchesAFreshIndex(snapshot, "seed \(seed) step \(step)")
        }
    }

    @Test func deletingTheNameSplitsAnEntityAndAddingItBackJoins() throws {
        func make(_ id: String, _ name: String, _ aliases: [String]) -> ArticleRecord {
            let body = ([name] + aliases).joined(separator: " ") + "."
            let article = Article(id: id, title: id, body: body, published: "2025-01-0\(id.count % 9 + 1)")
            return ArticleRecord(article: article, fileName: id + ".json", extraction: extraction(body, entities: [("e", .agency, name, aliases, [name] + aliases)]))
        }
        let first = Snapshot.build([make("a", "Detroit Police Department", ["DPD"]), make("bb", "DPD", []), make("ccc", "Detroit Public Defenders", ["DPD"])].map {
            ($0, ArticleRecord.termCounts($0.article))
        })
        // "DPD" names an entity: both full names join it (one corpus entity).
        #expect(first.entities.entities.count == 1)
        let split = first.replacing(id: "bb", with: nil)
        // Two aliases alone never join: the two departments part.
        #expect(split.entities.entities.count == 2)
        #expect(split.entities.entity(id: "agency-dpd") == nil)
        expectEquivalent(split, split.rebuilt(), "split")
        let joined = split.replacing(id: "bb", with: make("bb", "DPD", []))
        #expect(joined.entities.entities.count == 1)
        #expect(try #require(joined.entities.entity(id: "agency-dpd")).articleCount == 3)
        expectEquivalent(joined, joined.rebuilt(), "joined")
        // The older snapshots still answer as they did.
        #expect(first.entities.entities.count == 1 && split.entities.entities.count == 2)
    }
}

func expectEquivalent(_ a: Snapshot, _ b: Snapshot, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(a.slotByID == b.slotByID, "\(context): slotByID", sourceLocation: sourceLocation)
    #expect(a.order == b.order, "\(context): order", sourceLocation: sourceLocation)
    let events = { (s: Snapshot) in s.timeline.map { "\($0.slot)/\($0.event) \($0.start) \($0.end)" } }
    #expect(events(a) == events(b), "\(context): timeline", sourceLocation: sourceLocation)
    let describe = { (s: Snapshot) in
        s.entities.entities.map { e in
            "\(e.id) \(e.type) \(e.name) \(e.aliases) \(e.articleCount) \(e.mentionCount) \(e.keys) "
                + e.members.map { "\($0.slot).\($0.entity)" }.joined(separator: ",")
        }
    }
    #expect(describe(a) == describe(b), "\(context): entities", sourceLocation: sourceLocation)
    #expect(a.entities.byID.mapValues(\.id) == b.entities.byID.mapValues(\.id), "\(context): entity ids", sourceLocation: sourceLocation)
    #expect(a.entities.aliasUses == b.entities.aliasUses, "\(context): alias uses", sourceLocation: sourceLocation)
    #expect(a.entities.entities.map(\.tally) == b.entities.entities.map(\.tally), "\(context): tallies", sourceLocation: sourceLocation)
}

/// The snapshot's postings and statistics equal an index built afresh from its records.
func expectSearchMatchesAFreshIndex(_ snapshot: Snapshot, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
    var fresh = SearchIndex()
    for (slot, record) in snapshot.records.enumerated() {
        guard let record else { continue }
        fresh.add(slot: slot, termCounts: ArticleRecord.termCounts(record.article), length: record.termTotal)
    }
    #expect(snapshot.search.documentCount == fresh.documentCount, "\(context): documents", sourceLocation: sourceLocation)
    let postings = { (index: SearchIndex) in index.allPostings().mapValues { Set($0.map { "\($0.slot):\($0.count)" }) } }
    #expect(postings(snapshot.search) == postings(fresh), "\(context): postings", sourceLocation: sourceLocation)
    for query in ["police", "detroit water", "story budget", "february"] {
        let x = snapshot.search.search(query, limit: 20)
        let y = fresh.search(query, limit: 20)
        #expect(x.map(\.slot) == y.map(\.slot), "\(context): ranking for \(query)", sourceLocation: sourceLocation)
        #expect(zip(x, y).allSatisfy { abs($0.score - $1.score) < 1e-9 }, "\(context): scores for \(query)", sourceLocation: sourceLocation)
    }
}
