import LedeHTTP

/// How new connections are spread over the loops.
package enum AcceptStrategy: String, Sendable, CaseIterable {
    /// One `SO_REUSEPORT` listener per loop; the kernel hashes each connection to one.
    case reusePort
    /// One listener registered in every loop with `EPOLLEXCLUSIVE` (one loop woken per connection).
    case sharedListener
}

/// Everything `HTTPServer` needs to know; the `lede serve` configuration maps onto it.
package struct ServerConfiguration: Sendable {
    package var host = "127.0.0.1"
    package var port = 8080
    /// Loop threads; 0 means one per core (cgroup quota respected).
    package var workers = 0
    // SO_REUSEPORT by measurement (wrk -t2 -c64 against /healthz, 2 loops, this 2-core
    // machine; docs/server.md has the figures): with one shared EPOLLEXCLUSIVE listener the
    // loop that wakes first accepts until EAGAIN and takes nearly every connection of a
    // burst (per-thread CPU after a run: 0 vs 180 ticks), so one core idles and requests/s
    // roughly halve; with SO_REUSEPORT the kernel hashes connections over the per-loop
    // queues (184 vs 177 ticks) and no loop is woken for a connection another one takes.
    package var acceptStrategy = AcceptStrategy.reusePort
    package var limits = HTTPLimits()
    /// Open connections across all loops; past it a new connection is answered with a
    /// 503 problem and closed at once (see `EventLoop.acceptConnections`).
    package var maxConnections = 10_000
    /// Unsent response bytes past which a connection stops being read until it drains.
    package var maxPendingWriteBytes = 4 * 1024 * 1024
    package var headerTimeoutMilliseconds: Int64 = 10_000
    package var bodyTimeoutMilliseconds: Int64 = 30_000
    package var idleTimeoutMilliseconds: Int64 = 75_000
    package var writeTimeoutMilliseconds: Int64 = 30_000
    package var drainTimeoutMilliseconds: Int64 = 10_000
    /// Creates the byte stream for each accepted socket (plain TCP, or TLS).
    package var transportFactory: any TransportFactory = PlainTransportFactory()

    package init() {}

    /// `workers` with 0 resolved to the core count.
    package var resolvedWorkers: Int { workers > 0 ? workers : Posix.coreCount() }
}
