import Glibc
import Testing

@testable import lede

/// `ServeConfiguration.resolve`: defaults < file < environment < flags, key by key, and
/// where each value came from.
@Suite struct ConfigurationPrecedenceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var key: String
        var file: String?
        var environment: String?
        var flag: String?
        var expected: String
        var source: ServeConfiguration.Source
        var testDescription: String { "\(key) from \(source)" }
    }

    static let environmentNames: [String: String] = [
        "port": "LEDE_PORT", "logLevel": "LEDE_LOG_LEVEL", "accessLog": "LEDE_ACCESS_LOG",
        "cors.allowedOrigins": "LEDE_CORS_ALLOWED_ORIGINS", "timeouts.idleSeconds": "LEDE_IDLE_TIMEOUT",
        "logFormat": "LEDE_LOG_FORMAT",
    ]

    @Test(arguments: [
        Case(key: "port", file: nil, environment: nil, flag: nil, expected: "8080", source: .default),
        Case(key: "port", file: "9001", environment: nil, flag: nil, expected: "9001", source: .file),
        Case(key: "port", file: "9001", environment: "9002", flag: nil, expected: "9002", source: .env),
        Case(key: "port", file: "9001", environment: "9002", flag: "9003", expected: "9003", source: .flag),
        Case(key: "logLevel", file: "debug", environment: nil, flag: nil, expected: "debug", source: .file),
        Case(key: "logLevel", file: "debug", environment: "error", flag: nil, expected: "error", source: .env),
        Case(key: "logLevel", file: nil, environment: "error", flag: "trace", expected: "trace", source: .flag),
        Case(key: "accessLog", file: nil, environment: nil, flag: nil, expected: "on", source: .default),
        Case(key: "accessLog", file: "false", environment: nil, flag: nil, expected: "off", source: .file),
        Case(key: "accessLog", file: "false", environment: "on", flag: nil, expected: "on", source: .env),
        Case(key: "accessLog", file: "false", environment: "on", flag: "off", expected: "off", source: .flag),
        Case(key: "cors.allowedOrigins", file: nil, environment: nil, flag: nil, expected: "", source: .default),
        Case(
            key: "cors.allowedOrigins", file: "https://a.example", environment: "https://b.example,http://c.example:8080",
            flag: nil, expected: "https://b.example,http://c.example:8080", source: .env),
        Case(key: "cors.allowedOrigins", file: "https://a.example", environment: nil, flag: "*", expected: "*", source: .flag),
        Case(key: "timeouts.idleSeconds", file: "0.5", environment: nil, flag: nil, expected: "0.5", source: .file),
        Case(key: "timeouts.idleSeconds", file: "0.5", environment: nil, flag: "3", expected: "3", source: .flag),
        Case(key: "logFormat", file: "text", environment: "json", flag: nil, expected: "json", source: .env),
    ])
    func layersOverrideInOrder(_ item: Case) throws {
        var fileJSON: String?
        if let value = item.file {
            // Nested keys as nested objects; booleans and numbers as JSON literals.
            let literal = ["false", "true"].contains(value) || Double(value) != nil ? value : "\"\(value)\""
            let parts = item.key.split(separator: ".")
            fileJSON = parts.count == 2 ? "{\"\(parts[0])\": {\"\(parts[1])\": \(literal)}}" : "{\"\(item.key)\": \(literal)}"
        }
        let path = try writeTemporary(fileJSON ?? "{}")
        defer { unlink(path) }
        var environment: [String: String] = [:]
        if let value = item.environment { environment[Self.environmentNames[item.key]!] = value }
        var flags: [String: String] = [:]
        if let value = item.flag { flags[item.key] = value }
        let config = try ServeConfiguration.resolve(file: path, environment: environment, flags: flags)
        let setting = try #require(ServeConfiguration.settings.first { $0.key == item.key })
        #expect(setting.current(config) == item.expected)
        #expect((config.sources[item.key] ?? .default) == item.source)
    }

    @Test func everyKeyHasAnEnvironmentVariableAndHelp() {
        let help = ServeConfiguration.helpText
        for setting in ServeConfiguration.settings {
            #expect(setting.environment.hasPrefix("LEDE_"))
            #expect(help.contains(setting.key) && help.contains(setting.environment), "\(setting.key)")
        }
        #expect(Set(ServeConfiguration.settings.map(\.key)).count == ServeConfiguration.settings.count)
    }

    @Test(arguments: [
        ("cors.allowedOrigins", "https://a.example/path"), ("cors.allowedOrigins", "ftp://a"), ("accessLog", "maybe"),
        ("logFormat", "xml"),
    ])
    func invalidValuesNameTheirKey(key: String, value: String) throws {
        let empty = try writeTemporary("{}")
        defer { unlink(empty) }
        #expect {
            try ServeConfiguration.resolve(file: empty, environment: [:], flags: [key: value])
        } throws: { error in
            "\(error)".contains(key)
        }
        // The default file is optional; an explicit one must exist.
        #expect(throws: ServeConfiguration.Invalid.self) {
            try ServeConfiguration.resolve(file: "/nonexistent-\(getpid()).json", environment: [:], flags: [:])
        }
    }

    @Test func changedKeysListsOnlyWhatDiffers() throws {
        let empty = try writeTemporary("{}")
        defer { unlink(empty) }
        let old = try ServeConfiguration.resolve(file: empty, environment: [:], flags: ["port": "0"])
        let new = try ServeConfiguration.resolve(
            file: empty, environment: ["LEDE_LOG_LEVEL": "warning", "LEDE_WRITE_TOKEN": "t"], flags: ["port": "0"])
        #expect(new.changedKeys(from: old) == ["writeToken", "logLevel"])
    }

    private func writeTemporary(_ text: String) throws -> String {
        let path = "/tmp/lede-config-test-\(getpid())-\(UInt32.random(in: 0 ... .max)).json"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw ClientError(description: "cannot create \(path)") }
        _ = text.withCString { write(fd, $0, strlen($0)) }
        close(fd)
        return path
    }
}
