import LedeJSON
import Testing
@testable import LedeStore

/// The loader's fast passes give the answers of the general ones.
@Suite struct LoaderPassTests {
    @Test(arguments: ["", "plain ascii text", "é", "Détroit’s 😀 mayor", "a😀b", "😀", "ascii then é", "e\u{301}\u{2028}–x"])
    func codepointMapMatchesOffsetMap(text: String) {
        let fast = CodepointMap(text)
        let full = OffsetMap(text)
        for offset in -2...(text.utf8.count + 2) {
            #expect(fast.codepoint(fromUTF8: offset) == full.codepoint(fromUTF8: offset), "offset \(offset) in \(text)")
        }
    }

    /// Strings with escapes at the start, the end and between plain runs parse back to
    /// the text the writer escaped.
    @Test(arguments: ["", "plain", "\"", "a\"b\\c\nd\te", "\u{1}x\u{1F}", "line\r\n", "😀 \u{2028} é", "end\\"])
    func escapedStringsParseBack(text: String) throws {
        var json: [UInt8] = [UInt8(ascii: "\"")]
        JSONWriter.appendEscaped(text, to: &json)
        json.append(UInt8(ascii: "\""))
        #expect(try JSONParser.parse(json) == .string(text))
    }

    @Test(arguments: ["\"unterminated", "\"bad \\q escape\"", "\"raw \n break\"", "\"trailing \\"])
    func brokenStringsAreRejected(json: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(json.utf8)) }
    }
}

/// The loader's end, which merges the partial search indexes on one core while the other
/// builds the tables, makes the snapshot a serial merge makes.
@Suite struct OverlappedBuildTests {
    @Test func mergingSearchOnTheSideGivesTheSerialSnapshot() {
        let items = SnapshotTests.records()
        var whole = SearchIndex()
        var parts = [SearchIndex(), SearchIndex()]
        for (slot, item) in items.enumerated() {
            whole.add(slot: slot, termCounts: item.termCounts, length: item.record.termTotal)
            parts[slot % 2].add(slot: slot, termCounts: item.termCounts, length: item.record.termTotal)
        }
        whole.compact()
        let serial = Snapshot.build(records: items.map(\.record), search: whole)
        let overlapped = Snapshot.build(records: items.map(\.record), mergingSearch: parts)
        #expect(overlapped.order == serial.order)
        #expect(overlapped.slotByID == serial.slotByID)
        #expect(overlapped.timeline.map { "\($0.slot)/\($0.event)" } == serial.timeline.map { "\($0.slot)/\($0.event)" })
        #expect(overlapped.search.allPostings() == serial.search.allPostings())
        #expect(overlapped.entities.byID.keys.sorted() == serial.entities.byID.keys.sorted())
        #expect(!serial.entities.byID.isEmpty)
        for (id, entity) in serial.entities.byID {
            #expect(overlapped.entities.byID[id]?.articleCount == entity.articleCount)
            #expect(overlapped.entities.byID[id]?.mentionCount == entity.mentionCount)
        }
        for query in ["police", "mayor statement", "weather", "nothing"] {
            let a = overlapped.search.search(query, limit: 10)
            let b = serial.search.search(query, limit: 10)
            #expect(a.map(\.slot) == b.map(\.slot))
            #expect(a.map(\.score) == b.map(\.score))
        }
        #expect(!serial.search.search("police", limit: 10).isEmpty)
    }
}
