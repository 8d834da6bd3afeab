import LedeExtract
import LedeSystem
import Synchronization

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
///
/// A write builds the next snapshot from this one incrementally: it reuses every
/// untouched record, edits the listing order and merged timeline in place of a copy
/// (binary-search insertions), updates the search postings of the changed article's
/// terms only, and re-derives only the corpus entities the article reaches. Nothing is
/// rebuilt from all records except at start-up (`build`).
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
        guard let entity = records[slot]?.extraction.entities.first(where: { $0.id == entityID }) else { return nil }
        return entities.corpusEntity(entity)?.id
    }

    private init(
        generation: Int, records: [ArticleRecord?], slotByID: [String: Int], order: [Int], entities: EntityIndex,
        timeline: [CorpusEvent], search: SearchIndex
    ) {
        self.generation = generation
        self.records = records
        self.slotByID = slotByID
        self.order = order
        self.entities = entities
        self.timeline = timeline
        self.search = search
    }

    /// Everything derived from the records, from scratch (start-up, and the reference the
    /// incremental path is tested against).
    private convenience init(generation: Int, records: [ArticleRecord?], search: SearchIndex) {
        let tables = Snapshot.tables(records)
        self.init(
            generation: generation, records: records, slotByID: tables.slotByID, order: tables.order, entities: tables.entities,
            timeline: tables.timeline, search: search)
    }

    /// The tables derived from the records: ids, listing order, corpus timeline, entity index.
    private static func tables(_ records: [ArticleRecord?]) -> Tables {
        var slotByID: [String: Int] = [:]
        slotByID.reserveCapacity(records.count)
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
        timeline.sort { Snapshot.eventBefore($0, $1, records) }
        return Tables(slotByID: slotByID, order: order, entities: EntityIndex(records: records, order: order), timeline: timeline)
    }

    private struct Tables: Sendable {
        var slotByID: [String: Int]
        var order: [Int]
        var entities: EntityIndex
        var timeline: [CorpusEvent]
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

    /// Merged timeline order: start, end, article id, position in the article.
    static func eventBefore(_ a: CorpusEvent, _ b: CorpusEvent, _ records: [ArticleRecord?]) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.end != b.end { return a.end < b.end }
        if a.slot == b.slot { return a.event < b.event }
        return records[a.slot]!.metadata.id < records[b.slot]!.metadata.id
    }

    /// An empty corpus.
    package static let empty = Snapshot(generation: 0, records: [], search: SearchIndex())

    /// The first snapshot, from records (slot = position) and their search index.
    package static func build(records: [ArticleRecord], search: SearchIndex) -> Snapshot {
        Snapshot(generation: 1, records: records, search: search)
    }

    /// The loader's end: merges the workers' partial search indexes on one core while the
    /// other builds the tables (sorting and the entity index), the two serial steps of a
    /// load, so that neither core idles through the other's.
    package static func build(records: [ArticleRecord], mergingSearch partials: [SearchIndex]) -> Snapshot {
        let records = records.map(Optional.some)
        let tables = Mutex<Tables?>(nil)
        let search = Mutex<SearchIndex?>(nil)
        ParallelThreads.perform(iterations: 2) { task in
            if task == 0 {
                let built = Snapshot.tables(records)
                tables.withLock { $0 = built }
            } else {
                var merged = SearchIndex()
                for partial in partials { merged.merge(partial) }
                merged.compact()
                search.withLock { $0 = merged }
            }
        }
        let made = tables.withLock { $0! }
        return Snapshot(
            generation: 1, records: records, slotByID: made.slotByID, order: made.order, entities: made.entities, timeline: made.timeline,
            search: search.withLock { $0! })
    }

    /// The first snapshot, from freshly built records and their index terms.
    package static func build(_ items: [(record: ArticleRecord, termCounts: [String: Int32])], generation: Int = 1) -> Snapshot {
        var search = SearchIndex()
        for (slot, item) in items.enumerated() {
            search.add(slot: slot, termCounts: item.termCounts, length: item.record.termTotal)
        }
        return Snapshot(generation: generation, records: items.map(\.record), search: search)
    }

    /// The same corpus with every derived structure rebuilt from the records: what
    /// `replacing` must be equivalent to.
    package func rebuilt() -> Snapshot {
        Snapshot(generation: generation, records: records, search: search)
    }

    /// The next snapshot with `id`'s article replaced by `record` (nil deletes it).
    /// A replaced article moves to a new slot, so nothing derived from the old one can
    /// be mistaken for the new one.
    package func replacing(id: String, with record: ArticleRecord?) -> Snapshot {
        var records = self.records
        var slotByID = self.slotByID
        var order = self.order
        var timeline = self.timeline
        var search = self.search
        var removed: (slot: Int, record: ArticleRecord)?
        if let slot = slotByID[id], let old = records[slot] {
            removed = (slot, old)
            search.remove(slot: slot, terms: ArticleRecord.indexTerms(old.article))
            let key = old.listKey
            let position = partition(order) { !Snapshot.listsBefore(records[$0]!.listKey, key) }
            if position < order.count, order[position] == slot { order.remove(at: position) } else { order.removeAll { $0 == slot } }
            if !old.extraction.events.isEmpty { timeline.removeAll { $0.slot == slot } }
            records[slot] = nil
            slotByID[id] = nil
        }
        var added: Int?
        if let record {
            let slot = records.count
            added = slot
            search.add(slot: slot, termCounts: ArticleRecord.termCounts(record.article), length: record.termTotal)
            records.append(record)
            slotByID[record.metadata.id] = slot
            let key = record.listKey
            order.insert(slot, at: partition(order) { Snapshot.listsBefore(key, records[$0]!.listKey) })
            for (index, event) in record.extraction.events.enumerated() {
                let item = CorpusEvent(slot: slot, event: index, start: event.start, end: event.end)
                timeline.insert(item, at: partition(timeline) { Snapshot.eventBefore(item, $0, records) })
            }
        }
        let entities = self.entities.replacing(removed: removed, added: added, records: records) { a, b in
            Snapshot.listsBefore(records[a]!.listKey, records[b]!.listKey)
        }
        return Snapshot(
            generation: generation + 1, records: records, slotByID: slotByID, order: order, entities: entities,
            timeline: timeline, search: search)
    }
}
