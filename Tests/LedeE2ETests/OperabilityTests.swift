import Foundation
import Glibc
import Testing

/// Logs, metrics, request ids, CORS, `lede health`, `lede config` and SIGHUP through the
/// real `lede` binary over loopback sockets.
@Suite(.serialized)
struct OperabilityTests {
    typealias API = APIEndToEndTests

    /// Starts `lede serve` on a temporary corpus (the seed article) and waits until ready.
    private func start(_ arguments: [String] = [], environment: [String: String] = [:]) throws
        -> (lede: LedeProcess, client: RawClient, directory: String)
    {
        let directory = try API.corpus(extra: 0)
        let lede = try LedeProcess(
            arguments: ["serve", "--port", "0", "--workers", "1", "--data", directory] + arguments, environment: environment)
        let client = try RawClient(port: try lede.waitForListeningPort())
        try API.waitUntilReady(client)
        return (lede, client, directory)
    }

    private func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            return try #require(object as? [String: Any], "not a JSON object: \(line)")
        }
    }

    @Test func everyLogLineIsJSONAndRequestIdsAreEchoed() throws {
        let (lede, client, directory) = try start()
        defer { API.remove(directory) }
        try client.send(API.request("GET", "/healthz", headers: ["X-Request-Id: e2e-given-1", "User-Agent: e2e/1"]))
        #expect(try client.readResponse().header("X-Request-Id") == "e2e-given-1")
        try client.send(get("/healthz"))
        let generated = try #require(try client.readResponse().header("X-Request-Id"))
        #expect(generated.count == 32 && generated.allSatisfy(\.isHexDigit))
        try client.send(API.request("GET", "/healthz", headers: ["X-Request-Id: not well formed"]))
        let replaced = try #require(try client.readResponse().header("X-Request-Id"))
        #expect(replaced != "not well formed" && replaced.count == 32)
        try client.send(get("/v1/articles/unknown-id"))
        #expect(try client.readResponse().status == 404)
        try client.send(get("/no/such/route"))
        #expect(try client.readResponse().status == 404)
        lede.signal(SIGTERM)
        #expect(lede.waitForExit(seconds: 60) == 0)

        let lines = try jsonLines(lede.standardOutput)
        for line in lines {
            #expect((line["time"] as? String)?.hasSuffix("Z") == true, "\(line)")
            #expect(line["level"] is String && line["message"] is String && line["logger"] is String, "\(line)")
        }
        let messages = lines.compactMap { $0["message"] as? String }
        for lifecycle in ["starting", "loaded", "ready", "draining", "stopped"] {
            #expect(messages.contains(lifecycle), "\(lifecycle) in \(messages)")
        }
        #expect(messages.contains { $0.hasPrefix("listening on http://127.0.0.1:") })

        let access = lines.filter { $0["logger"] as? String == "lede.access" }
        #expect(access.count >= 6)  // the readiness polls, then five requests
        for line in access {
            for key in [
                "http.request.method", "url.path", "http.response.status_code", "http.response.body.size",
                "http.server.request.duration", "client.address", "http.request.id",
            ] {
                #expect(line[key] != nil, "\(key) in \(line)")
            }
            #expect((line["client.address"] as? String)?.hasPrefix("127.0.0.1:") == true)
        }
        let given = try #require(access.first { $0["http.request.id"] as? String == "e2e-given-1" })
        #expect(given["http.route"] as? String == "/healthz")
        #expect(given["user_agent.original"] as? String == "e2e/1")
        #expect(given["http.response.status_code"] as? Int == 200)
        #expect(access.contains { $0["http.request.id"] as? String == generated })
        let unknown = try #require(access.first { $0["url.path"] as? String == "/v1/articles/unknown-id" })
        #expect(unknown["http.route"] as? String == "/v1/articles/{id}")
        #expect(unknown["http.response.status_code"] as? Int == 404)
        let unmatched = try #require(access.first { $0["url.path"] as? String == "/no/such/route" })
        #expect(unmatched["http.route"] == nil)
    }

    /// `LEDE_TEST_PYTHON` (or `python3`) with `prometheus_client`; CI installs it (see `.ci/run`).
    static let python = ProcessInfo.processInfo.environment["LEDE_TEST_PYTHON"] ?? "/usr/bin/env"
    static var pythonArguments: [String] { ProcessInfo.processInfo.environment["LEDE_TEST_PYTHON"] == nil ? ["python3"] : [] }
    static let hasPrometheusParser: Bool = {
        (try? runTool(python, pythonArguments + ["-c", "import prometheus_client.parser"]).status) == 0
    }()
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Parses exposition text with the reference parser; returns `name{k=v,…}` → value.
    private func parsePrometheus(_ text: String) throws -> [String: Double] {
        let script = """
            import json, sys
            from prometheus_client.parser import text_string_to_metric_families
            out = {}
            for family in text_string_to_metric_families(sys.stdin.read()):
                for s in family.samples:
                    out[s.name + "{" + ",".join(k + "=" + v for k, v in sorted(s.labels.items())) + "}"] = s.value
            print(json.dumps(out))
            """
        let result = try runTool(Self.python, Self.pythonArguments + ["-c", script], input: text)
        guard result.status == 0 else { throw ClientError(description: "prometheus_client rejected /metrics: \(result.errorText)") }
        return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Double])
    }

    @Test(.enabled(
        if: hasPrometheusParser || isCI,
        "needs python3 with prometheus_client (pip install prometheus-client, or set LEDE_TEST_PYTHON); required when CI=true"))
    func metricsParseWithThePrometheusParserAndCountersMove() throws {
        let (lede, client, directory) = try start()
        defer { API.remove(directory) }
        func scrape() throws -> [String: Double] {
            try client.send(get("/metrics"))
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.header("Content-Type") == "text/plain; version=0.0.4; charset=utf-8")
            return try parsePrometheus(response.bodyText)
        }
        let before = try scrape()
        for _ in 0..<5 {
            try client.send(get("/healthz"))
            #expect(try client.readResponse().status == 200)
        }
        let after = try scrape()
        let healthz = "http_server_request_duration_seconds_count{http_request_method=GET,http_response_status_code=200,http_route=/healthz}"
        #expect((after[healthz] ?? 0) - (before[healthz] ?? 0) == 5)
        let bucket = "http_server_request_duration_seconds_bucket{http_request_method=GET,http_response_status_code=200,http_route=/healthz,le=+Inf}"
        #expect(after[bucket] == after[healthz])
        #expect((after["lede_received_bytes_total{}"] ?? 0) > (before["lede_received_bytes_total{}"] ?? 0))
        #expect((after["lede_sent_bytes_total{}"] ?? 0) > (before["lede_sent_bytes_total{}"] ?? 0))
        #expect((after["lede_connections_accepted_total{}"] ?? 0) >= 1)
        #expect(after["lede_open_connections{}"] == 1)
        #expect(after["http_server_active_requests{}"] == 1)  // the scrape itself
        #expect(after["lede_articles{}"] == 1)
        #expect((after["lede_article_entities{}"] ?? 0) > 0)
        #expect((after["lede_snapshot_build_seconds{}"] ?? 0) > 0)
        #expect((after["process_resident_memory_bytes{}"] ?? 0) > 0)
        #expect((after["process_open_fds{}"] ?? 0) > 0)
        #expect(after["lede_tls_handshakes_total{}"] == 0)
        #expect(after["lede_build_info{version=0.2.0}"] == 1)
        lede.signal(SIGTERM)
        #expect(lede.waitForExit(seconds: 60) == 0)
    }

    @Test func corsPreflightAndExposedHeadersOverARealSocket() throws {
        let (lede, client, directory) = try start(["--cors-allowed-origins", "https://app.example"])
        defer { API.remove(directory) }
        try client.send(API.request(
            "OPTIONS", "/v1/articles",
            headers: ["Origin: https://app.example", "Access-Control-Request-Method: POST", "Access-Control-Request-Headers: content-type"]))
        let preflight = try client.readResponse(bodyExpected: false)
        #expect(preflight.status == 204)
        #expect(preflight.header("Access-Control-Allow-Origin") == "https://app.example")
        #expect(preflight.header("Access-Control-Allow-Methods")?.contains("POST") == true)
        #expect(preflight.header("Access-Control-Allow-Headers")?.contains("Content-Type") == true)
        #expect(preflight.header("Access-Control-Max-Age") != nil)

        try client.send(API.request("GET", "/v1/articles", headers: ["Origin: https://app.example"]))
        let simple = try client.readResponse()
        #expect(simple.status == 200)
        #expect(simple.header("Access-Control-Allow-Origin") == "https://app.example")
        let exposed = simple.header("Access-Control-Expose-Headers") ?? ""
        #expect(exposed.contains("ETag") && exposed.contains("Link"))
        #expect(simple.header("Vary")?.contains("Origin") == true)

        try client.send(API.request(
            "OPTIONS", "/v1/articles", headers: ["Origin: https://evil.example", "Access-Control-Request-Method: GET"]))
        #expect(try client.readResponse().status == 403)
        try client.send(API.request("GET", "/healthz", headers: ["Origin: https://evil.example"]))
        let refused = try client.readResponse()
        #expect(refused.status == 200)
        #expect(refused.header("Access-Control-Allow-Origin") == nil)
        lede.signal(SIGTERM)
        #expect(lede.waitForExit(seconds: 60) == 0)
    }

    @Test func healthCommandExitsZeroOnlyFor2xx() throws {
        let (lede, _, directory) = try start()
        defer { API.remove(directory) }
        let port = try lede.waitForListeningPort()
        let cases: [(String, Int32, String)] = [
            ("http://127.0.0.1:\(port)/readyz", 0, "healthy"),
            ("http://127.0.0.1:\(port)/livez", 0, "healthy"),
            ("http://127.0.0.1:\(port)/no-such-probe", 1, "answered 404"),
            ("http://127.0.0.1:1/readyz", 1, "cannot connect"),
            ("https://127.0.0.1:\(port)/readyz", 1, "not an http:// URL"),
        ]
        for (url, status, text) in cases {
            let result = try runTool(LedeProcess.executablePath, ["health", "--url", url, "--timeout", "5"])
            #expect(result.status == status, "\(url): \(result.output)")
            #expect(result.output.hasPrefix(status == 0 ? "healthy" : "unhealthy"), "\(url)")
            #expect(result.output.contains(text), "\(url): \(result.output)")
            #expect(result.output.split(separator: "\n").count == 1, "one line for \(url)")
        }
        lede.signal(SIGTERM)
        #expect(lede.waitForExit(seconds: 60) == 0)
    }

    @Test func textLogFormatStillAnnouncesTheListenerAndLogsRequests() throws {
        let (lede, client, directory) = try start(["--log-format", "text"])
        defer { API.remove(directory) }
        try client.send(API.request("GET", "/healthz", headers: ["X-Request-Id: text-1"]))
        #expect(try client.readResponse().status == 200)
        lede.signal(SIGTERM)
        #expect(lede.waitForExit(seconds: 60) == 0)
        let lines = lede.standardOutput.split(separator: "\n")
        #expect(lines.contains { $0.contains(" info lede.serve: listening on http://127.0.0.1:") })
        #expect(lines.contains { $0.contains(" info lede.access: GET /healthz 200 ") && $0.contains("id=text-1") })
        #expect(!lines.contains { $0.hasPrefix("{") })
    }

    @Test func serveHelpDocumentsEveryKey() throws {
        let help = try runTool(LedeProcess.executablePath, ["serve", "--help"])
        #expect(help.status == 0)
        // ArgumentParser wraps lines; compare without line breaks.
        let text = help.output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        for variable in [
            "LEDE_HOST", "LEDE_PORT", "LEDE_WORKERS", "LEDE_DATA", "LEDE_WRITE_TOKEN", "LEDE_LOG_LEVEL", "LEDE_LOG_FORMAT",
            "LEDE_ACCESS_LOG", "LEDE_CORS_ALLOWED_ORIGINS", "LEDE_ACCEPT_STRATEGY", "LEDE_MAX_CONNECTIONS", "LEDE_MAX_TARGET_BYTES",
            "LEDE_MAX_HEADER_BYTES", "LEDE_MAX_HEADER_COUNT", "LEDE_MAX_BODY_BYTES", "LEDE_MAX_PENDING_WRITE_BYTES",
            "LEDE_HEADER_TIMEOUT", "LEDE_BODY_TIMEOUT", "LEDE_IDLE_TIMEOUT", "LEDE_WRITE_TIMEOUT", "LEDE_DRAIN_TIMEOUT",
            "LEDE_TLS_PORT", "LEDE_TLS_CERT", "LEDE_TLS_KEY",
        ] {
            #expect(text.contains(variable), "\(variable)")
        }
        for flag in ["--log-format", "--access-log", "--cors-allowed-origins", "--config"] {
            #expect(text.contains(flag), "\(flag)")
        }
    }

    @Test func configCommandShowsSourcesAndMasksSecrets() throws {
        let directory = try API.corpus(extra: 0)
        defer { API.remove(directory) }
        let file = directory + "/lede.json"
        try API.write(file, #"{"port": 9100, "writeToken": "file-secret", "cors": {"allowedOrigins": ["https://a.example"]}}"#)
        let result = try runTool(
            "/usr/bin/env", ["LEDE_LOG_LEVEL=debug", LedeProcess.executablePath, "config", "--config", file, "--workers", "3"])
        #expect(result.status == 0, "\(result.errorText)")
        #expect(!result.output.contains("file-secret"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        func entry(_ key: String) -> (value: String?, source: String?) {
            let object = document[key] as? [String: Any]
            return (object?["value"] as? String, object?["source"] as? String)
        }
        #expect(document["_file"] as? String == file)
        #expect(entry("port") == ("9100", "file"))
        #expect(entry("logLevel") == ("debug", "env"))
        #expect(entry("workers") == ("3", "flag"))
        #expect(entry("host") == ("127.0.0.1", "default"))
        #expect(entry("writeToken") == ("********", "file"))
        #expect(entry("cors.allowedOrigins") == ("https://a.example", "file"))

        let invalid = try runTool(LedeProcess.executablePath, ["config", "--config", file, "--access-log", "sometimes"])
        #expect(invalid.status == 78)
        #expect(invalid.errorText.contains("accessLog"))
    }

    @Test func sighupReloadsSettingsAndCorpusWithAConnectionOpen() throws {
        let directory = try API.corpus(extra: 0)
        defer { API.remove(directory) }
        let file = directory + "/../lede-reload-\(getpid()).json"
        defer { unlink(file) }
        try API.write(file, #"{"workers": 1, "logLevel": "info", "data": "\#(directory)"}"#)
        let lede = try LedeProcess(arguments: ["serve", "--config", file, "--port", "0"])
        let client = try RawClient(port: try lede.waitForListeningPort())
        try API.waitUntilReady(client)
        try client.send(get("/v1/articles/late-story"))
        #expect(try client.readResponse().status == 404)

        // A new article and a new configuration, then SIGHUP; the connection stays open.
        try API.write(directory + "/late-story.json", #"{"id":"late-story","title":"Late story","body":"A late story about Flint.","published":"2025-01-02"}"#)
        try API.write(file, #"{"workers": 1, "logLevel": "warning", "data": "\#(directory)", "cors": {"allowedOrigins": "https://app.example"}}"#)
        lede.signal(SIGHUP)
        #expect(TestServer.eventually {
            lede.collectOutput()
            return lede.standardOutput.contains(#""message":"reloaded""#)
        })
        try client.send(API.request("GET", "/v1/articles/late-story", headers: ["X-Request-Id: after-reload", "Origin: https://app.example"]))
        let found = try client.readResponse()
        #expect(found.status == 200)
        #expect(found.header("Access-Control-Allow-Origin") == "https://app.example")

        // A bad configuration is refused; the old one stays and the connection is served.
        try API.write(file, "{ not json")
        lede.signal(SIGHUP)
        #expect(TestServer.eventually {
            lede.collectOutput()
            return lede.standardOutput.contains("reload refused")
        })
        try client.send(API.request("GET", "/v1/articles/late-story", headers: ["Origin: https://app.example"]))
        let still = try client.readResponse()
        #expect(still.status == 200)
        #expect(still.header("Access-Control-Allow-Origin") == "https://app.example")
        lede.signal(SIGTERM)
        #expect(lede.waitForExit(seconds: 60) == 0)

        let lines = try jsonLines(lede.standardOutput)
        let reloaded = try #require(lines.first { $0["message"] as? String == "reloaded" })
        let changed = reloaded["changed"] as? [String] ?? []
        #expect(changed.contains("logLevel") && changed.contains("cors.allowedOrigins"), "\(reloaded)")
        #expect(reloaded["articles"] as? Int == 2)
        // At level warning, access lines (info) are no longer written.
        #expect(lines.contains { $0["url.path"] as? String == "/v1/articles/late-story" && $0["http.response.status_code"] as? Int == 404 })
        #expect(!lede.standardOutput.contains("after-reload"))
        #expect(lines.contains { ($0["message"] as? String)?.hasPrefix("reload refused") == true && $0["level"] as? String == "error" })
    }
}
