import CLinux
import Glibc
import LedeNet

/// A blocking HTTPS/1.1 test client: a TCP socket with receive/send timeouts, a client
/// `TLSSession` over it (OpenSSL blocks on a blocking socket), and the same response
/// parsing as `RawClient`. A timeout surfaces as `.wantRead`/`.wantWrite` and fails.
final class TLSClient {
    let fd: CInt
    let session: TLSSession
    private var buffer: [UInt8] = []

    init(
        port: Int, trusting certificate: String, serverName: String = "localhost",
        maximumVersion: TLSVersion? = nil, alpn: [String] = ["http/1.1"], timeoutSeconds: Int = 20
    ) throws {
        var configuration = TLSClientConfiguration(trustedCertificatesPath: certificate)
        configuration.maximumVersion = maximumVersion
        if maximumVersion == .tls1_1 { configuration.minimumVersion = .tls1_1 }
        configuration.alpnProtocols = alpn
        let context = try TLSContext(client: configuration)
        fd = try Self.connect(port: port, timeoutSeconds: timeoutSeconds)
        do {
            session = try TLSSession(context: context, fd: fd, serverName: serverName)
        } catch {
            Glibc.close(fd)
            throw error
        }
        switch session.handshake() {
        case .complete: break
        case .failed(let error): throw error
        case let other: throw ClientError(description: "handshake: \(other)")
        }
    }

    deinit {
        Glibc.close(fd)
    }

    /// A connected, blocking TCP socket to 127.0.0.1:`port` with I/O timeouts.
    static func connect(port: Int, timeoutSeconds: Int) throws -> CInt {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw ClientError(description: "socket: errno \(errno)") }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            Glibc.close(fd)
            throw ClientError(description: "connect: errno \(code)")
        }
        return fd
    }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let result = bytes.withUnsafeBytes { session.write(UnsafeRawBufferPointer(rebasing: $0[sent...])) }
            guard case .complete(let count) = result else { throw ClientError(description: "TLS write: \(result)") }
            sent += count
        }
    }

    /// Reads more plaintext; false when the server closed.
    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        let result = chunk.withUnsafeMutableBytes { session.read(into: $0) }
        switch result {
        case .complete(let count):
            buffer += chunk[..<count]
            return true
        case .closed, .failed(.syscall(errno: ECONNRESET)):
            return false
        case .wantRead, .wantWrite:
            throw ClientError(description: "timed out waiting for the server")
        case .failed(let error):
            throw error
        }
    }

    /// Reads one response (Content-Length framed, as Lede always frames them).
    func readResponse() throws -> RawResponse {
        var headEnd: Int?
        while headEnd == nil {
            headEnd = Self.find([13, 10, 13, 10], in: buffer)
            if headEnd == nil, try !fill() { throw ClientError(description: "connection closed before a response head") }
        }
        let head = String(decoding: buffer[..<headEnd!], as: UTF8.self)
        buffer.removeFirst(headEnd! + 4)
        var lines = head.split(separator: "\r\n").map(String.init)
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
            throw ClientError(description: "bad status line in \(head)")
        }
        let headers = lines.compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), String(line[line.index(after: colon)...].drop { $0 == " " }))
        }
        var response = RawResponse(status: status, headers: headers, body: [])
        let length = response.header("Content-Length").flatMap { Int($0) } ?? 0
        while buffer.count < length {
            if try !fill() { throw ClientError(description: "connection closed inside a body") }
        }
        response.body = Array(buffer[..<length])
        buffer.removeFirst(length)
        return response
    }

    /// True when the server ends the stream (close_notify or EOF) before `timeout`.
    func serverCloses() -> Bool {
        (try? fill()) == false
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}
