#if canImport(Glibc)
import Glibc
#endif

/// A full-text inverted index ranked by Okapi BM25 (k1 = 1.2, b = 0.75).
///
/// Documents are snapshot slots. The index is a value: a write copies it (the copy
/// shares every postings array) and edits only the postings of the terms the changed
/// article contains.
package struct SearchIndex: Sendable {
    package struct Posting: Sendable, Hashable {
        package var slot: Int32
        package var count: Int32
    }

    package private(set) var postings: [String: [Posting]] = [:]
    private var lengths: [Int32] = []
    package private(set) var documentCount = 0
    private var totalLength = 0

    package static let k1 = 1.2
    package static let b = 0.75

    package init() {}

    package mutating func add(slot: Int, termCounts: [String: Int32], length: Int) {
        for (term, count) in termCounts { postings[term, default: []].append(Posting(slot: Int32(slot), count: count)) }
        if lengths.count <= slot { lengths += Array(repeating: 0, count: slot + 1 - lengths.count) }
        lengths[slot] = Int32(length)
        documentCount += 1
        totalLength += length
    }

    /// Adds another index over disjoint slots (the loader builds one per worker).
    package mutating func merge(_ other: SearchIndex) {
        postings.merge(other.postings) { mine, theirs in mine + theirs }
        if lengths.count < other.lengths.count { lengths += Array(repeating: 0, count: other.lengths.count - lengths.count) }
        for (slot, length) in other.lengths.enumerated() where length > 0 { lengths[slot] = length }
        documentCount += other.documentCount
        totalLength += other.totalLength
    }

    /// Every term's postings (for tests and tools).
    package func allPostings() -> [String: [Posting]] { postings }

    package mutating func remove(slot: Int, terms: some Sequence<String>) {
        for term in Set(terms) {
            guard var list = postings.removeValue(forKey: term) else { continue }
            list.removeAll { $0.slot == Int32(slot) }
            if !list.isEmpty { postings[term] = list }
        }
        guard slot < lengths.count, lengths[slot] > 0 else { return }
        documentCount -= 1
        totalLength -= Int(lengths[slot])
        lengths[slot] = 0
    }

    /// Slots ranked by BM25 score for the query's terms, best first (ties: lower slot).
    package func search(_ query: String, limit: Int) -> [(slot: Int, score: Double)] {
        let terms = Array(Set(Tokenizer.terms(query)))
        guard documentCount > 0, !terms.isEmpty else { return [] }
        let n = Double(documentCount)
        let averageLength = Double(totalLength) / n
        var scores: [Int32: Double] = [:]
        for term in terms {
            guard let list = postings[term] else { continue }
            let df = Double(list.count)
            let idf = log(1 + (n - df + 0.5) / (df + 0.5))
            for posting in list {
                let tf = Double(posting.count)
                let length = Double(lengths[Int(posting.slot)])
                let norm = tf + SearchIndex.k1 * (1 - SearchIndex.b + SearchIndex.b * length / averageLength)
                scores[posting.slot, default: 0] += idf * tf * (SearchIndex.k1 + 1) / norm
            }
        }
        return scores.map { (Int($0.key), $0.value) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            .prefix(limit)
            .map { (slot: $0.0, score: $0.1) }
    }
}
