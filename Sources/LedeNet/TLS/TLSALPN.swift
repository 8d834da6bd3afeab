import COpenSSL

/// Application-Layer Protocol Negotiation (RFC 7301): Lede speaks `http/1.1` only.
enum TLSALPN {
    /// The only protocol the server selects.
    static let http11: [UInt8] = Array("http/1.1".utf8)

    /// Installs the server's selection callback on `ctx`.
    ///
    /// The closure is a C function pointer written here, in the library, so it carries no
    /// actor isolation (the same literal in the executable target would inherit
    /// `@MainActor` and trap when OpenSSL calls it on a loop thread).
    static func installServerSelection(on ctx: OpaquePointer) {
        SSL_CTX_set_alpn_select_cb(
            ctx,
            { _, out, outLength, clientList, clientListLength, _ in
                guard let out, let outLength, let clientList else { return SSL_TLSEXT_ERR_NOACK }
                let list = UnsafeBufferPointer(start: clientList, count: Int(clientListLength))
                guard let offset = TLSALPN.offsetOfHTTP11(in: list) else {
                    // RFC 7301 §3.2: no protocol in common is a fatal no_application_protocol
                    // alert (nginx does the same), rather than silently speaking HTTP/1.1
                    // to a client that asked for something else.
                    return SSL_TLSEXT_ERR_ALERT_FATAL
                }
                // `out` must point into memory that outlives the callback: the client's
                // list does (OpenSSL owns it for the handshake), a Swift array would not.
                out.pointee = clientList + offset
                outLength.pointee = UInt8(TLSALPN.http11.count)
                return SSL_TLSEXT_ERR_OK
            },
            nil)
    }

    /// Offset of the `http/1.1` name inside a wire-format protocol list (length-prefixed
    /// names), or `nil` when the client did not offer it or the list is malformed.
    static func offsetOfHTTP11(in list: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < list.count {
            let length = Int(list[index])
            let start = index + 1
            let end = start + length
            guard length > 0, end <= list.count else { return nil }
            if length == http11.count, list[start..<end].elementsEqual(http11) { return start }
            index = end
        }
        return nil
    }

    /// Encodes protocol names as ALPN's length-prefixed wire format.
    static func wireFormat(_ protocols: [String]) -> [UInt8] {
        var wire: [UInt8] = []
        for name in protocols {
            let bytes = Array(name.utf8.prefix(255))
            wire.append(UInt8(bytes.count))
            wire.append(contentsOf: bytes)
        }
        return wire
    }
}
