import LedeExtract
import LedeTestSupport
import LedeJSON
import LedeSystem
import Testing
@testable import LedeStore

@Suite struct SnapshotTests {
    static let bodyA = "Détroit’s mayor Mike Duggan met the Detroit Police Department (DPD) in early February."
    static let bodyB = "The DPD said Duggan would speak. Police in Detroit agreed."
    static let bodyC = "Lansing weather was calm. Rain fell on Lansing."

    static func records() -> [(record: ArticleRecord, termCounts: [String: Int32])] {
        let a = Article(id: "a", title: "Mayor meets police", body: bodyA, published: "2025-03")
        let b = Article(id: "b", title: "Police statement", body: bodyB, published: "2025-03-20")
        let c = Article(id: "c", title: "Weather", body: bodyC)
        let ea = extraction(
            bodyA,
            entities: [
                ("mike-duggan", .person, "Mike Duggan", [], ["Mike Duggan"]),
                ("detroit-police-department", .agency, "Detroit Police Department", ["DPD"], ["Detroit Police Department", "DPD"]),
                ("detroit", .place, "Detroit", [], ["Détroit"]),
            ],
            events: [event("2025-02", .month, start: "2025-02-01", end: "2025-02-28", expression: "early February", in: bodyA, entities: ["detroit-police-department"])])
        let eb = extraction(
            bodyB,
            entities: [
                ("dpd", .agency, "DPD", [], ["DPD"]),
                ("duggan", .person, "Duggan", [], ["Duggan"]),
                ("detroit", .place, "Detroit", [], ["Detroit"]),
            ],
            events: [event("2025-01", .month, start: "2025-01-01", end: "2025-01-31", expression: "Police", in: bodyB, entities: ["dpd"])])
        let ec = extraction(bodyC, entities: [("lansing", .place, "Lansing", [], ["Lansing"])])
        return [(a, ea), (b, eb), (c, ec)].map { article, extraction in
            (ArticleRecord(article: article, fileName: article.id + ".json", extraction: extraction), ArticleRecord.termCounts(article))
        }
    }

    @Test func entityIndexMergesByNameOrAliasOfTheSameType() throws {
        let snapshot = Snapshot.build(Self.records())
        let index = snapshot.entities
        let police = try #require(index.entity(id: "agency-detroit-police-department"))
        #expect(police.articleCount == 2)
        #expect(police.mentionCount == 3)
        #expect(police.aliases == ["DPD"])
        // The alias-named entity's own id leads to the same corpus entity.
        #expect(index.entity(id: "agency-dpd")?.id == police.id)
        #expect(index.entity(id: "place-detroit")?.articleCount == 2)
        // "Duggan" is neither the name nor an alias of "Mike Duggan": kept apart.
        #expect(index.entity(id: "person-mike-duggan")?.articleCount == 1)
        #expect(index.entity(id: "person-duggan")?.articleCount == 1)
        #expect(snapshot.corpusID(slot: 1, entityID: "dpd") == police.id)
        // Listing order: most articles first, then mentions, then id.
        #expect(index.entities.prefix(2).map(\.id) == ["agency-detroit-police-department", "place-detroit"])
    }

    @Test func orderAndMergedTimeline() {
        let snapshot = Snapshot.build(Self.records())
        #expect(snapshot.order.map { snapshot.records[$0]!.article.id } == ["b", "a", "c"])
        #expect(snapshot.timeline.map { snapshot.records[$0.slot]!.article.id } == ["b", "a"])
        #expect(snapshot.timeline.map(\.start) == ["2025-01-01", "2025-02-01"])
    }

