import CLinux
import Foundation
import Glibc
import LedeNet
import LedeTestSupport

/// A connected, non-blocking `AF_UNIX` stream pair; both ends are closed on deinit.
final class TLSSocketPair {
    let server: Int32
    let client: Int32
    private var clientClosed = false
    private var serverOwnedElsewhere = false

    init() {
        var fds: [Int32] = [-1, -1]
        let rc = socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &fds)
        precondition(rc == 0, "socketpair failed: errno \(errno)")
        for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        server = fds[0]
        client = fds[1]
    }

    /// Closes the client end early (to test EOF handling on the server end).
    func closeClient() {
        guard !clientClosed else { return }
        clientClosed = true
        close(client)
    }

    /// Hands the server end to a new owner (a transport), which will close it.
    func releaseServer() -> Int32 {
        serverOwnedElsewhere = true
        return server
    }

    /// Writes raw bytes on the client end.
    func sendFromClient(_ bytes: [UInt8]) {
        let n = bytes.withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        precondition(n == bytes.count)
    }

    deinit {
        if !serverOwnedElsewhere { close(server) }
        if !clientClosed { close(client) }
    }
}

/// The outcome of driving a server and a client session through the handshake.
enum HandshakeOutcome {
    case bothComplete
    case serverFailed(TLSError)
    case clientFailed(TLSError)
    case closed
    case stuck
}

/// Alternates non-blocking handshake steps on both ends until both finish or one fails.
/// The socket buffers carry each flight, so no polling is needed; the step bound turns a
/// state-machine bug into a `.stuck` result instead of a hang.
func driveHandshake(server: TLSSession, client: TLSSession) -> HandshakeOutcome {
    var serverDone = false, clientDone = false
    for _ in 0..<64 {
        if !clientDone {
            switch client.handshake() {
            case .complete: clientDone = true
            case .wantRead, .wantWrite: break
            case .closed: return .closed
            case .failed(let error): return .clientFailed(error)
            }
        }
        if !serverDone {
            switch server.handshake() {
            case .complete: serverDone = true
            case .wantRead, .wantWrite: break
            case .closed: return .closed
            case .failed(let error): return .serverFailed(error)
            }
        }
        if serverDone && clientDone { return .bothComplete }
    }
    return .stuck
}

/// Reads whatever `session` can give right now (until it would block or closes).
func readAvailable(_ session: TLSSession, limit: Int = 1 << 20) -> (bytes: [UInt8], last: TLSResult<Int>) {
    var collected: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while collected.count < limit {
        let result = chunk.withUnsafeMutableBytes { session.read(into: $0) }
        guard case .complete(let n) = result else { return (collected, result) }
        collected += chunk[0..<n]
    }
    return (collected, .complete(collected.count))
}

/// Writes as much of `bytes` as `session` accepts now; returns the count accepted.
func writeAvailable(_ session: TLSSession, _ bytes: ArraySlice<UInt8>) -> Int {
    var sent = 0
    while sent < bytes.count {
        let result = bytes.withUnsafeBytes { raw in
            session.write(UnsafeRawBufferPointer(rebasing: raw[sent...]))
        }
        guard case .complete(let n) = result else { break }
        sent += n
    }
    return sent
}

extension TLSContext {
    /// A server context from the shared test certificate.
    static func testServer() throws -> TLSContext {
        let files = TLSTestFiles.shared
        return try TLSContext(server: TLSConfiguration(certificateChainPath: files.certificate, privateKeyPath: files.key))
    }

    /// A client context trusting the shared test certificate.
    static func testClient(
        alpn: [String] = ["http/1.1"], maximumVersion: TLSVersion? = nil, minimumVersion: TLSVersion = .tls1_2
    ) throws -> TLSContext {
        var config = TLSClientConfiguration(trustedCertificatesPath: TLSTestFiles.shared.certificate)
        config.alpnProtocols = alpn
        config.maximumVersion = maximumVersion
        config.minimumVersion = minimumVersion
        return try TLSContext(client: config)
    }
}
