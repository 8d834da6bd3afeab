import CZlib

/// gzip (RFC 1952) through zlib. Used at snapshot build time, once per rendered body.
package enum Gzip {
    /// Compresses `input` into one gzip member; nil only if zlib fails to initialise.
    package static func compress(_ input: [UInt8], level: Int32 = 6) -> [UInt8]? {
        var stream = z_stream()
        // The window only has to span the input: zlib's default 32 KB window (and its
        // 64 KB of match tables) costs ~45 µs of allocation per stream, more than
        // compressing a 5 KB document, for not one byte of gain (bytes further back than
        // the input's length cannot be referenced). 16 + bits asks for gzip framing.
        let windowBits = Int32(min(15, max(13, Int.bitWidth - max(input.count - 1, 1).leadingZeroBitCount)))
        let initialised = deflateInit2_(
            &stream, level, Z_DEFLATED, 16 + windowBits, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard initialised == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        // deflateBound is an upper bound for a single Z_FINISH call; the gzip header and
        // trailer are included because the stream was initialised for gzip.
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))))
        let status: Int32 = input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return nil }
        // A fresh array of the exact size: the bound-sized buffer would keep its capacity.
        return Array(output[0..<Int(stream.total_out)])
    }

    /// Decompresses a gzip stream; nil when the input is not valid gzip. Serves the
    /// identity form of documents the snapshot keeps only compressed.
    package static func decompress(_ input: [UInt8]) -> [UInt8]? {
        var stream = z_stream()
        guard CZlib_inflateInitGzip(&stream) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        // The trailer's ISIZE (size mod 2^32) sizes the first chunk: one pass for our members.
        var hint = 64 * 1024
        if input.count >= 18 {
            let n = input.count
            let size = Int(input[n - 4]) | Int(input[n - 3]) << 8 | Int(input[n - 2]) << 16 | Int(input[n - 1]) << 24
            hint = max(1, min(size + 1, 16 << 20))
        }
        var output: [UInt8] = []
        output.reserveCapacity(hint)
        var chunk = [UInt8](repeating: 0, count: hint)
        return input.withUnsafeBufferPointer { source -> [UInt8]? in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = uInt(source.count)
            while true {
                let (status, produced): (Int32, Int) = chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    return (status, target.count - Int(stream.avail_out))
                }
                output.append(contentsOf: chunk[0..<produced])
                if status == Z_STREAM_END { return output }
                // Z_BUF_ERROR with no input left means a truncated stream.
                guard status == Z_OK, produced > 0 || stream.avail_in > 0 else { return nil }
            }
        }
    }
}
