import Synchronization

/// Process-wide TLS counters, shared by every loop and kept across certificate reloads,
/// for the metrics endpoint. Relaxed atomics: each counter is independent.
package final class TLSStatistics: Sendable {
    /// Handshakes that completed (full or resumed).
    package let handshakesCompleted = Atomic<Int>(0)
    /// Of the completed handshakes, those that resumed a session.
    package let handshakesResumed = Atomic<Int>(0)
    /// Handshakes that failed (protocol refused, bad record, reset).
    package let handshakesFailed = Atomic<Int>(0)
    /// Connections the server closed before their handshake finished: the handshake
    /// (header) timeout, a shutdown, or a client that stalled and left.
    package let handshakesAbandoned = Atomic<Int>(0)
    /// Connections that spoke plain HTTP (answered 400) or garbage (closed) on the TLS port.
    package let nonTLSClients = Atomic<Int>(0)
    /// Certificate reloads applied / refused.
    package let reloadsApplied = Atomic<Int>(0)
    package let reloadsRefused = Atomic<Int>(0)

    package init() {}

}
