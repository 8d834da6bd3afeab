import FoundationEssentials
import LedeNet
import LedeStore
import LedeTelemetry
import Logging

/// SIGHUP: re-reads the configuration file and the environment (the command line's flags
/// still win), applies what can change live, rescans the corpus folder and logs what
/// changed. A configuration that does not resolve is refused and the current one stays.
///
/// Live: `logLevel`, `accessLog`, `cors.allowedOrigins`, `writeToken`, `tls.cert`,
/// `tls.key` (the certificate is re-read even when the paths did not change). Any other
/// change is logged as needing a restart and not applied.
struct Reloader {
    let file: String?
    let flags: [String: String]
    /// The configuration in effect (keys needing a restart keep their start-up value).
    var current: ServeConfiguration
    let logger: Logger
    /// Writes whatever the level (the `reloaded` summary).
    let lifecycle: Logger
    let live: LiveLogSettings
    let serving: Serving
    let store: Store
    /// The HTTPS listener's transports (nil without TLS).
    let tlsFactory: TLSTransportFactory?
    let metrics: ServerMetrics

    mutating func reload() {
        let next: ServeConfiguration
        do {
            next = try ServeConfiguration.resolve(file: file, environment: ProcessInfo.processInfo.environment, flags: flags)
        } catch {
            logger.error("reload refused: invalid configuration; keeping the current one", metadata: ["error": "\(error)"])
            return
        }
        let changed = next.changedKeys(from: current)
        let liveKeys = Set(ServeConfiguration.settings.filter(\.live).map(\.key))
        let restart = changed.filter { !liveKeys.contains($0) }

        live.accessLog = next.accessLog
        current.logLevel = next.logLevel
        current.logFormat = next.logFormat
        current.accessLog = next.accessLog
        current.writeToken = next.writeToken
        current.corsAllowedOrigins = next.corsAllowedOrigins
        serving.update(writeToken: next.writeToken, cors: next.corsPolicy)

        var certificate = "unchanged"
        if let tlsFactory, let settings = next.tls {
            switch tlsFactory.reload(settings.configuration) {
            case .success:
                certificate = "reloaded"
                logger.notice("TLS certificate reloaded")
                current.tlsCertificate = next.tlsCertificate
                current.tlsKey = next.tlsKey
            case .failure(let error):
                certificate = "refused"
                logger.error("TLS certificate reload refused; keeping the current certificate", metadata: ["error": "\(error)"])
            }
        }

        // The rescan publishes the new snapshot with the settings above; if the folder
        // cannot be read, the current snapshot is republished with them instead.
        let start = ContinuousClock.now
        var rescan: Logger.Metadata = [:]
        do {
            let (snapshot, problems) = try store.reload()
            metrics.snapshotBuildNanoseconds.set(ServeCommand.nanoseconds(ContinuousClock.now - start))
            for problem in problems { logger.warning("corpus problem", metadata: ["problem": "\(problem)"]) }
            rescan = ["articles": .stringConvertible(snapshot.count), "corpusProblems": .stringConvertible(problems.count)]
        } catch {
            logger.error("corpus rescan failed; keeping the current snapshot", metadata: ["error": "\(error)"])
            serving.publish(store.snapshot, store: store)
        }
        var metadata: Logger.Metadata = [
            "changed": .array(changed.filter { liveKeys.contains($0) }.map { .string($0) }),
            "tlsCertificate": "\(certificate)",
            "seconds": .stringConvertible(ServeCommand.seconds(ContinuousClock.now - start)),
        ]
        metadata.merge(rescan) { _, new in new }
        if !restart.isEmpty {
            metadata["restartRequired"] = .array(restart.map { .string($0) })
            logger.warning("configuration changes need a restart; not applied", metadata: [
                "keys": .array(restart.map { .string($0) })
            ])
        }
        lifecycle.notice("reloaded", metadata: metadata)
        live.logLevel = next.logLevel
        live.logFormat = next.logFormat
    }
}
