import ArgumentParser
import LedeStore

/// `lede check DIR`: validates a corpus without serving it. Prints every problem as
/// `path:line: severity: reason` and exits 1 when any file has errors (warnings alone
/// exit 0), so it can gate a CI job that edits the corpus.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a corpus folder: report bad files (path, line, reason); exit 1 on errors."
    )

    @Argument(help: "The corpus folder (default: data).")
    var directory: String = "data"

    func run() throws {
        let scan: CorpusScan
        do {
            scan = try CorpusLoader.scan(directory: directory)
        } catch {
            print("lede check: \(error)")
            throw ExitCode(2)
        }
        for problem in scan.problems { print(problem) }
        for name in scan.temporaryFiles {
            print("\(directory)/\(name): warning: leftover of an interrupted write (removed when the server starts)")
        }
        let errors = scan.errorCount
        let warnings = scan.problems.count - errors + scan.temporaryFiles.count
        print("\(scan.articles.count) article\(scan.articles.count == 1 ? "" : "s") valid, \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        if errors > 0 { throw ExitCode(1) }
    }
}
