import FoundationEssentials
import LedeJSON
import Logging

/// What the server knows about one finished request, for the access log and metrics.
package struct AccessRecord: Sendable {
    package var method: String
    /// The matched route template, nil when nothing matched.
    package var route: String?
    package var target: String
    package var status: Int
    package var responseBodyBytes: Int
    package var durationNanoseconds: Int
    /// `address:port`; written without escaping (it comes from `inet_ntop`).
    package var clientAddress: String
    /// Well-formed (`RequestID.isWellFormed`) or generated; written without escaping.
    package var requestID: String
    package var userAgent: String?

    package init(
        method: String, route: String?, target: String, status: Int, responseBodyBytes: Int,
        durationNanoseconds: Int, clientAddress: String, requestID: String, userAgent: String?
    ) {
        self.method = method
        self.route = route
        self.target = target
        self.status = status
        self.responseBodyBytes = responseBodyBytes
        self.durationNanoseconds = durationNanoseconds
        self.clientAddress = clientAddress
        self.requestID = requestID
        self.userAgent = userAgent
    }
}

/// Writes one access line per request, with OpenTelemetry attribute names, and records
/// the request-duration histogram. One per loop (the recorder cache and the line buffer
/// are loop-private).
///
/// The line goes to the same `LogSink`, in the same layout as `JSONLogHandler` (`time`,
/// `level`, `message`, `logger`, then the attributes in key order), but is written
/// straight into a reused buffer: going through swift-log would build a metadata
/// dictionary, merge and sort it and render through `JSONWriter` for every request.
/// Lines collect in the loop's own buffer and reach the shared sink in one locked append
/// per `flush()` (the loop calls it once per wake-up), not one per request.
package struct AccessObserver {
    /// Route label for requests no route matched: a fixed value keeps series bounded.
    package static let unmatchedRoute = "unmatched"
    /// The `logger` field of access lines.
    package static let label = "lede.access"

    private let sink: LogSink
    private let settings: LiveLogSettings
    private var recorder: RequestDurationRecorder
    /// Lines not yet handed to the sink; `line` is the one being written.
    private var line: [UInt8] = []
    private var clock = TimestampCache()
    /// Past this many pending bytes a line is handed over at once.
    private static let batchBytes = 16 * 1024

    package init(sink: LogSink, settings: LiveLogSettings, metrics: ServerMetrics) {
        self.sink = sink
        self.settings = settings
        self.recorder = RequestDurationRecorder(histogram: metrics.requestDuration)
        line.reserveCapacity(Self.batchBytes + 1024)
    }

    /// Hands the lines written since the last flush to the sink.
    package mutating func flush() {
        guard !line.isEmpty else { return }
        sink.append(lines: line)
        line.removeAll(keepingCapacity: true)
    }

    package mutating func finished(_ record: AccessRecord) {
        let route = record.route ?? Self.unmatchedRoute
        recorder.record(
            RequestSeriesKey(method: record.method, route: route, status: record.status),
            nanoseconds: record.durationNanoseconds)
        guard settings.accessLog, settings.logLevel <= .info else { return }
        let time = clock.now()
        if settings.logFormat == .text {
            writeText(record, time: time)
        } else {
            writeJSON(record, time: time)
        }
        line.append(UInt8(ascii: "\n"))
        if line.count >= Self.batchBytes { flush() }
    }

    private mutating func writeJSON(_ record: AccessRecord, time: [UInt8]) {
        append(#"{"time":""#)
        line.append(contentsOf: time)
        // The address comes from inet_ntop and the id is validated or generated: no escaping.
        append(#"","level":"info","message":"request","logger":"lede.access","client.address":""#)
        append(record.clientAddress)
        append(#"","http.request.id":""#)
        append(record.requestID)
        append(#"","http.request.method":"#)
        quoted(record.method)
        append(#","http.response.body.size":"#)
        decimal(record.responseBodyBytes)
        append(#","http.response.status_code":"#)
        decimal(record.status)
        if let matched = record.route {
            append(#","http.route":"#)
            quoted(matched)
        }
        append(#","http.server.request.duration":"#)
        seconds(record.durationNanoseconds)
        // OpenTelemetry splits the target: the path as received, and the query without its "?".
        append(#","url.path":"#)
        if let questionMark = record.target.utf8.firstIndex(of: UInt8(ascii: "?")) {
            quoted(String(record.target[..<questionMark]))
            append(#","url.query":"#)
            quoted(String(record.target[record.target.utf8.index(after: questionMark)...]))
        } else {
            quoted(record.target)
        }
        if let agent = record.userAgent {
            append(#","user_agent.original":"#)
            quoted(agent)
        }
        line.append(UInt8(ascii: "}"))
    }

    private mutating func writeText(_ record: AccessRecord, time: [UInt8]) {
        line.append(contentsOf: time)
        append(" info lede.access: ")
        append(record.method)
        append(" ")
        JSONWriter.appendEscaped(record.target, to: &line)
        append(" ")
        decimal(record.status)
        append(" bytes=")
        decimal(record.responseBodyBytes)
        append(" duration=")
        seconds(record.durationNanoseconds)
        append(" route=")
        append(record.route ?? "-")
        append(" client=")
        append(record.clientAddress)
        append(" id=")
        append(record.requestID)
        if let agent = record.userAgent {
            append(" agent=")
            quoted(agent)
        }
    }

    private mutating func append(_ text: String) {
        line.append(contentsOf: text.utf8)
    }

    private mutating func quoted(_ text: String) {
        line.append(UInt8(ascii: "\""))
        // Most values need no escaping: one scan over the bytes (a `Span`, not the generic
        // UTF-8 view iterator, which cost as much as the rest of the line) decides.
        if Self.isPlain(text.utf8.span) {
            line.append(contentsOf: text.utf8)
        } else {
            JSONWriter.appendEscaped(text, to: &line)
        }
        line.append(UInt8(ascii: "\""))
    }

    /// Printable ASCII without `"` or `\\`.
    private static func isPlain(_ bytes: Span<UInt8>) -> Bool {
        for index in bytes.indices {
            let byte = bytes[index]
            if byte < 0x20 || byte >= 0x80 || byte == 0x22 || byte == 0x5C { return false }
        }
        return true
    }

    private mutating func decimal(_ value: Int) {
        guard value > 0 else {
            if value == 0 { line.append(UInt8(ascii: "0")) } else { append(String(value)) }
            return
        }
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            line.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// Nanoseconds as seconds with nine fractional digits, trailing zeros trimmed.
    private mutating func seconds(_ nanoseconds: Int) {
        let value = max(0, nanoseconds)
        decimal(value / 1_000_000_000)
        var fraction = value % 1_000_000_000
        guard fraction > 0 else { return }
        line.append(UInt8(ascii: "."))
        var width = 9
        while fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        while divisor > 0 {
            line.append(UInt8(ascii: "0") + UInt8(fraction / divisor))
            fraction %= divisor
            divisor /= 10
        }
    }
}

/// The `time` field (RFC 3339, UTC, milliseconds) without formatting a date per line: the
/// text up to the seconds is rendered once per second.
package struct TimestampCache {
    private var second = -1
    private var millisecond = -1
    private var prefix: [UInt8] = []
    private var stamp: [UInt8] = []

    package init() {}

    package mutating func now() -> [UInt8] {
        format(secondsSince1970: Date().timeIntervalSince1970)
    }

    package mutating func format(secondsSince1970 time: Double) -> [UInt8] {
        let millis = Int((time * 1000).rounded(.down))
        // Under load many lines share a millisecond: the stamp is reused as it is.
        if millis == millisecond { return stamp }
        millisecond = millis
        let whole = millis / 1000
        if whole != second {
            second = whole
            let full = RFC3339.format(secondsSince1970: Double(whole))
            prefix = Array(full.utf8.dropLast(4))  // up to and including the '.'
        }
        stamp.removeAll(keepingCapacity: true)
        stamp.append(contentsOf: prefix)
        let fraction = millis % 1000
        stamp.append(UInt8(ascii: "0") + UInt8(fraction / 100))
        stamp.append(UInt8(ascii: "0") + UInt8(fraction / 10 % 10))
        stamp.append(UInt8(ascii: "0") + UInt8(fraction % 10))
        stamp.append(UInt8(ascii: "Z"))
        return stamp
    }
}
