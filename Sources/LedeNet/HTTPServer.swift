import Glibc
import LedeHTTP
import Logging
import Synchronization

/// The server: listeners, one event loop thread per worker, and their lifecycle.
///
/// Thread-safe (`Sendable`): `replaceResponder`, `beginShutdown` and `stop` may be called
/// from any thread; they post jobs to every loop, so the request path itself never locks.
package final class HTTPServer: Sendable {
    private struct State {
        var handles: [LoopHandle] = []
        var threads: [pthread_t] = []
        /// Listeners shared by every loop (`sharedListener` strategy), closed after the loops.
        var sharedListeners: [CInt] = []
        var ports: [Int] = []
        var responder: any HTTPResponder
        var isShuttingDown = false
    }

    /// The configuration the server was created with.
    package let configuration: ServerConfiguration
    private let logger: Logger
    private let counters = ServerCounters()
    private let state: Mutex<State>
    /// Each loop thread adds one when it exits; `ServerLifecycle` waits on it.
    package let finishedDescriptor: CInt

    /// Creates a stopped server; `start()` binds and spawns the loops.
    package init(configuration: ServerConfiguration, responder: any HTTPResponder, logger: Logger) throws(SystemError) {
        self.configuration = configuration
        self.logger = logger
        self.state = Mutex(State(responder: responder))
        self.finishedDescriptor = try EventFD.make()
    }

    deinit {
        Posix.close(finishedDescriptor)
    }

    /// Loop threads started by `start()`.
    package var workerCount: Int { state.withLock { $0.threads.count } }
    /// Open connections across all loops right now.
    package var openConnections: Int { counters.openConnections.load(ordering: .relaxed) }
    /// Connections refused at the connection limit so far.
    package var refusedConnections: Int { counters.refusedConnections.load(ordering: .relaxed) }

    /// The bound ports once started, in the order of `configuration.listeners`.
    package var ports: [Int] { state.withLock { $0.ports } }

    /// Binds every listener, starts the loops and returns the first bound port (useful with
    /// port 0; `ports` has them all). Fails fast if an address cannot be bound.
    @discardableResult
    package func start() throws -> Int {
        precondition(state.withLock { $0.threads.isEmpty }, "HTTPServer.start() called twice")
        Posix.ignoreBrokenPipe()
        let fileLimit = Posix.raiseFileLimit()
        if fileLimit < configuration.maxConnections + 64 {
            logger.warning("file descriptor limit below maxConnections", metadata: [
                "limit": "\(fileLimit)", "maxConnections": "\(configuration.maxConnections)",
            ])
        }
        let workers = configuration.resolvedWorkers
        // perLoop[i]: the listeners loop i accepts on, one per configured port.
        var perLoop = Array(repeating: [LoopListener](), count: workers)
        var shared: [CInt] = []
        var ports: [Int] = []
        func closeUnstarted(from loop: Int) {
            for listeners in perLoop.dropFirst(loop) { for listener in listeners where listener.owned { Posix.close(listener.descriptor) } }
            for descriptor in shared { Posix.close(descriptor) }
        }
        do {
            for settings in configuration.listeners {
                var port = settings.port
                switch configuration.acceptStrategy {
                case .reusePort:
                    for loop in 0..<workers {
                        let bound = try ListeningSocket.make(host: configuration.host, port: port, reusePort: true)
                        port = bound.port
                        perLoop[loop].append(LoopListener(descriptor: bound.descriptor, owned: true, transportFactory: settings.transportFactory))
                    }
                case .sharedListener:
                    let bound = try ListeningSocket.make(host: configuration.host, port: port, reusePort: false)
                    port = bound.port
                    shared.append(bound.descriptor)
                    for loop in 0..<workers {
                        perLoop[loop].append(LoopListener(descriptor: bound.descriptor, owned: false, transportFactory: settings.transportFactory))
                    }
                }
                ports.append(port)
            }
        } catch {
            closeUnstarted(from: 0)
            throw error
        }
        let responder = state.withLock { $0.responder }
        var handles: [LoopHandle] = []
        var threads: [pthread_t] = []
        do {
            for (index, listeners) in perLoop.enumerated() {
                let handle = try LoopHandle()
                let configuration = self.configuration
                let counters = self.counters
                let logger = self.logger
                let finished = finishedDescriptor
                let thread = try LoopThread.spawn(name: "lede-loop-\(index)") {
                    do {
                        let loop = try EventLoop(
                            handle: handle, listeners: listeners, configuration: configuration, responder: responder,
                            counters: counters, logger: logger)
                        loop.run()
                    } catch {
                        // Close our SO_REUSEPORT listeners, or the kernel would keep hashing
                        // connections to queues nobody accepts from.
                        for listener in listeners where listener.owned { Posix.close(listener.descriptor) }
                        logger.critical("event loop failed to start", metadata: ["error": "\(error)"])
                    }
                    EventFD.signal(finished)
                }
                handles.append(handle)
                threads.append(thread)
            }
        } catch {
            // Out of threads or descriptors mid-way: stop the loops already running.
            for handle in handles { handle.post(.stop) }
            for thread in threads { LoopThread.join(thread) }
            closeUnstarted(from: threads.count)
            throw error
        }
        state.withLock { state in
            state.handles = handles
            state.threads = threads
            state.ports = ports
            state.sharedListeners = shared
        }
        return ports[0]
    }

    /// Serves every later request with `responder` (e.g. after a store reload). Each loop
    /// picks it up between events; requests already answered are unaffected.
    package func replaceResponder(_ responder: any HTTPResponder) {
        let handles = state.withLock { state in
            state.responder = responder
            return state.handles
        }
        for handle in handles { handle.post(.replaceResponder(responder)) }
    }

    /// Stops accepting, lets in-flight requests finish (their responses carry
    /// `Connection: close`), closes idle connections; each loop exits when it has no
    /// connections left or after `drainTimeoutMilliseconds`.
    package func beginShutdown() {
        let handles = state.withLock { state in
            state.isShuttingDown = true
            return state.handles
        }
        for handle in handles { handle.post(.drain) }
    }

    /// Closes every connection and ends the loops without draining.
    package func stop() {
        for handle in state.withLock({ $0.handles }) { handle.post(.stop) }
    }

    /// Blocks until every loop thread has exited, then releases the shared listeners.
    package func waitUntilStopped() {
        let threads = state.withLock { $0.threads }
        for thread in threads { LoopThread.join(thread) }
        state.withLock { state in
            for shared in state.sharedListeners { Posix.close(shared) }
            state.sharedListeners = []
            state.threads = []
        }
    }

    /// `beginShutdown()` then `waitUntilStopped()`.
    package func shutdown() {
        beginShutdown()
        waitUntilStopped()
    }
}
