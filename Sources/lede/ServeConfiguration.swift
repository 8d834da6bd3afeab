import FoundationEssentials
import LedeHTTP
import LedeNet
import LedeTelemetry
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
    var logFormat = LogFormat.json
    /// One log line per request (metrics are recorded either way).
    var accessLog = true
    /// Browser origins allowed to call the API (CORS); empty turns CORS off.
    var corsAllowedOrigins: [String] = []
    /// HTTPS beside the plain listener: on when `tls.port` is set (with `tls.cert`, `tls.key`).
    var tlsPort: Int?
    var tlsCertificate: String?
    var tlsKey: String?
    /// Where each key's value came from (keys absent here have their default).
    var sources: [String: Source] = [:]
    /// The configuration file that was read, if any.
    var file: String?

    /// A configuration layer, lowest precedence first.
    enum Source: String, Comparable {
        case `default`, file, env, flag
        static func < (a: Source, b: Source) -> Bool { order(a) < order(b) }
        private static func order(_ source: Source) -> Int { [.default, .file, .env, .flag].firstIndex(of: source)! }
    }

    /// The HTTPS listener, or nil when `tls.port` is not set.
    var tls: TLSListenerSettings? {
        guard let tlsPort, let tlsCertificate, let tlsKey else { return nil }
        return TLSListenerSettings(port: tlsPort, certificateChainPath: tlsCertificate, privateKeyPath: tlsKey)
    }

    var corsPolicy: CORSPolicy { CORSPolicy(allowedOrigins: corsAllowedOrigins) }

    /// A value that cannot be used; the message names the key and where it came from.
    struct Invalid: Error, CustomStringConvertible {
        var description: String
    }

    /// One configurable key: its file name, environment variable, flag, meaning, how it
    /// applies and how its effective value reads back (for `lede config` and the docs).
    struct Setting: Sendable {
        var key: String
        var environment: String
        /// Nil for secrets, which do not belong on a command line (`ps` shows it).
        var flag: String?
        var meaning: String
        /// Whether SIGHUP applies a new value without a restart.
        var live = false
        /// Masked in `lede config`.
        var secret = false
        var apply: @Sendable (inout ServeConfiguration, String) -> String?  // an error reason, or nil
        var current: @Sendable (ServeConfiguration) -> String?
    }

    static let settings: [Setting] = [
        Setting(
            key: "host", environment: "LEDE_HOST", flag: "--host", meaning: "IPv4 or IPv6 literal to bind",
            apply: { config, text in
                config.server.host = text
                return ListeningSocket.isAddressLiteral(text) ? nil : "expected an IPv4 or IPv6 address, got \"\(text)\""
            }, current: { $0.server.host }),
        integer("port", "LEDE_PORT", "--port", "port to listen on; 0 picks a free one", 0...65535, \.server.port),
        integer("workers", "LEDE_WORKERS", "--workers", "event loop threads; 0 = one per core", 0...1024, \.server.workers),
        Setting(
            key: "data", environment: "LEDE_DATA", flag: "--data", meaning: "corpus folder (rescanned on SIGHUP)",
            apply: { config, text in
                config.dataPath = text
                return text.isEmpty ? "must not be empty" : nil
            }, current: { $0.dataPath }),
        Setting(
            key: "writeToken", environment: "LEDE_WRITE_TOKEN", flag: nil,
            meaning: "bearer token for POST/PUT/DELETE; unset disables writes", live: true, secret: true,
            apply: { config, text in
                config.writeToken = text.isEmpty ? nil : text
                return nil
            }, current: { $0.writeToken }),
        Setting(
            key: "logLevel", environment: "LEDE_LOG_LEVEL", flag: "--log-level",
            meaning: "trace, debug, info, notice, warning, error or critical", live: true,
            apply: { config, text in
                guard let level = Logger.Level(rawValue: text.lowercased()) else {
                    return "expected one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))"
                }
                config.logLevel = level
                return nil
            }, current: { $0.logLevel.rawValue }),
        Setting(
            key: "logFormat", environment: "LEDE_LOG_FORMAT", flag: "--log-format",
            meaning: "json (one object per line) or text", live: true,
            apply: { config, text in
                guard let format = LogFormat(rawValue: text.lowercased()) else { return "expected json or text" }
                config.logFormat = format
                return nil
            }, current: { $0.logFormat.rawValue }),
        Setting(
            key: "accessLog", environment: "LEDE_ACCESS_LOG", flag: "--access-log",
            meaning: "one log line per request: on or off", live: true,
            apply: { config, text in
                switch text.lowercased() {
                case "on", "true", "1", "yes": config.accessLog = true
                case "off", "false", "0", "no": config.accessLog = false
                default: return "expected on or off, got \"\(text)\""
                }
                return nil
            }, current: { $0.accessLog ? "on" : "off" }),
        Setting(
            key: "cors.allowedOrigins", environment: "LEDE_CORS_ALLOWED_ORIGINS", flag: "--cors-allowed-origins",
            meaning: "browser origins allowed (comma-separated, or * for any); empty turns CORS off", live: true,
            apply: { config, text in
                let origins = text.split(separator: ",").map { $0.trimmed }.filter { !$0.isEmpty }
                for origin in origins where origin != "*" {
                    let rest = origin.hasPrefix("https://") ? origin.dropFirst(8) : origin.hasPrefix("http://") ? origin.dropFirst(7) : nil
                    guard let rest, !rest.isEmpty, !rest.contains("/"), !rest.contains(" ") else {
                        return "expected origins like https://app.example (scheme and host, no path) or *, got \"\(origin)\""
                    }
                }
                config.corsAllowedOrigins = origins
                return nil
            }, current: { $0.corsAllowedOrigins.joined(separator: ",") }),
        Setting(
            key: "acceptStrategy", environment: "LEDE_ACCEPT_STRATEGY", flag: "--accept-strategy",
            meaning: "reusePort (one listener per loop) or sharedListener (EPOLLEXCLUSIVE)",
            apply: { config, text in
                guard let strategy = AcceptStrategy(rawValue: text) else {
                    return "expected one of \(AcceptStrategy.allCases.map(\.rawValue).joined(separator: ", "))"
                }
                config.server.acceptStrategy = strategy
                return nil
            }, current: { $0.server.acceptStrategy.rawValue }),
        integer(
            "limits.maxConnections", "LEDE_MAX_CONNECTIONS", "--max-connections", "open connections; more are answered 503",
            1...1_000_000, \.server.maxConnections),
        integer(
            "limits.maxTargetBytes", "LEDE_MAX_TARGET_BYTES", "--max-target-bytes", "longest request target (414 beyond)",
            16...(1 << 20), \.server.limits.maxTargetBytes),
        integer(
            "limits.maxHeaderBytes", "LEDE_MAX_HEADER_BYTES", "--max-header-bytes", "largest request head (431 beyond)",
            64...(1 << 20), \.server.limits.maxHeaderBytes),
        integer(
            "limits.maxHeaderCount", "LEDE_MAX_HEADER_COUNT", "--max-header-count", "most header fields (431 beyond)",
            1...10_000, \.server.limits.maxHeaderCount),
        integer(
            "limits.maxBodyBytes", "LEDE_MAX_BODY_BYTES", "--max-body-bytes", "largest request body (413 beyond)",
            0...(1 << 30), \.server.limits.maxBodyBytes),
        integer(
            "limits.maxPendingWriteBytes", "LEDE_MAX_PENDING_WRITE_BYTES", "--max-pending-write-bytes",
            "unsent bytes after which a connection stops being read", 1024...(1 << 30), \.server.maxPendingWriteBytes),
        seconds("timeouts.headerSeconds", "LEDE_HEADER_TIMEOUT", "--header-timeout", "to receive a request head", \.server.headerTimeoutMilliseconds),
        seconds("timeouts.bodySeconds", "LEDE_BODY_TIMEOUT", "--body-timeout", "between reads of a request body", \.server.bodyTimeoutMilliseconds),
        seconds("timeouts.idleSeconds", "LEDE_IDLE_TIMEOUT", "--idle-timeout", "an idle keep-alive connection stays open", \.server.idleTimeoutMilliseconds),
        seconds(
            "timeouts.writeSeconds", "LEDE_WRITE_TIMEOUT", "--write-timeout", "without write progress before a connection is dropped",
            \.server.writeTimeoutMilliseconds),
        seconds("timeouts.drainSeconds", "LEDE_DRAIN_TIMEOUT", "--drain-timeout", "to finish in-flight requests on shutdown", \.server.drainTimeoutMilliseconds),
        Setting(
            key: "tls.port", environment: "LEDE_TLS_PORT", flag: "--tls-port",
            meaning: "HTTPS port beside the plain one (with tls.cert and tls.key); 0 picks a free one",
            apply: { config, text in
                guard let value = Int(text), (0...65535).contains(value) else { return "expected an integer in 0...65535, got \"\(text)\"" }
                config.tlsPort = value
                return nil
            }, current: { $0.tlsPort.map(String.init) }),
        Setting(
            key: "tls.cert", environment: "LEDE_TLS_CERT", flag: "--tls-cert", meaning: "PEM certificate chain (re-read on SIGHUP)",
            live: true,
            apply: { config, text in
                config.tlsCertificate = text
                return text.isEmpty ? "must not be empty" : nil
            }, current: { $0.tlsCertificate }),
        Setting(
            key: "tls.key", environment: "LEDE_TLS_KEY", flag: "--tls-key", meaning: "PEM private key, unencrypted (re-read on SIGHUP)",
            live: true,
            apply: { config, text in
                config.tlsKey = text
                return text.isEmpty ? "must not be empty" : nil
            }, current: { $0.tlsKey }),
    ]

    /// One line per key for `lede serve --help`: key, environment variable, default, meaning.
    static var helpText: String {
        let defaults = ServeConfiguration()
        return settings.map { setting in
            let flag = setting.flag.map { ", \($0)" } ?? " (no flag)"
            let value = setting.current(defaults).map { $0.isEmpty ? "\"\"" : $0 } ?? "unset"
            return "  \(setting.key) (\(setting.environment)\(flag); default \(value))\(setting.live ? " [SIGHUP]" : ""): \(setting.meaning)"
        }.joined(separator: "\n")
    }

    /// The effective value of `key` as text (secrets masked), for `lede config` and logs.
    func describe(_ setting: Setting) -> String? {
        guard let value = setting.current(self) else { return nil }
        return setting.secret ? "********" : value
    }

    /// Keys whose effective value differs between two configurations.
    func changedKeys(from old: ServeConfiguration) -> [String] {
        Self.settings.filter { $0.current(self) != $0.current(old) }.map(\.key)
    }

    /// Every key the file may contain.
    static var keys: [String] { settings.map(\.key) }

    private static func integer(
        _ key: String, _ environment: String, _ flag: String, _ meaning: String, _ range: ClosedRange<Int>,
        _ path: any WritableKeyPath<ServeConfiguration, Int> & Sendable
    ) -> Setting {
        Setting(
            key: key, environment: environment, flag: flag, meaning: meaning,
            apply: { config, text in
                guard let value = Int(text), range.contains(value) else {
                    return "expected an integer in \(range.lowerBound)...\(range.upperBound), got \"\(text)\""
                }
                config[keyPath: path] = value
                return nil
            }, current: { String($0[keyPath: path]) })
    }

    private static func seconds(
        _ key: String, _ environment: String, _ flag: String, _ meaning: String,
        _ path: any WritableKeyPath<ServeConfiguration, Int64> & Sendable
    ) -> Setting {
        Setting(
            key: key, environment: environment, flag: flag, meaning: "seconds " + meaning,
            apply: { config, text in
                guard let value = Double(text), value > 0, value <= 86_400 else {
                    return "expected seconds in (0, 86400], got \"\(text)\""
                }
                config[keyPath: path] = Int64((value * 1000).rounded())
                return nil
            },
            current: { config in
                let milliseconds = config[keyPath: path]
                return milliseconds % 1000 == 0 ? String(milliseconds / 1000) : String(Double(milliseconds) / 1000)
            })
    }

    /// Resolves the layers. `file` nil means `Config/lede.json` if it exists; an explicit
    /// file must exist.
    static func resolve(file: String?, environment: [String: String], flags: [String: String]) throws(Invalid) -> ServeConfiguration {
        var config = ServeConfiguration()
        let path = file ?? "Config/lede.json"
        if let values = try fileValues(path: path, required: file != nil) {
            try config.apply(values, source: path, layer: .file)
            config.file = path
        }
        var fromEnvironment: [String: String] = [:]
        for setting in settings {
            if let value = environment[setting.environment] { fromEnvironment[setting.key] = value }
        }
        try config.apply(fromEnvironment, source: "environment", layer: .env)
        try config.apply(flags, source: "command line", layer: .flag)
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

    private mutating func apply(_ values: [String: String], source: String, layer: Source) throws(Invalid) {
        for (key, text) in values.sorted(by: { $0.key < $1.key }) {
            guard let setting = Self.settings.first(where: { $0.key == key }) else {
                throw Invalid(description: "\(source): unknown key \"\(key)\"")
            }
            if let reason = setting.apply(&self, text) {
                let name = source == "environment" ? setting.environment : key
                throw Invalid(description: "\(source): \(name): \(reason)")
            }
            sources[key] = layer
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
            throw Invalid(description: "\(path): \(prefix): expected a string, a number, a boolean or a list of strings")
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
        } else if let flag = try? single.decode(Bool.self) {
            self = .scalar(flag ? "true" : "false")
        } else if let list = try? single.decode([String].self) {
            // Lists (cors.allowedOrigins) travel as comma-separated text, like in LEDE_* variables.
            self = .scalar(list.joined(separator: ","))
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
