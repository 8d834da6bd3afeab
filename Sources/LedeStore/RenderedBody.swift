import LedeSystem
import Synchronization

/// A response body rendered once: its bytes, a strong ETag over them, and (when it
/// saves space) the gzip form with its own ETag, since a strong validator names one
/// exact representation (RFC 9110 §8.8.3).
///
/// The gzip form is made either at construction (`init(_:compress:keepIdentity:)`) or on
/// the first request that asks for it (`init(lazilyCompressing:)`): most documents of a
/// large corpus are never fetched compressed, and gzip was a fifth of the start-up CPU.
package struct RenderedBody: Sendable {
    /// nil when only the gzip form is kept (see `init(_:compress:keepIdentity:)`).
    private let identity: [UInt8]?
    /// Quoted, e.g. `"3f2a…"`.
    package let etag: String
    package let gzipETag: String
    private let packing: Packing

    private enum Packing: Sendable {
        /// Decided at construction: the gzip form, or nil when there is none.
        case eager([UInt8]?)
        /// Compressed on the first read of `gzip`, then kept.
        case lazy(LazyGzip)
    }

    /// The gzip form, or nil when the body is too small or does not shrink. For a lazily
    /// compressed body the first read compresses; every read returns the same bytes an
    /// eager construction would have made.
    package var gzip: [UInt8]? {
        switch packing {
        case .eager(let packed): packed
        case .lazy(let cache): cache.packed(identity ?? [])
        }
    }

    /// The identity bytes; inflated from the gzip form when only that is kept (about
    /// 10 µs for a 5 KB document, on documents read far less often than they are held).
    package var bytes: [UInt8] {
        if let identity { return identity }
        return gzip.flatMap(Gzip.decompress) ?? []
    }

    /// Whether the identity form is inflated on demand rather than kept.
    package var isCompressedOnly: Bool { identity == nil }

    /// Whether the gzip form is still to be made (true until the first read of `gzip`).
    package var isAwaitingCompression: Bool {
        if case .lazy(let cache) = packing { return !cache.isFilled }
        return false
    }

    /// Bodies smaller than this are not worth a gzip member (header + trailer = 18 bytes).
    package static let minimumGzipBytes = 256

    /// zlib level: 1 compresses JSON to within a few percent of level 6 at a fraction of
    /// the time, which matters when a start-up renders five documents per article.
    package static let gzipLevel: Int32 = 1

    /// `keepIdentity: false` keeps only the gzip form when there is one: for large
    /// documents read less often than the hot views (the article document, which carries
    /// the whole body), this halves what the snapshot holds for them.
    package init(_ bytes: [UInt8], compress: Bool = true, keepIdentity: Bool = true) {
        (etag, gzipETag) = RenderedBody.etags(bytes)
        let gzip = compress ? RenderedBody.compressed(bytes) : nil
        packing = .eager(gzip)
        identity = !keepIdentity && gzip != nil ? nil : RenderedBody.exactCopy(bytes)
    }

    /// Keeps the identity bytes and compresses on the first read of `gzip` (from any
    /// thread: concurrent first readers may each compress, and all of them return the
    /// one form that was published first). Bodies too small to compress skip the cache.
    package init(lazilyCompressing bytes: [UInt8]) {
        (etag, gzipETag) = RenderedBody.etags(bytes)
        packing = bytes.count >= RenderedBody.minimumGzipBytes ? .lazy(LazyGzip()) : .eager(nil)
        identity = RenderedBody.exactCopy(bytes)
    }

    private static func etags(_ bytes: [UInt8]) -> (String, String) {
        let hash = FNV1a64.hex(bytes)
        return ("\"" + hash + "\"", "\"" + hash + "-gz\"")
    }

    /// The gzip member when it is worth keeping: large enough and smaller than the input.
    fileprivate static func compressed(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= minimumGzipBytes, let packed = Gzip.compress(bytes, level: gzipLevel), packed.count < bytes.count else { return nil }
        return packed
    }

    /// Exact-size storage: writers grow by doubling, and a snapshot keeps every body.
    /// (`Array(bytes[...])` would share the grown buffer, so copy into a reserved one.)
    private static func exactCopy(_ bytes: [UInt8]) -> [UInt8] {
        var exact: [UInt8] = []
        exact.reserveCapacity(bytes.count)
        exact.append(contentsOf: bytes)
        return exact
    }
}

/// The gzip form of one body, published once. Readers of a filled cache take no lock: one
/// atomic load. A miss compresses outside any lock and publishes with a compare-and-swap;
/// a thread that loses the race drops its copy and returns the winner's, so every reader
/// sees the same bytes (zlib is deterministic, so they would be equal anyway).
private final class LazyGzip: Sendable {
    private let slot = AtomicLazyReference<Packed>()

    /// Boxed so that "compressed, and it did not shrink" (nil bytes) is a published state too.
    final class Packed: Sendable {
        let bytes: [UInt8]?
        init(_ bytes: [UInt8]?) { self.bytes = bytes }
    }

    var isFilled: Bool { slot.load() != nil }

    func packed(_ identity: [UInt8]) -> [UInt8]? {
        if let ready = slot.load() { return ready.bytes }
        return slot.storeIfNil(Packed(RenderedBody.compressed(identity))).bytes
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
