import FoundationEssentials
import LedeCalendar
import LedeHTTP
import LedeJSON
import Logging

/// A swift-log handler that writes one JSON object per line to a `LogSink`.
///
/// Fields: `time` (RFC 3339, UTC, milliseconds), `level`, `message`, `logger` (the label),
/// then every metadata key as its own member. Access lines put OpenTelemetry attribute
/// names (`http.request.method`, …) in metadata, so they come out as top-level keys.
package struct JSONLogHandler: LogHandler {
    package var metadata: Logger.Metadata = [:]
    package var metadataProvider: Logger.MetadataProvider?
    /// The shared live level (SIGHUP may change it) unless this logger set its own.
    package var logLevel: Logger.Level {
        get { override ?? settings.logLevel }
        set { override = newValue }
    }

    private let label: String
    private let sink: LogSink
    private let settings: LiveLogSettings
    private var override: Logger.Level?

    package init(label: String, sink: LogSink, level: Logger.Level = .info) {
        self.init(label: label, sink: sink, settings: LiveLogSettings(level: level))
    }

    /// A handler whose level and format follow `settings`; the `.text` format writes
    /// `time level logger: message key=value…` instead of JSON.
    package init(label: String, sink: LogSink, settings: LiveLogSettings) {
        self.label = label
        self.sink = sink
        self.settings = settings
    }

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    package func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        let keys = merged.keys.sorted().filter { !["time", "level", "message", "logger"].contains($0) }
        if settings.logFormat == .text {
            var line = "\(RFC3339.now()) \(event.level.rawValue) \(label): \(event.message.description)"
            for key in keys { line += " \(key)=\(Self.text(merged[key]!))" }
            sink.append(line: Array(line.utf8))
            return
        }
        var json = JSONWriter(capacity: 256)
        json.beginObject()
        json.field("time", RFC3339.now())
        json.field("level", event.level.rawValue)
        json.field("message", event.message.description)
        json.field("logger", label)
        for key in keys {
            json.key(key)
            Self.write(merged[key]!, to: &json)
        }
        json.endObject()
        sink.append(line: json.bytes)
    }

    /// A metadata value for a text line; values with spaces or quotes are quoted.
    private static func text(_ value: Logger.MetadataValue) -> String {
        let plain = value.description
        guard plain.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" }) || plain.isEmpty else { return plain }
        var json = JSONWriter(capacity: plain.utf8.count + 2)
        json.string(plain)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    private static func write(_ value: Logger.MetadataValue, to json: inout JSONWriter) {
        switch value {
        case .string(let text):
            // Numbers logged as strings stay strings: consumers must not guess types.
            json.string(text)
        case .stringConvertible(let convertible):
            if let number = convertible as? Int {
                json.int(number)
            } else if let number = convertible as? Double {
                json.double(number, digits: 6)
            } else if let flag = convertible as? Bool {
                json.bool(flag)
            } else {
                json.string(convertible.description)
            }
        case .array(let values):
            json.beginArray()
            for element in values { write(element, to: &json) }
            json.endArray()
        case .dictionary(let members):
            json.beginObject()
            for key in members.keys.sorted() {
                json.key(key)
                write(members[key]!, to: &json)
            }
            json.endObject()
        }
    }
}

/// RFC 3339 timestamps in UTC with milliseconds, without a formatter object.
package enum RFC3339 {
    package static func now() -> String { format(secondsSince1970: Date().timeIntervalSince1970) }

    package static func format(secondsSince1970 time: Double) -> String {
        let totalMillis = Int((time * 1000).rounded(.down))
        let millis = totalMillis % 1000
        let seconds = totalMillis / 1000
        let days = seconds / 86_400
        let secondOfDay = seconds % 86_400
        let (year, month, day) = CivilCalendar.civil(fromDays: days)
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):"
            + "\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2)).\(pad(millis, 3))Z"
    }
}

