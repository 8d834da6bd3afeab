import Foundation
import LedeTelemetry
import Logging
import Synchronization
import Testing

/// Collects what a sink writes, for assertions.
private final class Collected: Sendable {
    let bytes = Mutex<[UInt8]>([])
    var lines: [String] {
        bytes.withLock { String(decoding: $0, as: UTF8.self) }.split(separator: "\n").map(String.init)
    }

    /// A sink that only flushes when asked, into these bytes.
    func sink() -> LogSink {
        LogSink(flushThreshold: 1 << 20) { out in self.bytes.withLock { $0 += out } }
    }
}

@Suite struct LogTests {
    @Test func everyLineIsAJSONObjectWithTheRequiredFields() throws {
        let collected = Collected()
        let sink = collected.sink()
        var logger = Logger(label: "lede.access") { JSONLogHandler(label: $0, sink: sink) }
        logger[metadataKey: "request.id"] = "abc"
        logger.info(
            "request",
            metadata: [
                "http.request.method": "GET", "http.response.status_code": .stringConvertible(200),
                "duration_s": .stringConvertible(0.0012), "tags": ["a", "b"], "quote": "say \"hi\"\n",
            ])
        logger.debug("not logged at info")
        #expect(collected.lines.isEmpty, "lines wait in the buffer until a flush")
        sink.flush()
        let lines = collected.lines
        #expect(lines.count == 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(object["level"] as? String == "info")
        #expect(object["message"] as? String == "request")
        #expect(object["logger"] as? String == "lede.access")
        #expect(object["request.id"] as? String == "abc")
        #expect(object["http.request.method"] as? String == "GET")
        #expect(object["http.response.status_code"] as? Int == 200)
        #expect(object["tags"] as? [String] == ["a", "b"])
        #expect(object["quote"] as? String == "say \"hi\"\n")
        let time = try #require(object["time"] as? String)
        #expect(time.count == 24 && time.hasSuffix("Z"))
    }

    @Test func theSinkFlushesItselfPastItsThreshold() {
        let collected = Collected()
        let sink = LogSink(flushThreshold: 10) { out in collected.bytes.withLock { $0 += out } }
        sink.append(line: Array("12345".utf8))
        #expect(collected.lines.isEmpty)
        sink.append(line: Array("67890".utf8))
        #expect(collected.lines == ["12345", "67890"])
    }

    @Test(arguments: [
        (0.0, "1970-01-01T00:00:00.000Z"),
        (951_782_400.5, "2000-02-29T00:00:00.500Z"),
        (1_740_787_199.999, "2025-02-28T23:59:59.999Z"),
        (4_102_444_800.0, "2100-01-01T00:00:00.000Z"),
    ])
    func rfc3339(seconds: Double, expected: String) {
        #expect(RFC3339.format(secondsSince1970: seconds) == expected)
    }
}

@Suite struct MetricsTests {
    @Test func histogramBucketsAreCumulativeAndCountsAgree() {
        let metrics = ServerMetrics(version: "test", processSampler: { nil })
        var recorder = RequestDurationRecorder(histogram: metrics.requestDuration)
        let key = RequestSeriesKey(method: "GET", route: "/healthz", status: 200)
        recorder.record(key, nanoseconds: 1_000_000)  // 1 ms → le 0.005
        recorder.record(key, nanoseconds: 30_000_000)  // 30 ms → le 0.05
        recorder.record(key, nanoseconds: 20_000_000_000)  // 20 s → +Inf only
        let text = String(decoding: metrics.render(), as: UTF8.self)
        let labels = #"http_request_method="GET",http_route="/healthz",http_response_status_code="200""#
        #expect(text.contains("http_server_request_duration_seconds_bucket{\(labels),le=\"0.005\"} 1\n"))
        #expect(text.contains("http_server_request_duration_seconds_bucket{\(labels),le=\"0.025\"} 1\n"))
        #expect(text.contains("http_server_request_duration_seconds_bucket{\(labels),le=\"0.05\"} 2\n"))
        #expect(text.contains("http_server_request_duration_seconds_bucket{\(labels),le=\"10\"} 2\n"))
        #expect(text.contains("http_server_request_duration_seconds_bucket{\(labels),le=\"+Inf\"} 3\n"))
        #expect(text.contains("http_server_request_duration_seconds_count{\(labels)} 3\n"))
        #expect(text.contains("http_server_request_duration_seconds_sum{\(labels)} 20.031\n"))
        #expect(text.contains("# TYPE http_server_request_duration_seconds histogram\n"))
    }

