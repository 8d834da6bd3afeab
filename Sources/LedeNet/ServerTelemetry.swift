import CLinux
import Glibc
import LedeTelemetry

/// Access log, metrics and request ids for an `HTTPServer`. Shared configuration; each
/// loop calls `makeObserver` once inside its own thread, so the observer (its histogram
/// cache and line buffer) is never shared.
package struct ServerTelemetry: Sendable {
    package var metrics: ServerMetrics
    package var makeObserver: @Sendable () -> AccessObserver

    package init(metrics: ServerMetrics, makeObserver: @escaping @Sendable () -> AccessObserver) {
        self.metrics = metrics
        self.makeObserver = makeObserver
    }
}

/// A loop's request-id source: xorshift-style generator seeded once from the system, so
/// an id costs no system call (the ids only need to be unique, not secret).
struct RequestIDSource {
    private var state: UInt64

    init() {
        var seed = SystemRandomNumberGenerator()
        state = seed.next() | 1
    }

    mutating func makeID() -> String {
        RequestID.generate(using: &self)
    }
}

extension RequestIDSource: RandomNumberGenerator {
    /// SplitMix64.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Posix {
    /// Monotonic nanoseconds, for request durations.
    package static func monotonicNanoseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    /// The peer of a connected socket as `address:port` (`[v6]:port`), or "-" if unknown.
    package static func peerAddress(_ fd: CInt) -> String {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let result = withUnsafeMutablePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getpeername(fd, $0, &length) }
        }
        guard result == 0 else { return "-" }
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        return withUnsafePointer(to: &storage) { pointer -> String in
            if CInt(pointer.pointee.ss_family) == AF_INET6 {
                return pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { v6 in
                    var address = v6.pointee.sin6_addr
                    guard inet_ntop(AF_INET6, &address, &text, socklen_t(text.count)) != nil else { return "-" }
                    return "[\(String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))]:"
                        + String(UInt16(bigEndian: v6.pointee.sin6_port))
                }
            }
            return pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { v4 in
                var address = v4.pointee.sin_addr
                guard inet_ntop(AF_INET, &address, &text, socklen_t(text.count)) != nil else { return "-" }
                return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) + ":"
                    + String(UInt16(bigEndian: v4.pointee.sin_port))
            }
        }
    }
}

extension Posix {
    /// Writes all of `bytes` to a file or pipe (stdout), retrying short writes and EINTR.
    /// Blocking: for log output flushed off the request path.
    package static func writeAll(_ fd: CInt, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if count > 0 {
                offset += count
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return  // a closed stdout: the lines are lost, the server goes on
            }
        }
    }
}
