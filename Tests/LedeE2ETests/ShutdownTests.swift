import Glibc
import LedeHTTP
import LedeNet
import Testing

/// Timeouts and graceful shutdown, server in-process.
@Suite(.serialized)
struct ShutdownTests {
    /// A client trickling its head one byte at a time is answered 408 and closed once the
    /// header timeout passes; trickling does not extend it.
    @Test func slowlorisClosedAtHeaderTimeout() throws {
        let server = try TestServer { $0.headerTimeoutMilliseconds = 1_000 }
        defer { server.shutdown() }
        let client = try server.client(timeoutSeconds: 30)
        var closed = false
        for byte in Array("GET / HTTP/1.1\r\nHost: a\r\nX-Slow: ".utf8) + Array(repeating: UInt8(ascii: "z"), count: 400) {
            do { try client.send([byte]) } catch { closed = true; break }
            usleep(50_000)
            if server.server.openConnections == 0 { closed = true; break }
        }
        #expect(closed)
        let rest = String(decoding: try client.readToEnd(), as: UTF8.self)
        #expect(rest.isEmpty || rest.hasPrefix("HTTP/1.1 408"))
    }

    @Test func idleKeepAliveConnectionClosedAtIdleTimeout() throws {
        let server = try TestServer { $0.idleTimeoutMilliseconds = 500 }
        defer { server.shutdown() }
        let client = try server.client(timeoutSeconds: 30)
        try client.send(get("/once"))
        #expect(try client.readResponse().status == 200)
        #expect(try client.readToEnd().isEmpty)
    }

    /// The idle timeout counts from the last request, not from the first: a connection kept
    /// busy for longer than the timeout stays open.
    @Test func activeConnectionOutlivesIdleTimeout() throws {
        let server = try TestServer { $0.idleTimeoutMilliseconds = 3_000 }
        defer { server.shutdown() }
        let client = try server.client()
        for index in 0..<45 {
            try client.send(get("/busy/\(index)"))
            #expect(try client.readResponse().bodyText == "v1 GET /busy/\(index)")
            usleep(100_000)
        }
    }

    /// A body that stops arriving is answered 408 and the connection closed.
    @Test func stalledBodyClosedAtBodyTimeout() throws {
        let server = try TestServer { $0.bodyTimeoutMilliseconds = 500 }
        defer { server.shutdown() }
        let client = try server.client(timeoutSeconds: 30)
        try client.send("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n12")
        let response = try client.readResponse()
        #expect(response.status == 408)
        #expect(response.header("Content-Type") == "application/problem+json")
        #expect(try client.readToEnd().isEmpty)
    }

    /// A client that stops reading a large response is dropped at the write timeout.
    @Test func clientThatNeverReadsIsDroppedAtWriteTimeout() throws {
        let server = try TestServer { $0.writeTimeoutMilliseconds = 500 }
        defer { server.shutdown() }
        let client = try RawClient(port: server.port, timeoutSeconds: 30, receiveBufferBytes: 4096)
        try client.send(get("/big"))
        #expect(TestServer.eventually { server.server.openConnections == 1 })
        #expect(TestServer.eventually { server.server.openConnections == 0 })
        let received = try client.readToEnd()
        #expect(received.count < TestResponder.bigBody.count)
    }

    /// Shutdown with work in flight: a 10 MB response being read slowly completes, a request
    /// whose head is half sent is finished and answered with `Connection: close`, an idle
    /// keep-alive connection is closed, new connections are refused, and the loops exit.
    @Test func gracefulShutdownFinishesInFlightRequests() throws {
        let server = try TestServer { $0.drainTimeoutMilliseconds = 30_000 }
        let idle = try server.client()
        try idle.send(get("/idle"))
        #expect(try idle.readResponse().status == 200)
        let partial = try server.client()
        try partial.send("GET /partial HTTP/1.1\r\nHo")
        let big = try server.client(timeoutSeconds: 60)
        try big.send(get("/big"))
        #expect(TestServer.eventually { server.server.openConnections == 3 })

        server.server.beginShutdown()
        #expect(try idle.readToEnd().isEmpty)
        #expect(TestServer.eventually { (try? RawClient(port: server.port)) == nil })

        try partial.send("st: a\r\n\r\n")
        let answered = try partial.readResponse()
        #expect(answered.bodyText == "v1 GET /partial")
        #expect(answered.header("Connection")?.lowercased() == "close")
        #expect(try partial.readToEnd().isEmpty)

        let response = try big.readResponse()
        #expect(response.body == TestResponder.bigBody)
        server.server.waitUntilStopped()
        #expect(server.server.openConnections == 0)
    }

    @Test func drainDeadlineEndsStuckConnections() throws {
        let server = try TestServer { $0.drainTimeoutMilliseconds = 300 }
        let stuck = try server.client(timeoutSeconds: 30)
        try stuck.send("GET /stuck HTTP/1.1\r\nHost: a\r\n")
        #expect(TestServer.eventually { server.server.openConnections == 1 })
        server.shutdown()
        #expect(server.server.openConnections == 0)
        #expect(try stuck.readToEnd().isEmpty)
    }
}
