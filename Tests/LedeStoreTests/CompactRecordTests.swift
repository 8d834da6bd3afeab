import LedeExtract
import LedeTestSupport
import LedeSystem
import Testing
@testable import LedeStore

/// The record keeps less than the full extraction (no sentence ranges, shared strings,
/// the article document only compressed); every document served from it must be byte
/// for byte what the full extraction renders.
@Suite struct CompactRecordTests {
    @Test func seedArticleServesTheSameBytesAsItsFullExtraction() throws {
        let scan = try CorpusLoader.scan(directory: Seed.dataFolder)
        let (article, fileName) = try #require(scan.articles.first)
        let raw = Extractor().extract(text: article.body, published: article.publishedDate)
        let map = OffsetMap(article.body)
        let full = raw.mappingOffsets { map.codepoint(fromUTF8: $0) }
        var counts: [String: Int32] = [:]
        var interner = StringInterner()
        let record = ArticleRecord(article: article, fileName: fileName, extraction: raw, termCounts: &counts, interner: &interner)
        let words = Tokenizer.wordCount(article.body)

        #expect(record.articleBody.isCompressedOnly)
        let articleBytes = ArticleViews.article(article, full, wordCount: words, unit: .codepoint)
        #expect(record.articleBody.bytes == articleBytes)
        #expect(record.articleBody.etag == "\"" + FNV1a64.hex(articleBytes) + "\"")
        #expect(Gzip.decompress(try #require(record.articleBody.gzip)) == articleBytes)
        #expect(record.entitiesBody.bytes == ArticleViews.entities(article.id, full, unit: .codepoint))
        #expect(record.timelineBody.bytes == ArticleViews.timeline(article, full, unit: .codepoint))
        #expect(record.summary == ArticleViews.summary(article, full, wordCount: words))
        #expect(record.body == article.body)
        #expect(record.article == article)
        #expect(ArticleViews.displacy(record.article, record.extraction) == ArticleViews.displacy(article, full))
        #expect(ArticleViews.timelineJS(record.metadata, record.extraction) == ArticleViews.timelineJS(article, full))
        for unit in [OffsetUnit.utf8, .utf16] {
            let converted = raw.mappingOffsets { map.offset(fromCodepoint: map.codepoint(fromUTF8: $0), to: unit) }
            #expect(ArticleViews.entities(article.id, record.extraction(in: unit), unit: unit) == ArticleViews.entities(article.id, converted, unit: unit))
            #expect(ArticleViews.timeline(article, record.extraction(in: unit), unit: unit) == ArticleViews.timeline(article, converted, unit: unit))
        }
    }

    @Test func internerSharesEqualLongStringsAndLeavesShortOnes() {
        var interner = StringInterner()
        let first = interner.intern(String("Detroit Police Department".reversed().reversed()))
        let second = interner.intern(String("Detroit Police " + "Department"))
        #expect(first == second)
        #expect(first.utf8.withContiguousStorageIfAvailable { $0.baseAddress } == second.utf8.withContiguousStorageIfAvailable { $0.baseAddress })
        #expect(interner.intern("DPD") == "DPD")
        #expect(interner.intern(nil as String?) == nil)
    }

    @Test(arguments: [0, 17, 255, 256, 5000, 70000])
    func gzipOnlyBodiesInflateToTheirBytes(size: Int) {
        var bytes: [UInt8] = []
        for index in 0..<size { bytes.append(UInt8(ascii: "a") + UInt8(index % 7)) }
        let body = RenderedBody(bytes, keepIdentity: false)
        #expect(body.bytes == bytes)
        // Too small to compress: the identity form is kept whatever was asked.
        #expect(body.isCompressedOnly == (body.gzip != nil))
        #expect(body.isCompressedOnly == (size >= RenderedBody.minimumGzipBytes))
    }
}

@Suite struct CompactPostingsTests {
    /// Slot gaps of one, two and three varint bytes, and counts above 127.
    @Test func postingsRoundTripAcrossVarintWidthsAndMergeInSlotOrder() {
        let slots = [0, 1, 130, 20_000, 20_001, 3_000_000]
        var whole = SearchIndex()
        var even = SearchIndex()
        var odd = SearchIndex()
        for (position, slot) in slots.enumerated() {
            let counts: [String: Int32] = ["river": Int32(position + 1), "bridge": Int32(300 * position + 1)]
            whole.add(slot: slot, termCounts: counts, length: 10)
            if position % 2 == 0 { even.add(slot: slot, termCounts: counts, length: 10) } else { odd.add(slot: slot, termCounts: counts, length: 10) }
        }
        odd.merge(even)
        let expected = slots.enumerated().map { SearchIndex.Posting(slot: Int32($1), count: Int32(300 * $0 + 1)) }
        #expect(whole.allPostings()["bridge"] == expected)
        #expect(odd.allPostings()["bridge"] == expected)
        #expect(odd.search("river", limit: 10).map(\.slot) == whole.search("river", limit: 10).map(\.slot))
        whole.remove(slot: 20_000, terms: ["river", "bridge"])
        #expect(whole.allPostings()["bridge"]?.map(\.slot) == [0, 1, 130, 20_001, 3_000_000])
        #expect(whole.documentCount == slots.count - 1)
        whole.add(slot: 3_000_001, termCounts: ["river": 1], length: 1)
        #expect(whole.allPostings()["river"]?.last == SearchIndex.Posting(slot: 3_000_001, count: 1))
    }
}

@Suite struct GzipWindowTests {
    /// The deflate window is sized to the input; a repeat as far back as the input is long
    /// must still round-trip, on both sides of each window size.
    @Test(arguments: [1, 100, 4096, 8191, 8192, 8193, 16_384, 16_385, 40_000, 200_000])
    func roundTripsWithMatchesAsFarBackAsTheInput(size: Int) throws {
        var state: UInt32 = 2_463_534_242
        let half = (0..<(size + 1) / 2).map { _ -> UInt8 in
            state ^= state << 13
            state ^= state >> 17
            state ^= state << 5
            return UInt8(ascii: "a") + UInt8(state % 26)
        }
        let input = Array((half + half).prefix(size))
        let packed = try #require(Gzip.compress(input, level: RenderedBody.gzipLevel))
        #expect(Gzip.decompress(packed) == input)
        // The second half repeats the first (within deflate's 32 KB reach): it was matched,
        // so the output is well under what the random letters alone cost (~59%).
        if size >= 8192, size <= 65_536 { #expect(packed.count < size * 4 / 10) }
    }
}
