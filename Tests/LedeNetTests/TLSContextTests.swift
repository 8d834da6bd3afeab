import Foundation
import LedeNet
import LedeTestSupport
import Testing

/// Building a server context: every way the certificate or key can be wrong fails fast
/// with an error naming the file.
@Suite("TLS context")
struct TLSContextTests {
    enum Expected: Sendable {
        case certificateUnreadable, keyUnreadable, certificateInvalid, keyInvalid, keyMismatch

        func matches(_ error: TLSError) -> Bool {
            switch (self, error) {
            case (.certificateUnreadable, .certificateUnreadable), (.keyUnreadable, .keyUnreadable),
                (.certificateInvalid, .certificateInvalid), (.keyInvalid, .keyInvalid),
                (.keyMismatch, .keyMismatch):
                true
            default: false
            }
        }
    }

    /// (name, certificate, key, expected error, text the message must contain). Built once:
    /// rewriting `garbage.pem` while another case reads it made the cases race.
    static let badCredentials: [(String, String, String, Expected, String)] = {
        let files = TLSTestFiles.shared
        let garbage = files.directory + "/garbage.pem"
        _ = FileManager.default.createFile(atPath: garbage, contents: Data("not a certificate\n".utf8))
        return [
            ("missing certificate", files.directory + "/nope.pem", files.key, .certificateUnreadable, "No such file"),
            ("missing key", files.certificate, files.directory + "/nope-key.pem", .keyUnreadable, "No such file"),
            ("certificate path is a directory", files.directory, files.key, .certificateUnreadable, "not a regular file"),
            ("empty key path", files.certificate, "", .keyUnreadable, "no path configured"),
            ("certificate is not PEM", garbage, files.key, .certificateInvalid, "garbage.pem"),
            ("key is not PEM", files.certificate, garbage, .keyInvalid, "garbage.pem"),
            ("key does not match", files.certificate, files.otherKey, .keyMismatch, "does not match"),
            ("key of another certificate", files.certificate, files.secondKey, .keyMismatch, "values mismatch"),
        ]
    }()

    @Test("bad credentials fail fast with a clear error", arguments: badCredentials)
    func badCredentialsFail(name: String, certificate: String, key: String, expected: Expected, text: String) {
        do {
            _ = try TLSContext(server: TLSConfiguration(certificateChainPath: certificate, privateKeyPath: key))
            Issue.record("\(name): the context should not build")
        } catch {
            #expect(expected.matches(error), "\(name): got \(error)")
            #expect(error.description.contains(text), "\(name): '\(error)' lacks '\(text)'")
        }
    }

    @Test("an encrypted key is refused without prompting for a passphrase")
    func encryptedKeyRefused() throws {
        let files = TLSTestFiles.shared
        let encrypted = files.directory + "/encrypted-key.pem"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = ["pkey", "-in", files.key, "-aes256", "-passout", "pass:secret", "-out", encrypted]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        #expect(throws: TLSError.self) {
            _ = try TLSContext(server: TLSConfiguration(certificateChainPath: files.certificate, privateKeyPath: encrypted))
        }
    }

    @Test("an invalid cipher list is reported as a setup error")
    func badCipherList() {
        let files = TLSTestFiles.shared
        var config = TLSConfiguration(certificateChainPath: files.certificate, privateKeyPath: files.key)
        config.cipherList = "NOT-A-CIPHER"
        #expect(throws: TLSError.self) { _ = try TLSContext(server: config) }
    }

    @Test("valid credentials build a server context")
    func validBuilds() throws {
        let context = try TLSContext.testServer()
        #expect(context.role == .server)
        #expect(context.cachedSessionCount == 0)
    }
}

/// The first byte on the TLS port decides between a handshake, a 400 and a silent close.
@Suite("TLS first byte")
struct TLSFirstByteTests {
    @Test(
        "classify",
        arguments: [
            (UInt8(0x16), TLSFirstByte.tls), (UInt8(ascii: "G"), .plainHTTP), (UInt8(ascii: "P"), .plainHTTP),
            (UInt8(ascii: "g"), .garbage), (UInt8(0x00), .garbage), (UInt8(0x80), .garbage), (UInt8(0x15), .garbage),
            (UInt8(ascii: "\r"), .garbage),
        ])
    func classify(byte: UInt8, expected: TLSFirstByte) {
        #expect(TLSFirstByte.classify(byte) == expected)
    }

    @Test("peek leaves the byte in the socket and reports nothing-yet and EOF")
    func peek() {
        let pair = TLSSocketPair()
        #expect(TLSFirstByte.peek(fd: pair.server) == .wantRead)
        pair.sendFromClient(Array("GET / HTTP/1.1\r\n".utf8))
        #expect(TLSFirstByte.peek(fd: pair.server) == .plainHTTP)
        #expect(TLSFirstByte.peek(fd: pair.server) == .plainHTTP)  // not consumed
        let other = TLSSocketPair()
        other.closeClient()
        #expect(TLSFirstByte.peek(fd: other.server) == .closed)
    }

    @Test("the plain-HTTP answer is a complete 400 problem document that closes")
    func badRequestBytes() throws {
        let text = String(decoding: TLSFirstByte.badRequestResponse, as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 400 Bad Request\r\n"))
        #expect(text.contains("Content-Type: application/problem+json\r\n"))
        #expect(text.contains("Connection: close\r\n"))
        let parts = text.components(separatedBy: "\r\n\r\n")
        try #require(parts.count == 2)
        #expect(text.contains("Content-Length: \(parts[1].utf8.count)\r\n"))
        #expect(parts[1].contains("\"status\":400"))
    }
}
