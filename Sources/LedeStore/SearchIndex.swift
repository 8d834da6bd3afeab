#if canImport(Glibc)
import Glibc
#endif

/// A full-text inverted index ranked by Okapi BM25 (k1 = 1.2, b = 0.75).
///
/// Documents are snapshot slots. Each term's postings are (slot, count) pairs in
/// ascending slot order, stored as LEB128 varints of the slot delta and the count:
/// about 2 bytes a posting instead of 8, and a scan of them is a sequential decode.
/// The index is a value: a write copies it (the copy shares every postings buffer) and
/// re-encodes only the postings of the terms the changed article contains; a new
/// article always takes the highest slot, so adding appends.
package struct SearchIndex: Sendable {
    package struct Posting: Sendable, Hashable {
        package var slot: Int32
        package var count: Int32
    }

    /// One term's postings, encoded.
    struct PostingList: Sendable {
        var bytes: [UInt8] = []
        /// The highest slot (the base of the next delta).
        var last: Int32 = 0
        /// Number of postings (the term's document frequency).
        var documents: Int32 = 0

        mutating func append(slot: Int32, count: Int32) {
            SearchIndex.encode(UInt32(slot - last), into: &bytes)
            SearchIndex.encode(UInt32(count), into: &bytes)
            last = slot
            documents += 1
        }

        func forEach(_ body: (Int32, Int32) -> Void) {
            var index = 0
            var slot: Int32 = 0
            while index < bytes.count {
                slot += Int32(SearchIndex.decode(bytes, &index))
                body(slot, Int32(SearchIndex.decode(bytes, &index)))
            }
        }

        var postings: [Posting] {
            var out: [Posting] = []
            out.reserveCapacity(Int(documents))
            forEach { out.append(Posting(slot: $0, count: $1)) }
            return out
        }

        init() {}

        /// From postings in ascending slot order.
        init(_ postings: some Sequence<Posting>) {
            for posting in postings { append(slot: posting.slot, count: posting.count) }
            shrink()
        }

        /// Drops the growth slack (appends double the capacity; a snapshot keeps every list).
        mutating func shrink() {
            guard bytes.capacity > bytes.count else { return }
            var exact: [UInt8] = []
            exact.reserveCapacity(bytes.count)
            exact.append(contentsOf: bytes)
            bytes = exact
        }
    }

    private var postings: [String: PostingList] = [:]
    private var lengths: [Int32] = []
    package private(set) var documentCount = 0
    private var totalLength = 0

    package static let k1 = 1.2
    package static let b = 0.75

    package init() {}

    /// Adds a document; `slot` must be higher than every slot already in the index.
    package mutating func add(slot: Int, termCounts: [String: Int32], length: Int) {
        for (term, count) in termCounts { postings[term, default: PostingList()].append(slot: Int32(slot), count: count) }
        if lengths.count <= slot { lengths += Array(repeating: 0, count: slot + 1 - lengths.count) }
        lengths[slot] = Int32(length)
        documentCount += 1
        totalLength += length
    }

    /// Adds another index over disjoint slots (the loader builds one per worker): the
    /// two postings lists of a term are merged by slot.
    package mutating func merge(_ other: SearchIndex) {
        postings.merge(other.postings) { mine, theirs in
            let (a, b) = (mine.postings, theirs.postings)
            var merged: [Posting] = []
            merged.reserveCapacity(a.count + b.count)
            var (i, j) = (0, 0)
            while i < a.count || j < b.count {
                if j == b.count || (i < a.count && a[i].slot < b[j].slot) {
                    merged.append(a[i])
                    i += 1
                } else {
                    merged.append(b[j])
                    j += 1
                }
            }
            return PostingList(merged)
        }
        if lengths.count < other.lengths.count { lengths += Array(repeating: 0, count: other.lengths.count - lengths.count) }
        for (slot, length) in other.lengths.enumerated() where length > 0 { lengths[slot] = length }
        documentCount += other.documentCount
        totalLength += other.totalLength
    }

    /// Every term's postings, decoded (for tests and tools).
    package func allPostings() -> [String: [Posting]] { postings.mapValues(\.postings) }

    /// Drops the growth slack of every postings buffer (after a bulk build).
    package mutating func compact() {
        postings = postings.mapValues { list in
            var list = list
            list.shrink()
            return list
        }
    }

    package mutating func remove(slot: Int, terms: some Sequence<String>) {
        for term in Set(terms) {
            guard let list = postings.removeValue(forKey: term) else { continue }
            let kept = list.postings.filter { $0.slot != Int32(slot) }
            if !kept.isEmpty { postings[term] = PostingList(kept) }
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
            let df = Double(list.documents)
            let idf = log(1 + (n - df + 0.5) / (df + 0.5))
            list.forEach { slot, count in
                let tf = Double(count)
                let length = Double(lengths[Int(slot)])
                let norm = tf + SearchIndex.k1 * (1 - SearchIndex.b + SearchIndex.b * length / averageLength)
                scores[slot, default: 0] += idf * tf * (SearchIndex.k1 + 1) / norm
            }
        }
        return scores.map { (Int($0.key), $0.value) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            .prefix(limit)
            .map { (slot: $0.0, score: $0.1) }
    }

    /// LEB128: seven bits a byte, high bit set on all but the last.
    static func encode(_ value: UInt32, into bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    static func decode(_ bytes: [UInt8], _ index: inout Int) -> UInt32 {
        var value: UInt32 = 0
        var shift: UInt32 = 0
        while true {
            let byte = bytes[index]
            index += 1
            value |= UInt32(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }
}
