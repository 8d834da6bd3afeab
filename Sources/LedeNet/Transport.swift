import CLinux
import Glibc

// How a TLS transport slots in
// ----------------------------
// A `Connection` never calls read/write on its socket directly: it owns one
// `ConnectionTransport` and reacts to what each call reports. The plain transport maps
// EAGAIN to `.wouldBlock(.readable)` for reads and `.wouldBlock(.writable)` for writes.
// A TLS transport (OpenSSL, `Sources/LedeNet/TLS/`) implements the same protocol:
//
// - Handshake: the connection calls `handshake()` on every readiness event until it
//   returns `.processed`; `.wouldBlock(.readable)` (SSL_ERROR_WANT_READ) makes the loop
//   wait for EPOLLIN, `.wouldBlock(.writable)` (SSL_ERROR_WANT_WRITE) for EPOLLOUT. The
//   header-read timeout runs during the handshake, so a stalled handshake is closed like
//   a slowloris client. The plain transport's handshake completes at once.
// - Reads and writes may need the *other* direction: SSL_read can report WANT_WRITE
//   (TLS 1.3 key update) and SSL_write WANT_READ. The connection records what the
//   transport asked for and sets EPOLLIN/EPOLLOUT interest from it, then retries the
//   same operation (with the same bytes, for writes) when that readiness arrives.
// - Buffered plaintext: OpenSSL may hold decrypted bytes after the socket is drained
//   (SSL_pending > 0), which epoll cannot see. `hasBufferedInput` reports them; the
//   connection keeps reading while it is true instead of waiting for another EPOLLIN
//   (level-triggered epoll would otherwise never fire again for those bytes).
// - Writes take iovecs; a TLS transport may copy them into one record buffer or issue
//   several SSL_write calls, returning how many plaintext bytes it accepted.
// - `shutdownOutput()` ends our direction after the last response (default: TCP
//   half-close; TLS may send close_notify first), before the lingering read-and-discard.
// - `close()` sends close_notify best-effort (SSL_shutdown once), frees the SSL and
//   closes the descriptor. The connection calls it exactly once.
// Transports are created per accepted socket by the server's `TransportFactory`, on the
// loop thread that owns the connection, and never leave that thread.

/// Which readiness a transport is waiting for before the same call can make progress.
package enum TransportInterest: Sendable, Equatable {
    case readable
    case writable
}

/// The outcome of one transport operation.
package enum TransportResult: Sendable, Equatable {
    /// This many bytes moved (for `handshake()`, 0 meaning "done").
    case processed(Int)
    /// Nothing can move until the descriptor becomes ready for `interest`.
    case wouldBlock(TransportInterest)
    /// The peer closed its side (read returned 0, or TLS close_notify).
    case closed
}

/// Why a transport operation failed; the connection closes on any of them.
package enum TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    case system(SystemError)
    /// A protocol-level failure below HTTP (a TLS alert, a bad record), with the reason.
    case protocolFailure(String)

    package var description: String {
        switch self {
        case .system(let error): error.description
        case .protocolFailure(let reason): reason
        }
    }
}

/// The byte stream under one HTTP connection: a plain socket or a TLS session over one.
/// Lives on its loop thread only (not `Sendable`).
package protocol ConnectionTransport: AnyObject {
    /// The socket the loop registers with epoll.
    var descriptor: CInt { get }
    /// Whether the handshake (if any) has completed.
    var isEstablished: Bool { get }
    /// Drives the handshake one step; `.processed` once established.
    func handshake() throws(TransportError) -> TransportResult
    /// Reads up to `buffer.count` bytes of application data.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(TransportError) -> TransportResult
    /// Writes application data from `vectors` in order; may accept fewer bytes than given.
    func write(_ vectors: UnsafeBufferPointer<iovec>) throws(TransportError) -> TransportResult
    /// Bytes already received and decoded below us that epoll cannot report (SSL_pending).
    var hasBufferedInput: Bool { get }
    /// Half-closes the output side after the last response (plain: `shutdown(SHUT_WR)`;
    /// TLS: send close_notify). The connection then reads and discards until the peer
    /// closes (lingering close), so a client's unread request bytes do not turn our close
    /// into a reset that destroys the response it has not read yet.
    func shutdownOutput()
    /// Ends the session (TLS close_notify best-effort) and closes the descriptor. Once.
    func close()
}

extension ConnectionTransport {
    package func shutdownOutput() {
        _ = Glibc.shutdown(descriptor, Int32(SHUT_WR))
    }
}

/// Creates the transport for each accepted socket, on the loop thread that will own it.
/// Shared by all loops, so it must be `Sendable`.
package protocol TransportFactory: Sendable {
    /// Takes ownership of `descriptor` (close it on failure).
    func makeTransport(descriptor: CInt) throws(TransportError) -> any ConnectionTransport
}

/// Plain TCP: reads and `sendmsg(MSG_NOSIGNAL)` straight on the socket.
package final class PlainTransport: ConnectionTransport {
    package let descriptor: CInt
    private var isClosed = false

    package init(descriptor: CInt) {
        self.descriptor = descriptor
    }

    package var isEstablished: Bool { true }
    package var hasBufferedInput: Bool { false }

    package func handshake() throws(TransportError) -> TransportResult { .processed(0) }

    package func read(into buffer: UnsafeMutableRawBufferPointer) throws(TransportError) -> TransportResult {
        do {
            switch try Posix.read(descriptor, into: buffer) {
            case .processed(0): return .closed
            case .processed(let count): return .processed(count)
            case .wouldBlock: return .wouldBlock(.readable)
            }
        } catch {
            // A reset peer is an ordinary end of a connection, not a failure worth a log line.
            if error.code == ECONNRESET { return .closed }
            throw .system(error)
        }
    }

    package func write(_ vectors: UnsafeBufferPointer<iovec>) throws(TransportError) -> TransportResult {
        do {
            let result = vectors.count == 1
                ? try Posix.write(descriptor, UnsafeRawBufferPointer(start: vectors[0].iov_base, count: vectors[0].iov_len))
                : try Posix.writev(descriptor, vectors)
            switch result {
            case .processed(let count): return .processed(count)
            case .wouldBlock: return .wouldBlock(.writable)
            }
        } catch {
            if error.code == EPIPE || error.code == ECONNRESET { return .closed }
            throw .system(error)
        }
    }

    package func close() {
        guard !isClosed else { return }
        isClosed = true
        Posix.close(descriptor)
    }

    deinit {
        if !isClosed { Posix.close(descriptor) }
    }
}

/// Makes `PlainTransport`s.
package struct PlainTransportFactory: TransportFactory {
    package init() {}
    package func makeTransport(descriptor: CInt) throws(TransportError) -> any ConnectionTransport {
        PlainTransport(descriptor: descriptor)
    }
}
