import CLinux
import Glibc
import LedeHTTP
import LedeTelemetry
import Logging
import Synchronization

/// A listening socket a loop accepts on, and what each accepted socket is wrapped in.
struct LoopListener {
    let descriptor: CInt
    /// This loop's own `SO_REUSEPORT` socket (closed by the loop), or one shared by every loop.
    let owned: Bool
    let transportFactory: any TransportFactory
}

/// One epoll loop on its own thread: accepts, owns its connections, runs their timers.
///
/// Created inside its thread and never shared; other threads reach it only through its
/// `LoopHandle` (jobs + eventfd). All connection objects live and die here.
final class EventLoop {
    /// Registrations that are not connections use generation 0 (connections start at 1).
    private static let controlGeneration: UInt32 = 0
    /// How long accepting pauses after EMFILE/ENFILE/ENOBUFS/ENOMEM.
    private static let acceptBackoffMilliseconds: Int64 = 100

    let logger: Logger
    let maxPendingWriteBytes: Int
    private let handle: LoopHandle
    private let configuration: ServerConfiguration
    private let counters: ServerCounters
    private let epoll: Epoll
    /// Every listener this loop accepts on (the plain and the TLS port); emptied by a drain.
    private var listeners: [LoopListener]
    private var acceptPausedUntil: Int64?

    private(set) var responder: any HTTPResponder
    private var connections: [Connection?] = []
    private var openCount = 0
    private var nextGeneration: UInt32 = 1
    private var deadlines: DeadlineLists
    private var revisit: [Connection] = []
    private var now: Int64

    /// Allocated once per loop: every read lands here first.
    let readBuffer: UnsafeMutableBufferPointer<UInt8>
    let vectors: UnsafeMutableBufferPointer<iovec>
    /// The `Date` field value, re-rendered when the second changes.
    private(set) var date = ""
    private var dateCache = HTTPDateCache()
    /// Sent to connections past `maxConnections`.
    private let refusal: HTTPResponse

    private(set) var isDraining = false
    /// This loop's access log and histogram cache (nil without telemetry).
    var observer: AccessObserver?
    let metrics: ServerMetrics?
    var requestIDs = RequestIDSource()
    /// Traffic since the last batch, added to the shared counters once per wake-up.
    var bytesIn = 0
    var bytesOut = 0
    private var drainDeadline: Int64 = .max
    private var isStopping = false

    init(
        handle: LoopHandle, listeners: [LoopListener], configuration: ServerConfiguration,
        responder: any HTTPResponder, counters: ServerCounters, logger: Logger
    ) throws(SystemError) {
        self.handle = handle
        self.listeners = listeners
        self.configuration = configuration
        self.responder = responder
        self.counters = counters
        self.logger = logger
        self.maxPendingWriteBytes = configuration.maxPendingWriteBytes
        self.observer = configuration.telemetry?.makeObserver()
        self.metrics = configuration.telemetry?.metrics
        epoll = try Epoll()
        deadlines = DeadlineLists(durations: [
            .header: configuration.headerTimeoutMilliseconds,
            .body: configuration.bodyTimeoutMilliseconds,
            .idle: configuration.idleTimeoutMilliseconds,
            .write: configuration.writeTimeoutMilliseconds,
            .linger: min(2_000, configuration.headerTimeoutMilliseconds),
        ])
        now = Posix.monotonicMilliseconds()
        readBuffer = .allocate(capacity: 64 * 1024)
        vectors = .allocate(capacity: 2)
        refusal = Problem(status: 503, title: "Service Unavailable", detail: "Too many open connections.").response
        refreshDate()
        try epoll.add(handle.wakeDescriptor, events: Epoll.readable, token: controlToken(handle.wakeDescriptor))
        try registerListeners()
    }

    deinit {
        readBuffer.deallocate()
        vectors.deallocate()
    }

    // MARK: The loop

