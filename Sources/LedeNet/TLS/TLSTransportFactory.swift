import Glibc
import Synchronization

/// Makes a `TLSTransport` for each socket accepted on the TLS listener, from the current
/// certificate, and swaps in a new certificate on `reload()`.
///
/// The current context sits behind a `Mutex`: `makeTransport` is called by every loop
/// without telling which loop it is, so a per-loop copy has nowhere to live. The lock is
/// taken once per accepted connection (never per request) for a pointer copy, next to a
/// handshake that costs thousands of times more.
package final class TLSTransportFactory: TransportFactory {
    private let current: Mutex<(context: TLSContext, configuration: TLSConfiguration)>
    /// Counters for the metrics endpoint, kept across reloads.
    package let statistics: TLSStatistics

    /// Builds the first context; throws (fail fast) when the certificate or key is bad.
    package init(configuration: TLSConfiguration, statistics: TLSStatistics = TLSStatistics()) throws(TLSError) {
        let context = try TLSContext(server: configuration)
        current = Mutex((context, configuration))
        self.statistics = statistics
    }

    /// The context new connections use now.
    package var context: TLSContext { current.withLock { $0.context } }

    package func makeTransport(descriptor: CInt) throws(TransportError) -> any ConnectionTransport {
        TLSTransport(descriptor: descriptor, context: context, statistics: statistics)
    }

    /// Re-reads the certificate chain and key from the configured paths (or `replacement`),
    /// validates them and, only if they are good, makes them the context for new
    /// connections. Live connections keep the context they started with. Call it off the
    /// loops (the signal-handling thread): loading and checking a key takes milliseconds.
    @discardableResult
    package func reload(_ replacement: TLSConfiguration? = nil) -> Result<TLSContext, TLSError> {
        let configuration = replacement ?? current.withLock { $0.configuration }
        do {
            let context = try TLSContext(server: configuration)
            current.withLock { $0 = (context, configuration) }
            statistics.reloadsApplied.wrappingAdd(1, ordering: .relaxed)
            return .success(context)
        } catch {
            statistics.reloadsRefused.wrappingAdd(1, ordering: .relaxed)
            return .failure(error)
        }
    }
}
