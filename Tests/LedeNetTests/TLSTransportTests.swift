import Glibc
import LedeNet
import LedeTestSupport
import Synchronization
import Testing

/// `TLSTransport` as the HTTP connection sees it, over a socketpair with a client
/// `TLSSession` on the other end.
@Suite("TLS transport")
struct TLSTransportTests {
    let factory: TLSTransportFactory
    init() throws {
        let files = TLSTestFiles.shared
        factory = try TLSTransportFactory(
            configuration: TLSConfiguration(certificateChainPath: files.certificate, privateKeyPath: files.key))
    }

    /// A transport owning the pair's server end.
    private func makeTransport(_ pair: TLSSocketPair) throws -> any ConnectionTransport {
        try factory.makeTransport(descriptor: pair.releaseServer())
    }

    /// Steps the transport handshake and a client session until both are established.
    private func establish(_ transport: any ConnectionTransport, _ client: TLSSession) throws -> Bool {
        var serverDone = false, clientDone = false
        for _ in 0..<64 where !(serverDone && clientDone) {
            if !clientDone, case .complete = client.handshake() { clientDone = true }
            if !serverDone {
                switch try transport.handshake() {
                case .processed: serverDone = true
                case .wouldBlock: break
                case .closed: return false
                }
            }
        }
        return serverDone && clientDone && transport.isEstablished
    }

    private func read(_ transport: any ConnectionTransport) throws -> [UInt8] {
        var out: [UInt8] = [], chunk = [UInt8](repeating: 0, count: 512)
        while true {
            let result = try chunk.withUnsafeMutableBytes { try transport.read(into: $0) }
            guard case .processed(let n) = result, n > 0 else { return out }
            out += chunk[0..<n]
        }
    }

    /// Writes `parts` as iovecs from `offset` on; returns the transport's answer.
    private func write(_ transport: any ConnectionTransport, _ parts: [[UInt8]], from offset: Int) throws
        -> TransportResult
    {
        var flat: [UInt8] = parts.flatMap { $0 }
        let result: Result<TransportResult, TransportError> = flat.withUnsafeMutableBytes { raw in
            var vectors: [iovec] = []
            var start = 0
            for part in parts {
                let end = start + part.count
                let from = max(start, offset)
                if from < end { vectors.append(iovec(iov_base: raw.baseAddress! + from, iov_len: end - from)) }
                start = end
            }
            return vectors.withUnsafeBufferPointer { buffer in
                Result { () throws(TransportError) in try transport.write(buffer) }
            }
        }
        return try result.get()
    }