    func run() {
        while true {
            now = Posix.monotonicMilliseconds()
            expireTimers()
            resumeAcceptingIfDue()
            if isStopping || (isDraining && (openCount == 0 || now >= drainDeadline)) { break }
            let count: Int
            do {
                count = try epoll.wait(timeoutMilliseconds: waitTimeout())
            } catch {
                logger.critical("epoll_wait failed", metadata: ["error": "\(error)"])
                break
            }
            // The wait may have lasted long: deadlines set while handling these events
            // must count from now, and the Date field must be current.
            now = Posix.monotonicMilliseconds()
            refreshDate()
            for index in 0..<count { dispatch(epoll.event(at: index)) }
            epoll.growIfFull(count)
            if !revisit.isEmpty {
                let pending = revisit
                revisit.removeAll(keepingCapacity: true)
                for connection in pending where !connection.isClosed { connection.readBuffered() }
            }
            publishTraffic()
        }
        for case let connection? in connections { close(connection) }
        stopListening()
        observer?.flush()
    }

    /// Per-batch totals, so a read or write costs no shared atomic of its own.
    private func publishTraffic() {
        observer?.flush()
        guard let metrics, bytesIn | bytesOut != 0 else { return }
        if bytesIn != 0 { metrics.bytesReceived.add(bytesIn) }
        if bytesOut != 0 { metrics.bytesSent.add(bytesOut) }
        bytesIn = 0
        bytesOut = 0
    }

    private func waitTimeout() -> Int32 {
        if !revisit.isEmpty { return 0 }
        var deadline = deadlines.nextDeadline ?? .max
        if let paused = acceptPausedUntil { deadline = min(deadline, paused) }
        if isDraining { deadline = min(deadline, drainDeadline) }
        guard deadline != .max else { return -1 }
        // Round up so a wait never returns just before its deadline and spins.
        return Int32(clamping: max(0, deadline - now + 1))
    }

    private func dispatch(_ event: Epoll.Event) {
        let token = EventToken(event.token)
        if token.generation == Self.controlGeneration {
            if token.descriptor == handle.wakeDescriptor {
                runJobs()
            } else if let listener = listeners.first(where: { $0.descriptor == token.descriptor }) {
                acceptConnections(on: listener)
            }
            return
        }
        let index = Int(token.descriptor)
        // A stale event: the connection it was queued for closed earlier in this batch.
        guard index < connections.count, let connection = connections[index], connection.generation == token.generation else {
            return
        }
        connection.handle(event)
    }

    private func runJobs() {
        for job in handle.takeJobs() {
            switch job {
            case .replaceResponder(let responder):
                self.responder = responder
            case .drain:
                beginDrain()
            case .stop:
                isStopping = true
            }
        }
    }

    /// Once per wake-up: `time` is a vDSO call, and the text is re-rendered once a second.
    private func refreshDate() {
        date = dateCache.value(epochSeconds: time(nil))
    }

    // MARK: Accepting

    private func controlToken(_ fd: CInt) -> UInt64 {
        EventToken(descriptor: fd, generation: Self.controlGeneration).raw
    }

    private func registerListeners() throws(SystemError) {
        for listener in listeners {
            // A shared listener is in every loop's epoll; EPOLLEXCLUSIVE wakes one loop per
            // connection instead of all of them (thundering herd).
            let events = Epoll.readable | (listener.owned ? 0 : Epoll.exclusive)
            try epoll.add(listener.descriptor, events: events, token: controlToken(listener.descriptor))
        }
    }

    private func acceptConnections(on listener: LoopListener) {
        while true {
            let accepted: IOResult<CInt>
            do {
                accepted = try Posix.accept(listener.descriptor)
            } catch {
                switch error.code {
                case ECONNABORTED, EPROTO, EPERM:
                    continue
                case EMFILE, ENFILE, ENOBUFS, ENOMEM:
                    // Out of descriptors or memory: stop accepting for a moment rather than
                    // spin on a listener that stays readable; pending clients wait in the backlog.
                    // The shortage is process-wide: every listener pauses.
                    logger.warning("accept paused", metadata: ["error": "\(error)"])
                    for listener in listeners { try? epoll.remove(listener.descriptor) }
                    acceptPausedUntil = now + Self.acceptBackoffMilliseconds
                    return
                default:
                    logger.error("accept failed", metadata: ["error": "\(error)"])
                    return
                }
            }
            guard case .processed(let fd) = accepted else { return }
            open(fd, transportFactory: listener.transportFactory)
        }
    }