    @Test func everySampleLineIsWellFormed() {
        let metrics = ServerMetrics(version: "1.0 \"beta\"")
        metrics.openConnections.add(3)
        metrics.openConnections.add(-1)
        let text = String(decoding: metrics.render(), as: UTF8.self)
        #expect(text.contains("lede_open_connections 2\n"))
        #expect(text.contains(#"lede_build_info{version="1.0 \"beta\""} 1"#))
        #expect(text.contains("process_resident_memory_bytes "))
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            // The value follows the last space (label values may contain spaces).
            let value = line.split(separator: " ").last.map(String.init) ?? ""
            #expect(Double(value) != nil, "\(line)")
            #expect(line.hasPrefix("lede_") || line.hasPrefix("process_") || line.hasPrefix("http_"), "\(line)")
        }
    }

    @Test func processSampleReadsProc() throws {
        let sample = try #require(ProcessSample.read())
        #expect(sample.residentBytes > 1_000_000)
        #expect(sample.openFileDescriptors >= 3)
        #expect(sample.maxFileDescriptors >= sample.openFileDescriptors)
        #expect(sample.startTimeSeconds > 1_600_000_000)
    }
}

@Suite struct RequestIDTests {
    @Test(arguments: [
        ("abc-123", true), ("f81d4fae-7dec-11d0-a765-00a0c91e6bf6", true), ("", false), ("has space", false),
        ("quote\"", false), ("new\nline", false), (String(repeating: "a", count: 129), false),
    ])
    func wellFormed(id: String, expected: Bool) {
        #expect(RequestID.isWellFormed(id) == expected)
    }

    @Test func generatedIdsAreWellFormedAndDistinct() {
        let ids = (0..<100).map { _ in RequestID.generate() }
        #expect(Set(ids).count == 100)
        #expect(ids.allSatisfy { $0.count == 32 && RequestID.isWellFormed($0) })
    }
}

@Suite struct AccessObserverTests {
    @Test func oneLinePerRequestWithOpenTelemetryNamesAndAHistogramSample() throws {
        let collected = Collected()
        let sink = collected.sink()
        let metrics = ServerMetrics(version: "test", processSampler: { nil })
        var observer = AccessObserver(sink: sink, settings: LiveLogSettings(), metrics: metrics)
        observer.finished(
            AccessRecord(
                method: "GET", route: "/v1/articles/{id}", target: "/v1/articles/a?x=1", status: 200,
                responseBodyBytes: 42, durationNanoseconds: 1_500_000, clientAddress: "127.0.0.1:5000",
                requestID: "r1", userAgent: "curl/8"))
        observer.finished(
            AccessRecord(
                method: "GET", route: nil, target: "/nope", status: 404, responseBodyBytes: 10,
                durationNanoseconds: 1000, clientAddress: "127.0.0.1:5000", requestID: "r2", userAgent: nil))
        observer.flush()
        sink.flush()
        let lines = collected.lines
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["http.request.method"] as? String == "GET")
        #expect(first["http.route"] as? String == "/v1/articles/{id}")
        #expect(first["url.path"] as? String == "/v1/articles/a")
        #expect(first["url.query"] as? String == "x=1")
        #expect(first["http.response.status_code"] as? Int == 200)
        #expect(first["http.response.body.size"] as? Int == 42)
        #expect(first["http.request.id"] as? String == "r1")
        #expect(first["user_agent.original"] as? String == "curl/8")
        #expect(first["client.address"] as? String == "127.0.0.1:5000")
        #expect((first["http.server.request.duration"] as? Double).map { abs($0 - 0.0015) < 1e-9 } == true)
        let text = String(decoding: metrics.render(), as: UTF8.self)
        #expect(text.contains(#"http_route="unmatched",http_response_status_code="404"} 1"#))
        #expect(text.contains(#"http_route="/v1/articles/{id}",http_response_status_code="200"} 1"#))
    }
}

@Suite struct LiveSettingsTests {
    private func record(target: String = "/a", agent: String? = "ua", nanoseconds: Int = 1_000) -> AccessRecord {
        AccessRecord(
            method: "GET", route: "/a", target: target, status: 200, responseBodyBytes: 1, durationNanoseconds: nanoseconds,
            clientAddress: "127.0.0.1:1", requestID: "id", userAgent: agent)
    }

