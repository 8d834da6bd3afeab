import ArgumentParser
import FoundationEssentials
import Glibc
import LedeAPI
import LedeExtract
import LedeHTTP
import LedeNet
import LedeStore
import Logging

/// `lede serve`: resolve the configuration, start the loops, serve until SIGTERM/SIGINT.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the HTTP/1.1 JSON API.",
        discussion: """
            Settings come from built-in defaults, then Config/lede.json (or --config), then LEDE_* \
            environment variables, then these flags. SIGTERM or SIGINT drains and exits 0; a second \
            signal exits at once. SIGHUP requests a reload.
            """
    )

    @Option(help: "JSON configuration file (default: Config/lede.json when present).")
    var config: String?
    @Option(help: "Address to listen on (IPv4 or IPv6 literal).") var host: String?
    @Option(help: "Port to listen on; 0 picks a free one.") var port: String?
    @Option(help: "Event loop threads; 0 means one per core.") var workers: String?
    @Option(help: "Folder holding the article corpus.") var data: String?
    @Option(help: "trace, debug, info, notice, warning, error or critical.") var logLevel: String?
    @Option(help: "reusePort (one listener per loop) or sharedListener (EPOLLEXCLUSIVE).") var acceptStrategy: String?
    @Option(help: "Open connections allowed; more are answered 503 and closed.") var maxConnections: String?
    @Option(help: "Longest request target in bytes (414 beyond).") var maxTargetBytes: String?
    @Option(help: "Largest request head in bytes (431 beyond).") var maxHeaderBytes: String?
    @Option(help: "Most header fields (431 beyond).") var maxHeaderCount: String?
    @Option(help: "Largest request body in bytes (413 beyond).") var maxBodyBytes: String?
    @Option(help: "Unsent bytes after which a connection stops being read.") var maxPendingWriteBytes: String?
    @Option(help: "Seconds to receive a request head.") var headerTimeout: String?
    @Option(help: "Seconds between reads of a request body.") var bodyTimeout: String?
    @Option(help: "Seconds an idle keep-alive connection stays open.") var idleTimeout: String?
    @Option(help: "Seconds without write progress before a connection is dropped.") var writeTimeout: String?
    @Option(help: "Seconds to finish in-flight requests on shutdown.") var drainTimeout: String?
    @Option(help: "HTTPS port beside the plain one; 0 picks a free one. Needs --tls-cert and --tls-key.")
    var tlsPort: String?
    @Option(help: "PEM certificate chain for HTTPS (re-read on SIGHUP).") var tlsCert: String?
    @Option(help: "PEM private key for HTTPS, unencrypted (re-read on SIGHUP).") var tlsKey: String?

    /// Flags as configuration keys (the same names as in the JSON file).
    private var flagValues: [String: String] {
        let pairs: [(String, String?)] = [
            ("host", host), ("port", port), ("workers", workers), ("data", data), ("logLevel", logLevel),
            ("acceptStrategy", acceptStrategy), ("limits.maxConnections", maxConnections),
            ("limits.maxTargetBytes", maxTargetBytes), ("limits.maxHeaderBytes", maxHeaderBytes),
            ("limits.maxHeaderCount", maxHeaderCount), ("limits.maxBodyBytes", maxBodyBytes),
            ("limits.maxPendingWriteBytes", maxPendingWriteBytes), ("timeouts.headerSeconds", headerTimeout),
            ("timeouts.bodySeconds", bodyTimeout), ("timeouts.idleSeconds", idleTimeout),
            ("timeouts.writeSeconds", writeTimeout), ("timeouts.drainSeconds", drainTimeout),
            ("tls.port", tlsPort), ("tls.cert", tlsCert), ("tls.key", tlsKey),
        ]
        var values: [String: String] = [:]
        for case let (key, value?) in pairs { values[key] = value }
        return values
    }

    func run() throws {
        // Before any thread exists, so every loop thread inherits the blocked mask.
        ServerLifecycle.blockSignals()

        let settings: ServeConfiguration
        do {
            settings = try ServeConfiguration.resolve(
                file: config, environment: ProcessInfo.processInfo.environment, flags: flagValues)
        } catch {
            printError("lede: invalid configuration: \(error)")
            throw ExitCode(78)  // EX_CONFIG
        }
        let level = settings.logLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "lede.serve")
        logger.info("starting", metadata: [
            "workers": "\(settings.server.resolvedWorkers)", "data": "\(settings.dataPath)",
            "acceptStrategy": "\(settings.server.acceptStrategy.rawValue)",
        ])

        let readiness = Readiness()
        let router = APIRoutes.loadingRouter(readiness: readiness)

        let server = try HTTPServer(configuration: settings.server, responder: router, logger: logger)
        // HTTPS: the certificate and key are loaded and checked before any port is bound.
        let tlsServer: TLSServer?
        if let tls = settings.tls {
            do {
                tlsServer = try TLSServer(base: settings.server, settings: tls, responder: router, logger: logger)
            } catch {
                printError("lede: cannot serve HTTPS: \(error)")
                throw ExitCode(78)  // EX_CONFIG
            }
        } else {
            tlsServer = nil
        }
        let port: Int
        do {
            port = try server.start()
        } catch {
            printError("lede: cannot listen on \(settings.server.host):\(settings.server.port): \(error)")
            throw ExitCode(1)
        }
        let host = settings.server.host.contains(":") ? "[\(settings.server.host)]" : settings.server.host
        // Tests and scripts wait for this exact line on stdout.
        printLine("listening on http://\(host):\(port)")
        logger.info("listening", metadata: ["address": "http://\(host):\(port)"])
        if let tlsServer {
            let tlsPort: Int
            do {
                tlsPort = try tlsServer.start()
            } catch {
                printError("lede: cannot listen on \(settings.server.host):\(settings.tls?.port ?? 0): \(error)")
                server.shutdown()
                throw ExitCode(1)
            }
            printLine("listening on https://\(host):\(tlsPort)")
            logger.info("listening", metadata: ["address": "https://\(host):\(tlsPort)"])
        }
        // The store loads while /readyz answers 503 "loading". Every acknowledged write
        // publishes a snapshot; a router built for it replaces the one in every loop.
        let options = APIOptions(writeToken: settings.writeToken)
        let loadStart = ContinuousClock.now
        let store: Store
        do {
            let (opened, problems) = try Store.open(directory: settings.dataPath, extractor: Extractor()) { snapshot, store in
                let router = APIRoutes.router(snapshot: snapshot, store: store, options: options, readiness: readiness)
                server.replaceResponder(router)
                tlsServer?.server.replaceResponder(router)
            }
            for problem in problems { logger.warning("corpus problem", metadata: ["problem": "\(problem)"]) }
            store = opened
        } catch {
            printError("lede: \(error)")
            server.shutdown()
            tlsServer?.server.shutdown()
            throw ExitCode(1)
        }
        let loadedRouter = APIRoutes.router(snapshot: store.snapshot, store: store, options: options, readiness: readiness)
        server.replaceResponder(loadedRouter)
        tlsServer?.server.replaceResponder(loadedRouter)
        logger.info("loaded", metadata: [
            "articles": "\(store.snapshot.count)", "seconds": "\(ContinuousClock.now - loadStart)",
            "writes": "\(options.writeToken == nil ? "disabled" : "enabled")",
        ])
        readiness.markLoaded()
        logger.info("ready")

        let outcome = try ServerLifecycle.run(
            server: server, logger: logger,
            onDrain: {
                readiness.markDraining()
                tlsServer?.server.beginShutdown()
            },
            onReload: {
                // SIGHUP reload hook: the operability issue reloads the store here and
                // calls `server.replaceResponder(_:)` (and `tlsServer?.server.replaceResponder(_:)`)
                // with the new router.
                tlsServer?.reloadTLS()
            })
        if outcome == .stopped { tlsServer?.server.waitUntilStopped() }
        logger.info("stopped", metadata: ["exit": "\(outcome.exitStatus)"])
        if outcome.exitStatus != 0 { throw ExitCode(outcome.exitStatus) }
    }
}

/// Writes a line straight to a descriptor: `stdout` itself is not concurrency-safe in
/// Swift 6, and an unbuffered write is visible to a waiting test at once.
private func writeLine(_ text: String, to descriptor: CInt) {
    var bytes = Array(text.utf8)
    bytes.append(UInt8(ascii: "\n"))
    _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
}

private func printLine(_ text: String) { writeLine(text, to: 1) }
private func printError(_ text: String) { writeLine(text, to: 2) }
