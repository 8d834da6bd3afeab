import LedeExtract

/// One article with everything derived from it, computed once: its extraction (offsets
/// in code points), its pre-rendered documents and its search statistics. Immutable; a
/// write replaces the record of the article it touches and reuses every other.
package final class ArticleRecord: Sendable {
    package let article: Article
    /// The file it lives in, inside the corpus folder (a write replaces that file).
    package let fileName: String
    /// Offsets are code points (the API default); see `extraction(in:)` for the others.
    package let extraction: Extraction
    package let wordCount: Int
    /// The element of `GET /v1/articles`.
    package let summary: [UInt8]
    package let articleBody: RenderedBody
    package let entitiesBody: RenderedBody
    package let timelineBody: RenderedBody
    package let displacyBody: RenderedBody
    package let timelineJSBody: RenderedBody
    /// Number of index terms (the BM25 document length). The terms themselves live
    /// only in the search index's postings; a write recomputes them from the text.
    package let termTotal: Int

    /// Extracts, converts offsets, renders and compresses. Runs on a loader worker.
    package convenience init(article: Article, fileName: String, extractor: Extractor) {
        self.init(article: article, fileName: fileName, extraction: extractor.extract(text: article.body, published: article.publishedDate))
    }

    /// From an extraction with UTF-8 offsets, as the extractor returns it.
    package init(article: Article, fileName: String, extraction raw: Extraction) {
        self.article = article
        self.fileName = fileName
        let map = OffsetMap(article.body)
        let extraction = raw.mappingOffsets { map.codepoint(fromUTF8: $0) }
        self.extraction = extraction
        wordCount = Tokenizer.wordCount(article.body)
        summary = ArticleViews.summary(article, extraction, wordCount: wordCount)
        articleBody = RenderedBody(ArticleViews.article(article, extraction, wordCount: wordCount, unit: .codepoint))
        entitiesBody = RenderedBody(ArticleViews.entities(article.id, extraction, unit: .codepoint))
        timelineBody = RenderedBody(ArticleViews.timeline(article, extraction, unit: .codepoint))
        displacyBody = RenderedBody(ArticleViews.displacy(article, extraction))
        timelineJSBody = RenderedBody(ArticleViews.timelineJS(article, extraction))
        termTotal = ArticleRecord.indexTerms(article).count
    }

    /// Title terms twice (a title match outranks a body match), then body terms.
    package static func indexTerms(_ article: Article) -> [String] {
        let title = Tokenizer.terms(article.title)
        return title + title + Tokenizer.terms(article.body)
    }

    package static func termCounts(_ article: Article) -> [String: Int32] {
        var counts: [String: Int32] = [:]
        for term in indexTerms(article) { counts[term, default: 0] += 1 }
        return counts
    }

    /// The extraction with offsets in `unit` (code points are stored; the others are
    /// converted on demand, for the few clients that ask).
    package func extraction(in unit: OffsetUnit) -> Extraction {
        guard unit != .codepoint else { return extraction }
        let map = OffsetMap(article.body)
        return extraction.mappingOffsets { map.offset(fromCodepoint: $0, to: unit) }
    }
}
