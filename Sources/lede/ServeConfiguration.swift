import FoundationEssentials
import LedeHTTP
import LedeNet
import Logging

/// `lede serve` settings, resolved from four layers, each overriding the one before:
/// built-in defaults < the JSON file (`Config/lede.json` or `--config`) < `LEDE_*`
/// environment variables < command-line flags.
///
/// Every layer is first reduced to `[key: text]` with the file's dotted key names
/// (`limits.maxConnections`), then applied through one table of settings, so a value is
/// validated the same way wherever it came from and every error names its key and source.
struct ServeConfiguration {
    var server = ServerConfiguration()
    var dataPath = "data"
    /// Bearer token for the API's writes; nil disables them (403).
    var writeToken: String?
    var logLevel = Logger.Level.info
    /// HTTPS beside the plain listener: on when `tls.port` is set (with `tls.cert`, `tls.key`).
    var tlsPort: Int?
    var tlsCertificate: String?
    var tlsKey: String?

    /// The HTTPS listener, or nil when `tls.port` is not set.
    var tls: TLSListenerSettings? {
        guard let tlsPort, let tlsCertificate, let tlsKey else { return nil }
        return TLSListenerSettings(port: tlsPort, certificateChainPath: tlsCertificate, privateKeyPath: tlsKey)
    }

    /// A value that cannot be used; the message names the key and where it came from.
    struct Invalid: Error, CustomStringConvertible {
        var description: String
    }

    /// One configurable key: its file name, environment variable and how it applies.
    private struct Setting: Sendable {
        var key: String
        var environment: String
        var apply: @Sendable (inout ServeConfiguration, String) -> String?  // an error reason, or nil
    }

    private static let settings: [Setting] = [
        Setting(key: "host", environment: "LEDE_HOST") { config, text in
            config.server.host = text
            return ListeningSocket.isAddressLiteral(text) ? nil : "expected an IPv4 or IPv6 address, got \"\(text)\""
        },
        integer("port", "LEDE_PORT", 0...65535) { $0.server.port = $1 },
        integer("workers", "LEDE_WORKERS", 0...1024) { $0.server.workers = $1 },
        Setting(key: "data", environment: "LEDE_DATA") { config, text in
            config.dataPath = text
            return text.isEmpty ? "must not be empty" : nil
        },
        Setting(key: "writeToken", environment: "LEDE_WRITE_TOKEN") { config, text in
            config.writeToken = text.isEmpty ? nil : text
            return nil
        },
        Setting(key: "logLevel", environment: "LEDE_LOG_LEVEL") { config, text in
            guard let level = Logger.Level(rawValue: text.lowercased()) else {
                return "expected one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))"
            }
            config.logLevel = level
            return nil
        },
        Setting(key: "acceptStrategy", environment: "LEDE_ACCEPT_STRATEGY") { config, text in
            guard let strategy = AcceptStrategy(rawValue: text) else {
                return "expected one of \(AcceptStrategy.allCases.map(\.rawValue).joined(separator: ", "))"
            }
            config.server.acceptStrategy = strategy
            return nil
        },
        integer("limits.maxConnections", "LEDE_MAX_CONNECTIONS", 1...1_000_000) { $0.server.maxConnections = $1 },
        integer("limits.maxTargetBytes", "LEDE_MAX_TARGET_BYTES", 16...(1 << 20)) { $0.server.limits.maxTargetBytes = $1 },
        integer("limits.maxHeaderBytes", "LEDE_MAX_HEADER_BYTES", 64...(1 << 20)) { $0.server.limits.maxHeaderBytes = $1 },
        integer("limits.maxHeaderCount", "LEDE_MAX_HEADER_COUNT", 1...10_000) { $0.server.limits.maxHeaderCount = $1 },
        integer("limits.maxBodyBytes", "LEDE_MAX_BODY_BYTES", 0...(1 << 30)) { $0.server.limits.maxBodyBytes = $1 },
        integer("limits.maxPendingWriteBytes", "LEDE_MAX_PENDING_WRITE_BYTES", 1024...(1 << 30)) {
            $0.server.maxPendingWriteBytes = $1
        },
        seconds("timeouts.headerSeconds", "LEDE_HEADER_TIMEOUT") { $0.server.headerTimeoutMilliseconds = $1 },
        seconds("timeouts.bodySeconds", "LEDE_BODY_TIMEOUT") { $0.server.bodyTimeoutMilliseconds = $1 },
        seconds("timeouts.idleSeconds", "LEDE_IDLE_TIMEOUT") { $0.server.idleTimeoutMilliseconds = $1 },
        seconds("timeouts.writeSeconds", "LEDE_WRITE_TIMEOUT") { $0.server.writeTimeoutMilliseconds = $1 },
        seconds("timeouts.drainSeconds", "LEDE_DRAIN_TIMEOUT") { $0.server.drainTimeoutMilliseconds = $1 },
        integer("tls.port", "LEDE_TLS_PORT", 0...65535) { $0.tlsPort = $1 },
        Setting(key: "tls.cert", environment: "LEDE_TLS_CERT") { config, text in
            config.tlsCertificate = text
            return text.isEmpty ? "must not be empty" : nil
        },
        Setting(key: "tls.key", environment: "LEDE_TLS_KEY") { config, text in
            config.tlsKey = text
            return text.isEmpty ? "must not be empty" : nil
        },
    ]