    @Test func offsetsAreCodePointsByDefaultAndConvertOnDemand() throws {
        let record = Self.records()[0].record
        let place = try #require(record.extraction.entities.first { $0.id == "detroit" })
        // "Détroit" starts the body: é is 2 bytes but 1 code point.
        #expect(place.mentions[0].start == 0 && place.mentions[0].end == 7)
        let police = try #require(record.extraction.entities.first { $0.id == "detroit-police-department" })
        let codepointStart = police.mentions[0].start
        let utf8 = record.extraction(in: .utf8).entities.first { $0.id == police.id }!.mentions[0]
        let utf16 = record.extraction(in: .utf16).entities.first { $0.id == police.id }!.mentions[0]
        // é: 2 bytes, 1 unit; ’: 3 bytes, 1 unit.
        #expect(utf8.start == codepointStart + 3)
        #expect(utf16.start == codepointStart)
        let scalars = Array(Self.bodyA.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[police.mentions[0].start..<police.mentions[0].end])) == "Detroit Police Department")
    }

    @Test func offsetMapHandlesAstralCharacters() {
        let map = OffsetMap("a😀b")
        #expect(map.codepoint(fromUTF8: 5) == 2)
        #expect(map.codepoint(fromUTF8: 3) == 1)  // inside the emoji: rounds down
        #expect(map.offset(fromCodepoint: 2, to: .utf16) == 3)
        #expect(map.offset(fromCodepoint: 3, to: .utf8) == 6)
    }

    @Test func renderedBodiesHaveStrongETagsAndValidGzip() throws {
        let record = Self.records()[0].record
        let body = record.articleBody
        #expect(body.etag.hasPrefix("\"") && body.etag.count == 18)
        #expect(body.gzipETag != body.etag)
        let zipped = try #require(body.gzip)
        #expect(Gzip.decompress(zipped) == body.bytes)
        #expect(try JSONParser.parse(body.bytes) != .null)
        #expect(RenderedBody(Array("tiny".utf8)).gzip == nil)
        #expect(RenderedBody(body.bytes).etag == body.etag)
    }

    @Test func bm25RanksTitleAndFrequentMatchesFirst() {
        let snapshot = Snapshot.build(Self.records())
        let hits = snapshot.search.search("police", limit: 10).map { snapshot.records[$0.slot]!.article.id }
        #expect(Set(hits) == ["a", "b"])
        #expect(snapshot.search.search("lansing", limit: 10).map(\.slot) == [2])
        #expect(snapshot.search.search("the of", limit: 10).isEmpty)
        #expect(snapshot.search.search("détroit", limit: 10).map(\.slot) == [0])
        #expect(snapshot.search.search("police", limit: 1).count == 1)
    }

    @Test func replacingKeepsUntouchedRecordsAndUpdatesIndexes() throws {
        let first = Snapshot.build(Self.records())
        let untouched = try #require(first.record(id: "a"))
        let newC = Article(id: "c", title: "Weather", body: "Sun over Flint.")
        let second = first.replacing(id: "c", with: ArticleRecord(article: newC, fileName: "c.json", extraction: extraction(newC.body, entities: [("flint", .place, "Flint", [], ["Flint"])])))
        #expect(second.generation == first.generation + 1)
        #expect(second.record(id: "a") === untouched)
        #expect(second.search.search("lansing", limit: 5).isEmpty)
        #expect(second.search.search("flint", limit: 5).map { second.records[$0.slot]!.article.id } == ["c"])
        #expect(second.entities.entity(id: "place-lansing") == nil)
        #expect(second.entities.entity(id: "place-flint") != nil)
        let third = second.replacing(id: "b", with: nil)
        #expect(third.count == 2)
        #expect(third.record(id: "b") == nil)
        #expect(third.entities.entity(id: "agency-detroit-police-department")?.articleCount == 1)
        #expect(third.search.documentCount == 2)
        // The older snapshots are unchanged: readers holding them see a consistent corpus.
        #expect(first.count == 3 && first.search.search("lansing", limit: 5).count == 1)
    }

    @Test func viewsAreValidJSONWithExpectedShapes() throws {
        let record = Self.records()[0].record
        let displacyBytes = ArticleViews.displacy(record.article, record.extraction)
        let timelineJSBytes = ArticleViews.timelineJS(record.article, record.extraction)
        for bytes in [record.summary, record.articleBody.bytes, record.entitiesBody.bytes, record.timelineBody.bytes, displacyBytes, timelineJSBytes] {
            _ = try JSONParser.parse(bytes)
        }
        let js = String(decoding: timelineJSBytes, as: UTF8.self)
        #expect(js.contains(#""start_date":{"year":"2025","month":"2"}"#))
        #expect(!js.contains(#""day""#))
        let displacy = String(decoding: displacyBytes, as: UTF8.self)
        #expect(displacy.contains(#"{"start":0,"end":7,"label":"PLACE"}"#))
    }
}

@Suite struct ParallelBuildTests {
    @Test func partialIndexesMergeToTheSameRanking() {
        let articles = (0..<40).map { i in
            (article: Article(id: "a\(i)", title: "Story \(i)", body: String(repeating: "river \(i % 7) bridge ", count: i % 5 + 1) + "Flint \(i).", published: "2025-01-0\(i % 9 + 1)"), fileName: "a\(i).json")
        }
        let one = CorpusLoader.snapshot(articles, extractor: Extractor(), workers: 1)
        let three = CorpusLoader.snapshot(articles, extractor: Extractor(), workers: 3)
        #expect(three.search.documentCount == 40)
        for query in ["river", "bridge 3", "flint 12", "story"] {
            let a = one.search.search(query, limit: 40)
            let b = three.search.search(query, limit: 40)
            #expect(a.map(\.slot) == b.map(\.slot), "\(query)")
            #expect(zip(a, b).allSatisfy { abs($0.score - $1.score) < 1e-9 })
        }
        #expect(three.order == one.order)
        #expect(three.records.map { $0?.article.id } == articles.map(\.article.id))
    }

    @Test func tokenizerHandlesUnicodeAndASCII() {
        #expect(Tokenizer.tokens("Détroit’s MAYOR, Ünïcode-42 e\u{301}").map(\.term) == ["détroit", "s", "mayor", "ünïcode", "42", "e\u{301}"])
        let ranges = Tokenizer.tokens("é ab").map(\.range)
        #expect(ranges == [0..<2, 3..<5])
        #expect(Tokenizer.wordCount("One, two;  three\n") == 3)
        #expect(Tokenizer.terms("The river and the bridge") == ["river", "bridge"])
    }
}
