import Glibc
import LedeHTTP
import Synchronization

/// Work posted to a loop from another thread.
package enum LoopJob: Sendable {
    /// Serve new requests with this responder (a reloaded store reaches the loops this way,
    /// so the request path never takes a lock).
    case replaceResponder(any HTTPResponder)
    /// Stop accepting, finish in-flight requests, close idle connections, exit when empty
    /// or when the drain deadline passes.
    case drain
    /// Close everything and exit now.
    case stop
}

/// The only part of a loop other threads may touch: a job queue and its eventfd.
package final class LoopHandle: Sendable {
    package let wakeDescriptor: CInt
    private let jobs = Mutex<[LoopJob]>([])

    package init() throws(SystemError) {
        wakeDescriptor = try EventFD.make()
    }

    deinit {
        Posix.close(wakeDescriptor)
    }

    /// Queues `job` and wakes the loop; a wake-up is written only when the queue was empty,
    /// since one pending wake-up already makes the loop drain the whole queue (NIO coalesces
    /// the same way).
    package func post(_ job: LoopJob) {
        let wasEmpty = jobs.withLock { queue in
            queue.append(job)
            return queue.count == 1
        }
        if wasEmpty { EventFD.signal(wakeDescriptor) }
    }

    /// Takes every queued job (on the loop thread).
    package func takeJobs() -> [LoopJob] {
        EventFD.drain(wakeDescriptor)
        return jobs.withLock { queue in
            let taken = queue
            queue.removeAll()
            return taken
        }
    }
}

/// Counters shared by all loops of one server.
package final class ServerCounters: Sendable {
    /// Open connections across all loops, against `maxConnections`.
    package let openConnections = Atomic<Int>(0)
    /// Connections refused because the limit was reached.
    package let refusedConnections = Atomic<Int>(0)
    package init() {}
}
