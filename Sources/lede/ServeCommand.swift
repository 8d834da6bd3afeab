import ArgumentParser
import FoundationEssentials
import Glibc
import LedeAPI
import LedeExtract
import LedeHTTP
import LedeNet
import LedeStore
import LedeTelemetry
import Logging
import Synchronization

/// `lede serve`: resolve the configuration, start the loops, serve until SIGTERM/SIGINT.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the HTTP/1.1 JSON API.",
        discussion: """
            Settings come from built-in defaults, then Config/lede.json (or --config), then LEDE_* \
            environment variables, then these flags; `lede config` shows the result and where each value \
            came from. SIGTERM or SIGINT drains and exits 0; a second signal exits at once. SIGHUP re-reads \
            the file and the environment, applies the keys marked [SIGHUP] and rescans the corpus folder.

            Every key (file key, environment variable, flag, default):
            \(ServeConfiguration.helpText)
            """
    )

    /// Reported as `lede_build_info{version=…}`.
    static let version = "0.2.0"

    @OptionGroup var options: ServeOptions

    func run() throws {
        // Before any thread exists, so every loop thread inherits the blocked mask.
        ServerLifecycle.blockSignals()

        var settings: ServeConfiguration
        do {
            settings = try ServeConfiguration.resolve(
                file: options.config, environment: ProcessInfo.processInfo.environment, flags: options.values)
        } catch {
            writeLine("lede: invalid configuration: \(error)", to: 2)
            throw ExitCode(78)  // EX_CONFIG
        }
        // Every log line, access lines included, goes through one buffered sink, flushed
        // every 200 ms by the main thread (and when 32 KiB are pending) to a writer thread
        // that owns stdout: a loop never waits for the output.
        let writer = try LogWriter(descriptor: 1)
        defer { writer.finish() }
        let sink = LogSink { bytes in writer.enqueue(bytes) }
        let live = LiveLogSettings(level: settings.logLevel, accessLog: settings.accessLog, format: settings.logFormat)
        LoggingSystem.bootstrap { label in JSONLogHandler(label: label, sink: sink, settings: live) }
        let logger = Logger(label: "lede.serve")
        // Lifecycle lines (starting, listening, ready, reload, draining, stopped) are written
        // whatever the level: scripts wait for them and they are a handful per run.
        let lifecycleLogger = {
            var logger = logger
            logger.logLevel = .trace
            return logger
        }()
        @Sendable func lifecycle(_ message: Logger.Message, _ metadata: Logger.Metadata = [:]) {
            lifecycleLogger.info(message, metadata: metadata)
            sink.flush()
        }
        lifecycle("starting", [
            "version": "\(Self.version)", "workers": "\(settings.server.resolvedWorkers)", "data": "\(settings.dataPath)",
            "acceptStrategy": "\(settings.server.acceptStrategy.rawValue)", "accessLog": "\(settings.accessLog)",
        ])

        // Without its word lists the extractor would find nothing in any article: refuse to
        // serve a silently empty corpus.
        if let missing = Extractor.resourceError {
            writeLine("lede: \(missing)", to: 2)
            throw ExitCode(78)  // EX_CONFIG
        }
        let metrics = ServerMetrics(version: Self.version)
        settings.server.telemetry = ServerTelemetry(metrics: metrics) {
            AccessObserver(sink: sink, settings: live, metrics: metrics)
        }
        let readiness = Readiness()
        let tlsStatistics = TLSStatistics()
        var apiOptions = APIOptions(writeToken: settings.writeToken)
        apiOptions.metrics = {
            metrics.tlsHandshakes.set(tlsStatistics.handshakesCompleted.load(ordering: .relaxed))
            metrics.tlsHandshakeFailures.set(tlsStatistics.handshakesFailed.load(ordering: .relaxed))
            metrics.logDroppedBytes.set(writer.droppedBytes)
            return metrics.render()
        }
        let loading = Serving.loadingResponder(readiness: readiness, options: apiOptions, cors: settings.corsPolicy)

        // HTTPS is a second listener of the same loops (one connection limit, one drain,
        // one responder swap). The certificate and key are loaded and checked before any
        // port is bound.
        let tlsFactory: TLSTransportFactory?
        if let tls = settings.tls {
            do {
                let factory = try TLSTransportFactory(configuration: tls.configuration, statistics: tlsStatistics)
                settings.server.additionalListeners = [ListenerSettings(port: tls.port, transportFactory: factory)]
                tlsFactory = factory
            } catch {
                writeLine("lede: cannot serve HTTPS: \(error)", to: 2)
                throw ExitCode(78)  // EX_CONFIG
            }
        } else {
            tlsFactory = nil
        }
        let server = try HTTPServer(configuration: settings.server, responder: loading, logger: logger)
        let serving = Serving(
            options: apiOptions, cors: settings.corsPolicy, readiness: readiness, metrics: metrics, servers: [server])
        // Before the listeners open: see `ServerLifecycle`.
        let signalWatch = try ServerLifecycle(server: server)
        let ports: [Int]
        do {
            try server.start()
            ports = server.ports
        } catch {
            let wanted = settings.server.listeners.map { "\(settings.server.host):\($0.port)" }.joined(separator: " and ")
            writeLine("lede: cannot listen on \(wanted): \(error)", to: 2)
            throw ExitCode(1)
        }
        let host = settings.server.host.contains(":") ? "[\(settings.server.host)]" : settings.server.host
        // Tests and scripts wait for the message "listening on http://HOST:PORT".
        lifecycle("listening on http://\(host):\(ports[0])", ["url.full": "http://\(host):\(ports[0])"])
        if tlsFactory != nil {
            lifecycle("listening on https://\(host):\(ports[1])", ["url.full": "https://\(host):\(ports[1])"])
        }
        // The store loads on a thread of its own while this thread reads the signals, from
        // the moment the listeners are open: SIGTERM/SIGINT during the load drains and exits
        // without waiting for it (the load is abandoned; the process exits under it), and a
        // second one exits at once.
        let loaded = Mutex<Store?>(nil)
        let loadFailed = Atomic<Bool>(false)
        let writeToken = apiOptions.writeToken
        let dataPath = settings.dataPath
        do {
            try LoopThread.spawn(name: "lede-load", detached: true) {
                let loadStart = ContinuousClock.now
                let store: Store
                do {
                    let (opened, problems) = try Store.open(directory: dataPath, extractor: Extractor()) { snapshot, store in
                        serving.publish(snapshot, store: store)
                    }
                    for problem in problems { logger.warning("corpus problem", metadata: ["problem": "\(problem)"]) }
                    store = opened
                } catch {
                    writeLine("lede: \(error)", to: 2)
                    loadFailed.store(true, ordering: .releasing)
                    server.beginShutdown()
                    return
                }
                let loadTime = ContinuousClock.now - loadStart
                metrics.snapshotBuildNanoseconds.set(Self.nanoseconds(loadTime))
                serving.publish(store.snapshot, store: store)
                loaded.withLock { $0 = store }
                lifecycle("loaded", [
                    "articles": .stringConvertible(store.snapshot.count), "seconds": .stringConvertible(Self.seconds(loadTime)),
                    "writes": "\(writeToken == nil ? "disabled" : "enabled")",
                ])
                // Stays 503 "draining" if a signal came first.
                readiness.markLoaded()
                if !readiness.isDraining { lifecycle("ready") }
            }
        } catch {
            writeLine("lede: cannot start loading: \(error)", to: 2)
            server.shutdown()
            throw ExitCode(1)
        }

        // SIGHUP before the store is loaded is queued (several coalesce into one) and run by
        // this thread at the first tick after the load: a certificate rotated meanwhile must
        // not be forgotten, and the reload needs the store.
        var reloader: Reloader?
        var reloadQueued = false
        func reloadIfLoaded() -> Bool {
            if reloader == nil, let store = loaded.withLock({ $0 }) {
                reloader = Reloader(
                    file: options.config, flags: options.values, current: settings, logger: logger,
                    lifecycle: lifecycleLogger, live: live, serving: serving, store: store, tlsFactory: tlsFactory,
                    metrics: metrics)
            }
            reloader?.reload()
            return reloader != nil
        }
        let outcome = try signalWatch.run(
            logger: lifecycleLogger, tickMilliseconds: 200,
            onTick: {
                if reloadQueued, !readiness.isDraining, reloadIfLoaded() { reloadQueued = false }
                sink.flush()
            },
            onDrain: { readiness.markDraining() },
            onReload: {
                if !reloadIfLoaded() {
                    reloadQueued = true
                    lifecycle("reload queued until the corpus is loaded")
                }
            })
        // A load that failed stopped the loops itself; its error is on stderr.
        let status = loadFailed.load(ordering: .acquiring) && outcome == .stopped ? 1 : outcome.exitStatus
        lifecycle("stopped", ["exit": .stringConvertible(Int(status))])
        if status != 0 { throw ExitCode(status) }
    }

    static func nanoseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds) * 1_000_000_000 + Int(duration.components.attoseconds / 1_000_000_000)
    }

    static func seconds(_ duration: Duration) -> Double { Double(nanoseconds(duration)) / 1e9 }
}

/// Writes a line straight to a descriptor: `stdout` itself is not concurrency-safe in
/// Swift 6, and an unbuffered write is visible to a waiting test at once.
func writeLine(_ text: String, to descriptor: CInt) {
    Posix.writeAll(descriptor, Array((text + "\n").utf8))
}
