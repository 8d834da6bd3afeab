import CLinux
import Glibc

/// A tiny blocking HTTP/1.1 client for `lede health`: one `GET`, the status code of the
/// answer, bounded by a timeout. For container health checks where curl is missing.
package enum HealthProbe {
    /// Why the probe got no status code.
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    /// `http://host[:port][/path]`, split.
    package struct Target: Equatable, Sendable {
        package var host: String
        package var port: Int
        package var path: String

        /// Nil for anything but an `http://` URL with a sane port.
        package init?(url: String) {
            guard url.hasPrefix("http://") else { return nil }
            let rest = url.dropFirst(7)
            let authority = rest.prefix { $0 != "/" && $0 != "?" }
            let path = rest.dropFirst(authority.count)
            var host = Substring(authority)
            var port = 80
            if host.hasPrefix("[") {
                guard let close = host.firstIndex(of: "]") else { return nil }
                let after = host[host.index(after: close)...]
                host = host[host.index(after: host.startIndex)..<close]
                if !after.isEmpty {
                    guard after.hasPrefix(":"), let value = Int(after.dropFirst()) else { return nil }
                    port = value
                }
            } else if let colon = host.lastIndex(of: ":") {
                guard let value = Int(host[host.index(after: colon)...]) else { return nil }
                port = value
                host = host[..<colon]
            }
            guard !host.isEmpty, (1...65535).contains(port) else { return nil }
            self.host = String(host)
            self.port = port
            self.path = path.isEmpty ? "/" : (path.hasPrefix("?") ? "/" + path : String(path))
        }
    }

    /// Sends `GET` and returns the response's status code. Each of connect, send and
    /// receive is bounded by `timeoutMilliseconds`.
    package static func status(of target: Target, timeoutMilliseconds: Int) throws(Failure) -> Int {
        let fd = try connect(target, timeoutMilliseconds: timeoutMilliseconds)
        defer { Posix.close(fd) }
        let request = Array("GET \(target.path) HTTP/1.1\r\nHost: \(target.host)\r\nUser-Agent: lede-health\r\nConnection: close\r\n\r\n".utf8)
        var sent = 0
        while sent < request.count {
            let count = request.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw Failure(description: "send failed: \(String(cString: strerror(errno)))") }
            sent += count
        }
        var head: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1024)
        while !head.contains(0x0A), head.count < 8192 {
            let count = chunk.withUnsafeMutableBytes { Glibc.recv(fd, $0.baseAddress, $0.count, 0) }
            if count == 0 { break }
            guard count > 0 else {
                let reason = errno == EAGAIN || errno == EWOULDBLOCK ? "timed out" : String(cString: strerror(errno))
                throw Failure(description: "no response: \(reason)")
            }
            head += chunk[..<count]
        }
        // "HTTP/1.1 200 OK": the three digits after the first space.
        let line = head.prefix { $0 != 0x0D && $0 != 0x0A }
        let fields = line.split(separator: 0x20, maxSplits: 2)
        guard fields.count >= 2, fields[0].starts(with: Array("HTTP/".utf8)), fields[1].count == 3,
            let code = Int(String(decoding: fields[1], as: UTF8.self))
        else {
            throw Failure(description: "not an HTTP response")
        }
        return code
    }

    private static func connect(_ target: Target, timeoutMilliseconds: Int) throws(Failure) -> CInt {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let resolved = getaddrinfo(target.host, String(target.port), &hints, &list)
        guard resolved == 0, let first = list else {
            throw Failure(description: "cannot resolve \(target.host): \(String(cString: gai_strerror(resolved)))")
        }
        defer { freeaddrinfo(list) }
        var timeout = timeval(tv_sec: timeoutMilliseconds / 1000, tv_usec: (timeoutMilliseconds % 1000) * 1000)
        var lastError = "no address"
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let address = entry {
            entry = address.pointee.ai_next
            let fd = socket(address.pointee.ai_family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
            guard fd >= 0 else { continue }
            // On Linux SO_SNDTIMEO also bounds a blocking connect.
            setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            if Glibc.connect(fd, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 { return fd }
            lastError = errno == EINPROGRESS || errno == EAGAIN ? "connect timed out" : String(cString: strerror(errno))
            Posix.close(fd)
        }
        throw Failure(description: "cannot connect to \(target.host):\(target.port): \(lastError)")
    }
}
