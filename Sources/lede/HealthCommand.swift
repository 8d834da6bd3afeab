import ArgumentParser
import LedeNet

/// `lede health [--url URL]`: one GET; exit 0 on 2xx, 1 otherwise, one line of output.
/// For container health checks (`HEALTHCHECK CMD lede health`) where curl is missing.
struct HealthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "health",
        abstract: "Probe a running server: exit 0 when the URL answers 2xx, 1 otherwise."
    )

    @Option(help: "The URL to GET (http:// only).") var url = "http://127.0.0.1:8080/readyz"
    @Option(help: "Seconds to wait for the connection and for the answer.") var timeout = 5.0

    func run() throws {
        guard let target = HealthProbe.Target(url: url) else {
            writeLine("unhealthy: not an http:// URL: \(url)", to: 1)
            throw ExitCode(1)
        }
        guard timeout > 0, timeout <= 3600 else { throw ValidationError("--timeout: expected seconds in (0, 3600]") }
        do {
            let status = try HealthProbe.status(of: target, timeoutMilliseconds: Int(timeout * 1000))
            guard (200..<300).contains(status) else {
                writeLine("unhealthy: \(url) answered \(status)", to: 1)
                throw ExitCode(1)
            }
            writeLine("healthy: \(url) answered \(status)", to: 1)
        } catch let failure as HealthProbe.Failure {
            writeLine("unhealthy: \(url): \(failure)", to: 1)
            throw ExitCode(1)
        }
    }
}
