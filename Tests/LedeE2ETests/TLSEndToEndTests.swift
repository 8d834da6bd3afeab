import Foundation
import Glibc
import LedeNet
import LedeTestSupport
import Synchronization
import Testing

/// HTTPS end to end: a real `TLSServer` (HTTPS-only loops, `TLSTransport` under every
/// connection) on 127.0.0.1:0, driven by curl, `openssl s_client` and a Swift client.
/// Every wait is bounded; no test asserts a duration.
@Suite(.serialized)
struct TLSEndToEndTests {
    let files = TLSTestFiles.shared

    @Test func httpsGetWithCurlVerifiesTheCertificateAndNegotiatesHTTP11() throws {
        let server = try TestTLSServer()
        defer { server.shutdown() }
        let result = try runTool("/usr/bin/curl", [
            "-sS", "-v", "--max-time", "20", "--cacert", files.certificate,
            "-w", "\n%{http_code} %{ssl_verify_result} %{http_version}",
            "https://localhost:\(server.port)/hello",
        ])
        #expect(result.status == 0, "\(result.errorText)")
        #expect(result.output.contains("v1 GET /hello"))
        #expect(result.output.hasSuffix("200 0 1.1"))
        #expect(result.errorText.contains("ALPN: server accepted http/1.1"))
        #expect(result.errorText.contains("TLSv1.3"))
    }

    @Test func curlReusesOneTLSConnectionForSeveralRequests() throws {
        let server = try TestTLSServer()
        defer { server.shutdown() }
        let urls = (1...3).map { "https://127.0.0.1:\(server.port)/n\($0)" }
        let result = try runTool(
            "/usr/bin/curl", ["-sS", "-v", "--max-time", "20", "--cacert", files.certificate] + urls)
        #expect(result.status == 0, "\(result.errorText)")
        #expect(result.output == "v1 GET /n1v1 GET /n2v1 GET /n3")
        #expect(result.errorText.components(separatedBy: "Re-using existing connection").count == 3)
        #expect(server.tls.statistics.handshakesCompleted.load(ordering: .relaxed) == 1)
    }

    @Test func keepAliveAndPipeliningOverTLS() throws {
        let server = try TestTLSServer()
        defer { server.shutdown() }
        let client = try server.client()
        for index in 0..<50 {
            try client.send(get("/k\(index)"))
            let response = try client.readResponse()
            #expect(response.status == 200 && response.bodyText == "v1 GET /k\(index)")
        }
        // Twenty requests in one write (several TLS records' worth), answered in order.
        try client.send((0..<19).map { get("/p\($0)") }.joined() + get("/p19", close: true))
        for index in 0..<20 {
            let response = try client.readResponse()
            #expect(response.bodyText == "v1 GET /p\(index)")
        }
        #expect(client.serverCloses())
    }

    @Test func pipeliningWithOpenSSLSClient() throws {
        let server = try TestTLSServer()
        defer { server.shutdown() }
        let input = get("/a") + get("/b") + get("/c", close: true)
        let result = try runTool("/usr/bin/openssl", [
            "s_client", "-connect", "127.0.0.1:\(server.port)", "-servername", "localhost",
            "-CAfile", files.certificate, "-verify_return_error", "-alpn", "http/1.1", "-quiet",
        ], input: input)
        #expect(result.status == 0, "\(result.errorText)")
        let bodies = ["v1 GET /a", "v1 GET /b", "v1 GET /c"]
        let positions = bodies.compactMap { result.output.range(of: $0)?.lowerBound }
        #expect(positions.count == 3 && positions == positions.sorted(), "\(result.output)")
    }

    @Test func largeResponseOverTLS() throws {
        let server = try TestTLSServer()
        defer { server.shutdown() }
        let client = try server.client()
        try client.send(get("/big"))
        let response = try client.readResponse()
        #expect(response.body.count == TestResponder.bigBody.count)
        #expect(response.body == TestResponder.bigBody)
    }

    @Test func tls11IsRefused() throws {
        let server = try TestTLSServer()
        defer { server.shutdown() }
        // The Swift client really offers TLS 1.1 (security level 0), so the refusal is the
        // server's: it answers with a protocol_version alert.
        do {
            _ = try server.client(maximumVersion: .tls1_1)
            Issue.record("a TLS 1.1 handshake must fail")
        } catch {
            #expect("\(error)".contains("protocol version"), "\(error)")
        }
        let curl = try runTool("/usr/bin/curl", [
            "-sS", "--max-time", "20", "--tls-max", "1.1", "--tlsv1.1", "--ciphers", "DEFAULT:@SECLEVEL=0",
            "--cacert", files.certificate, "https://localhost:\(server.port)/",
        ])
        #expect(curl.status != 0)
        #expect(server.tls.statistics.handshakesFailed.load(ordering: .relaxed) >= 1)
        // And the server still serves modern clients.
        let client = try server.client()
        try client.send(get("/after"))
        #expect(try client.readResponse().status == 200)
    }

    @Test func plainHTTPOnTheTLSPortGetsA400ThenClose() throws {
        let server = try TestTLSServer()
        defer { server.shutdown() }
        let plain = try RawClient(port: server.port)
        try plain.send(get("/x"))
        let response = try plain.readResponse()
        #expect(response.status == 400)
        #expect(response.header("Content-Type") == "application/problem+json")
        #expect(response.bodyText.contains("HTTPS port"))
        #expect(try plain.readToEnd().isEmpty)

        let curl = try runTool("/usr/bin/curl", ["-sS", "--max-time", "20", "http://127.0.0.1:\(server.port)/x"])
        #expect(curl.output.contains("\"status\":400"), "\(curl.errorText)")
    }

