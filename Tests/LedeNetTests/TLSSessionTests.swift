import Glibc
import LedeNet
import Testing

/// `TLSSession` over a socketpair, with a client `TLSSession` on the other end, stepping
/// both non-blocking state machines by hand.
@Suite("TLS session")
struct TLSSessionTests {
    let serverContext: TLSContext
    init() throws {
        serverContext = try TLSContext.testServer()
    }

    private func connect(client clientContext: TLSContext, name: String? = "localhost")
        throws -> (TLSSocketPair, server: TLSSession, client: TLSSession)
    {
        let pair = TLSSocketPair()
        let server = try TLSSession(context: serverContext, fd: pair.server)
        let client = try TLSSession(context: clientContext, fd: pair.client, serverName: name)
        return (pair, server, client)
    }

    @Test("handshake completes in non-blocking steps; TLS 1.3 preferred; ALPN selects http/1.1")
    func handshakeAndALPN() throws {
        let (pair, server, client) = try connect(client: .testClient(alpn: ["h2", "http/1.1"]))
        #expect(!server.isHandshakeComplete)
        // Before the client speaks, the server can only wait for readability.
        guard case .wantRead = server.handshake() else {
            Issue.record("server handshake should wait for the ClientHello")
            return
        }
        let outcome = driveHandshake(server: server, client: client)
        guard case .bothComplete = outcome else {
            Issue.record("handshake did not complete: \(outcome)")
            return
        }
        #expect(server.isHandshakeComplete && client.isHandshakeComplete)
        #expect(server.protocolVersion == "TLSv1.3")
        #expect(server.negotiatedALPN == "http/1.1")
        #expect(client.negotiatedALPN == "http/1.1")
        withExtendedLifetime(pair) {}
    }

    @Test("the client verifies the certificate for 127.0.0.1 (SAN IP address)")
    func verifiesIPAddress() throws {
        let (pair, server, client) = try connect(client: .testClient(), name: "127.0.0.1")
        let outcome = driveHandshake(server: server, client: client)
        guard case .bothComplete = outcome else {
            Issue.record("handshake did not complete: \(outcome)")
            return
        }
        withExtendedLifetime(pair) {}
    }

    @Test("a client that verifies a different host name refuses the certificate")
    func wrongHostRefused() throws {
        let (pair, server, client) = try connect(client: .testClient(), name: "example.org")
        guard case .clientFailed(let error) = driveHandshake(server: server, client: client) else {
            Issue.record("the client should refuse a certificate for another host")
            return
        }
        #expect(error.description.contains("certificate verify failed"))
        withExtendedLifetime(pair) {}
    }

    @Test("a client without ALPN is served; one offering only h2 is refused (RFC 7301 §3.2)")
    func alpnEdges() throws {
        do {
            let (pair, server, client) = try connect(client: .testClient(alpn: []))
            guard case .bothComplete = driveHandshake(server: server, client: client) else {
                Issue.record("a client without ALPN should complete the handshake")
                return
            }
            #expect(server.negotiatedALPN == nil)
            withExtendedLifetime(pair) {}
        }
        do {
            let (pair, server, client) = try connect(client: .testClient(alpn: ["h2"]))
            guard case .serverFailed(let error) = driveHandshake(server: server, client: client) else {
                Issue.record("a client offering only h2 should be refused")
                return
            }
            #expect(error.description.contains("no application protocol") || error.description.contains("callback"))
            withExtendedLifetime(pair) {}
        }
    }

    @Test("TLS 1.2 clients are served with an ECDHE AEAD suite")
    func tls12Served() throws {
        let (pair, server, client) = try connect(client: .testClient(maximumVersion: .tls1_2))
        guard case .bothComplete = driveHandshake(server: server, client: client) else {
            Issue.record("a TLS 1.2 client should be served")
            return
        }
        #expect(server.protocolVersion == "TLSv1.2")
        withExtendedLifetime(pair) {}
    }

    @Test("a TLS 1.1 client is refused by the server")
    func tls11Refused() throws {
        let (pair, server, client) = try connect(
            client: .testClient(maximumVersion: .tls1_1, minimumVersion: .tls1_1))
        guard case .serverFailed(let error) = driveHandshake(server: server, client: client) else {
            Issue.record("the server should refuse TLS 1.1")
            return
        }
        #expect(error.description.contains("unsupported protocol"))
        withExtendedLifetime(pair) {}
    }

