import LedeExtract

/// Where an article sits in the listing order: newest first, then id.
package struct ListKey: Sendable, Hashable {
    package var published: PartialDate?
    package var id: String
    package init(published: PartialDate?, id: String) {
        self.published = published
        self.id = id
    }
}

extension ArticleRecord {
    package var listKey: ListKey { ListKey(published: metadata.publishedDate, id: metadata.id) }
}

/// One dated event of the merged corpus timeline: where it lives and its interval.
package struct CorpusEvent: Sendable {
    package var slot: Int
    /// Index into the article's `extraction.events`.
    package var event: Int
    /// Inclusive interval, `YYYY-MM-DD`, as the extractor normalised it.
    package var start: String
    package var end: String
}

/// The whole corpus at one moment, immutable: readers hold a reference and never lock.
/// A write builds the next snapshot from this one, reusing every untouched record.
package final class Snapshot: Sendable {
    /// Increases by one per published snapshot.
    package let generation: Int
    /// Records by slot; a deleted article leaves nil (slots are never reused, so search
    /// postings and entity members of the old article can never alias a new one).
    package let records: [ArticleRecord?]
    package let slotByID: [String: Int]
    /// Slots in listing order: newest published first, then id.
    package let order: [Int]
    package let entities: EntityIndex
    /// Every event of every article, by start date, end date, article id, position.
    package let timeline: [CorpusEvent]
    package let search: SearchIndex

    package var count: Int { slotByID.count }

    package func record(id: String) -> ArticleRecord? { slotByID[id].flatMap { records[$0] } }

    /// The corpus entity id of an article's entity, given the article-level id.
    package func corpusID(slot: Int, entityID: String) -> String? {
        guard let index = records[slot]?.extraction.entities.firstIndex(where: { $0.id == entityID }) else { return nil }
        return entities.corpusEntity(slot: slot, entity: index)?.id
    }

    private init(generation: Int, records: [ArticleRecord?], search: SearchIndex) {
        self.generation = generation
        self.records = records
        self.search = search
        var slotByID: [String: Int] = [:]
        var order: [Int] = []
        var timeline: [CorpusEvent] = []
        for (slot, record) in records.enumerated() {
            guard let record else { continue }
            slotByID[record.metadata.id] = slot
            order.append(slot)
            for (index, event) in record.extraction.events.enumerated() {
                timeline.append(CorpusEvent(slot: slot, event: index, start: event.start, end: event.end))
            }
        }
        order = order.map { ($0, records[$0]!.listKey) }.sorted { Snapshot.listsBefore($0.1, $1.1) }.map(\.0)
        timeline.sort { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end < b.end }
            let (x, y) = (records[a.slot]!.metadata.id, records[b.slot]!.metadata.id)
            return x != y ? x < y : a.event < b.event
        }
        self.slotByID = slotByID
        self.order = order
        self.timeline = timeline
        var rank = Array(repeating: 0, count: records.count)
        for (position, slot) in order.enumerated() { rank[slot] = position }
        entities = EntityIndex(records: records, rank: rank)
    }

    /// Newest first; unknown dates last; then by id. A month-only date sorts as the
    /// start of its month.
    package static func listsBefore(_ a: ListKey, _ b: ListKey) -> Bool {
        switch (a.published, b.published) {
        case (let x?, let y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.id < b.id
        }
    }

    /// An empty corpus.
    package static let empty = Snapshot(generation: 0, records: [], search: SearchIndex())

    /// The first snapshot, from records (slot = position) and their search index.
    package static func build(records: [ArticleRecord], search: SearchIndex) -> Snapshot {
        Snapshot(generation: 1, records: records, search: search)
    }

    /// The first snapshot, from freshly built records and their index terms.
    package static func build(_ items: [(record: ArticleRecord, termCounts: [String: Int32])], generation: Int = 1) -> Snapshot {
        var search = SearchIndex()
        for (slot, item) in items.enumerated() {
            search.add(slot: slot, termCounts: item.termCounts, length: item.record.termTotal)
        }
        return Snapshot(generation: generation, records: items.map(\.record), search: search)
    }

    /// The next snapshot with `id`'s article replaced by `record` (nil deletes it).
    /// A replaced article moves to a new slot, so nothing derived from the old one can
    /// be mistaken for the new one.
    package func replacing(id: String, with record: ArticleRecord?) -> Snapshot {
        var records = self.records
        var search = self.search
        if let slot = slotByID[id], let old = records[slot] {
            search.remove(slot: slot, terms: ArticleRecord.indexTerms(old.article))
            records[slot] = nil
        }
        if let record {
            search.add(slot: records.count, termCounts: ArticleRecord.termCounts(record.article), length: record.termTotal)
            records.append(record)
        }
        return Snapshot(generation: generation + 1, records: records, search: search)
    }
}
