import ArgumentParser

/// The flags of `lede serve`, shared with `lede config` (which shows what they resolve to).
/// Each maps to a configuration key; `ServeConfiguration.settings` documents them all.
struct ServeOptions: ParsableArguments {
    @Option(help: "JSON configuration file (default: Config/lede.json when present).")
    var config: String?
    @Option(help: "Address to listen on (IPv4 or IPv6 literal).") var host: String?
    @Option(help: "Port to listen on; 0 picks a free one.") var port: String?
    @Option(help: "Event loop threads; 0 means one per core.") var workers: String?
    @Option(help: "Folder holding the article corpus (rescanned on SIGHUP).") var data: String?
    @Option(help: "trace, debug, info, notice, warning, error or critical (SIGHUP applies a change).") var logLevel: String?
    @Option(help: "json (one object per line, the default) or text.") var logFormat: String?
    @Option(help: "One log line per request: on (default) or off (SIGHUP applies a change).") var accessLog: String?
    @Option(help: "Comma-separated browser origins allowed by CORS, or *; empty turns CORS off.")
    var corsAllowedOrigins: String?
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
    var values: [String: String] {
        let pairs: [(String, String?)] = [
            ("host", host), ("port", port), ("workers", workers), ("data", data), ("logLevel", logLevel),
            ("logFormat", logFormat), ("accessLog", accessLog), ("cors.allowedOrigins", corsAllowedOrigins),
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
}
