import Foundation

// Helpers shared by the test targets only (never by the server): one copy instead of one per
// test target.

/// Certificates made once per test run with the `openssl` command, in a fresh temp dir.
package struct TLSTestFiles: Sendable {
    package let directory: String
    /// Self-signed P-256 certificate for `localhost` and `127.0.0.1`.
    package let certificate: String
    package let key: String
    /// A second key that does not match `certificate`.
    package let otherKey: String
    /// A second, independent self-signed certificate + key (for reload tests).
    package let secondCertificate: String
    package let secondKey: String

    /// Shared by every test in the process; Swift initialises a static `let` once.
    package static let shared: TLSTestFiles = {
        do {
            return try make()
        } catch {
            fatalError("cannot create the test certificate with openssl: \(error)")
        }
    }()

    private static func make() throws -> TLSTestFiles {
        let directory = NSTemporaryDirectory() + "lede-tls-\(getpid())-\(UInt32.random(in: 0 ... .max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let files = TLSTestFiles(
            directory: directory,
            certificate: directory + "/cert.pem", key: directory + "/key.pem",
            otherKey: directory + "/other-key.pem",
            secondCertificate: directory + "/cert2.pem", secondKey: directory + "/key2.pem")
        try selfSigned(certificate: files.certificate, key: files.key)
        try selfSigned(certificate: files.secondCertificate, key: files.secondKey)
        try run(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", files.otherKey])
        return files
    }

    package static func selfSigned(certificate: String, key: String) throws {
        try run([
            "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
            "-days", "2", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-keyout", key, "-out", certificate,
        ])
    }

    private static func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "openssl \(arguments) failed"])
        }
    }
}
