import Glibc
import Testing

/// The real `lede` binary: configuration, the probes, SIGTERM with work in flight.
@Suite(.serialized)
struct ServeCommandTests {
    @Test func servesProbesAndDrainsOnSIGTERM() throws {
        // One loop, so a round trip on one connection proves the loop has read what another
        // connection sent before it (below: the half-sent request is in flight at SIGTERM).
        let lede = try LedeProcess(arguments: ["serve", "--port", "0", "--workers", "1"])
        let port = try lede.waitForListeningPort()

        let client = try RawClient(port: port)
        try client.send(get("/healthz"))
        let health = try client.readResponse()
        #expect(health.status == 200)
        #expect(health.header("Content-Type") == "application/json")
        #expect(health.header("Cache-Control") == "no-store")
        #expect(health.bodyText == #"{"status":"ok"}"#)
        try client.send(get("/livez"))
        #expect(try client.readResponse().bodyText == #"{"status":"ok"}"#)
        // The store loads after the listener opens: "loading" (503) until it is built.
        #expect(TestServer.eventually {
            (try? client.send(get("/readyz"))) != nil && (try? client.readResponse().bodyText) == #"{"status":"ready"}"#
        })

        // In flight at SIGTERM: a half-sent request on a keep-alive connection.
        let inFlight = try RawClient(port: port)
        try inFlight.send(get("/healthz"))
        #expect(try inFlight.readResponse().status == 200)
        try inFlight.send("GET /readyz HTTP/1.1\r\nHo")
        try client.send(get("/livez"))
        #expect(try client.readResponse().status == 200)

        lede.signal(SIGTERM)
        #expect(try client.readToEnd().isEmpty)  // idle keep-alive: closed by the drain
        try inFlight.send("st: a\r\n\r\n")
        let draining = try inFlight.readResponse()
        #expect(draining.status == 503)
        #expect(draining.bodyText == #"{"status":"draining"}"#)
        #expect(draining.header("Connection")?.lowercased() == "close")
        #expect(try inFlight.readToEnd().isEmpty)

        #expect(lede.waitForExit(seconds: 60) == 0)
        #expect(lede.standardOutput.contains(#""message":"draining""#))
        #expect(lede.standardOutput.contains(#""message":"stopped""#))
    }

    /// A second SIGTERM during a drain that would otherwise wait exits at once, 128 + 15.
    @Test func secondSignalExitsAtOnce() throws {
        // A long header timeout: on a loaded machine the stuck request must not time out
        // (and so end the drain) before the second signal arrives.
        let lede = try LedeProcess(arguments: [
            "serve", "--port", "0", "--workers", "1", "--drain-timeout", "120", "--header-timeout", "300",
        ])
        let port = try lede.waitForListeningPort()
        let probe = try RawClient(port: port)
        // Ready first, so this case covers a drain after loading (LoadingSignalTests
        // covers signals during the load).
        #expect(TestServer.eventually {
            (try? probe.send(get("/readyz"))) != nil && (try? probe.readResponse().status) == 200
        })
        let stuck = try RawClient(port: port)
        // A round trip first: in one wake-up the loop may answer the probe before it
        // accepts a new connection, and a drain resets connections left in the backlog.
        try stuck.send(get("/healthz"))
        #expect(try stuck.readResponse().status == 200)
        try stuck.send("GET /healthz HTTP/1.1\r\n")
        // One loop reads in order: the probe's answer means `stuck`'s bytes were read too.
        try probe.send(get("/healthz"))
        #expect(try probe.readResponse().status == 200)
        lede.signal(SIGTERM)
        #expect(lede.waitForExit(seconds: 1) == nil)  // still draining: the request is in flight
        lede.signal(SIGTERM)
        #expect(lede.waitForExit(seconds: 60) == 128 + SIGTERM)
    }

    /// Out of descriptors: accept4 fails with EMFILE; the loop pauses accepting instead of
    /// spinning, and serves again once descriptors are free.
    @Test func acceptBacksOffWhenOutOfDescriptors() throws {
        let lede = try LedeProcess(
            arguments: ["serve", "--port", "0", "--workers", "1", "--log-level", "warning"],
            launcher: ["/usr/bin/prlimit", "--nofile=48:48", "--"])
        let port = try lede.waitForListeningPort()
        // Flood only once the corpus is loaded: out of descriptors, the loader could not
        // open the folder.
        let probe = try RawClient(port: port)
        #expect(TestServer.eventually {
            (try? probe.send(get("/readyz"))) != nil && (try? probe.readResponse().status) == 200
        })
        var clients: [RawClient] = [probe]
        for _ in 0..<80 { clients.append(try RawClient(port: port)) }  // the backlog holds the excess
        let first = try #require(clients.first)
        try first.send(get("/healthz"))
        #expect(try first.readResponse().status == 200)
        let paused = TestServer.eventually {
            lede.collectOutput()
            return lede.standardOutput.contains("accept paused")
        }
        // One CI run in five (suites in parallel) once saw no pause and then a refused
        // connection: the main thread, scheduled late, made its signalfd after the flood had
        // taken the last descriptor, and the process exited (reproduced by delaying that
        // thread 3 s; fixed by making the descriptors before listening, see
        // `ServerLifecycle`). A later loaded run saw exit status 132 right after "ready":
        // libdispatch (then used by the loader) made its manager's descriptors late and
        // trapped without any left; the loader uses plain threads now (`ParallelThreads`).
        // If it fails again, say whether the server exited, and what it wrote.
        #expect(paused, "exit status: \(lede.waitForExit(seconds: 0).map(String.init) ?? "running"); output: \(lede.standardOutput.suffix(2000)); errors: \(lede.standardError.suffix(2000))")
        clients.removeAll()
        let later = try RawClient(port: port)
        try later.send(get("/healthz"))
        #expect(try later.readResponse().status == 200)
        lede.signal(SIGTERM)
        #expect(lede.waitForExit(seconds: 60) == 0)
        #expect(lede.standardOutput.contains("file descriptor limit below maxConnections"))
    }

    @Test func configurationFileEnvironmentAndFlagsLayer() throws {
        let directory = "/tmp/lede-e2e-\(getpid())"
        mkdir(directory, 0o700)
        let file = "\(directory)/lede.json"
        let json = #"{"host": "127.0.0.1", "port": 1, "workers": 1, "timeouts": {"idleSeconds": 0.3}}"#
        let fd = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        _ = json.withCString { write(fd, $0, strlen($0)) }
        close(fd)
        defer { unlink(file); rmdir(directory) }

        // The file says port 1, the environment 0; the environment wins. The idle timeout
        // from the file (0.3 s) must apply: the keep-alive connection is closed soon.
        let lede = try LedeProcess(arguments: ["serve", "--config", file], environment: ["LEDE_PORT": "0"])
        let port = try lede.waitForListeningPort()
        let client = try RawClient(port: port)
        try client.send(get("/healthz"))
        #expect(try client.readResponse().status == 200)
        #expect(try client.readToEnd().isEmpty)
        lede.signal(SIGINT)
        #expect(lede.waitForExit(seconds: 60) == 0)
    }

    struct Invalid: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var environment: [String: String]
        var mentions: String
        var testDescription: String { mentions }
    }

    @Test(arguments: [
        Invalid(arguments: ["serve", "--port", "99999"], environment: [:], mentions: "port"),
        Invalid(arguments: ["serve"], environment: ["LEDE_WORKERS": "many"], mentions: "LEDE_WORKERS"),
        Invalid(arguments: ["serve", "--header-timeout", "0"], environment: [:], mentions: "timeouts.headerSeconds"),
        Invalid(arguments: ["serve", "--log-level", "loud"], environment: [:], mentions: "logLevel"),
        Invalid(arguments: ["serve"], environment: ["LEDE_HOST": "example.com"], mentions: "LEDE_HOST"),
        Invalid(arguments: ["serve", "--config", "/nonexistent/lede.json"], environment: [:], mentions: "/nonexistent/lede.json"),
    ])
    func invalidConfigurationFailsFastNamingTheKey(_ invalid: Invalid) throws {
        let lede = try LedeProcess(arguments: invalid.arguments, environment: invalid.environment)
        let status = lede.waitForExit(seconds: 60)
        #expect(status != nil && status != 0)
        #expect(lede.standardError.contains(invalid.mentions))
        #expect(!lede.standardOutput.contains("listening"))
    }
}
