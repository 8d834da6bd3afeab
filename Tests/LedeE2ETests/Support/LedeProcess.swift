import CLinux
import Glibc

/// The built `lede` executable run as a child process, its stdout and stderr captured.
final class LedeProcess {
    let pid: pid_t
    private let stdoutFD: CInt
    private let stderrFD: CInt
    private var output: [UInt8] = []
    private var errors: [UInt8] = []
    private var exited: CInt?

    /// `lede` next to the test bundle (`.build/<config>/`), where SwiftPM puts both.
    static var executablePath: String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if count > 0 {
            let path = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if let slash = path.lastIndex(of: "/") {
                let candidate = String(path[..<slash]) + "/lede"
                if access(candidate, X_OK) == 0 { return candidate }
            }
        }
        return ".build/debug/lede"
    }

    /// `launcher` runs before the binary (e.g. `prlimit --nofile=64:64 --`).
    init(arguments: [String], environment: [String: String] = [:], launcher: [String] = []) throws {
        var outPipe: [CInt] = [0, 0]
        var errPipe: [CInt] = [0, 0]
        // Close-on-exec, so a child spawned by another test at the same moment does not inherit
        // this child's write ends and keep its pipes open past its exit (dup2 into 1 and 2
        // clears the flag for this child).
        guard pipe2(&outPipe, O_CLOEXEC) == 0, pipe2(&errPipe, O_CLOEXEC) == 0 else { throw ClientError(description: "pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        posix_spawn_file_actions_addclose(&actions, outPipe[0])
        posix_spawn_file_actions_addclose(&actions, errPipe[0])

        let path = launcher.first ?? Self.executablePath
        let argv = (launcher + [Self.executablePath] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var env: [String: String] = [:]
        var index = 0
        while let entry = environ[index] {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "="), !text.hasPrefix("LEDE_") {
                env[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            index += 1
        }
        for (key, value) in environment { env[key] = value }
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in envp { free(pointer) } }

        var child = pid_t()
        let result = posix_spawn(&child, path, &actions, nil, argv, envp)
        Glibc.close(outPipe[1])
        Glibc.close(errPipe[1])
        guard result == 0 else {
            Glibc.close(outPipe[0])
            Glibc.close(errPipe[0])
            throw ClientError(description: "posix_spawn \(path): \(result)")
        }
        pid = child
        stdoutFD = outPipe[0]
        stderrFD = errPipe[0]
    }

    deinit {
        if exited == nil {
            kill(pid, SIGKILL)
            _ = waitForExit(seconds: 10)
        }
        Glibc.close(stdoutFD)
        Glibc.close(stderrFD)
    }

    var standardOutput: String { String(decoding: output, as: UTF8.self) }
    var standardError: String { String(decoding: errors, as: UTF8.self) }

    /// Reads whatever the child has written, waiting up to `milliseconds` for something.
    private func pump(milliseconds: CInt) {
        var fds = [pollfd(fd: stdoutFD, events: Int16(POLLIN), revents: 0), pollfd(fd: stderrFD, events: Int16(POLLIN), revents: 0)]
        guard poll(&fds, 2, milliseconds) > 0 else { return }
        var chunk = [UInt8](repeating: 0, count: 4096)
        for (index, entry) in fds.enumerated() where entry.revents != 0 {
            let count = chunk.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
            if count > 0 {
                if index == 0 { output += chunk[..<count] } else { errors += chunk[..<count] }
            }
        }
    }

    /// After exit: reads both pipes to their end. One read is not enough: a server that flushes
    /// its log buffer while stopping can leave more than a chunk behind, and a cut-off last
    /// line made JSON log checks fail now and then. Stops after a second without data, in case
    /// something else still holds a write end.
    private func drainToEndOfFile() {
        var open = [true, true]
        var chunk = [UInt8](repeating: 0, count: 65536)
        while open[0] || open[1] {
            var fds = [
                pollfd(fd: open[0] ? stdoutFD : -1, events: Int16(POLLIN), revents: 0),
                pollfd(fd: open[1] ? stderrFD : -1, events: Int16(POLLIN), revents: 0),
            ]
            guard poll(&fds, 2, 1000) > 0 else { return }
            for (index, entry) in fds.enumerated() where entry.revents != 0 {
                let count = chunk.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    if index == 0 { output += chunk[..<count] } else { errors += chunk[..<count] }
                } else if count == 0 || errno != EINTR {
                    open[index] = false
                }
            }
        }
    }

    /// Waits for the `listening on http://127.0.0.1:PORT` line; returns the port.
    func waitForListeningPort(seconds: Int = 60) throws -> Int {
        let deadline = time(nil) + seconds
        while time(nil) < deadline {
            pump(milliseconds: 100)
            if let port = Self.listeningPort(in: standardOutput, scheme: "http") { return port }
            if let status = waitForExit(seconds: 0) {
                throw ClientError(description: "lede exited with \(status) before listening: \(standardError)")
            }
        }
        throw ClientError(description: "no listening line from lede: \(standardOutput) \(standardError)")
    }

    /// The port of the `listening on SCHEME://HOST:PORT` lifecycle line (the message of a
    /// JSON log line, or a text one), if it was printed.
    static func listeningPort(in output: String, scheme: String) -> Int? {
        let marker = "listening on \(scheme)://"
        for line in output.split(separator: "\n") {
            guard let found = line.firstRange(of: marker) else { continue }
            let address = line[found.upperBound...].prefix { $0 != "\"" && $0 != " " }
            if let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...]) { return port }
        }
        return nil
    }

    func signal(_ number: CInt) { kill(pid, number) }

    /// Collects output written so far (waiting up to 50 ms for some).
    func collectOutput() { pump(milliseconds: 50) }

    /// The exit status once the child has exited, or nil after `seconds`.
    func waitForExit(seconds: Int) -> CInt? {
        if let exited { return exited }
        let deadline = time(nil) + seconds
        repeat {
            var status: CInt = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                // WIFEXITED / WEXITSTATUS / WTERMSIG, spelled out (macros do not import).
                let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
                exited = code
                drainToEndOfFile()
                return code
            }
            pump(milliseconds: 50)
        } while time(nil) < deadline
        return nil
    }
}
