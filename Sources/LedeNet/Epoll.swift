import CLinux
import Glibc

/// One epoll instance and its events buffer, owned by one loop thread.
///
/// Level-triggered on purpose (NIO's choice): a connection that stops reading early for
/// fairness or backpressure is simply reported again on the next wait, so no code path can
/// leave bytes stranded in a socket the way a missed drain does under edge-triggering. The
/// cost is one `EPOLL_CTL_MOD` when a write backlog appears or drains, or when backpressure
/// pauses reading; the common request/response cycle needs no `epoll_ctl` at all.
package final class Epoll {
    /// What a wait reported for one registration.
    package struct Event {
        package var token: UInt64
        package var events: UInt32
        package var isReadable: Bool { events & (EPOLLIN.rawValue | EPOLLHUP.rawValue | EPOLLERR.rawValue) != 0 }
        package var isWritable: Bool { events & (EPOLLOUT.rawValue | EPOLLHUP.rawValue | EPOLLERR.rawValue) != 0 }
    }

    package static let readable = EPOLLIN.rawValue
    package static let writable = EPOLLOUT.rawValue
    package static let exclusive = EPOLLEXCLUSIVE.rawValue

    package let descriptor: CInt
    /// Allocated once; doubled when a wait fills it (NIO `growEventArrayIfNeeded`).
    private var buffer: UnsafeMutableBufferPointer<epoll_event>

    package init(capacity: Int = 256) throws(SystemError) {
        descriptor = try syscall("epoll_create1") { epoll_create1(Int32(EPOLL_CLOEXEC)) }
        buffer = .allocate(capacity: capacity)
    }

    deinit {
        buffer.deallocate()
        Posix.close(descriptor)
    }

    package func add(_ fd: CInt, events: UInt32, token: UInt64) throws(SystemError) {
        try control(EPOLL_CTL_ADD, fd, events: events, token: token)
    }

    package func modify(_ fd: CInt, events: UInt32, token: UInt64) throws(SystemError) {
        try control(EPOLL_CTL_MOD, fd, events: events, token: token)
    }

    package func remove(_ fd: CInt) throws(SystemError) {
        try control(EPOLL_CTL_DEL, fd, events: 0, token: 0)
    }

    private func control(_ operation: CInt, _ fd: CInt, events: UInt32, token: UInt64) throws(SystemError) {
        var event = epoll_event()
        event.events = events
        event.data.u64 = token
        _ = try syscall("epoll_ctl") { epoll_ctl(descriptor, operation, fd, &event) }
    }

    /// Waits up to `timeoutMilliseconds` (-1: forever); returns how many events are ready.
    /// Read them with `event(at:)` before the next wait.
    package func wait(timeoutMilliseconds: Int32) throws(SystemError) -> Int {
        let count: Int
        switch try retryingSyscall("epoll_wait", { epoll_wait(descriptor, buffer.baseAddress, Int32(buffer.count), timeoutMilliseconds) }) {
        case .processed(let n): count = Int(n)
        case .wouldBlock: count = 0
        }
        return count
    }

    /// The `index`th event of the last wait.
    package func event(at index: Int) -> Event {
        let raw = buffer[index]
        return Event(token: raw.data.u64, events: raw.events)
    }

    /// Called after the events of a full wait were handled: a full buffer suggests more
    /// were ready, so the next wait gets room for twice as many.
    package func growIfFull(_ count: Int) {
        guard count == buffer.count else { return }
        let larger = UnsafeMutableBufferPointer<epoll_event>.allocate(capacity: buffer.count * 2)
        buffer.deallocate()
        buffer = larger
    }

    /// `wait`, then `body` for each event.
    package func wait(timeoutMilliseconds: Int32, _ body: (Event) -> Void) throws(SystemError) {
        let count = try wait(timeoutMilliseconds: timeoutMilliseconds)
        for index in 0..<count { body(event(at: index)) }
        growIfFull(count)
    }
}

/// Packs a descriptor and a registration generation into `epoll_data.u64`, so an event
/// that was queued for a connection closed earlier in the same batch (its fd possibly
/// already reused) is recognised and dropped (NIO `EPollUserData`, nginx's instance bit).
package struct EventToken: Equatable {
    package var descriptor: CInt
    package var generation: UInt32

    package init(descriptor: CInt, generation: UInt32) {
        self.descriptor = descriptor
        self.generation = generation
    }

    package init(_ raw: UInt64) {
        descriptor = CInt(bitPattern: UInt32(truncatingIfNeeded: raw))
        generation = UInt32(truncatingIfNeeded: raw >> 32)
    }

    package var raw: UInt64 { UInt64(generation) << 32 | UInt64(UInt32(bitPattern: descriptor)) }
}

/// A non-blocking eventfd: the cross-thread wake-up of a loop.
package enum EventFD {
    package static func make() throws(SystemError) -> CInt {
        try syscall("eventfd") { eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC)) }
    }

    /// Adds one to the counter; a full counter (never in practice) already means "wake up".
    package static func signal(_ fd: CInt) {
        var one: UInt64 = 1
        _ = try? retryingSyscall("write") { Glibc.write(fd, &one, MemoryLayout<UInt64>.size) }
    }

    /// Resets the counter; returns whether it was set.
    @discardableResult
    package static func drain(_ fd: CInt) -> Bool {
        var value: UInt64 = 0
        let result = try? retryingSyscall("read") { Glibc.read(fd, &value, MemoryLayout<UInt64>.size) }
        if case .processed = result { return true }
        return false
    }
}
