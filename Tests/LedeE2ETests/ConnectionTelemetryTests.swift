import Glibc
import LedeHTTP
import LedeNet
import LedeTelemetry
import Synchronization
import Testing

/// The connection layer's telemetry hook in process: exact traffic counters, the gauges
/// returning to zero, request ids and access records, also for requests the parser refuses.
@Suite(.serialized)
struct ConnectionTelemetryTests {
    private final class Lines: Sendable {
        let bytes = Mutex<[UInt8]>([])
        var text: String { bytes.withLock { String(decoding: $0, as: UTF8.self) } }
    }

    private func server(_ metrics: ServerMetrics, _ lines: Lines) throws -> TestServer {
        let sink = LogSink(flushThreshold: 1) { out in lines.bytes.withLock { $0 += out } }
        let settings = LiveLogSettings()
        return try TestServer { configuration in
            configuration.workers = 1
            configuration.telemetry = ServerTelemetry(metrics: metrics) {
                AccessObserver(sink: sink, settings: settings, metrics: metrics)
            }
        }
    }

    @Test func countersAreExactAndGaugesReturnToZero() throws {
        let metrics = ServerMetrics(version: "test", processSampler: { nil })
        let lines = Lines()
        let server = try server(metrics, lines)
        defer { server.shutdown() }
        let requests = [get("/a"), get("/b"), "GET /c HTTP/1.1\r\nHost: t\r\nX-Request-Id: given.id:1\r\n\r\n"]
        var received = 0
        do {
            let client = try server.client()
            for text in requests {
                try client.send(text)
                let response = try client.readResponse()
                #expect(response.status == 200)
                received += response.body.count
                let id = try #require(response.header("X-Request-Id"))
                #expect(RequestID.isWellFormed(id))
                if text.contains("given.id:1") { #expect(id == "given.id:1") }
            }
            #expect(metrics.openConnections.value == 1)
        }
        // The client is closed (deinit); the loop notices and the gauge returns to zero.
        #expect(TestServer.eventually { metrics.openConnections.value == 0 })
        #expect(metrics.acceptedConnections.value == 1)
        #expect(metrics.activeRequests.value == 0)
        #expect(metrics.bytesReceived.value == requests.reduce(0) { $0 + $1.utf8.count })
        #expect(metrics.bytesSent.value > received)
        #expect(TestServer.eventually { lines.text.split(separator: "\n").count == 3 })
        #expect(lines.text.contains(#""http.request.id":"given.id:1""#))
    }

    @Test func refusedRequestsAreLoggedAndCarryARequestId() throws {
        let metrics = ServerMetrics(version: "test", processSampler: { nil })
        let lines = Lines()
        let server = try server(metrics, lines)
        defer { server.shutdown() }
        let client = try server.client()
        try client.send("GET /x HTTP/9.9\r\nHost: t\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 505)
        #expect(response.header("X-Request-Id").map(RequestID.isWellFormed) == true)
        #expect(TestServer.eventually { lines.text.contains(#""http.response.status_code":505"#) })
        #expect(lines.text.contains(#""http.request.method":"_OTHER""#))
        #expect(TestServer.eventually { metrics.activeRequests.value == 0 && metrics.openConnections.value == 0 })
        let rendered = String(decoding: metrics.render(), as: UTF8.self)
        #expect(rendered.contains(#"http_request_method="_OTHER",http_route="unmatched",http_response_status_code="505"} 1"#))
    }
}
