import Synchronization

/// A buffered, thread-safe sink for log lines.
///
/// Loop threads append whole lines under a short lock (a memcpy; the loops never wait on
/// I/O here) and the bytes reach the output in batches, so an access-log line costs no
/// system call of its own. `flush()` runs when the buffer passes `flushThreshold`, from a
/// periodic timer of the owner, and at shutdown.
package final class LogSink: Sendable {
    /// Writes bytes to the real destination (stdout in production, an array in tests).
    package typealias Output = @Sendable ([UInt8]) -> Void

    private let pending = Mutex<[UInt8]>([])
    private let output: Output
    private let flushThreshold: Int

    package init(flushThreshold: Int = 32 * 1024, output: @escaping Output) {
        self.output = output
        self.flushThreshold = flushThreshold
    }

    /// Appends one line; a trailing newline is added.
    package func append(line: [UInt8]) {
        let ready: [UInt8]? = pending.withLock { buffer in
            buffer.append(contentsOf: line)
            buffer.append(UInt8(ascii: "\n"))
            guard buffer.count >= flushThreshold else { return nil }
            return Self.take(&buffer, reserving: flushThreshold)
        }
        if let ready { output(ready) }
    }

    /// Appends complete lines, each already ending in a newline (a loop's batch).
    package func append(lines: [UInt8]) {
        let ready: [UInt8]? = pending.withLock { buffer in
            buffer.append(contentsOf: lines)
            guard buffer.count >= flushThreshold else { return nil }
            return Self.take(&buffer, reserving: flushThreshold)
        }
        if let ready { output(ready) }
    }

    /// Hands everything buffered to the output.
    package func flush() {
        let ready: [UInt8] = pending.withLock { buffer in
            buffer.isEmpty ? [] : Self.take(&buffer, reserving: flushThreshold)
        }
        if !ready.isEmpty { output(ready) }
    }

    /// Moves the buffer out and leaves an empty one with room for the next batch, so the
    /// lines are neither copied again nor appended through repeated regrowth.
    private static func take(_ buffer: inout [UInt8], reserving capacity: Int) -> [UInt8] {
        var taken: [UInt8] = []
        swap(&taken, &buffer)
        buffer.reserveCapacity(min(capacity + capacity / 4, 1 << 20))
        return taken
    }
}
