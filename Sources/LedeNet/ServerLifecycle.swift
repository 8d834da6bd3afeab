import CLinux
import Glibc
import Logging

/// Process-wide signal handling for a server process.
///
/// `blockSignals()` must run on the main thread before any other thread exists: threads
/// inherit the mask, so SIGINT/SIGTERM/SIGHUP are then delivered only through the
/// signalfd `run` reads, never to a loop thread's default handler.
///
/// The signalfd and the epoll that `run` waits on are made in `init`, which must come before
/// the server's listeners open. Made later, a flood of clients can take the last descriptor
/// first: `signalfd` then fails with EMFILE and the process exits under its clients (an
/// end-to-end test that floods a server with 48 descriptors saw exactly that once in a
/// loaded CI run, when the main thread was scheduled after the corpus had loaded).
package final class ServerLifecycle {
    private static let watched: [CInt] = [SIGINT, SIGTERM, SIGHUP]
    private let server: HTTPServer
    private let signals: CInt
    private let epoll: Epoll

    /// Makes the descriptors `run` needs; call it before `server.start()`.
    package init(server: HTTPServer) throws(SystemError) {
        var set = Self.watchedSet()
        let signals = try syscall("signalfd") { signalfd(-1, &set, Int32(SFD_CLOEXEC)) }
        do {
            let epoll = try Epoll(capacity: 4)
            try epoll.add(signals, events: Epoll.readable, token: 1)
            try epoll.add(server.finishedDescriptor, events: Epoll.readable, token: 2)
            self.epoll = epoll
        } catch {
            Posix.close(signals)
            throw error
        }
        self.server = server
        self.signals = signals
    }

    deinit { Posix.close(signals) }

    /// Ignores SIGPIPE and blocks SIGINT, SIGTERM and SIGHUP in the calling thread.
    package static func blockSignals() {
        Posix.ignoreBrokenPipe()
        var set = watchedSet()
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    private static func watchedSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in watched { sigaddset(&set, signal) }
        return set
    }

    /// What `run` reports when it returns: the process exit status to use.
    package enum Outcome: Equatable, Sendable {
        /// Every loop exited after a drain (or on its own): exit 0.
        case stopped
        /// A second SIGINT/SIGTERM arrived during the drain: exit at once with 128 + signal.
        case interrupted(signal: CInt)

        package var exitStatus: CInt {
            switch self {
            case .stopped: 0
            case .interrupted(let signal): 128 + signal
            }
        }
    }

    /// Waits for signals and for the server's loops on the calling (main) thread.
    ///
    /// SIGTERM/SIGINT: `onDrain()` (mark the process not ready), then a graceful shutdown;
    /// when every loop has exited, returns `.stopped`. A second SIGTERM/SIGINT returns
    /// `.interrupted` at once. SIGHUP calls `onReload()` (the reload hook). `onTick()` runs
    /// about every `tickMilliseconds` (and once before returning), e.g. to flush buffered
    /// log lines; -1 never ticks.
    package func run(
        logger: Logger, tickMilliseconds: Int32 = -1, onTick: () -> Void = {},
        onDrain: () -> Void, onReload: () -> Void
    ) throws(SystemError) -> Outcome {
        defer { onTick() }
        let server = self.server
        let signals = self.signals
        let workers = server.workerCount
        var finished = 0
        var draining = false
        var outcome: Outcome?
        while true {
            if let outcome {
                if outcome == .stopped { server.waitUntilStopped() }
                return outcome
            }
            onTick()
            try epoll.wait(timeoutMilliseconds: tickMilliseconds) { event in
                if event.token == 2 {
                    var count: UInt64 = 0
                    if Glibc.read(server.finishedDescriptor, &count, 8) == 8 { finished += Int(count) }
                    if finished >= workers { outcome = .stopped }
                    return
                }
                var info = signalfd_siginfo()
                guard Glibc.read(signals, &info, MemoryLayout<signalfd_siginfo>.size) == MemoryLayout<signalfd_siginfo>.size else { return }
                let number = CInt(info.ssi_signo)
                switch number {
                case SIGHUP:
                    logger.info("reload requested (SIGHUP)")
                    onReload()
                case _ where draining:
                    logger.warning("second signal during drain, exiting now", metadata: ["signal": "\(number)"])
                    outcome = .interrupted(signal: number)
                default:
                    draining = true
                    logger.info("draining", metadata: ["signal": "\(number)"])
                    onDrain()
                    server.beginShutdown()
                }
            }
        }
    }
}
