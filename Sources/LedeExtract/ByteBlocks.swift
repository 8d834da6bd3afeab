/// Eight bytes of the text read as one number (speed round twenty-nine): the line splitter
/// tests all eight for a newline with a few bit operations instead of a compare and a branch
/// each (`firstIndex(of:)` cost five instructions a byte, about 8 M a corpus round).
enum ByteBlocks {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// `text[i..<(i + 8)]` as a little-endian number (byte `i` in the low bits). The eight byte
    /// reads over one checked slice compile to a single load.
    @inline(__always)
    static func load(_ text: Span<UInt8>, at i: Int) -> UInt64 {
        let block = text.extracting(i..<(i &+ 8))
        var x: UInt64 = 0
        for k in 0..<8 { x |= UInt64(block[k]) << UInt64(8 * k) }
        return x
    }

    /// The index of the first newline in `text` from `start`, or `text.count` when none follows.
    static func newlineIndex(_ text: Span<UInt8>, from start: Int) -> Int {
        var i = start
        while i &+ 8 <= text.count {
            // A byte equal to 10 becomes 0; the lowest high bit of the zero test marks the first
            // one exactly (a borrow only sets bits above a zero byte).
            let x = load(text, at: i) ^ (ones &* 10)
            let zero = (x &- ones) & ~x & highBits
            if zero != 0 { return i &+ zero.trailingZeroBitCount >> 3 }
            i &+= 8
        }
        while i < text.count, text[i] != 10 { i &+= 1 }
        return i
    }
}
