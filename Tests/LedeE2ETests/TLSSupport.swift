import Foundation
import Glibc
import LedeNet
import LedeTestSupport
import Logging

/// What a finished command printed.
struct ToolResult {
    var status: Int32
    var output: String
    var errorText: String
}

/// Runs a command with a wall-clock bound (killed past it), returning its output. Output
/// goes to temp files, not pipes, so a chatty tool can never stall on a full pipe.
func runTool(_ path: String, _ arguments: [String], input: String? = nil, timeoutSeconds: Double = 30) throws
    -> ToolResult
{
    let base = NSTemporaryDirectory() + "lede-tool-\(getpid())-\(UInt32.random(in: 0 ... .max))"
    let outputPath = base + ".out", errorPath = base + ".err"
    _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
    _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
    defer {
        try? FileManager.default.removeItem(atPath: outputPath)
        try? FileManager.default.removeItem(atPath: errorPath)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
    process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
    let stdin = Pipe()
    process.standardInput = stdin
    try process.run()
    if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
    try stdin.fileHandleForWriting.close()
    let deadline = Date().addingTimeInterval(timeoutSeconds)
    while process.isRunning && Date() < deadline { usleep(10_000) }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    let errorText = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
    return ToolResult(status: process.terminationStatus, output: output, errorText: errorText)
}

/// An in-process HTTPS listener (`TLSServer`) on 127.0.0.1, an ephemeral port.
final class TestTLSServer {
    let tls: TLSServer
    let port: Int

    init(
        configuration tlsConfiguration: TLSConfiguration? = nil,
        configure: (inout ServerConfiguration) -> Void = { _ in }
    ) throws {
        let files = TLSTestFiles.shared
        var configuration = ServerConfiguration()
        configuration.host = "127.0.0.1"
        configuration.workers = 2
        configure(&configuration)
        var settings = TLSListenerSettings(port: 0, certificateChainPath: files.certificate, privateKeyPath: files.key)
        if let tlsConfiguration { settings.configuration = tlsConfiguration }
        var logger = Logger(label: "test-tls")
        logger.logLevel = .critical
        tls = try TLSServer(base: configuration, settings: settings, responder: TestResponder(), logger: logger)
        port = try tls.start()
    }

    func client(trusting certificate: String = TLSTestFiles.shared.certificate, maximumVersion: TLSVersion? = nil)
        throws -> TLSClient
    {
        try TLSClient(port: port, trusting: certificate, maximumVersion: maximumVersion)
    }

    func shutdown() {
        tls.server.shutdown()
    }
}
