import COpenSSL
import Glibc
import Synchronization

/// An OpenSSL `SSL_CTX`: certificate, key and protocol policy shared by every connection
/// of every loop. Immutable once built; a certificate reload builds a new one.
///
/// Sendable without `@unchecked`: the context is stored as its address (an integer), and
/// nothing mutates the `SSL_CTX` after `init`. OpenSSL documents a configured `SSL_CTX`
/// as safe to use from many threads at once (`SSL_new` takes a reference under its own
/// lock; the session cache has its own lock).
package final class TLSContext: Sendable {
    /// The role the sessions created from this context play.
    package enum Role: Sendable, Equatable {
        case server
        case client
    }

    private let address: UInt
    package let role: Role

    /// The `SSL_CTX*`, valid for this object's lifetime.
    var pointer: OpaquePointer { OpaquePointer(bitPattern: address)! }

    /// Builds a server context and fails fast, naming the file and OpenSSL's reason, when
    /// the certificate or key is missing, unreadable, invalid or mismatched.
    package init(server configuration: TLSConfiguration) throws(TLSError) {
        Posix.ignoreBrokenPipe()
        try Self.checkReadable(configuration.certificateChainPath, as: TLSError.certificateUnreadable)
        try Self.checkReadable(configuration.privateKeyPath, as: TLSError.keyUnreadable)
        let address = try Self.building { () throws(TLSError) -> UInt in
            let ctx = try Self.makeContext(method: TLS_server_method())
            do throws(TLSError) {
                try Self.applyServerPolicy(configuration, to: ctx)
                try Self.loadCredentials(configuration, into: ctx)
                TLSALPN.installServerSelection(on: ctx)
            } catch {
                SSL_CTX_free(ctx)
                throw error
            }
            return UInt(bitPattern: ctx)
        }
        self.address = address
        self.role = .server
    }

    /// Builds a client context (tests, benchmarks, health checks; not used by the server).
    package init(client configuration: TLSClientConfiguration) throws(TLSError) {
        Posix.ignoreBrokenPipe()
        let address = try Self.building { () throws(TLSError) -> UInt in
            let ctx = try Self.makeContext(method: TLS_client_method())
            do throws(TLSError) {
                try Self.applyClientPolicy(configuration, to: ctx)
            } catch {
                SSL_CTX_free(ctx)
                throw error
            }
            return UInt(bitPattern: ctx)
        }
        self.address = address
        self.role = .client
    }

    /// One context is built at a time. OpenSSL 3.0's first fetches of algorithms and its PEM
    /// decoders race when several threads load keys at once (openssl/openssl#13682, #14020):
    /// seen here as sporadic "DECODER routines::unsupported" and "key not usable" failures
    /// when tests built contexts in parallel. Building is the cold path (start-up, SIGHUP).
    private static let buildLock = Mutex(())

    private static func building<T>(_ body: () throws(TLSError) -> T) throws(TLSError) -> T {
        let result: Result<T, TLSError> = buildLock.withLock { _ in
            do throws(TLSError) { return .success(try body()) } catch { return .failure(error) }
        }
        return try result.get()
    }

    deinit {
        // Live SSL objects hold their own reference, so connections opened before a reload
        // keep working after the old context is released here.
        SSL_CTX_free(pointer)
    }

    /// Sessions currently held in the server-side session cache.
    package var cachedSessionCount: Int { lede_SSL_CTX_sess_number(pointer) }

    // MARK: - Building

    private static func makeContext(method: OpaquePointer?) throws(TLSError) -> OpaquePointer {
        OpenSSLErrorQueue.clear()
        guard let ctx = SSL_CTX_new(method) else {
            throw .setup("SSL_CTX_new: \(OpenSSLErrorQueue.drain())")
        }
        // An encrypted key would make OpenSSL prompt on the terminal and block startup;
        // answering "no passphrase" turns that into a clean load error instead.
        installNoPassphraseCallback(on: ctx)
        return ctx
    }

    private static func applyServerPolicy(_ config: TLSConfiguration, to ctx: OpaquePointer) throws(TLSError) {
        // No compression (CRIME), no renegotiation (a client-driven CPU cost with no use
        // for HTTP/1.1), and EOF without close_notify reads as a clean close: HTTP framing
        // already detects truncated messages, and most clients just close the socket.
        let options = lede_SSL_OP_NO_COMPRESSION() | lede_SSL_OP_NO_RENEGOTIATION()
            | lede_SSL_OP_IGNORE_UNEXPECTED_EOF()
        SSL_CTX_set_options(ctx, options)
        try check(lede_SSL_CTX_set_min_proto_version(ctx, config.minimumVersion.openSSLValue) == 1, "minimum version")
        try check(SSL_CTX_set_cipher_list(ctx, config.cipherList) == 1, "cipher list '\(config.cipherList)'")
        try check(SSL_CTX_set_ciphersuites(ctx, config.cipherSuites) == 1, "TLS 1.3 suites '\(config.cipherSuites)'")
        try check(lede_SSL_CTX_set1_groups_list(ctx, config.groups) == 1, "groups '\(config.groups)'")
        // Built-in DH parameters for the DHE suites of the intermediate list.
        try check(lede_SSL_CTX_set_dh_auto(ctx, 1) == 1, "DH parameters")
        // Partial writes let the loop advance by what was sent; a moving buffer lets it
        // retry a WANT_WRITE from a buffer that was compacted in between.
        let mode = Int(SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER | SSL_MODE_RELEASE_BUFFERS)
        _ = lede_SSL_CTX_set_mode(ctx, mode)
        // Read whole socket buffers, not a 5-byte record header then its body: one read(2)
        // per request instead of two. The cost: bytes OpenSSL read ahead are invisible to
        // epoll, which `TLSSession.hasBufferedInput` (SSL_has_pending) reports instead.
        _ = lede_SSL_CTX_set_read_ahead(ctx, 1)
        // Resumption: a server-side cache for TLS 1.2 session ids, tickets for both.
        _ = lede_SSL_CTX_set_session_cache_mode(ctx, Int(SSL_SESS_CACHE_SERVER))
        _ = lede_SSL_CTX_sess_set_cache_size(ctx, config.sessionCacheSize)
        _ = SSL_CTX_set_timeout(ctx, config.sessionLifetimeSeconds)
        let idContext: [UInt8] = Array("lede".utf8)
        try check(SSL_CTX_set_session_id_context(ctx, idContext, UInt32(idContext.count)) == 1, "session id context")
        try check(SSL_CTX_set_num_tickets(ctx, config.ticketsPerHandshake) == 1, "ticket count")
    }

    private static func loadCredentials(_ config: TLSConfiguration, into ctx: OpaquePointer) throws(TLSError) {
        OpenSSLErrorQueue.clear()
        guard SSL_CTX_use_certificate_chain_file(ctx, config.certificateChainPath) == 1 else {
            throw .certificateInvalid(path: config.certificateChainPath, reason: OpenSSLErrorQueue.drain())
        }
        guard SSL_CTX_use_PrivateKey_file(ctx, config.privateKeyPath, SSL_FILETYPE_PEM) == 1 else {
            // OpenSSL already compares the key with the certificate while loading it.
            let error = ERR_peek_last_error()
            let isMismatch = ERR_GET_LIB(error) == ERR_LIB_X509
                && (ERR_GET_REASON(error) == X509_R_KEY_VALUES_MISMATCH || ERR_GET_REASON(error) == X509_R_KEY_TYPE_MISMATCH)
            let reason = OpenSSLErrorQueue.drain()
            if isMismatch {
                throw .keyMismatch(certificate: config.certificateChainPath, key: config.privateKeyPath, reason: reason)
            }
            throw .keyInvalid(path: config.privateKeyPath, reason: reason)
        }
        guard SSL_CTX_check_private_key(ctx) == 1 else {
            throw .keyMismatch(
                certificate: config.certificateChainPath, key: config.privateKeyPath,
                reason: OpenSSLErrorQueue.drain())
        }
    }

    private static func applyClientPolicy(_ config: TLSClientConfiguration, to ctx: OpaquePointer) throws(TLSError) {
        if config.maximumVersion == .tls1_1 || config.minimumVersion == .tls1_1 {
            // OpenSSL 3 forbids TLS < 1.2 above security level 0; a client that must really
            // offer TLS 1.1 (to check that servers refuse it) has to drop to level 0.
            SSL_CTX_set_security_level(ctx, 0)
            try check(SSL_CTX_set_cipher_list(ctx, "DEFAULT:@SECLEVEL=0") == 1, "cipher list")
        }
        try check(lede_SSL_CTX_set_min_proto_version(ctx, config.minimumVersion.openSSLValue) == 1, "minimum version")
        if let maximum = config.maximumVersion {
            try check(lede_SSL_CTX_set_max_proto_version(ctx, maximum.openSSLValue) == 1, "maximum version")
        }
        _ = lede_SSL_CTX_set_mode(ctx, Int(SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER))
        if let trusted = config.trustedCertificatesPath {
            try checkReadable(trusted, as: TLSError.certificateUnreadable)
            guard SSL_CTX_load_verify_locations(ctx, trusted, nil) == 1 else {
                throw .certificateInvalid(path: trusted, reason: OpenSSLErrorQueue.drain())
            }
            SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nil)
        } else {
            SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nil)
        }
        if !config.alpnProtocols.isEmpty {
            let wire = TLSALPN.wireFormat(config.alpnProtocols)
            // Unlike every other setter, SSL_CTX_set_alpn_protos returns 0 on success.
            try check(SSL_CTX_set_alpn_protos(ctx, wire, UInt32(wire.count)) == 0, "ALPN protocols")
        }
    }

    private static func check(_ succeeded: Bool, _ what: String) throws(TLSError) {
        if !succeeded { throw .setup("\(what): \(OpenSSLErrorQueue.drain(fallback: "rejected"))") }
    }

    /// Turns "missing" and "unreadable" into messages naming the file, before OpenSSL's
    /// less direct "system lib" errors.
    private static func checkReadable(
        _ path: String, as makeError: (String, String) -> TLSError
    ) throws(TLSError) {
        guard !path.isEmpty else { throw makeError(path, "no path configured") }
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw makeError(path, String(cString: strerror(errno)))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw makeError(path, "not a regular file") }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw makeError(path, String(cString: strerror(errno))) }
        close(fd)
    }

    private static func installNoPassphraseCallback(on ctx: OpaquePointer) {
        SSL_CTX_set_default_passwd_cb(ctx) { _, _, _, _ in 0 }
    }
}
