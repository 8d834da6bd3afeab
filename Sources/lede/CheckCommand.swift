import ArgumentParser

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Not built yet.")

    func run() throws {
        throw ValidationError("'lede check' is not built yet")
    }
}
