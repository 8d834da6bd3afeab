import Glibc
import LedeHTTP
import LedeNet
import Testing

/// The connection state machine over real loopback sockets, server in-process.
@Suite(.serialized)
struct ConnectionTests {
    @Test func hundredRequestsOnOneKeepAliveConnection() throws {
        let server = try TestServer()
        defer { server.shutdown() }
        let client = try server.client()
        for index in 0..<100 {
            try client.send(get("/n/\(index)"))
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.bodyText == "v1 GET /n/\(index)")
            #expect(response.header("Connection") == nil)
            #expect(response.header("Date")?.hasSuffix(" GMT") == true)
        }
    }

    @Test func twentyPipelinedRequestsAnsweredInOrder() throws {
        let server = try TestServer()
        defer { server.shutdown() }
        let client = try server.client()
        try client.send((0..<20).map { get("/p/\($0)") }.joined())
        for index in 0..<20 {
            let response = try client.readResponse()
            #expect(response.bodyText == "v1 GET /p/\(index)")
        }
    }

    @Test func requestWrittenOneByteAtATime() throws {
        let server = try TestServer()
        defer { server.shutdown() }
        let client = try server.client()
        let request = Array("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 11\r\n\r\nhello world".utf8)
        for byte in request { try client.send([byte]) }
        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(response.bodyText == "hello world")
    }

    @Test func headHasHeadersButNoBody() throws {
        let server = try TestServer()
        defer { server.shutdown() }
        let client = try server.client()
        try client.send("HEAD /h HTTP/1.1\r\nHost: test\r\n\r\n")
        let head = try client.readResponse(bodyExpected: false)
        #expect(head.status == 200)
        #expect(head.header("Content-Length") == String("v1 GET /h".utf8.count) || head.header("Content-Length") == String("v1 HEAD /h".utf8.count))
        // If any body bytes had been sent, they would be read as the next status line.
        try client.send(get("/after"))
        let next = try client.readResponse()
        #expect(next.bodyText == "v1 GET /after")
    }

    @Test func expectContinueGetsInterimResponseThenFinal() throws {
        let server = try TestServer()
        defer { server.shutdown() }
        let client = try server.client()
        try client.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n")
        let interim = try client.readResponse()
        #expect(interim.status == 100)
        try client.send("12345")
        let final = try client.readResponse()
        #expect(final.status == 200)
        #expect(final.bodyText == "12345")
    }

    @Test func connectionCloseIsHonoured() throws {
        let server = try TestServer()
        defer { server.shutdown() }
        let client = try server.client()
        try client.send(get("/bye", close: true))
        let response = try client.readResponse()
        #expect(response.header("Connection")?.lowercased() == "close")
        #expect(try client.readToEnd().isEmpty)
    }

    @Test func http10ClosesByDefault() throws {
        let server = try TestServer()
        defer { server.shutdown() }
        let client = try server.client()
        try client.send("GET /old HTTP/1.0\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(try client.readToEnd().isEmpty)
    }

    @Test func halfClosedClientStillGetsItsAnswers() throws {
        let server = try TestServer()
        defer { server.shutdown() }
        let client = try server.client()
        try client.send(get("/a") + get("/b"))
        client.shutdownWrite()
        #expect(try client.readResponse().bodyText == "v1 GET /a")
        #expect(try client.readResponse().bodyText == "v1 GET /b")
        #expect(try client.readToEnd().isEmpty)
    }

    /// A client pipelines five 10 MB requests and reads nothing: others are still served,
    /// and when it finally reads, every byte of every response arrives in order.
    @Test func slowReaderDoesNotBlockOthersAndLosesNothing() throws {
        let server = try TestServer { $0.workers = 1 }
        defer { server.shutdown() }
        let slow = try server.client(timeoutSeconds: 60)
        try slow.send((0..<5).map { _ in get("/big") }.joined())
        for index in 0..<20 {
            let other = try server.client()
            try other.send(get("/other/\(index)"))
            #expect(try other.readResponse().bodyText == "v1 GET /other/\(index)")
        }
        for _ in 0..<5 {
            let response = try slow.readResponse()
            #expect(response.body.count == TestResponder.bigBody.count)
            #expect(response.body == TestResponder.bigBody)
        }
    }

    /// Backpressure with a client that reads at once: requests held back while the bound is
    /// exceeded must be answered when the backlog drains, even though no new bytes arrive.
    @Test(arguments: [100, 64 * 1024])
    func pipelinedResponsesOverTheBoundWithPromptReader(maxPending: Int) throws {
        let server = try TestServer { $0.maxPendingWriteBytes = maxPending }
        defer { server.shutdown() }
        let client = try server.client(timeoutSeconds: 60)
        let paths = (0..<12).map { $0 % 3 == 2 ? "/big" : "/small/\($0)" }
        try client.send(paths.map { get($0) }.joined())
        for path in paths {
            let response = try client.readResponse()
            if path == "/big" {
                #expect(response.body.count == TestResponder.bigBody.count)
            } else {
                #expect(response.bodyText == "v1 GET \(path)")
            }
        }
    }

    @Test func thousandConcurrentConnections() throws {
        let server = try TestServer()
        defer { server.shutdown() }
        var clients: [RawClient] = []
        for _ in 0..<1000 { clients.append(try server.client()) }
        #expect(TestServer.eventually { server.server.openConnections == 1000 })
        for (index, client) in clients.enumerated() { try client.send(get("/c/\(index)")) }
        for (index, client) in clients.enumerated() {
            #expect(try client.readResponse().bodyText == "v1 GET /c/\(index)")
        }
    }

    /// Past the limit a connection gets a 503 problem and is closed; the others keep working
    /// and a slot frees when one closes.
    @Test func connectionLimitRefusesWith503() throws {
        let server = try TestServer { $0.maxConnections = 3 }
        defer { server.shutdown() }
        var clients = try (0..<3).map { _ in try server.client() }
        #expect(TestServer.eventually { server.server.openConnections == 3 })
        let refused = try server.client()
        let response = try refused.readResponse()
        #expect(response.status == 503)
        #expect(response.header("Content-Type") == "application/problem+json")
        #expect(try refused.readToEnd().isEmpty)
        #expect(server.server.refusedConnections == 1)
        for client in clients {
            try client.send(get("/still"))
            #expect(try client.readResponse().status == 200)
        }
        clients.removeLast()
        #expect(TestServer.eventually { server.server.openConnections == 2 })
        let admitted = try server.client()
        try admitted.send(get("/again"))
        #expect(try admitted.readResponse().bodyText == "v1 GET /again")
    }

    @Test func replaceResponderReachesEveryLoop() throws {
        let server = try TestServer()
        defer { server.shutdown() }
        let before = try server.client()
        try before.send(get("/r"))
        #expect(try before.readResponse().bodyText == "v1 GET /r")
        server.server.replaceResponder(TestResponder(tag: "v2"))
        // Each new connection may land on either loop; all must see the new responder.
        #expect(TestServer.eventually {
            (0..<8).allSatisfy { _ in
                guard let client = try? server.client() else { return false }
                try? client.send(get("/r"))
                return (try? client.readResponse().bodyText) == "v2 GET /r"
            }
        })
    }

    @Test(arguments: [AcceptStrategy.reusePort, .sharedListener])
    func bothAcceptStrategiesServe(_ strategy: AcceptStrategy) throws {
        let server = try TestServer { $0.acceptStrategy = strategy }
        defer { server.shutdown() }
        for index in 0..<20 {
            let client = try server.client()
            try client.send(get("/s/\(index)"))
            #expect(try client.readResponse().bodyText == "v1 GET /s/\(index)")
        }
    }
}
