import CLinux
import Glibc
import Synchronization

/// Writes log output on a thread of its own, so an event loop never waits for stdout (a
/// slow disk, a log collector that stopped reading a pipe) and the `write` system calls
/// run beside the loops rather than in them.
///
/// Loops hand over whole batches (`enqueue`: a lock and an array append; the eventfd is
/// written only when the queue was empty). Past `limitBytes` queued, batches are dropped
/// and counted rather than letting memory grow without bound.
package final class LogWriter: Sendable {
    private final class Shared: Sendable {
        struct Queue {
            var batches: [[UInt8]] = []
            var bytes = 0
            var stopping = false
        }
        let queue = Mutex(Queue())
        let wake: CInt
        let descriptor: CInt
        let limitBytes: Int
        let droppedBytes = Atomic<Int>(0)

        init(descriptor: CInt, limitBytes: Int) throws(SystemError) {
            self.wake = try EventFD.make()
            self.descriptor = descriptor
            self.limitBytes = limitBytes
        }

        deinit { Posix.close(wake) }

        func run() {
            while true {
                var entry = pollfd(fd: wake, events: Int16(POLLIN), revents: 0)
                _ = poll(&entry, 1, -1)
                EventFD.drain(wake)
                let (batches, stopping) = queue.withLock { queue in
                    defer {
                        queue.batches.removeAll(keepingCapacity: true)
                        queue.bytes = 0
                    }
                    return (queue.batches, queue.stopping)
                }
                for batch in batches { Posix.writeAll(descriptor, batch) }
                if stopping { return }
            }
        }
    }

    private let shared: Shared
    private let thread: pthread_t

    /// Starts the writer thread for `descriptor` (1: stdout).
    package init(descriptor: CInt, limitBytes: Int = 64 << 20) throws(SystemError) {
        let shared = try Shared(descriptor: descriptor, limitBytes: limitBytes)
        self.shared = shared
        self.thread = try LoopThread.spawn(name: "lede-log") { shared.run() }
    }

    /// Bytes dropped because the output did not keep up (queue past `limitBytes`).
    package var droppedBytes: Int { shared.droppedBytes.load(ordering: .relaxed) }

    /// Queues `bytes` for writing; never blocks on the output.
    package func enqueue(_ bytes: [UInt8]) {
        let wasEmpty: Bool? = shared.queue.withLock { queue in
            guard !queue.stopping, queue.bytes + bytes.count <= shared.limitBytes else { return nil }
            queue.batches.append(bytes)
            queue.bytes += bytes.count
            return queue.batches.count == 1
        }
        switch wasEmpty {
        case true?: EventFD.signal(shared.wake)
        case false?: break
        case nil: shared.droppedBytes.wrappingAdd(bytes.count, ordering: .relaxed)
        }
    }

    /// Writes everything queued, then ends the thread. Call once, at exit.
    package func finish() {
        shared.queue.withLock { $0.stopping = true }
        EventFD.signal(shared.wake)
        LoopThread.join(thread)
    }
}
