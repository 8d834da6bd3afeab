import LedeHTTP
import Logging

/// Where and with what certificate HTTPS is served (`tls.port`, `tls.cert`, `tls.key`).
package struct TLSListenerSettings: Sendable, Equatable {
    /// 0 picks a free port (tests).
    package var port: Int
    package var configuration: TLSConfiguration

    package init(port: Int, certificateChainPath: String, privateKeyPath: String) {
        self.port = port
        self.configuration = TLSConfiguration(certificateChainPath: certificateChainPath, privateKeyPath: privateKeyPath)
    }
}

/// An HTTPS-only server: its own event loops on the TLS port, and a `TLSTransport` under
/// every connection. `lede serve` does not use it: there the HTTPS port is an
/// `additionalListeners` entry of the one `HTTPServer` (same loops as the plain port),
/// with a `TLSTransportFactory` of its own.
///
/// The handshake is bounded by the header timeout (as nginx bounds it by
/// `client_header_timeout`): a client that stalls mid-handshake is closed like a slowloris.
package final class TLSServer: Sendable {
    /// The loops serving the TLS port.
    package let server: HTTPServer
    /// Makes the transports and holds the current certificate.
    package let factory: TLSTransportFactory
    private let logger: Logger

    /// Loads and checks the certificate and key first: a bad one fails startup here, with
    /// a message naming the file, before any port is bound.
    package init(
        base: ServerConfiguration, settings: TLSListenerSettings, responder: any HTTPResponder, logger: Logger,
        statistics: TLSStatistics = TLSStatistics()
    ) throws {
        let factory = try TLSTransportFactory(configuration: settings.configuration, statistics: statistics)
        var configuration = base
        configuration.port = settings.port
        configuration.transportFactory = factory
        self.factory = factory
        self.logger = logger
        self.server = try HTTPServer(configuration: configuration, responder: responder, logger: logger)
    }

    /// Binds the TLS port and starts its loops; returns the bound port.
    package func start() throws -> Int {
        try server.start()
    }

    /// Counters for the metrics endpoint.
    package var statistics: TLSStatistics { factory.statistics }

    /// SIGHUP: re-reads the certificate and key from their paths. A good pair serves every
    /// new connection from now on (live ones keep theirs); a bad one is refused with a log
    /// line and the current certificate stays. Runs on the caller's thread, never a loop.
    @discardableResult
    package func reloadTLS() -> Bool {
        switch factory.reload() {
        case .success:
            logger.notice("TLS certificate reloaded")
            return true
        case .failure(let error):
            logger.error("TLS certificate reload refused; keeping the current certificate", metadata: [
                "error": "\(error)"
            ])
            return false
        }
    }
}