    @Test("plain HTTP on the TLS port gets a 400 and a clean close")
    func plainHTTP() throws {
        let pair = TLSSocketPair()
        let transport = try makeTransport(pair)
        pair.sendFromClient(Array("GET /v1/articles HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
        #expect(try transport.handshake() == .closed)
        transport.close()
        var answer = [UInt8](repeating: 0, count: 1024)
        let n = answer.withUnsafeMutableBytes { recv(pair.client, $0.baseAddress, $0.count, 0) }
        #expect(n > 0)
        #expect(String(decoding: answer[0..<max(n, 0)], as: UTF8.self).hasPrefix("HTTP/1.1 400 Bad Request\r\n"))
        #expect(recv(pair.client, &answer, 1, 0) == 0)  // then EOF, not a reset
        #expect(factory.statistics.nonTLSClients.load(ordering: .relaxed) >= 1)
    }

    @Test("garbage on the TLS port is closed without an answer", arguments: [[UInt8(0)], [0x80, 0x01], Array("\r\n".utf8)])
    func garbage(bytes: [UInt8]) throws {
        let pair = TLSSocketPair()
        let transport = try makeTransport(pair)
        pair.sendFromClient(bytes)
        #expect(try transport.handshake() == .closed)
        transport.close()
        var byte: UInt8 = 0
        #expect(recv(pair.client, &byte, 1, 0) == 0)
    }

    @Test("nothing sent yet: the transport waits for readability")
    func waitsForFirstByte() throws {
        let pair = TLSSocketPair()
        let transport = try makeTransport(pair)
        #expect(try transport.handshake() == .wouldBlock(.readable))
        #expect(!transport.isEstablished)
        transport.close()
    }

    @Test("a failed handshake (TLS 1.1) is reported as a protocol failure")
    func handshakeFailure() throws {
        let pair = TLSSocketPair()
        let transport = try makeTransport(pair)
        let client = try TLSSession(
            context: .testClient(maximumVersion: .tls1_1, minimumVersion: .tls1_1), fd: pair.client)
        _ = client.handshake()
        #expect(throws: TransportError.self) { _ = try transport.handshake() }
        transport.close()
    }

    @Test("head + body iovecs arrive intact; large writes resume after wouldBlock; close sends close_notify")
    func dataPath() throws {
        let pair = TLSSocketPair()
        let transport = try makeTransport(pair)
        let client = try TLSSession(context: .testClient(), fd: pair.client, serverName: "localhost")
        try #require(try establish(transport, client))

        let request = Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8)
        #expect(writeAvailable(client, request[...]) == request.count)
        #expect(try read(transport) == request)
        #expect(!transport.hasBufferedInput)

        let head = Array("HTTP/1.1 200 OK\r\nContent-Length: 300000\r\n\r\n".utf8)
        let body = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let small = Array("tail".utf8)
        let parts = [head, body, small]
        let total = parts.reduce(0) { $0 + $1.count }
        var offset = 0, received: [UInt8] = []
        for _ in 0..<10_000 where received.count < total {
            switch try write(transport, parts, from: offset) {
            case .processed(let n): offset += n
            case .wouldBlock: break
            case .closed: Issue.record("unexpected close")
            }
            received += readAvailable(client).bytes
        }
        #expect(offset == total)
        #expect(received == parts.flatMap { $0 })

        transport.close()
        guard case .closed = readAvailable(client).last else {
            Issue.record("the client should see close_notify")
            return
        }
    }

    @Test("shutdownOutput sends close_notify and still reads what the client sends (lingering close)")
    func lingering() throws {
        let pair = TLSSocketPair()
        let transport = try makeTransport(pair)
        let client = try TLSSession(context: .testClient(), fd: pair.client)
        try #require(try establish(transport, client))
        transport.shutdownOutput()
        guard case .closed = readAvailable(client).last else {
            Issue.record("the client should see close_notify")
            return
        }
        let late = Array("GET /late HTTP/1.1\r\n\r\n".utf8)
        #expect(writeAvailable(client, late[...]) == late.count)
        #expect(try read(transport) == late)
        _ = client.shutdown()
        var byte: UInt8 = 0
        let last = try withUnsafeMutableBytes(of: &byte) { try transport.read(into: $0) }
        #expect(last == .closed)
        transport.close()
    }

    @Test("buffered plaintext is reported so the connection keeps reading")
    func bufferedInput() throws {
        let pair = TLSSocketPair()
        let transport = try makeTransport(pair)
        let client = try TLSSession(context: .testClient(), fd: pair.client)
        try #require(try establish(transport, client))
        let message = [UInt8](repeating: 0x62, count: 3000)
        #expect(writeAvailable(client, message[...]) == message.count)
        var small = [UInt8](repeating: 0, count: 100)
        let first = try small.withUnsafeMutableBytes { try transport.read(into: $0) }
        #expect(first == .processed(100))
        #expect(transport.hasBufferedInput)
        #expect(try read(transport).count == 2900)
        #expect(!transport.hasBufferedInput)
        transport.close()
    }

    @Test("reload swaps the context for new connections, keeps live ones, refuses a bad certificate")
    func reload() throws {
        let files = TLSTestFiles.shared
        let pair = TLSSocketPair()
        let live = try makeTransport(pair)
        let client = try TLSSession(context: .testClient(), fd: pair.client)
        try #require(try establish(live, client))
        let before = factory.context

        var bad = TLSConfiguration(certificateChainPath: files.certificate, privateKeyPath: files.otherKey)
        guard case .failure(.keyMismatch) = factory.reload(bad) else {
            Issue.record("a mismatched key must be refused")
            return
        }
        #expect(factory.context === before)
        bad.privateKeyPath = files.directory + "/missing.pem"
        guard case .failure = factory.reload(bad) else {
            Issue.record("a missing key must be refused")
            return
        }
        #expect(factory.context === before)

        let good = TLSConfiguration(certificateChainPath: files.secondCertificate, privateKeyPath: files.secondKey)
        guard case .success(let fresh) = factory.reload(good) else {
            Issue.record("a good certificate must be accepted")
            return
        }
        #expect(factory.context === fresh && fresh !== before)
        #expect(factory.statistics.reloadsRefused.load(ordering: .relaxed) == 2)
        #expect(factory.statistics.reloadsApplied.load(ordering: .relaxed) == 1)

        // The live connection still works on the old context.
        let ping = Array("ping".utf8)
        #expect(writeAvailable(client, ping[...]) == ping.count)
        #expect(try read(live) == ping)
        live.close()
    }
}