    @Test("data round trip both ways, 256 KiB through partial writes")
    func roundTrip() throws {
        let (pair, server, client) = try connect(client: .testClient())
        let outcome = driveHandshake(server: server, client: client)
        guard case .bothComplete = outcome else {
            Issue.record("handshake failed: \(outcome)")
            return
        }
        let request = Array("GET /v1/articles HTTP/1.1\r\nHost: localhost\r\n\r\n".utf8)
        #expect(writeAvailable(client, request[...]) == request.count)
        let (received, _) = readAvailable(server)
        #expect(received == request)

        // Larger than the socket buffers: the writer must stop at .wantWrite, the reader
        // drains, and the writer resumes with the same unsent bytes.
        let payload = (0..<(256 * 1024)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var sent = 0, echoed: [UInt8] = []
        for _ in 0..<10_000 where echoed.count < payload.count {
            sent += writeAvailable(server, payload[sent...])
            echoed += readAvailable(client).bytes
        }
        #expect(sent == payload.count)
        #expect(echoed == payload)
        withExtendedLifetime(pair) {}
    }

    @Test("decrypted bytes held by OpenSSL are reported (epoll cannot see them)")
    func bufferedPlaintext() throws {
        let (pair, server, client) = try connect(client: .testClient())
        let outcome = driveHandshake(server: server, client: client)
        guard case .bothComplete = outcome else {
            Issue.record("handshake failed: \(outcome)")
            return
        }
        let message = [UInt8](repeating: 0x61, count: 1000)
        #expect(writeAvailable(client, message[...]) == message.count)
        var small = [UInt8](repeating: 0, count: 10)
        let first = small.withUnsafeMutableBytes { server.read(into: $0) }
        guard case .complete(10) = first else {
            Issue.record("expected 10 bytes, got \(first)")
            return
        }
        // The whole record was decrypted; 990 bytes wait inside OpenSSL, none in the socket.
        #expect(server.bufferedPlaintextCount == 990)
        var peek: UInt8 = 0
        #expect(recv(pair.server, &peek, 1, Int32(MSG_PEEK)) == -1)
        let rest = readAvailable(server)
        #expect(rest.bytes.count == 990)
        #expect(server.bufferedPlaintextCount == 0)
    }

    @Test("records read ahead from the socket count as buffered input though not yet decrypted")
    func readAhead() throws {
        let (pair, server, client) = try connect(client: .testClient())
        let outcome = driveHandshake(server: server, client: client)
        guard case .bothComplete = outcome else {
            Issue.record("handshake failed: \(outcome)")
            return
        }
        // Two records, both in the socket before the server reads.
        #expect(writeAvailable(client, Array("first".utf8)[...]) == 5)
        #expect(writeAvailable(client, Array("second".utf8)[...]) == 6)
        var buffer = [UInt8](repeating: 0, count: 5)
        let first = buffer.withUnsafeMutableBytes { server.read(into: $0) }
        guard case .complete(5) = first else {
            Issue.record("expected the first record, got \(first)")
            return
        }
        // The second record left the socket with the first (read-ahead): epoll would stay
        // silent, so the session must say so itself.
        var peek: UInt8 = 0
        #expect(recv(pair.server, &peek, 1, Int32(MSG_PEEK)) == -1)
        #expect(server.hasBufferedInput)
        #expect(readAvailable(server).bytes == Array("second".utf8))
        #expect(!server.hasBufferedInput)
    }

    @Test("close_notify and a bare EOF both read as .closed")
    func peerClose() throws {
        do {
            let (pair, server, client) = try connect(client: .testClient())
            guard case .bothComplete = driveHandshake(server: server, client: client) else {
                Issue.record("handshake failed")
                return
            }
            guard case .complete = client.shutdown() else {
                Issue.record("client close_notify failed")
                return
            }
            guard case .closed = readAvailable(server).last else {
                Issue.record("server should see close_notify as .closed")
                return
            }
            #expect({ if case .complete = server.shutdown() { true } else { false } }())
            withExtendedLifetime(pair) {}
        }
        do {
            let (pair, server, client) = try connect(client: .testClient())
            guard case .bothComplete = driveHandshake(server: server, client: client) else {
                Issue.record("handshake failed")
                return
            }
            // Consume the server's TLS 1.3 tickets first: closing a socket with unread data
            // sends a reset, which is a different case (below).
            _ = readAvailable(client)
            pair.closeClient()
            let last = readAvailable(server).last
            guard case .closed = last else {
                Issue.record("an EOF without close_notify should read as .closed, got \(last)")
                return
            }
        }
        do {
            let (pair, server, client) = try connect(client: .testClient())
            guard case .bothComplete = driveHandshake(server: server, client: client) else {
                Issue.record("handshake failed")
                return
            }
            pair.closeClient()  // with the tickets unread: the kernel resets the stream
            let last = readAvailable(server).last
            guard case .failed(.syscall(errno: ECONNRESET)) = last else {
                Issue.record("a reset should read as ECONNRESET, got \(last)")
                return
            }
        }
    }

    @Test("a client that hangs up mid-handshake ends the server handshake")
    func eofDuringHandshake() throws {
        let pair = TLSSocketPair()
        let server = try TLSSession(context: serverContext, fd: pair.server)
        pair.sendFromClient([0x16, 0x03, 0x01, 0x02, 0x00, 0x01])  // a truncated ClientHello
        pair.closeClient()
        let result = server.handshake()
        switch result {
        case .closed, .failed: break
        default: Issue.record("expected .closed or .failed, got \(result)")
        }
    }

    @Test("a 0x16 first byte followed by garbage fails the handshake with a reason")
    func garbageRecord() throws {
        let pair = TLSSocketPair()
        let server = try TLSSession(context: serverContext, fd: pair.server)
        pair.sendFromClient([0x16] + Array(repeating: 0xEE, count: 64))
        guard case .failed(let error) = server.handshake() else {
            Issue.record("garbage after 0x16 should fail the handshake")
            return
        }
        #expect(!error.description.isEmpty)
    }

    @Test("sessions resume on a second connection")
    func resumption() throws {
        let clientContext = try TLSContext.testClient()
        let (pair1, server1, client1) = try connect(client: clientContext)
        guard case .bothComplete = driveHandshake(server: server1, client: client1) else {
            Issue.record("first handshake failed")
            return
        }
        // TLS 1.3 tickets come after the handshake: let the client process them.
        _ = writeAvailable(server1, Array("hi".utf8)[...])
        _ = readAvailable(client1)
        let saved = try #require(client1.resumableSession())
        #expect(!server1.isResumed)
        withExtendedLifetime(pair1) {}

        let (pair2, server2, client2) = try connect(client: clientContext)
        client2.offer(saved)
        guard case .bothComplete = driveHandshake(server: server2, client: client2) else {
            Issue.record("resumed handshake failed")
            return
        }
        #expect(server2.isResumed)
        #expect(client2.isResumed)
        withExtendedLifetime(pair2) {}
    }
}
