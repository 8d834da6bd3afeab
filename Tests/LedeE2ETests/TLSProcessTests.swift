import Foundation
import Glibc
import LedeTestSupport
import Testing

/// The real `lede serve` binary with HTTPS on: the flags, SIGHUP reload with a connection
/// open, and startup failing fast on a bad certificate or key.
@Suite(.serialized)
struct TLSProcessTests {
    let files = TLSTestFiles.shared

    /// `lede` sits next to the test bundle in the build products folder.
    static var ledePath: String {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
        return URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("lede").path
    }

    /// A running `lede serve`; stdout and stderr go to files the test reads.
    final class HTTPSLedeProcess {
        let process = Process()
        let outputPath: String
        let errorPath: String
        private(set) var tlsPort = 0

        init(arguments: [String], directory: String) throws {
            outputPath = directory + "/stdout.txt"
            errorPath = directory + "/stderr.txt"
            _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
            _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
            process.executableURL = URL(fileURLWithPath: TLSProcessTests.ledePath)
            process.arguments = ["serve", "--host", "127.0.0.1", "--port", "0", "--workers", "1"] + arguments
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
            process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
            try process.run()
        }

        var output: String { (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" }
        var errors: String { (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "" }

        /// Waits (bounded) for the "listening on https://…:PORT" line.
        func waitForTLSPort() throws -> Int {
            let found = TestServer.eventually(seconds: 30) { output.contains("listening on https://") || !process.isRunning }
            guard found, let port = LedeProcess.listeningPort(in: output, scheme: "https") else {
                throw ClientError(description: "lede did not report its HTTPS port: \(output) \(errors)")
            }
            tlsPort = port
            return port
        }

        /// SIGTERM, then waits (bounded) for the exit; SIGKILL if it never comes.
        func stop() -> Int32 {
            if process.isRunning { kill(process.processIdentifier, SIGTERM) }
            if !TestServer.eventually(seconds: 20, { !process.isRunning }) { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    private func scratchDirectory() throws -> String {
        let directory = files.directory + "/process-\(UInt32.random(in: 0 ... .max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func sighupReloadsTheCertificateWithAConnectionOpen() throws {
        let directory = try scratchDirectory()
        let certificate = directory + "/cert.pem", key = directory + "/key.pem"
        try FileManager.default.copyItem(atPath: files.certificate, toPath: certificate)
        try FileManager.default.copyItem(atPath: files.key, toPath: key)
        let lede = try HTTPSLedeProcess(
            arguments: ["--tls-port", "0", "--tls-cert", certificate, "--tls-key", key], directory: directory)
        defer { _ = lede.stop() }
        let port = try lede.waitForTLSPort()

        let live = try TLSClient(port: port, trusting: files.certificate)
        try live.send(get("/healthz"))
        #expect(try live.readResponse().status == 200)

        // A bad certificate first: refused with a log line, the old one keeps serving.
        try Data("not a certificate\n".utf8).write(to: URL(fileURLWithPath: certificate))
        kill(lede.process.processIdentifier, SIGHUP)
        #expect(TestServer.eventually { lede.output.contains("TLS certificate reload refused") }, "\(lede.output)")
        let stillOld = try TLSClient(port: port, trusting: files.certificate)
        try stillOld.send(get("/healthz"))
        #expect(try stillOld.readResponse().status == 200)

        // A good new pair: new connections get it, the open one keeps working.
        try FileManager.default.removeItem(atPath: certificate)
        try FileManager.default.removeItem(atPath: key)
        try FileManager.default.copyItem(atPath: files.secondCertificate, toPath: certificate)
        try FileManager.default.copyItem(atPath: files.secondKey, toPath: key)
        kill(lede.process.processIdentifier, SIGHUP)
        #expect(TestServer.eventually { lede.output.contains("TLS certificate reloaded") }, "\(lede.output)")
        let fresh = try TLSClient(port: port, trusting: files.secondCertificate)
        try fresh.send(get("/healthz"))
        #expect(try fresh.readResponse().status == 200)
        try live.send(get("/livez"))
        #expect(try live.readResponse().status == 200)

        #expect(lede.stop() == 0)
    }

    /// (name, certificate, key, text stderr must contain)
    static var badStartups: [(String, String, String, String)] {
        let files = TLSTestFiles.shared
        return [
            ("missing certificate", files.directory + "/absent.pem", files.key, "absent.pem"),
            ("missing key", files.certificate, files.directory + "/absent-key.pem", "absent-key.pem"),
            ("mismatched key", files.certificate, files.otherKey, "does not match"),
        ]
    }

    @Test(arguments: badStartups)
    func startupFailsFastOnBadCredentials(name: String, certificate: String, key: String, text: String) throws {
        let result = try runTool(Self.ledePath, [
            "serve", "--host", "127.0.0.1", "--port", "0", "--tls-port", "0", "--tls-cert", certificate, "--tls-key", key,
        ])
        #expect(result.status == 78, "\(name): \(result.errorText)")
        #expect(result.errorText.contains(text), "\(name): \(result.errorText)")
        #expect(!result.output.contains("listening"), "\(name)")
    }

    @Test func tlsKeysInTheConfigurationFileAndEnvironment() throws {
        let directory = try scratchDirectory()
        let config = directory + "/lede.json"
        let json = """
            { "host": "127.0.0.1", "port": 0, "workers": 1,
              "tls": { "port": 0, "cert": "\(files.certificate)", "key": "\(files.key)" } }
            """
        try Data(json.utf8).write(to: URL(fileURLWithPath: config))
        let lede = try HTTPSLedeProcess(arguments: ["--config", config], directory: directory)
        defer { _ = lede.stop() }
        let client = try TLSClient(port: try lede.waitForTLSPort(), trusting: files.certificate)
        try client.send(get("/healthz"))
        #expect(try client.readResponse().status == 200)

        // The environment overrides the file: a missing key named there stops startup.
        let bad = try runToolWithEnvironment(
            Self.ledePath, ["serve", "--config", config], environment: ["LEDE_TLS_KEY": directory + "/absent.pem"])
        #expect(bad.status == 78)
        #expect(bad.errorText.contains("absent.pem"), "\(bad.errorText)")
    }

    private func runToolWithEnvironment(_ path: String, _ arguments: [String], environment: [String: String]) throws
        -> ToolResult
    {
        // env(1) adds the variables for the child only.
        try runTool("/usr/bin/env", environment.map { "\($0.key)=\($0.value)" } + [path] + arguments)
    }

    @Test func tlsSettingsMustComeTogether() throws {
        let result = try runTool(Self.ledePath, ["serve", "--port", "0", "--tls-port", "0"])
        #expect(result.status == 78)
        #expect(result.errorText.contains("tls.cert"))
    }
}