    @Test(arguments: [[UInt8(0), 1, 2, 3], Array("\r\n\r\n".utf8), [UInt8](repeating: 0xFF, count: 5000)])
    func garbageOnTheTLSPortIsClosedCleanly(bytes: [UInt8]) throws {
        let server = try TestTLSServer()
        defer { server.shutdown() }
        let raw = try RawClient(port: server.port)
        try raw.send(bytes)
        #expect(try raw.readToEnd().isEmpty)
        // A 0x16 record header followed by garbage fails the handshake, never the server.
        let fake = try RawClient(port: server.port)
        try fake.send([0x16, 0x03, 0x01, 0x00, 0x10] + [UInt8](repeating: 0xAB, count: 16))
        _ = try? fake.readToEnd()  // an alert or nothing, then the close
        let client = try server.client()
        try client.send(get("/still"))
        #expect(try client.readResponse().bodyText == "v1 GET /still")
    }

    @Test func hundredConcurrentTLSConnections() throws {
        let server = try TestTLSServer()
        defer { server.shutdown() }
        // curl opens 100 connections at once (100 handshakes in flight together).
        let result = try runTool("/usr/bin/curl", [
            "-sS", "--max-time", "60", "--cacert", files.certificate, "--parallel", "--parallel-immediate",
            "--parallel-max", "100", "-w", "%{http_code}\n", "-o", "/dev/null",
            "https://localhost:\(server.port)/c[1-100]",
        ], timeoutSeconds: 90)
        #expect(result.status == 0, "\(result.errorText)")
        let codes = result.output.split(separator: "\n")
        #expect(codes.count == 100 && codes.allSatisfy { $0 == "200" }, "\(result.output)")

        // And 100 Swift clients held open at the same time, each answered.
        let clients = try (0..<100).map { _ in try server.client() }
        for (index, client) in clients.enumerated() { try client.send(get("/open\(index)")) }
        for (index, client) in clients.enumerated() {
            #expect(try client.readResponse().bodyText == "v1 GET /open\(index)")
        }
        #expect(server.tls.statistics.handshakesCompleted.load(ordering: .relaxed) >= 200)
    }

    @Test func stalledHandshakeIsClosedAtTheTimeoutWhileOthersAreServed() throws {
        // The timeout bounds the well-behaved client's handshake and request too: at 500 ms a
        // loaded CI machine (two cores, parallel builds) closed it mid-handshake ("unexpected eof").
        let server = try TestTLSServer { $0.headerTimeoutMilliseconds = 2_000 }
        defer { server.shutdown() }
        // A record header promising 200 bytes of ClientHello, then nothing.
        let stalled = try RawClient(port: server.port)
        try stalled.send([0x16, 0x03, 0x01, 0x00, 0xC8, 0x01])
        let silent = try RawClient(port: server.port)  // connects, never sends a byte

        let client = try server.client()
        try client.send(get("/meanwhile"))
        #expect(try client.readResponse().bodyText == "v1 GET /meanwhile")

        // Bounded by the client's 20 s receive timeout: readToEnd throws if never closed.
        #expect(try stalled.readToEnd().isEmpty)
        #expect(try silent.readToEnd().isEmpty)
        #expect(server.tls.statistics.handshakesAbandoned.load(ordering: .relaxed) >= 2)
    }

    @Test func reloadSwapsTheCertificateForNewConnectionsAndKeepsLiveOnes() throws {
        // The server reads its certificate from paths we can overwrite.
        let directory = files.directory + "/reload-\(UInt32.random(in: 0 ... .max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let certificate = directory + "/cert.pem", key = directory + "/key.pem"
        try FileManager.default.copyItem(atPath: files.certificate, toPath: certificate)
        try FileManager.default.copyItem(atPath: files.key, toPath: key)
        let server = try TestTLSServer(
            configuration: TLSConfiguration(certificateChainPath: certificate, privateKeyPath: key))
        defer { server.shutdown() }

        let live = try server.client()
        try live.send(get("/before"))
        #expect(try live.readResponse().status == 200)

        try replace(certificate, with: files.secondCertificate)
        try replace(key, with: files.secondKey)
        #expect(server.tls.reloadTLS())
        let fresh = try server.client(trusting: files.secondCertificate)
        try fresh.send(get("/new"))
        #expect(try fresh.readResponse().bodyText == "v1 GET /new")
        #expect(throws: (any Error).self) { _ = try server.client(trusting: files.certificate) }
        try live.send(get("/still-open"))
        #expect(try live.readResponse().bodyText == "v1 GET /still-open")

        // A broken certificate is refused; the second one keeps serving.
        try Data("garbage\n".utf8).write(to: URL(fileURLWithPath: certificate))
        #expect(!server.tls.reloadTLS())
        let after = try server.client(trusting: files.secondCertificate)
        try after.send(get("/after-bad"))
        #expect(try after.readResponse().status == 200)
    }

    private func replace(_ path: String, with source: String) throws {
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.copyItem(atPath: source, toPath: path)
    }
}