    private func resumeAcceptingIfDue() {
        guard let paused = acceptPausedUntil, now >= paused else { return }
        acceptPausedUntil = nil
        if !isDraining { try? registerListeners() }
    }

    /// Past `maxConnections` the new connection is accepted, answered with a 503 problem
    /// and closed. Refusing loudly beats not accepting: a client left in the listen backlog
    /// cannot tell a full server from a dead one and waits for its own timeout.
    private func open(_ fd: CInt, transportFactory: any TransportFactory) {
        let previous = counters.openConnections.wrappingAdd(1, ordering: .relaxed).oldValue
        guard previous < configuration.maxConnections else {
            counters.openConnections.wrappingSubtract(1, ordering: .relaxed)
            counters.refusedConnections.wrappingAdd(1, ordering: .relaxed)
            if transportFactory is PlainTransportFactory {
                // Best effort, one non-blocking send: a fresh socket's buffer has room.
                var bytes: [UInt8] = []
                HTTPResponseHead.write(refusal, version: .http1_1, keepAlive: false, date: date, into: &bytes)
                bytes.append(contentsOf: refusal.body)
                _ = bytes.withUnsafeBytes { try? Posix.write(fd, $0) }
            }
            Posix.close(fd)
            return
        }
        let transport: any ConnectionTransport
        do {
            transport = try transportFactory.makeTransport(descriptor: fd)
        } catch {
            counters.openConnections.wrappingSubtract(1, ordering: .relaxed)
            logger.debug("transport setup failed", metadata: ["error": "\(error)"])
            return
        }
        let connection = Connection(loop: self, transport: transport, generation: nextGeneration, limits: configuration.limits)
        nextGeneration = nextGeneration == .max ? 1 : nextGeneration + 1
        let index = Int(fd)
        if index >= connections.count {
            connections += Array(repeating: nil, count: max(index + 1 - connections.count, connections.count, 64))
        }
        connections[index] = connection
        openCount += 1
        metrics?.acceptedConnections.add()
        metrics?.openConnections.add()
        do {
            try epoll.add(fd, events: Epoll.readable, token: connection.token)
        } catch {
            logger.error("epoll_ctl failed", metadata: ["error": "\(error)"])
            close(connection)
            return
        }
        deadlines.schedule(fd, .header, now: now)
    }

    private func stopListening() {
        for listener in listeners {
            try? epoll.remove(listener.descriptor)
            if listener.owned { Posix.close(listener.descriptor) }
        }
        listeners = []
    }

    // MARK: Services for connections

    func close(_ connection: Connection) {
        guard !connection.isClosed else { return }
        connection.markClosed()
        deadlines.cancel(connection.descriptor)
        connections[Int(connection.descriptor)] = nil
        connection.transport.close()
        openCount -= 1
        metrics?.openConnections.add(-1)
        counters.openConnections.wrappingSubtract(1, ordering: .relaxed)
    }

    func updateInterest(_ connection: Connection) {
        do {
            try epoll.modify(connection.descriptor, events: connection.interest, token: connection.token)
        } catch {
            logger.error("epoll_ctl failed", metadata: ["error": "\(error)"])
            close(connection)
        }
    }

    func setTimeout(_ connection: Connection, _ kind: TimeoutKind, restart: Bool) {
        if restart {
            deadlines.schedule(connection.descriptor, kind, now: now)
        } else {
            deadlines.ensure(connection.descriptor, kind, now: now)
        }
    }

    func readAgain(_ connection: Connection) {
        revisit.append(connection)
    }

    private func expireTimers() {
        while let (slot, kind) = deadlines.popExpired(now: now) {
            guard Int(slot) < connections.count, let connection = connections[Int(slot)] else { continue }
            connection.timedOut(kind)
        }
    }

    private func beginDrain() {
        guard !isDraining else { return }
        isDraining = true
        drainDeadline = now + configuration.drainTimeoutMilliseconds
        acceptPausedUntil = nil
        stopListening()
        for case let connection? in connections { connection.beginDrain() }
    }
}
