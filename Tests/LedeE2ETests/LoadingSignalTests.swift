import Glibc
import Testing

/// Signals that arrive while `lede serve` is still loading its corpus: they are read from
/// the moment the listeners open, not once the store is loaded.
@Suite(.serialized)
struct LoadingSignalTests {
    /// Enough articles that a debug build takes seconds to load them (each is extracted).
    static let articles = 3_000

    /// A temporary corpus of `articles` small text articles with a few entities each.
    static func largeCorpus() throws -> String {
        let directory = "/tmp/lede-e2e-loading-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard mkdir(directory, 0o700) == 0 else { throw ClientError(description: "mkdir \(directory)") }
        do {
            for index in 0..<articles {
                try APIEndToEndTests.write(directory + "/story-\(index).txt", """
                    title: Story \(index) from Lansing
                    published: 2024-05-\(10 + index % 18)
                    ---
                    \(String(repeating: """
                    LANSING, Mich. – Governor Gretchen Whitmer met Detroit police officials on March \(1 + index % 28), 2024 \
                    to discuss the Michigan Department of Transportation budget. The Senate votes on the road funding \
                    policy next week, according to the Associated Press. Story number \(index).

                    """, count: 4))
                    """)
            }
        } catch {
            APIEndToEndTests.remove(directory)
            throw error
        }
        return directory
    }

    /// Starts lede on the large corpus and returns it once it listens and answers
    /// `/readyz` with 503 "loading", with a connection whose request head is half sent
    /// (so a drain has something in flight to wait for).
    static func startLoading(
        corpus: String, extra: [String] = []
    ) throws -> (lede: LedeProcess, port: Int, idle: RawClient, inFlight: RawClient) {
        let lede = try LedeProcess(arguments: ["serve", "--port", "0", "--workers", "1", "--data", corpus] + extra)
        let port = try lede.waitForListeningPort()
        let probe = try RawClient(port: port)
        try probe.send(get("/readyz"))
        let readiness = try probe.readResponse()
        #expect(readiness.status == 503)
        #expect(readiness.bodyText == #"{"status":"loading"}"#)
        let inFlight = try RawClient(port: port)
        // A round trip first: the connection is accepted (not left in the backlog, which a
        // drain would reset).
        try inFlight.send(get("/healthz"))
        #expect(try inFlight.readResponse().status == 200)
        try inFlight.send("GET /readyz HTTP/1.1\r\nHo")
        // One loop reads in order: the probe's answer means the half head was read too.
        try probe.send(get("/livez"))
        #expect(try probe.readResponse().status == 200)
        return (lede, port, probe, inFlight)
    }

    /// SIGTERM while loading: the request in flight is answered 503 "draining" with
    /// `Connection: close`, and the process exits 0 without waiting for the load.
    @Test func sigtermDuringLoadingDrainsAndExits() throws {
        let corpus = try Self.largeCorpus()
        defer { APIEndToEndTests.remove(corpus) }
        let (lede, _, idle, inFlight) = try Self.startLoading(corpus: corpus)
        lede.signal(SIGTERM)
        #expect(try idle.readToEnd().isEmpty)  // idle keep-alive: closed once the drain began
        try inFlight.send("st: a\r\n\r\n")
        let draining = try inFlight.readResponse()
        #expect(draining.status == 503)
        #expect(draining.bodyText == #"{"status":"draining"}"#)
        #expect(draining.header("Connection")?.lowercased() == "close")
        #expect(try inFlight.readToEnd().isEmpty)
        inFlight.shutdownWrite()  // ends the server's lingering close at once

        #expect(lede.waitForExit(seconds: 30) == 0)
        #expect(lede.standardOutput.contains(#""message":"draining""#))
        #expect(lede.standardOutput.contains(#""message":"stopped""#))
        // Exited before the load finished: it was abandoned, not waited for.
        #expect(!lede.standardOutput.contains(#""message":"loaded""#))
    }

    /// Two SIGTERMs while loading are two signals: the second exits at once with 128 + 15
    /// while the drain waits for the half-sent request.
    @Test func secondSignalDuringLoadingExitsAtOnce() throws {
        let corpus = try Self.largeCorpus()
        defer { APIEndToEndTests.remove(corpus) }
        let (lede, _, _, inFlight) = try Self.startLoading(
            corpus: corpus, extra: ["--drain-timeout", "120", "--header-timeout", "300"])
        lede.signal(SIGTERM)
        #expect(lede.waitForExit(seconds: 1) == nil)  // still draining: the request is in flight
        lede.signal(SIGTERM)
        #expect(lede.waitForExit(seconds: 30) == 128 + SIGTERM)
        _ = inFlight
    }

    /// SIGHUP while loading is queued with a log line and carried out once loaded.
    @Test func sighupDuringLoadingIsQueued() throws {
        let corpus = try Self.largeCorpus()
        defer { APIEndToEndTests.remove(corpus) }
        let (lede, port, _, _) = try Self.startLoading(corpus: corpus)
        lede.signal(SIGHUP)
        lede.signal(SIGHUP)
        #expect(TestServer.eventually(seconds: 20) {
            lede.collectOutput()
            return lede.standardOutput.contains("reload queued until the corpus is loaded")
        })
        #expect(!lede.standardOutput.contains(#""message":"reloaded""#))
        let probe = try RawClient(port: port)
        #expect(TestServer.eventually(seconds: 120) {
            (try? probe.send(get("/readyz"))) != nil && (try? probe.readResponse().status) == 200
        })
        // The reload extracts the whole corpus again: give it as long as the first load (a
        // debug build under a loaded CI machine took more than 60 s).
        #expect(TestServer.eventually(seconds: 120) {
            lede.collectOutput()
            return lede.standardOutput.contains(#""message":"reloaded""#)
        })
        lede.signal(SIGTERM)
        #expect(lede.waitForExit(seconds: 60) == 0)
        let output = lede.standardOutput
        // Loaded, then reloaded once: the two signals coalesced.
        let loaded = output.firstRange(of: #""message":"loaded""#), reloaded = output.firstRange(of: #""message":"reloaded""#)
        #expect(loaded != nil && reloaded != nil && loaded!.lowerBound < reloaded!.lowerBound)
        #expect(output.ranges(of: #""message":"reloaded""#).count == 1)
    }
}
