/// Every metric Lede exposes at `/metrics`, shared by all loops.
package final class ServerMetrics: Sendable {
    package let requestDuration = RequestDurationHistogram()
    package let activeRequests = AtomicCounter()
    package let openConnections = AtomicCounter()
    package let acceptedConnections = AtomicCounter()
    package let bytesReceived = AtomicCounter()
    package let bytesSent = AtomicCounter()
    package let tlsHandshakes = AtomicCounter()
    package let tlsHandshakeFailures = AtomicCounter()
    package let articlesLoaded = AtomicCounter()
    package let entitiesLoaded = AtomicCounter()
    package let corpusEntities = AtomicCounter()
    package let snapshotBuildNanoseconds = AtomicCounter()
    package let snapshotBuilds = AtomicCounter()
    /// Log bytes dropped because stdout did not keep up (set from the log writer at scrape).
    package let logDroppedBytes = AtomicCounter()
    package let version: String
    private let processSampler: @Sendable () -> ProcessSample?

    package init(version: String, processSampler: @escaping @Sendable () -> ProcessSample? = ProcessSample.read) {
        self.version = version
        self.processSampler = processSampler
    }

    /// The Prometheus text exposition format, version 0.0.4.
    package func render() -> [UInt8] {
        var out = PrometheusWriter()
        renderHistogram(into: &out)
        out.gauge("http_server_active_requests", "Requests being handled now.", activeRequests.value)
        out.gauge("lede_open_connections", "Client connections open now.", openConnections.value)
        out.counter("lede_connections_accepted_total", "Client connections accepted.", acceptedConnections.value)
        out.counter("lede_received_bytes_total", "Bytes read from clients (after TLS).", bytesReceived.value)
        out.counter("lede_sent_bytes_total", "Bytes written to clients (before TLS).", bytesSent.value)
        out.counter("lede_tls_handshakes_total", "TLS handshakes completed.", tlsHandshakes.value)
        out.counter("lede_tls_handshake_failures_total", "TLS handshakes that failed.", tlsHandshakeFailures.value)
        out.gauge("lede_articles", "Articles in the current snapshot.", articlesLoaded.value)
        out.gauge("lede_article_entities", "Entities extracted, summed over articles.", entitiesLoaded.value)
        out.gauge("lede_corpus_entities", "Distinct corpus-wide entities.", corpusEntities.value)
        out.gauge(
            "lede_snapshot_build_seconds", "Time the current snapshot took to build.",
            Double(snapshotBuildNanoseconds.value) / 1e9)
        out.counter("lede_snapshot_builds_total", "Snapshots built (start-up, writes, reloads).", snapshotBuilds.value)
        out.counter("lede_log_dropped_bytes_total", "Log bytes dropped because the output did not keep up.", logDroppedBytes.value)
        if let sample = processSampler() { sample.render(into: &out) }
        out.header("lede_build_info", "Build information; the value is always 1.", type: "gauge")
        out.sample("lede_build_info", labels: [("version", version)], value: "1")
        return out.bytes
    }

    private func renderHistogram(into out: inout PrometheusWriter) {
        let name = "http_server_request_duration_seconds"
        out.header(name, "Duration of HTTP server requests.", type: "histogram")
        for series in requestDuration.allSeries {
            let labels = [
                ("http_request_method", series.key.method), ("http_route", series.key.route),
                ("http_response_status_code", String(series.key.status)),
            ]
            var cumulative = 0
            for (index, bound) in RequestDurationHistogram.boundaries.enumerated() {
                cumulative += series.bucketCounts[index].value
                out.sample(name + "_bucket", labels: labels + [("le", PrometheusWriter.number(bound))], value: String(cumulative))
            }
            cumulative += series.bucketCounts[RequestDurationHistogram.boundaries.count].value
            out.sample(name + "_bucket", labels: labels + [("le", "+Inf")], value: String(cumulative))
            out.sample(name + "_sum", labels: labels, value: PrometheusWriter.number(Double(series.sumNanoseconds.value) / 1e9))
            out.sample(name + "_count", labels: labels, value: String(series.count.value))
        }
    }
}

/// Appends the Prometheus text format.
package struct PrometheusWriter {
    package private(set) var bytes: [UInt8] = []

    package init() {}

    package mutating func header(_ name: String, _ help: String, type: String) {
        line("# HELP \(name) \(help)")
        line("# TYPE \(name) \(type)")
    }

    package mutating func counter(_ name: String, _ help: String, _ value: Int) {
        header(name, help, type: "counter")
        sample(name, labels: [], value: String(value))
    }

    package mutating func gauge(_ name: String, _ help: String, _ value: Int) {
        header(name, help, type: "gauge")
        sample(name, labels: [], value: String(value))
    }

    package mutating func gauge(_ name: String, _ help: String, _ value: Double) {
        header(name, help, type: "gauge")
        sample(name, labels: [], value: Self.number(value))
    }

    package mutating func sample(_ name: String, labels: [(String, String)], value: String) {
        var text = name
        if !labels.isEmpty {
            text += "{" + labels.map { "\($0.0)=\"\(Self.escape($0.1))\"" }.joined(separator: ",") + "}"
        }
        line(text + " " + value)
    }

    /// A float as Prometheus reads it (`0.005`, `1`, `2.5`).
    package static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// Label values escape backslash, double quote and line feed.
    package static func escape(_ value: String) -> String {
        var out = ""
        for character in value {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    private mutating func line(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        bytes.append(UInt8(ascii: "\n"))
    }
}