    @Test func accessLinesFollowTheLiveSwitchAndLevelWhileTheHistogramAlwaysRecords() {
        let collected = Collected()
        let sink = collected.sink()
        let settings = LiveLogSettings(level: .info, accessLog: true)
        let metrics = ServerMetrics(version: "test", processSampler: { nil })
        var observer = AccessObserver(sink: sink, settings: settings, metrics: metrics)
        observer.finished(record())
        settings.accessLog = false
        observer.finished(record())
        settings.accessLog = true
        settings.logLevel = .warning
        observer.finished(record())
        observer.flush()
        sink.flush()
        #expect(collected.lines.count == 1)
        let text = String(decoding: metrics.render(), as: UTF8.self)
        #expect(text.contains(#"http_server_request_duration_seconds_count{http_request_method="GET",http_route="/a",http_response_status_code="200"} 3"#))
    }

    @Test func handlerLevelFollowsTheSharedSettingsUnlessOverridden() {
        let collected = Collected()
        let sink = collected.sink()
        let settings = LiveLogSettings(level: .warning)
        let logger = Logger(label: "t") { JSONLogHandler(label: $0, sink: sink, settings: settings) }
        logger.info("hidden")
        settings.logLevel = .debug
        logger.debug("shown")
        var pinned = logger
        pinned.logLevel = .error
        pinned.warning("pinned hides this")
        sink.flush()
        #expect(collected.lines.count == 1)
        #expect(collected.lines.first?.contains("\"shown\"") == true)
    }

    struct Escaping: Sendable, CustomTestStringConvertible {
        var target: String
        var agent: String?
        var testDescription: String { target }
    }

    @Test(arguments: [
        Escaping(target: "/a?q=\"x\"", agent: "back\\slash"),
        Escaping(target: "/caf%C3%A9", agent: "tab\there"),
        Escaping(target: "/plain", agent: nil),
        Escaping(target: "/search?q=a?b&empty=", agent: nil),
        Escaping(target: "/only?", agent: nil),
    ])
    func accessLinesStayValidJSONWhateverTheClientSent(_ case_: Escaping) throws {
        let collected = Collected()
        let sink = collected.sink()
        let metrics = ServerMetrics(version: "test", processSampler: { nil })
        var observer = AccessObserver(sink: sink, settings: LiveLogSettings(), metrics: metrics)
        observer.finished(record(target: case_.target, agent: case_.agent, nanoseconds: 1_000_000_000))
        observer.flush()
        sink.flush()
        let line = try #require(collected.lines.first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let parts = case_.target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        #expect(object["url.path"] as? String == String(parts[0]))
        #expect(object["url.query"] as? String == (parts.count > 1 ? String(parts[1]) : nil))
        #expect(object["user_agent.original"] as? String == case_.agent)
        #expect(object["http.server.request.duration"] as? Double == 1)
        #expect(object["logger"] as? String == "lede.access")
        #expect((object["time"] as? String)?.hasSuffix("Z") == true)
    }

    @Test func textFormatWritesOneReadableLine() {
        let collected = Collected()
        let sink = collected.sink()
        let metrics = ServerMetrics(version: "test", processSampler: { nil })
        let settings = LiveLogSettings(format: .text)
        var observer = AccessObserver(sink: sink, settings: settings, metrics: metrics)
        observer.finished(record(nanoseconds: 1_500))
        observer.flush()
        let logger = Logger(label: "lede.serve") { JSONLogHandler(label: $0, sink: sink, settings: settings) }
        logger.info("ready", metadata: ["port": "80", "note": "two words"])
        sink.flush()
        let lines = collected.lines
        #expect(lines.count == 2)
        #expect(lines[0].hasSuffix(#"info lede.access: GET /a 200 bytes=1 duration=0.0000015 route=/a client=127.0.0.1:1 id=id agent="ua""#))
        #expect(lines[1].hasSuffix(#"info lede.serve: ready note="two words" port=80"#))
    }

    /// SIGHUP flips the format through the shared settings; handlers made earlier follow.
    @Test func formatFollowsTheLiveSettings() throws {
        let collected = Collected()
        let sink = collected.sink()
        let settings = LiveLogSettings(format: .text)
        let logger = Logger(label: "lede.serve") { JSONLogHandler(label: $0, sink: sink, settings: settings) }
        logger.info("before")
        settings.logFormat = .json
        logger.info("after")
        sink.flush()
        let lines = collected.lines
        #expect(lines.count == 2)
        #expect(lines[0].hasSuffix("info lede.serve: before"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(object["message"] as? String == "after")
    }

    @Test func timestampCacheMatchesTheFormatter() {
        var cache = TimestampCache()
        for time in [0.0, 1_795_000_000.123, 1_795_000_000.999, 1_795_000_001.0005] {
            #expect(String(decoding: cache.format(secondsSince1970: time), as: UTF8.self) == RFC3339.format(secondsSince1970: time))
        }
    }
}
