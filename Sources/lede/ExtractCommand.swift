import ArgumentParser

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Not built yet.")

    func run() throws {
        throw ValidationError("'lede extract' is not built yet")
    }
}
