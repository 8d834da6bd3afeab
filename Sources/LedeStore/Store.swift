import LedeExtract
import LedeSystem
import Synchronization

/// Why a write was refused or failed.
package enum StoreError: Error, Sendable, Equatable {
    /// `POST` of an id that exists.
    case conflict(id: String)
    /// `PUT`/`DELETE` of an id that does not exist.
    case notFound(id: String)
    /// The disk write failed; the corpus and the snapshot are unchanged.
    case io(String)
}

/// The corpus on disk and its current snapshot; the cold-path source of truth.
///
/// Reads do not go through here: the server hands each event loop the snapshot (inside
/// a router built for it) and swaps it on publish, so the request path never locks.
/// Writes are serialised by the mutex, acknowledged only after the file is durably on
/// disk, and published in order.
package final class Store: Sendable {
    package let directory: String
    private let extractor: Extractor
    private let state: Mutex<Snapshot>
    private let publish: @Sendable (Snapshot, Store) -> Void

    /// The current snapshot (for start-up, tests and tools; loops keep their own).
    package var snapshot: Snapshot { state.withLock { $0 } }

    package init(directory: String, extractor: Extractor, snapshot: Snapshot, publish: @escaping @Sendable (Snapshot, Store) -> Void = { _, _ in }) {
        self.directory = directory
        self.extractor = extractor
        self.state = Mutex(snapshot)
        self.publish = publish
    }

    /// `publish` runs after every acknowledged write, in write order, with the new
    /// snapshot and this store (so the callback can build write routes without a cycle).
    ///
    /// Loads the folder: cleans leftover staging files, reports bad files (and skips
    /// them), builds the first snapshot on `workers` threads. Does not call `publish`;
    /// the caller serves the returned store's `snapshot` first.
    package static func open(
        directory: String, extractor: Extractor, workers: Int = CorpusLoader.defaultWorkers,
        publish: @escaping @Sendable (Snapshot, Store) -> Void = { _, _ in }
    ) throws(CorpusError) -> (store: Store, problems: [CorpusProblem]) {
        let snapshot: Snapshot
        let problems: [CorpusProblem]
        do {
            let scan = try CorpusLoader.scan(directory: directory, workers: workers)
            CorpusLoader.removeTemporaryFiles(scan.temporaryFiles, directory: directory)
            problems = scan.problems
            snapshot = CorpusLoader.snapshot(scan.articles, extractor: extractor, workers: workers)
        }
        // Loading frees far more than it keeps (the parsed articles and their bodies, file
        // bytes, extractor work buffers, growing arrays) across several malloc arenas; hand
        // it back to the OS, once the scan (every body: as much as the text itself) is gone.
        Memory.releaseFreePages()
        return (Store(directory: directory, extractor: extractor, snapshot: snapshot, publish: publish), problems)
    }

    /// Rescans the folder (SIGHUP) and publishes a snapshot built from it, like a write:
    /// files added, changed or removed behind the server's back are picked up. Holds the
    /// write lock while building, so writes wait and none is lost. Bad files are reported
    /// and skipped as at start-up; an unreadable folder throws and changes nothing.
    @discardableResult
    package func reload(workers: Int = CorpusLoader.defaultWorkers) throws(CorpusError) -> (snapshot: Snapshot, problems: [CorpusProblem]) {
        try state.withLock { current throws(CorpusError) in
            let scan = try CorpusLoader.scan(directory: directory, workers: workers)
            CorpusLoader.removeTemporaryFiles(scan.temporaryFiles, directory: directory)
            let next = CorpusLoader.snapshot(scan.articles, extractor: extractor, workers: workers)
            Memory.releaseFreePages()
            current = next
            publish(next, self)
            return (next, scan.problems)
        }
    }

    /// Adds a new article as `<id>.json`.
    @discardableResult
    package func create(_ article: Article) throws(StoreError) -> Snapshot {
        try write(id: article.id) { current throws(StoreError) in
            guard current.record(id: article.id) == nil else { throw .conflict(id: article.id) }
            return (article, article.id + ".json")
        }
    }

    /// Replaces an existing article, in the file (and format) it already lives in.
    @discardableResult
    package func replace(_ article: Article) throws(StoreError) -> Snapshot {
        try write(id: article.id) { current throws(StoreError) in
            guard let old = current.record(id: article.id) else { throw .notFound(id: article.id) }
            return (article, old.fileName)
        }
    }

    /// Removes an article's file.
    @discardableResult
    package func delete(id: String) throws(StoreError) -> Snapshot {
        try state.withLock { current throws(StoreError) -> Snapshot in
            guard let old = current.record(id: id) else { throw .notFound(id: id) }
            do { try DurableFile.remove(directory: directory, name: old.fileName) } catch { throw .io("\(error)") }
            let next = current.replacing(id: id, with: nil)
            current = next
            publish(next, self)
            return next
        }
    }

    private func write(
        id: String, _ plan: (Snapshot) throws(StoreError) -> (Article, String)
    ) throws(StoreError) -> Snapshot {
        try state.withLock { current throws(StoreError) -> Snapshot in
            let (article, fileName) = try plan(current)
            let format = ArticleFileFormat(fileName: fileName) ?? .json
            let bytes = ArticleParser.serialise(article, as: format)
            do {
                try DurableFile.write(
                    bytes, directory: directory, name: fileName, temporaryName: CorpusLoader.temporaryPrefix + fileName)
            } catch {
                throw .io("\(error)")
            }
            // Built after the file is durable: nothing is published that is not on disk.
            let record = ArticleRecord(article: article, fileName: fileName, extractor: extractor)
            let next = current.replacing(id: id, with: record)
            current = next
            publish(next, self)
            return next
        }
    }
}
