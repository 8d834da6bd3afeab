import ArgumentParser

/// The `lede` command line. Each subcommand lives in its own file; logic worth testing
/// belongs in the library targets, not here.
@main
struct Lede: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede",
        abstract: "Turns news articles into structured, queryable facts over an HTTP/1.1 JSON API.",
        subcommands: [ServeCommand.self, ConfigCommand.self, HealthCommand.self, ExtractCommand.self, CheckCommand.self],
        defaultSubcommand: ServeCommand.self
    )
}
