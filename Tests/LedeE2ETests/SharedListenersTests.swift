import Glibc
import LedeNet
import LedeTestSupport
import Logging
import Testing

/// One `HTTPServer` with a plain and a TLS listener: the same loops accept on both, so the
/// connection limit, the responder swap and the drain are shared.
@Suite(.serialized)
struct SharedListenersTests {
    /// A server on 127.0.0.1 with plain HTTP on `ports[0]` and HTTPS on `ports[1]`.
    static func server(
        strategy: AcceptStrategy = .reusePort, configure: (inout ServerConfiguration) -> Void = { _ in }
    ) throws -> HTTPServer {
        let files = TLSTestFiles.shared
        var configuration = ServerConfiguration()
        configuration.host = "127.0.0.1"
        configuration.port = 0
        configuration.workers = 2
        configuration.acceptStrategy = strategy
        let factory = try TLSTransportFactory(
            configuration: TLSConfiguration(certificateChainPath: files.certificate, privateKeyPath: files.key))
        configuration.additionalListeners = [ListenerSettings(port: 0, transportFactory: factory)]
        configure(&configuration)
        var logger = Logger(label: "test-shared")
        logger.logLevel = .critical
        let server = try HTTPServer(configuration: configuration, responder: TestResponder(), logger: logger)
        try server.start()
        return server
    }

    @Test(arguments: [AcceptStrategy.reusePort, .sharedListener])
    func bothPortsServedByTheSameLoops(_ strategy: AcceptStrategy) throws {
        let server = try Self.server(strategy: strategy)
        defer { server.shutdown() }
        #expect(server.workerCount == 2)  // not two per listener
        #expect(server.ports.count == 2 && server.ports[0] != server.ports[1])
        for index in 0..<6 {
            let plain = try RawClient(port: server.ports[0])
            try plain.send(get("/plain/\(index)"))
            #expect(try plain.readResponse().bodyText == "v1 GET /plain/\(index)")
            let secure = try TLSClient(port: server.ports[1], trusting: TLSTestFiles.shared.certificate)
            try secure.send(get("/tls/\(index)"))
            #expect(try secure.readResponse().bodyText == "v1 GET /tls/\(index)")
        }
    }

    /// `maxConnections` counts both ports together: with one plain and one TLS connection
    /// open and a limit of 2, a third on either port is refused.
    @Test func connectionLimitCountsBothPorts() throws {
        let server = try Self.server { $0.maxConnections = 2 }
        defer { server.shutdown() }
        let plain = try RawClient(port: server.ports[0])
        try plain.send(get("/a"))
        #expect(try plain.readResponse().status == 200)
        let secure = try TLSClient(port: server.ports[1], trusting: TLSTestFiles.shared.certificate)
        try secure.send(get("/b"))
        #expect(try secure.readResponse().status == 200)
        #expect(server.openConnections == 2)

        let refusedPlain = try RawClient(port: server.ports[0])
        #expect(try refusedPlain.readResponse().status == 503)
        // A refused TLS connection is closed before its handshake completes.
        #expect(throws: (any Error).self) {
            let refused = try TLSClient(port: server.ports[1], trusting: TLSTestFiles.shared.certificate)
            try refused.send(get("/c"))
            _ = try refused.readResponse()
        }
        #expect(TestServer.eventually { server.refusedConnections == 2 })
    }

    /// One `replaceResponder` reaches open connections on both ports; one drain closes
    /// both listeners and ends every loop.
    @Test func responderSwapAndDrainCoverBothPorts() throws {
        let server = try Self.server()
        let plain = try RawClient(port: server.ports[0])
        try plain.send(get("/r"))
        #expect(try plain.readResponse().bodyText == "v1 GET /r")
        let secure = try TLSClient(port: server.ports[1], trusting: TLSTestFiles.shared.certificate)
        try secure.send(get("/r"))
        #expect(try secure.readResponse().bodyText == "v1 GET /r")

        server.replaceResponder(TestResponder(tag: "v2"))
        #expect(TestServer.eventually {
            (try? plain.send(get("/r"))) != nil && (try? plain.readResponse().bodyText) == "v2 GET /r"
        })
        #expect(TestServer.eventually {
            (try? secure.send(get("/r"))) != nil && (try? secure.readResponse().bodyText) == "v2 GET /r"
        })

        server.beginShutdown()
        #expect(try plain.readToEnd().isEmpty)  // idle keep-alive: closed by the drain
        #expect(secure.serverCloses())
        server.waitUntilStopped()
        #expect(server.openConnections == 0)
        #expect(Self.nobodyAnswersAsV2(port: server.ports[0]))
        #expect(Self.nobodyAnswersAsV2(port: server.ports[1]))
    }

    /// Whether this server is gone from `port`. A refused connection says so; but tests run in
    /// parallel, and another test's server may already have been given the freed port, so a
    /// connection that succeeds only fails the check if it is answered by this server.
    static func nobodyAnswersAsV2(port: Int) -> Bool {
        guard let client = try? RawClient(port: port) else { return true }
        guard (try? client.send(get("/r"))) != nil, let response = try? client.readResponse() else { return true }
        return response.bodyText != "v2 GET /r"
    }
}
