import CLinux
import Glibc

/// Thin wrappers over the socket and descriptor calls the loops use, with the errno
/// policy of `retryingSyscall`. Names follow the C calls.
package enum Posix {
    /// Closes once and never retries: on Linux the descriptor is released even when
    /// `close` reports `EINTR`, so a retry could close a descriptor another thread
    /// just opened (LWN 576478).
    package static func close(_ fd: CInt) {
        _ = Glibc.close(fd)
    }

    /// Makes a write to a reset peer return `EPIPE` instead of killing the process.
    /// `send`/`sendmsg` here pass `MSG_NOSIGNAL`, but OpenSSL's socket BIO writes with
    /// write(2) (Kitura-net documents the same constraint), so any process that serves or
    /// dials TLS, or serves at all, ignores the signal. Idempotent.
    package static func ignoreBrokenPipe() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// One `read`; `.processed(0)` is end of input.
    package static func read(_ fd: CInt, into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> IOResult<Int> {
        try retryingSyscall("read") { Glibc.read(fd, buffer.baseAddress, buffer.count) }
    }

    /// One `send(MSG_NOSIGNAL)` of a single buffer.
    package static func write(_ fd: CInt, _ buffer: UnsafeRawBufferPointer) throws(SystemError) -> IOResult<Int> {
        try retryingSyscall("send") { Glibc.send(fd, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL)) }
    }

    /// `sendmsg` with `MSG_NOSIGNAL`: a `writev` that cannot raise SIGPIPE on a reset peer.
    package static func writev(_ fd: CInt, _ vectors: UnsafeBufferPointer<iovec>) throws(SystemError) -> IOResult<Int> {
        var message = msghdr()
        message.msg_iov = UnsafeMutablePointer(mutating: vectors.baseAddress)
        message.msg_iovlen = vectors.count
        return try retryingSyscall("sendmsg") { Glibc.sendmsg(fd, &message, Int32(MSG_NOSIGNAL)) }
    }

    /// Accepts one connection, non-blocking and close-on-exec from birth.
    package static func accept(_ listener: CInt) throws(SystemError) -> IOResult<CInt> {
        try retryingSyscall("accept4") {
            accept4(listener, nil, nil, Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue))
        }
    }

    /// `setsockopt` with an `int` value.
    package static func setOption(_ fd: CInt, level: CInt, name: CInt, value: CInt) throws(SystemError) {
        var value = value
        _ = try syscall("setsockopt") {
            setsockopt(fd, level, name, &value, socklen_t(MemoryLayout<CInt>.size))
        }
    }

    /// `getsockopt` of an `int` value.
    package static func getOption(_ fd: CInt, level: CInt, name: CInt) throws(SystemError) -> CInt {
        var value: CInt = 0
        var length = socklen_t(MemoryLayout<CInt>.size)
        _ = try syscall("getsockopt") { getsockopt(fd, level, name, &value, &length) }
        return value
    }

    /// Raises the soft `RLIMIT_NOFILE` to the hard limit; returns the new soft limit.
    @discardableResult
    package static func raiseFileLimit() -> Int {
        var limit = rlimit()
        let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        guard getrlimit(resource, &limit) == 0 else { return 1024 }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(resource, &raised) == 0 { limit = raised }
        }
        return limit.rlim_cur >= UInt(Int.max) ? Int.max : Int(limit.rlim_cur)
    }

    /// Online cores, capped by the cgroup v2 CPU quota when one is set (containers).
    package static func coreCount() -> Int {
        let online = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        guard let quota = cgroupQuota() else { return online }
        return max(1, min(online, quota))
    }

    /// `/sys/fs/cgroup/cpu.max` holds "max 100000" or "<quota> <period>".
    private static func cgroupQuota() -> Int? {
        let fd = open("/sys/fs/cgroup/cpu.max", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { Glibc.close(fd) }
        var bytes = [UInt8](repeating: 0, count: 64)
        let count = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        let fields = String(decoding: bytes[..<count], as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard fields.count >= 2, let quota = Int(fields[0]), let period = Int(fields[1]), period > 0 else { return nil }
        return (quota + period - 1) / period
    }

    /// Monotonic milliseconds: deadlines never jump with the wall clock.
    package static func monotonicMilliseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }
}
