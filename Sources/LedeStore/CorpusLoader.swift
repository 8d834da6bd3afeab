import FoundationEssentials
import LedeExtract
import LedeSystem
import Synchronization

/// Why a corpus folder could not be read at all (a bad file is a `CorpusProblem`).
package struct CorpusError: Error, Sendable, CustomStringConvertible {
    package var path: String
    package var reason: String
    package var description: String { "\(path): \(reason)" }
}

/// What a scan of the corpus folder found, before extraction.
package struct CorpusScan: Sendable {
    package var articles: [(article: Article, fileName: String)] = []
    package var problems: [CorpusProblem] = []
    /// Leftovers of interrupted writes (never loaded).
    package var temporaryFiles: [String] = []
    package var errorCount: Int { problems.count { $0.severity == .error } }
}

/// Reads a corpus folder and turns its articles into records on every core.
package enum CorpusLoader {
    /// Prefix of the writer's staging files; hidden, so editors and `ls` skip them too.
    package static let temporaryPrefix = ".lede-tmp-"

    /// Lists, reads and validates every article file. Hidden files, README files and
    /// files that are not `.json`, `.txt` or `.md` are not articles and are skipped
    /// silently; a file with errors is reported and skipped; of two files with the same
    /// id the first in name order wins and the second is reported.
    package static func scan(directory: String, workers: Int = defaultWorkers) throws(CorpusError) -> CorpusScan {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            throw CorpusError(path: directory, reason: "cannot list the corpus folder (missing, not a folder, or not readable)")
        }
        var scan = CorpusScan()
        var candidates: [String] = []
        for name in names {
            if name.hasPrefix(temporaryPrefix) {
                scan.temporaryFiles.append(name)
            } else if !name.hasPrefix("."), !name.lowercased().hasPrefix("readme."), ArticleFileFormat(fileName: name) != nil {
                candidates.append(name)
            }
        }
        let parsed = parallelMap(candidates, workers: workers) { name -> (Article?, [CorpusProblem]) in
            let path = directory + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else {
                return (nil, [CorpusProblem(path: path, reason: "cannot read the file")])
            }
            return ArticleParser.parseFile(Array(data), fileName: name, path: path)
        }
        var seen: [String: String] = [:]
        for (name, (article, problems)) in zip(candidates, parsed) {
            scan.problems += problems
            guard let article else { continue }
            if let first = seen[article.id] {
                scan.problems.append(CorpusProblem(path: directory + "/" + name, reason: "duplicate id \"\(article.id)\" (already in \(first)); skipped"))
                continue
            }
            seen[article.id] = name
            scan.articles.append((article, name))
        }
        return scan
    }

    /// Extracts, renders and compresses every article, in parallel, and indexes it for
    /// search: each worker fills its own partial index (no shared state, no per-article
    /// term tables kept alive), and the partial indexes are merged at the end.
    package static func snapshot(
        _ articles: [(article: Article, fileName: String)], extractor: Extractor, workers: Int = defaultWorkers
    ) -> Snapshot {
        let count = articles.count
        let threads = max(1, min(workers, count))
        let records = Mutex<[ArticleRecord?]>(Array(repeating: nil, count: count))
        let partials = Mutex<[SearchIndex]>([])
        ParallelThreads.perform(iterations: threads) { worker in
            var index = SearchIndex()
            var local: [(Int, ArticleRecord)] = []
            var counts: [String: Int32] = [:]
            var interner = StringInterner()
            var slot = worker
            while slot < count {
                let item = articles[slot]
                counts.removeAll(keepingCapacity: true)
                let record = ArticleRecord(article: item.article, fileName: item.fileName, extractor: extractor, termCounts: &counts, interner: &interner)
                index.add(slot: slot, termCounts: counts, length: record.termTotal)
                local.append((slot, record))
                slot += threads
            }
            records.withLock { all in for (i, record) in local { all[i] = record } }
            partials.withLock { $0.append(index) }
        }
        return Snapshot.build(records: records.withLock { $0.map { $0! } }, mergingSearch: partials.withLock { $0 })
    }

    /// Deletes leftover staging files (start-up of the server, never `lede check`).
    package static func removeTemporaryFiles(_ names: [String], directory: String) {
        for name in names { try? FileManager.default.removeItem(atPath: directory + "/" + name) }
    }

    package static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `transform` over `items` on `workers` threads, results in input order. Each worker
    /// takes every `workers`-th item and hands its results back once, under one lock.
    package static func parallelMap<In: Sendable, Out: Sendable>(
        _ items: [In], workers: Int, _ transform: @escaping @Sendable (In) -> Out
    ) -> [Out] {
        let count = items.count
        let threads = max(1, min(workers, count))
        let results = Mutex<[Out?]>(Array(repeating: nil, count: count))
        ParallelThreads.perform(iterations: threads) { worker in
            var local: [(Int, Out)] = []
            var index = worker
            while index < count {
                local.append((index, transform(items[index])))
                index += threads
            }
            results.withLock { all in for (i, value) in local { all[i] = value } }
        }
        return results.withLock { $0.map { $0! } }
    }
}
