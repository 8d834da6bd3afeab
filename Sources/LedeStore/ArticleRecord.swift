import LedeExtract

/// One article with everything derived from it, computed once: its extraction (offsets
/// in code points), its pre-rendered documents and its search statistics.
///
/// The three documents clients read most (article, entities, timeline) are rendered and
/// gzip-compressed here. The two export forms (displaCy, TimelineJS) are rendered per
/// request instead: the displaCy form repeats the whole body, and keeping both exports
/// with their gzip forms for every article would double resident memory for documents
/// that visualisation tools fetch once in a while (they still get ETags and 304s). Immutable; a
/// write replaces the record of the article it touches and reuses every other.
package final class ArticleRecord: Sendable {
    /// The article's metadata. Its `body` is empty: the body is kept once, inside
    /// `articleBody` (a second copy would cost as much memory as the text itself).
    package let metadata: Article
    /// The file it lives in, inside the corpus folder (a write replaces that file).
    package let fileName: String
    /// Offsets are code points (the API default); see `extraction(in:)` for the others.
    package let extraction: Extraction
    package let wordCount: Int
    /// The element of `GET /v1/articles`, rendered per request (a page is at most 100
    /// of them, a microsecond each; holding one per article would cost 0.4 KB each).
    package var summary: [UInt8] { ArticleViews.summary(metadata, extraction, wordCount: wordCount) }
    package let articleBody: RenderedBody
    package let entitiesBody: RenderedBody
    package let timelineBody: RenderedBody
    /// Number of index terms (the BM25 document length). The terms themselves live
    /// only in the search index's postings; a write recomputes them from the text.
    package let termTotal: Int

    /// Extracts, converts offsets, renders and compresses. Runs on a loader worker.
    package convenience init(article: Article, fileName: String, extractor: Extractor) {
        var counts: [String: Int32] = [:]
        self.init(article: article, fileName: fileName, extractor: extractor, termCounts: &counts)
    }

    /// As above, also handing back the index term counts for the search index.
    package convenience init(article: Article, fileName: String, extractor: Extractor, termCounts: inout [String: Int32]) {
        var interner = StringInterner()
        self.init(article: article, fileName: fileName, extractor: extractor, termCounts: &termCounts, interner: &interner)
    }

    /// As above, sharing repeated strings through `interner` (a loader worker's).
    package convenience init(
        article: Article, fileName: String, extractor: Extractor, termCounts: inout [String: Int32], interner: inout StringInterner
    ) {
        let extraction = extractor.extract(text: article.body, published: article.publishedDate)
        self.init(article: article, fileName: fileName, extraction: extraction, termCounts: &termCounts, interner: &interner)
    }

    /// From an extraction with UTF-8 offsets, as the extractor returns it.
    package convenience init(article: Article, fileName: String, extraction raw: Extraction) {
        var counts: [String: Int32] = [:]
        self.init(article: article, fileName: fileName, extraction: raw, termCounts: &counts)
    }

    package convenience init(article: Article, fileName: String, extraction raw: Extraction, termCounts: inout [String: Int32]) {
        var interner = StringInterner()
        self.init(article: article, fileName: fileName, extraction: raw, termCounts: &termCounts, interner: &interner)
    }

    package init(
        article: Article, fileName: String, extraction raw: Extraction, termCounts: inout [String: Int32], interner: inout StringInterner
    ) {
        var metadata = interner.intern(metadata: article)
        metadata.body = ""
        self.metadata = metadata
        self.fileName = fileName
        let map = CodepointMap(article.body)
        var extraction = interner.intern(raw.mappingOffsets { map.codepoint(fromUTF8: $0) })
        // Sentence ranges serve the extractor; the API only serves sentence numbers.
        extraction.sentences = []
        self.extraction = extraction
        var words = 0
        termTotal = ArticleRecord.termCounts(article, into: &termCounts, wordCount: &words)
        wordCount = words
        // The article document holds the whole body: only its gzip form is kept (a client
        // that refuses gzip costs one inflate, ~10 µs).
        articleBody = RenderedBody(ArticleViews.article(article, extraction, wordCount: wordCount, unit: .codepoint), keepIdentity: false)
        // The entities (the hot view) and the timeline keep their identity bytes and are
        // compressed on their first gzip request, not at start-up.
        entitiesBody = RenderedBody(lazilyCompressing: ArticleViews.entities(article.id, extraction, unit: .codepoint))
        timelineBody = RenderedBody(lazilyCompressing: ArticleViews.timeline(article, extraction, unit: .codepoint))
    }

    /// Index terms: the title's count twice (a title match outranks a body match), then
    /// the body's. Returns the number of terms (the BM25 document length).
    @discardableResult
    package static func termCounts(_ article: Article, into counts: inout [String: Int32], wordCount: inout Int) -> Int {
        let title = Tokenizer.statistics(article.title, into: &counts)
        _ = Tokenizer.statistics(article.title, into: &counts)
        let body = Tokenizer.statistics(article.body, into: &counts)
        wordCount = body.words
        return 2 * title.terms + body.terms
    }

    package static func termCounts(_ article: Article) -> [String: Int32] {
        var counts: [String: Int32] = [:]
        var words = 0
        termCounts(article, into: &counts, wordCount: &words)
        return counts
    }

    /// The distinct index terms of an article (to remove it from the search index).
    package static func indexTerms(_ article: Article) -> Dictionary<String, Int32>.Keys { termCounts(article).keys }

    /// The body, decoded from the rendered (compressed) article document. Not for hot
    /// paths (search snippets, `?offsets=` conversions and writes use it).
    package var body: String {
        guard let document = try? JSONParser.parse(articleBody.bytes), case .object(let members) = document,
            case .string(let body)? = members.first(where: { $0.key == "body" })?.value
        else { return "" }
        return body
    }

    /// The whole article, body included (see `body`).
    package var article: Article {
        var article = metadata
        article.body = body
        return article
    }

    /// The extraction with offsets in `unit` (code points are stored; the others are
    /// converted on demand, for the few clients that ask).
    package func extraction(in unit: OffsetUnit) -> Extraction {
        guard unit != .codepoint else { return extraction }
        let map = OffsetMap(body)
        return extraction.mappingOffsets { map.offset(fromCodepoint: $0, to: unit) }
    }
}
