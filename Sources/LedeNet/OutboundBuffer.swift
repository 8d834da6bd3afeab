import CLinux
import Glibc

/// The unsent response bytes of one connection, in order.
///
/// Heads and small bodies are appended to `tail`, so a typical response (or a whole
/// pipelined batch of them) leaves in one `send`. A large body is queued as its own chunk,
/// sharing the responder's array (a retain, not a copy), and goes out as a second iovec
/// behind the head.
package struct OutboundBuffer {
    /// Bodies up to this size are copied behind their head; larger ones are queued as is.
    package static let copyThreshold = 16 * 1024
    /// A drained `tail` keeps its capacity for the next response unless it grew past this:
    /// an idle keep-alive connection should not pin the buffer of its largest response
    /// (10,000 idle connections × 4 KiB is the worst case kept).
    package static let retainedCapacity = 4 * 1024

    /// Sealed chunks, oldest first; `tail` follows them.
    private var queue: [[UInt8]] = []
    private var queueOffset = 0
    private var queuedBytes = 0
    /// Where response heads are written (`HTTPResponseHead.write(..., into: &tail)`).
    package var tail: [UInt8] = []
    private var tailOffset = 0

    package init() {}

    /// Bytes appended and not yet reported written.
    package var pendingBytes: Int { queuedBytes - queueOffset + tail.count - tailOffset }
    /// Nothing left to write.
    package var isEmpty: Bool { pendingBytes == 0 }

    /// Appends protocol bytes (an interim `100 Continue`).
    package mutating func append(_ bytes: [UInt8]) {
        tail.append(contentsOf: bytes)
    }

    /// Appends a response body behind the head just written to `tail`.
    package mutating func append(body: [UInt8]) {
        if body.count <= Self.copyThreshold {
            tail.append(contentsOf: body)
            return
        }
        if tail.count > tailOffset {
            if tailOffset > 0 { tail.removeFirst(tailOffset) }
            queue.append(tail)
            queuedBytes += tail.count
        }
        tail = []
        tailOffset = 0
        queue.append(body)
        queuedBytes += body.count
    }

    /// Calls `body` with iovecs for the oldest unsent bytes: at most two (the oldest chunk
    /// and what follows it), which covers a head followed by a large body without copying.
    /// `vectors` needs room for two; the pointers are valid only inside `body`.
    package func withVectors<Result>(
        _ vectors: UnsafeMutableBufferPointer<iovec>, _ body: (UnsafeBufferPointer<iovec>) -> Result
    ) -> Result {
        func vector(_ bytes: UnsafeRawBufferPointer, from offset: Int) -> iovec {
            iovec(iov_base: UnsafeMutableRawPointer(mutating: bytes.baseAddress! + offset), iov_len: bytes.count - offset)
        }
        if queue.isEmpty {
            return tail.withUnsafeBytes { bytes in
                vectors[0] = vector(bytes, from: tailOffset)
                return body(UnsafeBufferPointer(rebasing: vectors[0..<1]))
            }
        }
        let second = queue.count > 1 ? queue[1] : tail
        let secondOffset = queue.count > 1 ? 0 : tailOffset
        return queue[0].withUnsafeBytes { first in
            vectors[0] = vector(first, from: queueOffset)
            return second.withUnsafeBytes { next in
                guard next.count > secondOffset else { return body(UnsafeBufferPointer(rebasing: vectors[0..<1])) }
                vectors[1] = vector(next, from: secondOffset)
                return body(UnsafeBufferPointer(rebasing: vectors[0..<2]))
            }
        }
    }

    /// Drops `written` bytes from the front.
    package mutating func advance(by written: Int) {
        var remaining = written
        while remaining > 0, !queue.isEmpty {
            let left = queue[0].count - queueOffset
            if remaining < left {
                queueOffset += remaining
                return
            }
            remaining -= left
            queuedBytes -= queue[0].count
            queue.removeFirst()
            queueOffset = 0
        }
        tailOffset += remaining
        if queue.isEmpty && tailOffset == tail.count { reset() }
    }

    /// Forgets everything; keeps a modest `tail` capacity for the next response.
    private mutating func reset() {
        if tail.capacity > Self.retainedCapacity { tail = [] } else { tail.removeAll(keepingCapacity: true) }
        tailOffset = 0
    }
}