    /// Every key the file may contain.
    static var keys: [String] { settings.map(\.key) }

    private static func integer(
        _ key: String, _ environment: String, _ range: ClosedRange<Int>, _ set: @escaping @Sendable (inout ServeConfiguration, Int) -> Void
    ) -> Setting {
        Setting(key: key, environment: environment) { config, text in
            guard let value = Int(text), range.contains(value) else {
                return "expected an integer in \(range.lowerBound)...\(range.upperBound), got \"\(text)\""
            }
            set(&config, value)
            return nil
        }
    }

    private static func seconds(
        _ key: String, _ environment: String, _ set: @escaping @Sendable (inout ServeConfiguration, Int64) -> Void
    ) -> Setting {
        Setting(key: key, environment: environment) { config, text in
            guard let value = Double(text), value > 0, value <= 86_400 else {
                return "expected seconds in (0, 86400], got \"\(text)\""
            }
            set(&config, Int64((value * 1000).rounded()))
            return nil
        }
    }

    /// Resolves the layers. `file` nil means `Config/lede.json` if it exists; an explicit
    /// file must exist.
    static func resolve(file: String?, environment: [String: String], flags: [String: String]) throws(Invalid) -> ServeConfiguration {
        var config = ServeConfiguration()
        let path = file ?? "Config/lede.json"
        if let values = try fileValues(path: path, required: file != nil) {
            try config.apply(values, source: path)
        }
        var fromEnvironment: [String: String] = [:]
        for setting in settings {
            if let value = environment[setting.environment] { fromEnvironment[setting.key] = value }
        }
        try config.apply(fromEnvironment, source: "environment")
        try config.apply(flags, source: "command line")
        // TLS is all or nothing: a port without a certificate (or the reverse) is a mistake
        // worth stopping for, not a reason to silently serve plain HTTP only.
        let tlsKeys = [config.tlsPort != nil, config.tlsCertificate != nil, config.tlsKey != nil]
        if tlsKeys.contains(true) && tlsKeys.contains(false) {
            throw Invalid(description: "tls.port, tls.cert and tls.key must be set together (--tls-port, --tls-cert, --tls-key)")
        }
        if let tlsPort = config.tlsPort, tlsPort != 0, tlsPort == config.server.port {
            throw Invalid(description: "tls.port: must differ from port (\(tlsPort))")
        }
        return config
    }

    private mutating func apply(_ values: [String: String], source: String) throws(Invalid) {
        for (key, text) in values.sorted(by: { $0.key < $1.key }) {
            guard let setting = Self.settings.first(where: { $0.key == key }) else {
                throw Invalid(description: "\(source): unknown key \"\(key)\"")
            }
            if let reason = setting.apply(&self, text) {
                let name = source == "environment" ? setting.environment : key
                throw Invalid(description: "\(source): \(name): \(reason)")
            }
        }
    }

    /// Flattens the JSON file to dotted keys with textual values.
    private static func fileValues(path: String, required: Bool) throws(Invalid) -> [String: String]? {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            if required { throw Invalid(description: "\(path): cannot read the configuration file") }
            return nil
        }
        let document: JSONValue
        do {
            document = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw Invalid(description: "\(path): not valid JSON")
        }
        var values: [String: String] = [:]
        try flatten(document, prefix: "", into: &values, path: path)
        return values
    }

    private static func flatten(_ value: JSONValue, prefix: String, into values: inout [String: String], path: String) throws(Invalid) {
        switch value {
        case .object(let members):
            for (name, member) in members {
                try flatten(member, prefix: prefix.isEmpty ? name : "\(prefix).\(name)", into: &values, path: path)
            }
        case .scalar(let text):
            guard !prefix.isEmpty else { throw Invalid(description: "\(path): expected a JSON object") }
            values[prefix] = text
        case .unsupported:
            throw Invalid(description: "\(path): \(prefix): expected a string or a number")
        }
    }
}

/// Just enough JSON for a configuration file: objects of strings and numbers.
private enum JSONValue: Decodable {
    case object([String: JSONValue])
    case scalar(String)
    case unsupported

    init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: AnyKey.self) {
            var members: [String: JSONValue] = [:]
            for key in container.allKeys { members[key.stringValue] = try container.decode(JSONValue.self, forKey: key) }
            self = .object(members)
            return
        }
        let single = try decoder.singleValueContainer()
        if let integer = try? single.decode(Int.self) {
            self = .scalar(String(integer))
        } else if let number = try? single.decode(Double.self) {
            self = .scalar(String(number))
        } else if let text = try? single.decode(String.self) {
            self = .scalar(text)
        } else {
            self = .unsupported
        }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
