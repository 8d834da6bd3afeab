import LedeSystem

/// A response body rendered once: its bytes, a strong ETag over them, and (when it
/// saves space) the gzip form with its own ETag, since a strong validator names one
/// exact representation (RFC 9110 §8.8.3).
package struct RenderedBody: Sendable {
    /// nil when only the gzip form is kept (see `init(_:compress:keepIdentity:)`).
    private let identity: [UInt8]?
    /// Quoted, e.g. `"3f2a…"`.
    package let etag: String
    package let gzip: [UInt8]?
    package let gzipETag: String

    /// The identity bytes; inflated from the gzip form when only that is kept (about
    /// 10 µs for a 5 KB document, on documents read far less often than they are held).
    package var bytes: [UInt8] {
        if let identity { return identity }
        return gzip.flatMap(Gzip.decompress) ?? []
    }

    /// Whether the identity form is inflated on demand rather than kept.
    package var isCompressedOnly: Bool { identity == nil }

    /// Bodies smaller than this are not worth a gzip member (header + trailer = 18 bytes).
    package static let minimumGzipBytes = 256

    /// zlib level: 1 compresses JSON to within a few percent of level 6 at a fraction of
    /// the time, which matters when a start-up renders five documents per article.
    package static let gzipLevel: Int32 = 1

    /// `keepIdentity: false` keeps only the gzip form when there is one: for large
    /// documents read less often than the hot views (the article document, which carries
    /// the whole body), this halves what the snapshot holds for them.
    package init(_ bytes: [UInt8], compress: Bool = true, keepIdentity: Bool = true) {
        let hash = FNV1a64.hex(bytes)
        etag = "\"" + hash + "\""
        gzipETag = "\"" + hash + "-gz\""
        if compress, bytes.count >= RenderedBody.minimumGzipBytes, let packed = Gzip.compress(bytes, level: RenderedBody.gzipLevel), packed.count < bytes.count {
            gzip = packed
        } else {
            gzip = nil
        }
        if !keepIdentity, gzip != nil {
            identity = nil
        } else {
            // Exact-size storage: writers grow by doubling, and a snapshot keeps every body.
            // (`Array(bytes[...])` would share the grown buffer, so copy into a reserved one.)
            var exact: [UInt8] = []
            exact.reserveCapacity(bytes.count)
            exact.append(contentsOf: bytes)
            identity = exact
        }
    }
}

/// FNV-1a, 64-bit: a fast, well-spread hash for ETags (not a security boundary: the
/// tag only has to change when the bytes do).
package enum FNV1a64 {
    package static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// 16 lowercase hex digits.
    package static func hex(_ bytes: [UInt8]) -> String {
        let text = String(hash(bytes), radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
