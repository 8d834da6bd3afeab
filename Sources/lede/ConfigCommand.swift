import ArgumentParser
import FoundationEssentials
import LedeJSON

/// `lede config [serve flags]`: prints the effective configuration as JSON, each key with
/// its value, where it came from (`default`, `file`, `env`, `flag`), its environment
/// variable and flag. Secrets are masked. Invalid configuration exits 78 like `serve`.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the effective configuration (value and source of every key) as JSON.",
        discussion: "Takes the same flags as `lede serve`; the environment and the file are read the same way."
    )

    @OptionGroup var options: ServeOptions

    func run() throws {
        let settings: ServeConfiguration
        do {
            settings = try ServeConfiguration.resolve(
                file: options.config, environment: ProcessInfo.processInfo.environment, flags: options.values)
        } catch {
            writeLine("lede: invalid configuration: \(error)", to: 2)
            throw ExitCode(78)
        }
        writeLine(Self.render(settings), to: 1)
    }

    /// One key per line, in the documentation's order.
    static func render(_ settings: ServeConfiguration) -> String {
        var lines: [String] = []
        for setting in ServeConfiguration.settings {
            var json = JSONWriter(capacity: 128)
            json.beginObject()
            json.field("value", settings.describe(setting))
            json.field("source", (settings.sources[setting.key] ?? .default).rawValue)
            json.field("env", setting.environment)
            json.field("flag", setting.flag)
            json.endObject()
            var key = JSONWriter(capacity: 32)
            key.string(setting.key)
            lines.append("  " + String(decoding: key.bytes, as: UTF8.self) + ": " + String(decoding: json.bytes, as: UTF8.self))
        }
        var file = JSONWriter(capacity: 64)
        file.string(settings.file)
        lines.insert("  \"_file\": " + String(decoding: file.bytes, as: UTF8.self), at: 0)
        return "{\n" + lines.joined(separator: ",\n") + "\n}"
    }
}
