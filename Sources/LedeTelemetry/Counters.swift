import Synchronization

/// A monotonically increasing (or, for gauges, up-and-down) integer shared across loops.
/// Relaxed ordering: a scrape needs eventual totals, not ordering with other memory.
package final class AtomicCounter: Sendable {
    private let storage = Atomic<Int>(0)

    package init() {}

    package func add(_ delta: Int = 1) { storage.wrappingAdd(delta, ordering: .relaxed) }
    package func set(_ value: Int) { storage.store(value, ordering: .relaxed) }
    package var value: Int { storage.load(ordering: .relaxed) }
}

/// Labels of one request-duration series.
package struct RequestSeriesKey: Hashable, Sendable {
    package var method: String
    /// The matched route template, or a fixed placeholder for unmatched targets, so a
    /// client probing random paths cannot create unbounded series.
    package var route: String
    package var status: Int

    package init(method: String, route: String, status: Int) {
        self.method = method
        self.route = route
        self.status = status
    }
}

/// One histogram series: counts per bucket (not cumulative; cumulated at render time),
/// the total count and the sum of durations in nanoseconds.
package final class RequestSeries: Sendable {
    package let key: RequestSeriesKey
    package let bucketCounts: [AtomicCounter]
    package let count = AtomicCounter()
    package let sumNanoseconds = AtomicCounter()

    init(key: RequestSeriesKey, bucketCount: Int) {
        self.key = key
        bucketCounts = (0..<bucketCount).map { _ in AtomicCounter() }
    }
}

/// `http.server.request.duration` as a Prometheus histogram.
///
/// The series table takes a lock only when a label combination is seen for the first
/// time; each loop keeps its own `RequestDurationRecorder` cache, so the steady-state
/// request path is a dictionary lookup and three relaxed atomic adds.
package final class RequestDurationHistogram: Sendable {
    /// OpenTelemetry's default explicit bucket boundaries for `http.server.request.duration`.
    package static let boundaries: [Double] = [
        0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10,
    ]
    private static let boundaryNanoseconds: [Int] = boundaries.map { Int(($0 * 1e9).rounded()) }

    private let table = Mutex<[RequestSeriesKey: RequestSeries]>([:])

    package init() {}

    package func series(for key: RequestSeriesKey) -> RequestSeries {
        table.withLock { table in
            if let existing = table[key] { return existing }
            let created = RequestSeries(key: key, bucketCount: Self.boundaries.count + 1)
            table[key] = created
            return created
        }
    }

    package var allSeries: [RequestSeries] {
        table.withLock { Array($0.values) }.sorted {
            ($0.key.route, $0.key.method, $0.key.status) < ($1.key.route, $1.key.method, $1.key.status)
        }
    }

    package static func bucketIndex(nanoseconds: Int) -> Int {
        boundaryNanoseconds.firstIndex { nanoseconds <= $0 } ?? boundaryNanoseconds.count
    }
}

/// A loop's private cache of series: owned by one thread, never shared.
package struct RequestDurationRecorder {
    private let histogram: RequestDurationHistogram
    private var cache: [RequestSeriesKey: RequestSeries] = [:]

    package init(histogram: RequestDurationHistogram) {
        self.histogram = histogram
    }

    package mutating func record(_ key: RequestSeriesKey, nanoseconds: Int) {
        let series: RequestSeries
        if let cached = cache[key] {
            series = cached
        } else {
            series = histogram.series(for: key)
            cache[key] = series
        }
        series.bucketCounts[RequestDurationHistogram.bucketIndex(nanoseconds: nanoseconds)].add()
        series.count.add()
        series.sumNanoseconds.add(nanoseconds)
    }
}
