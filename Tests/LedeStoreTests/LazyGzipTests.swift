import Dispatch
import LedeExtract
import LedeSystem
import Synchronization
import Testing
@testable import LedeStore

/// Lazily compressed bodies: the same bytes and ETags as eager ones, compressed once,
/// and the same bytes for every concurrent first reader.
@Suite struct LazyGzipTests {
    /// JSON-like bytes of `size`, compressible but not trivially so.
    static func document(_ size: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var state: UInt32 = 12345
        let words = ["\"entity\":", "\"Detroit\",", "\"police\"", "{\"id\":", "1234", "},", " "]
        while bytes.count < size {
            state = state &* 1_103_515_245 &+ 12345
            bytes += Array(words[Int(state >> 16) % words.count].utf8)
        }
        return Array(bytes.prefix(size))
    }

    @Test(arguments: [0, 17, 255, 256, 257, 5000, 70000])
    func lazyBodiesMatchEagerOnes(size: Int) {
        let bytes = Self.document(size)
        let eager = RenderedBody(bytes)
        let lazy = RenderedBody(lazilyCompressing: bytes)
        #expect(lazy.etag == eager.etag)
        #expect(lazy.gzipETag == eager.gzipETag)
        #expect(lazy.bytes == bytes)
        #expect(!lazy.isCompressedOnly)
        // Nothing is compressed before the first read, and only bodies worth compressing wait.
        #expect(lazy.isAwaitingCompression == (size >= RenderedBody.minimumGzipBytes))
        #expect(lazy.gzip == eager.gzip)
        #expect(!lazy.isAwaitingCompression)
        #expect(lazy.gzip == eager.gzip)
        if let packed = lazy.gzip { #expect(Gzip.decompress(packed) == bytes) }
    }

    /// A body that gzip cannot shrink publishes "no gzip form", as the eager path decides.
    @Test func incompressibleBodiesHaveNoGzipFormEitherWay() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var noise: [UInt8] = []
        for _ in 0..<600 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            noise.append(UInt8(truncatingIfNeeded: state))
        }
        let lazy = RenderedBody(lazilyCompressing: noise)
        #expect(RenderedBody(noise).gzip == nil)
        #expect(lazy.gzip == nil)
        #expect(!lazy.isAwaitingCompression)
        #expect(lazy.bytes == noise)
    }

    /// Copies of one body share its cache: every thread's first read returns the same
    /// bytes, equal to the eager form, and the body ends up compressed once for all.
    @Test func concurrentFirstReadersGetTheSameBytes() {
        for size in [300, 5000, 40000] {
            let bytes = Self.document(size)
            let expected = RenderedBody(bytes).gzip
            let body = RenderedBody(lazilyCompressing: bytes)
            let seen = Mutex<[[UInt8]?]>([])
            DispatchQueue.concurrentPerform(iterations: 8) { _ in
                let copy = body
                let packed = copy.gzip
                seen.withLock { $0.append(packed) }
            }
            let results = seen.withLock { $0 }
            #expect(results.count == 8)
            #expect(results.allSatisfy { $0 == expected })
            #expect(expected != nil)
            #expect(!body.isAwaitingCompression)
        }
    }

    /// The record's lazily compressed documents give what an eager rendering gives.
    @Test func recordDocumentsCompressOnFirstReadToTheEagerBytes() throws {
        let scan = try CorpusLoader.scan(directory: Seed.dataFolder)
        let (article, fileName) = try #require(scan.articles.first)
        let record = ArticleRecord(article: article, fileName: fileName, extractor: Extractor())
        for body in [record.entitiesBody, record.timelineBody] {
            #expect(body.isAwaitingCompression)
            let eager = RenderedBody(body.bytes)
            #expect(body.gzip == eager.gzip)
            #expect(body.gzipETag == eager.gzipETag)
            #expect(!body.isAwaitingCompression)
        }
    }
}
