import CLinux
import Glibc
import Synchronization

/// HTTPS under one HTTP connection: sniffs the first byte, runs the OpenSSL handshake
/// non-blocking inside the loop, then carries application data through `SSL_read` /
/// `SSL_write` over the socket (fd BIO). Lives on its loop thread only.
package final class TLSTransport: ConnectionTransport {
    private enum State {
        /// Nothing read yet: is this TLS, plain HTTP or garbage?
        case sniffing
        case handshaking(TLSSession)
        case established(TLSSession)
        /// A fatal TLS error: OpenSSL forbids `SSL_shutdown` after one.
        case failed
        case closed
    }

    package let descriptor: CInt
    private let context: TLSContext
    private let statistics: TLSStatistics
    private var state: State = .sniffing
    /// Gathers small iovecs (head + body) into one TLS record: one `SSL_write`, one
    /// syscall, instead of a record per vector. At most 16 KiB (nginx's `ssl_buffer_size`);
    /// more than 4 KiB of it is released once a write completes, so idle keep-alive
    /// connections do not each hold a full record buffer.
    private var staging: [UInt8] = []

    /// Takes ownership of `descriptor`.
    package init(descriptor: CInt, context: TLSContext, statistics: TLSStatistics) {
        self.descriptor = descriptor
        self.context = context
        self.statistics = statistics
    }

    deinit {
        closeDescriptorIfOpen()
    }

    package var isEstablished: Bool {
        if case .established = state { return true }
        return false
    }

    package var hasBufferedInput: Bool {
        if case .established(let session) = state { return session.hasBufferedInput }
        return false
    }

    package func handshake() throws(TransportError) -> TransportResult {
        switch state {
        case .sniffing:
            let firstByte = TLSFirstByte.peek(fd: descriptor)
            if firstByte != .tls && firstByte != .wantRead { state = .failed }
            switch firstByte {
            case .wantRead: return .wouldBlock(.readable)
            case .closed: return .closed
            case .failed(let code):
                if code == ECONNRESET { return .closed }
                throw .system(SystemError(code: code, call: "recv"))
            case .plainHTTP:
                statistics.nonTLSClients.wrappingAdd(1, ordering: .relaxed)
                answerPlainHTTP()
                return .closed
            case .garbage:
                statistics.nonTLSClients.wrappingAdd(1, ordering: .relaxed)
                drainInput()  // so the close is a FIN, not a reset
                return .closed
            case .tls:
                let session: TLSSession
                do {
                    session = try TLSSession(context: context, fd: descriptor)
                } catch {
                    state = .failed
                    throw .protocolFailure(error.description)
                }
                state = .handshaking(session)
                return try step(session)
            }
        case .handshaking(let session):
            return try step(session)
        case .established:
            return .processed(0)
        case .failed, .closed:
            return .closed
        }
    }

    private func step(_ session: TLSSession) throws(TransportError) -> TransportResult {
        switch session.handshake() {
        case .complete:
            state = .established(session)
            statistics.handshakesCompleted.wrappingAdd(1, ordering: .relaxed)
            if session.isResumed { statistics.handshakesResumed.wrappingAdd(1, ordering: .relaxed) }
            return .processed(0)
        case .wantRead:
            return .wouldBlock(.readable)
        case .wantWrite:
            return .wouldBlock(.writable)
        case .closed:
            state = .failed
            return .closed
        case .failed(let error):
            state = .failed
            statistics.handshakesFailed.wrappingAdd(1, ordering: .relaxed)
            if case .syscall(let code) = error, code == ECONNRESET || code == EPIPE { return .closed }
            throw .protocolFailure("TLS handshake: \(error)")
        }
    }

    package func read(into buffer: UnsafeMutableRawBufferPointer) throws(TransportError) -> TransportResult {
        guard case .established(let session) = state else { return .closed }
        switch session.read(into: buffer) {
        case .complete(let count): return .processed(count)
        case .wantRead: return .wouldBlock(.readable)
        case .wantWrite: return .wouldBlock(.writable)
        case .closed: return .closed
        case .failed(let error): return try fail(error)
        }
    }

    package func write(_ vectors: UnsafeBufferPointer<iovec>) throws(TransportError) -> TransportResult {
        guard case .established(let session) = state else { return .closed }
        let total = vectors.reduce(0) { $0 + $1.iov_len }
        var written = 0
        while written < total {
            let result = writeChunk(session, vectors, from: written, total: total)
            switch result {
            case .complete(let count):
                written += count
            case .wantRead:
                return written > 0 ? .processed(written) : .wouldBlock(.readable)
            case .wantWrite:
                return written > 0 ? .processed(written) : .wouldBlock(.writable)
            case .closed:
                return written > 0 ? .processed(written) : .closed
            case .failed(let error):
                return try fail(error)
            }
        }
        if staging.capacity > 4096 { staging = [] }
        return .processed(written)
    }

    /// Sends one record's worth starting at plaintext `offset`. Deterministic in the
    /// vectors' content, so a retry after WANT_WRITE presents OpenSSL the same bytes (it
    /// requires that; `SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER` only lets the address move).
    private func writeChunk(
        _ session: TLSSession, _ vectors: UnsafeBufferPointer<iovec>, from offset: Int, total: Int
    ) -> TLSResult<Int> {
        let recordSize = 16 * 1024
        let wanted = min(recordSize, total - offset)
        // Find the vector holding `offset`.
        var index = 0, skipped = 0
        while skipped + vectors[index].iov_len <= offset {
            skipped += vectors[index].iov_len
            index += 1
        }
        let within = offset - skipped
        let contiguous = vectors[index].iov_len - within
        if contiguous >= wanted, let base = vectors[index].iov_base {
            return session.write(UnsafeRawBufferPointer(start: base + within, count: wanted))
        }
        staging.removeAll(keepingCapacity: true)
        staging.reserveCapacity(wanted)
        var start = within
        while staging.count < wanted, index < vectors.count {
            let vector = vectors[index]
            let take = min(vector.iov_len - start, wanted - staging.count)
            if take > 0, let base = vector.iov_base {
                staging.append(contentsOf: UnsafeRawBufferPointer(start: base + start, count: take))
            }
            index += 1
            start = 0
        }
        return staging.withUnsafeBytes { session.write($0) }
    }

    /// A reset peer is an ordinary end of a connection; anything else is reported.
    private func fail(_ error: TLSError) throws(TransportError) -> TransportResult {
        state = .failed
        if case .syscall(let code) = error {
            if code == ECONNRESET || code == EPIPE { return .closed }
            throw .system(SystemError(code: code, call: "SSL"))
        }
        throw .protocolFailure(error.description)
    }

    /// Sends close_notify, then half-closes the socket; the connection keeps reading
    /// (lingering close) until the client closes too. `SSL_read` stays valid after our
    /// close_notify until the peer's arrives.
    package func shutdownOutput() {
        if case .established(let session) = state, !sentCloseNotify {
            sentCloseNotify = true
            _ = session.shutdown()
        }
        _ = Glibc.shutdown(descriptor, Int32(SHUT_WR))
    }

    package func close() {
        switch state {
        case .sniffing, .handshaking: statistics.handshakesAbandoned.wrappingAdd(1, ordering: .relaxed)
        default: break
        }
        if case .established(let session) = state, !sentCloseNotify {
            // One close_notify, best effort; a server need not wait for the reply.
            sentCloseNotify = true
            _ = session.shutdown()
        }
        state = .closed  // releases the session (SSL_free) before the descriptor goes
        closeDescriptorIfOpen()
    }

    private var descriptorClosed = false
    private var sentCloseNotify = false
    private func closeDescriptorIfOpen() {
        guard !descriptorClosed else { return }
        descriptorClosed = true
        Posix.close(descriptor)
    }

    /// nginx's answer to plain HTTP on an HTTPS port, without its lingering: read what the
    /// client already sent (so closing does not reset the stream and destroy the answer),
    /// send the `400`, and half-close so the client sees the end of the response.
    private func answerPlainHTTP() {
        drainInput()
        let response = TLSFirstByte.badRequestResponse
        _ = response.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        _ = Glibc.shutdown(descriptor, Int32(SHUT_WR))
    }

    /// Reads and discards what has arrived (bounded): closing a socket with unread input
    /// makes the kernel send a reset instead of a FIN.
    private func drainInput() {
        var sink = [UInt8](repeating: 0, count: 4096)
        var drained = 0
        while drained < 64 * 1024 {
            let n = sink.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            drained += n
        }
    }
}
