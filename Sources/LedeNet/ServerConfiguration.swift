import LedeHTTP

/// How new connections are spread over the loops.
package enum AcceptStrategy: String, Sendable, CaseIterable {
    /// One `SO_REUSEPORT` listener per loop; the kernel hashes each connection to one.
    case reusePort
    /// One listener registered in every loop with `EPOLLEXCLUSIVE` (one loop woken per connection).
    case sharedListener
}

/// A further port the same loops serve (e.g. HTTPS beside HTTP), with its own transports.
package struct ListenerSettings: Sendable {
    /// 0 binds an ephemeral port (see `HTTPServer.ports`).
    package var port: Int
    package var transportFactory: any TransportFactory

    package init(port: Int, transportFactory: any TransportFactory) {
        self.port = port
        self.transportFactory = transportFactory
    }
}

/// Everything `HTTPServer` needs to know; the `lede serve` configuration maps onto it.
package struct ServerConfiguration: Sendable {
    /// IPv4 or IPv6 literal to bind.
    package var host = "127.0.0.1"
    /// 0 binds an ephemeral port (see `HTTPServer.start()`'s result).
    package var port = 8080
    /// Loop threads; 0 means one per core (cgroup quota respected).
    package var workers = 0
    // SO_REUSEPORT, after measuring both (wrk -c64 on /healthz, 2 loops, this 2-core
    // machine; figures in docs/server.md). Median requests/s were equal within the noise
    // (wrk -t2: 84.8k vs 78.0k; -t1: 78.0k vs 78.8k), but the distributions differ: with one
    // shared EPOLLEXCLUSIVE listener the loop that wakes first accepts until EAGAIN and takes
    // most of a burst of new connections (per-loop CPU after a run: 0 vs 180 ticks). That
    // only pays off here because wrk shares the two cores, so one busy loop leaves it more
    // CPU; on a machine of its own the server would be using one core. SO_REUSEPORT spreads
    // connections by hash (184 vs 177 ticks), predictably, and wakes no loop for another's.
    package var acceptStrategy = AcceptStrategy.reusePort
    /// Request limits the parser enforces (414, 431, 413).
    package var limits = HTTPLimits()
    /// Open connections across all loops; past it a new connection is answered with a
    /// 503 problem and closed at once (see `EventLoop.acceptConnections`).
    package var maxConnections = 10_000
    /// Unsent response bytes past which a connection stops being read until it drains.
    package var maxPendingWriteBytes = 4 * 1024 * 1024
    /// Timeouts (see `TimeoutKind`) and the longest graceful shutdown, in milliseconds.
    package var headerTimeoutMilliseconds: Int64 = 10_000
    package var bodyTimeoutMilliseconds: Int64 = 30_000
    package var idleTimeoutMilliseconds: Int64 = 75_000
    package var writeTimeoutMilliseconds: Int64 = 30_000
    package var drainTimeoutMilliseconds: Int64 = 10_000
    /// Creates the byte stream for each accepted socket (plain TCP, or TLS).
    package var transportFactory: any TransportFactory = PlainTransportFactory()
    /// Ports served beside `port` by the same loops, sharing `maxConnections`, the drain,
    /// the responder and the telemetry (each loop accepts on every one of them).
    package var additionalListeners: [ListenerSettings] = []
    /// Access log, metrics and `X-Request-Id`; nil serves without them.
    package var telemetry: ServerTelemetry?

    package init() {}

    /// `port` with `transportFactory`, then `additionalListeners`.
    package var listeners: [ListenerSettings] {
        [ListenerSettings(port: port, transportFactory: transportFactory)] + additionalListeners
    }

    /// `workers` with 0 resolved to the core count.
    package var resolvedWorkers: Int { workers > 0 ? workers : Posix.coreCount() }
}
