import CLinux
import Glibc

/// Creates bound, listening, non-blocking TCP sockets.
package enum ListeningSocket {
    /// An IPv4 or IPv6 literal that could not be parsed.
    package struct InvalidAddress: Error, CustomStringConvertible {
        package let host: String
        package var description: String { "not an IPv4 or IPv6 address: \(host)" }
    }

    /// Binds `host:port` (port 0: ephemeral) and listens. Returns the descriptor and the
    /// bound port. `reusePort` lets several loops bind the same port (`SO_REUSEPORT`), the
    /// kernel hashing each new connection to one of them.
    package static func make(host: String, port: Int, reusePort: Bool, backlog: CInt = 4096) throws -> (descriptor: CInt, port: Int) {
        var v4 = in_addr()
        var v6 = in6_addr()
        let family: CInt
        if inet_pton(AF_INET, host, &v4) == 1 {
            family = AF_INET
        } else if inet_pton(AF_INET6, host, &v6) == 1 {
            family = AF_INET6
        } else {
            throw InvalidAddress(host: host)
        }
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        let fd = try syscall("socket") { socket(family, type, 0) }
        do {
            try Posix.setOption(fd, level: SOL_SOCKET, name: SO_REUSEADDR, value: 1)
            if reusePort { try Posix.setOption(fd, level: SOL_SOCKET, name: SO_REUSEPORT, value: 1) }
            // Accepted sockets inherit TCP_NODELAY from the listener on Linux (tested), which
            // saves one setsockopt per connection. Responses go out in one write, so Nagle
            // would only add latency.
            try Posix.setOption(fd, level: CInt(IPPROTO_TCP), name: TCP_NODELAY, value: 1)
            if family == AF_INET {
                var address = sockaddr_in()
                address.sin_family = sa_family_t(AF_INET)
                address.sin_port = in_port_t(UInt16(port).bigEndian)
                address.sin_addr = v4
                _ = try withUnsafePointer(to: &address) { pointer throws(SystemError) in
                    try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw throws(SystemError) in
                        try syscall("bind") { bind(fd, raw, socklen_t(MemoryLayout<sockaddr_in>.size)) }
                    }
                }
            } else {
                var address = sockaddr_in6()
                address.sin6_family = sa_family_t(AF_INET6)
                address.sin6_port = in_port_t(UInt16(port).bigEndian)
                address.sin6_addr = v6
                _ = try withUnsafePointer(to: &address) { pointer throws(SystemError) in
                    try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw throws(SystemError) in
                        try syscall("bind") { bind(fd, raw, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
                    }
                }
            }
            _ = try syscall("listen") { listen(fd, backlog) }
            return (fd, try boundPort(fd))
        } catch {
            Posix.close(fd)
            throw error
        }
    }

    /// The local port of a bound socket (`getsockname`), for port 0 binds.
    package static func boundPort(_ fd: CInt) throws(SystemError) -> Int {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = try withUnsafeMutablePointer(to: &storage) { pointer throws(SystemError) in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw throws(SystemError) in
                try syscall("getsockname") { getsockname(fd, raw, &length) }
            }
        }
        let port: UInt16 = withUnsafePointer(to: &storage) { pointer in
            if CInt(pointer.pointee.ss_family) == AF_INET6 {
                return pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_port }
            }
            return pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_port }
        }
        return Int(UInt16(bigEndian: port))
    }
}
