/// The timeouts a connection can be waiting on; exactly one applies at a time.
package enum TimeoutKind: Int, CaseIterable, Sendable {
    /// From accept (or the first byte of a keep-alive request) until the head is complete:
    /// the slowloris guard. Not extended by trickling bytes.
    case header
    /// While a body is arriving; extended by every read that brings bytes.
    case body
    /// Between requests on a keep-alive connection with nothing buffered.
    case idle
    /// While unsent output exists; extended whenever the peer takes some bytes.
    case write
    /// After the last response, while reading and discarding until the peer closes.
    case linger
}

/// Deadlines for every connection of one loop, as one intrusive FIFO list per timeout kind.
///
/// All timeouts of a kind share one duration, so appending at the tail keeps each list
/// sorted by deadline: scheduling, cancelling and expiring are O(1) and allocate nothing
/// after the slot arrays have grown to the largest descriptor seen. Slots are descriptors.
package struct DeadlineLists {
    private static let none: Int32 = -1

    private let durations: [Int64]
    private var heads: [Int32]
    private var tails: [Int32]
    private var previous: [Int32] = []
    private var next: [Int32] = []
    private var deadlines: [Int64] = []
    /// The list a slot is in, or -1.
    private var kinds: [Int8] = []

    /// `durations` in milliseconds, indexed by `TimeoutKind.rawValue`.
    package init(durations: [TimeoutKind: Int64]) {
        self.durations = TimeoutKind.allCases.map { durations[$0] ?? 0 }
        heads = Array(repeating: Self.none, count: TimeoutKind.allCases.count)
        tails = heads
    }

    /// The kind a slot is currently scheduled under.
    package func kind(of slot: Int32) -> TimeoutKind? {
        guard Int(slot) < kinds.count, kinds[Int(slot)] >= 0 else { return nil }
        return TimeoutKind(rawValue: Int(kinds[Int(slot)]))
    }

    package func deadline(of slot: Int32) -> Int64? {
        kind(of: slot) == nil ? nil : deadlines[Int(slot)]
    }

    /// (Re)starts `slot`'s `kind` timeout at `now`, replacing whatever it had.
    package mutating func schedule(_ slot: Int32, _ kind: TimeoutKind, now: Int64) {
        grow(to: slot)
        unlink(slot)
        let index = Int(slot)
        deadlines[index] = now + durations[kind.rawValue]
        kinds[index] = Int8(kind.rawValue)
        let tail = tails[kind.rawValue]
        previous[index] = tail
        next[index] = Self.none
        if tail == Self.none { heads[kind.rawValue] = slot } else { next[Int(tail)] = slot }
        tails[kind.rawValue] = slot
    }

    /// Starts `kind` unless the slot is already waiting on it (the header timeout must not
    /// be extended by each trickled byte).
    package mutating func ensure(_ slot: Int32, _ kind: TimeoutKind, now: Int64) {
        if self.kind(of: slot) != kind { schedule(slot, kind, now: now) }
    }

    package mutating func cancel(_ slot: Int32) {
        guard Int(slot) < kinds.count else { return }
        unlink(slot)
    }

    /// The earliest deadline of any slot.
    package var nextDeadline: Int64? {
        var earliest: Int64?
        for head in heads where head != Self.none {
            let deadline = deadlines[Int(head)]
            if earliest.map({ deadline < $0 }) ?? true { earliest = deadline }
        }
        return earliest
    }

    /// Removes and returns one slot whose deadline is at or before `now`, with its kind.
    package mutating func popExpired(now: Int64) -> (slot: Int32, kind: TimeoutKind)? {
        for kind in TimeoutKind.allCases {
            let head = heads[kind.rawValue]
            if head != Self.none, deadlines[Int(head)] <= now {
                unlink(head)
                return (head, kind)
            }
        }
        return nil
    }

    private mutating func unlink(_ slot: Int32) {
        let index = Int(slot)
        let kind = Int(kinds[index])
        guard kind >= 0 else { return }
        let before = previous[index], after = next[index]
        if before == Self.none { heads[kind] = after } else { next[Int(before)] = after }
        if after == Self.none { tails[kind] = before } else { previous[Int(after)] = before }
        kinds[index] = -1
    }

    private mutating func grow(to slot: Int32) {
        let needed = Int(slot) + 1
        guard needed > kinds.count else { return }
        let size = max(needed, kinds.count * 2, 64)
        let extra = size - kinds.count
        previous += Array(repeating: Self.none, count: extra)
        next += Array(repeating: Self.none, count: extra)
        deadlines += Array(repeating: 0, count: extra)
        kinds += Array(repeating: -1, count: extra)
    }
}
