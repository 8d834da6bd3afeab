import COpenSSL
import Glibc

/// The outcome of one non-blocking TLS operation (swift-nio-ssl's `AsyncOperationResult`,
/// with the two "incomplete" cases kept apart because they select the epoll interest).
package enum TLSResult<Value> {
    /// The operation finished; for reads and writes the value is a byte count > 0.
    case complete(Value)
    /// OpenSSL needs the socket to become readable; retry the *same* operation then.
    case wantRead
    /// OpenSSL needs the socket to become writable; retry the *same* operation then.
    case wantWrite
    /// The peer closed the TLS stream (close_notify, or EOF which is read as a close).
    case closed
    /// The connection is unusable; close it.
    case failed(TLSError)
}

extension TLSResult: Sendable where Value: Sendable {}

/// One TLS connection (`SSL*`) over a non-blocking socket it does not own.
///
/// Not `Sendable`: a session lives on the loop thread that accepted it, which also keeps
/// OpenSSL's per-thread error queue consistent with `SSL_get_error`. The caller closes
/// the file descriptor after the session is gone; `SSL_free` never closes it.
package final class TLSSession {
    private let ssl: OpaquePointer
    /// The context this session was created from; kept alive across certificate reloads.
    package let context: TLSContext

    /// Creates a session over `fd` in the context's role (server: accept, client: connect).
    /// `serverName` is sent as SNI by a client and ignored by a server.
    package init(context: TLSContext, fd: Int32, serverName: String? = nil) throws(TLSError) {
        OpenSSLErrorQueue.clear()
        guard let ssl = SSL_new(context.pointer) else {
            throw .setup("SSL_new: \(OpenSSLErrorQueue.drain())")
        }
        guard SSL_set_fd(ssl, fd) == 1 else {
            let reason = OpenSSLErrorQueue.drain()
            SSL_free(ssl)
            throw .setup("SSL_set_fd: \(reason)")
        }
        switch context.role {
        case .server:
            SSL_set_accept_state(ssl)
        case .client:
            SSL_set_connect_state(ssl)
            if let serverName {
                // SNI for the server, and the name the peer certificate must carry when the
                // client context verifies (hostname or IP address, RFC 6125).
                // RFC 6066 §3: SNI carries host names only, never IP literals.
                if !Self.isIPLiteral(serverName) { _ = lede_SSL_set_tlsext_host_name(ssl, serverName) }
                _ = SSL_set1_host(ssl, serverName)
            }
        }
        self.ssl = ssl
        self.context = context
    }

    deinit {
        SSL_free(ssl)
    }

    private static func isIPLiteral(_ name: String) -> Bool {
        name.utf8.allSatisfy { byte in
            byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f") && name.contains(":"))
        }
    }

    /// Advances the handshake; call again on the readiness `wantRead`/`wantWrite` asks for.
    package func handshake() -> TLSResult<Void> {
        OpenSSLErrorQueue.clear()
        let rc = SSL_do_handshake(ssl)
        if rc == 1 { return .complete(()) }
        return classify(rc)
    }

    /// Decrypts up to `buffer.count` bytes. May return `.wantWrite` (TLS 1.3 key update):
    /// wait for writability, then call `read` again.
    package func read(into buffer: UnsafeMutableRawBufferPointer) -> TLSResult<Int> {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return .complete(0) }
        OpenSSLErrorQueue.clear()
        let rc = SSL_read(ssl, base, Int32(clamping: buffer.count))
        if rc > 0 { return .complete(Int(rc)) }
        return classify(rc)
    }

    /// Encrypts and sends a prefix of `bytes` (partial writes are on). After `.wantWrite`,
    /// retry with the same unsent bytes: the buffer may move, its content may not change.
    package func write(_ bytes: UnsafeRawBufferPointer) -> TLSResult<Int> {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return .complete(0) }
        OpenSSLErrorQueue.clear()
        let rc = SSL_write(ssl, base, Int32(clamping: bytes.count))
        if rc > 0 { return .complete(Int(rc)) }
        return classify(rc)
    }

    /// Sends close_notify once. A server does not wait for the peer's reply (RFC 8446
    /// §6.1 allows closing the read side), so `.complete` means "close the socket now".
    package func shutdown() -> TLSResult<Void> {
        OpenSSLErrorQueue.clear()
        // Never send close_notify before the handshake finished: OpenSSL refuses it.
        guard SSL_is_init_finished(ssl) == 1 else { return .complete(()) }
        let rc = SSL_shutdown(ssl)
        if rc >= 0 { return .complete(()) }
        return classify(rc)
    }

    /// Decrypted bytes OpenSSL already holds (`SSL_pending`).
    package var bufferedPlaintextCount: Int { Int(SSL_pending(ssl)) }

    /// Whether OpenSSL holds input not yet returned by `read`: decrypted bytes, or record
    /// bytes it read ahead from the socket. epoll cannot see either: a reader that stops
    /// while this is true would stall until the peer sends more.
    package var hasBufferedInput: Bool { SSL_has_pending(ssl) == 1 }

    /// Whether the handshake has completed.
    package var isHandshakeComplete: Bool { SSL_is_init_finished(ssl) == 1 }

    /// The ALPN protocol both sides agreed on, if any.
    package var negotiatedALPN: String? {
        var data: UnsafePointer<UInt8>?
        var length: UInt32 = 0
        SSL_get0_alpn_selected(ssl, &data, &length)
        guard let data, length > 0 else { return nil }
        return String(decoding: UnsafeBufferPointer(start: data, count: Int(length)), as: UTF8.self)
    }

    /// The negotiated protocol version, e.g. `TLSv1.3`.
    package var protocolVersion: String { String(cString: SSL_get_version(ssl)) }

    /// Whether the handshake resumed an earlier session (ticket or session id).
    package var isResumed: Bool { SSL_session_reused(ssl) == 1 }

    /// Maps a non-positive OpenSSL return code to the result, reading errno first because
    /// nothing after the failed call may overwrite it.
    private func classify<Value>(_ rc: Int32) -> TLSResult<Value> {
        let savedErrno = errno
        switch SSL_get_error(ssl, rc) {
        case SSL_ERROR_WANT_READ:
            return .wantRead
        case SSL_ERROR_WANT_WRITE:
            return .wantWrite
        case SSL_ERROR_ZERO_RETURN:
            return .closed
        case SSL_ERROR_SYSCALL:
            // errno 0 with an empty queue is EOF without close_notify on the raw socket.
            let queued = OpenSSLErrorQueue.drain(fallback: "")
            if !queued.isEmpty { return .failed(.ssl(queued)) }
            return savedErrno == 0 ? .closed : .failed(.syscall(errno: savedErrno))
        default:
            return .failed(.ssl(OpenSSLErrorQueue.drain()))
        }
    }
}

/// A session a client kept from an earlier connection, to resume it on the next.
package final class TLSResumableSession {
    fileprivate let session: OpaquePointer

    fileprivate init(session: OpaquePointer) {
        self.session = session
    }

    deinit {
        SSL_SESSION_free(session)
    }
}

extension TLSSession {
    /// The session to offer on a later connection (client side). With TLS 1.3 the ticket
    /// arrives after the handshake, so read at least once before asking.
    package func resumableSession() -> TLSResumableSession? {
        guard let session = SSL_get1_session(ssl) else { return nil }
        guard SSL_SESSION_is_resumable(session) == 1 else {
            SSL_SESSION_free(session)
            return nil
        }
        return TLSResumableSession(session: session)
    }

    /// Offers `saved` in the coming handshake (client side, before `handshake()`).
    package func offer(_ saved: TLSResumableSession) {
        _ = SSL_set_session(ssl, saved.session)
    }
}
