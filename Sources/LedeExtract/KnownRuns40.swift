/// Speed round forty: a run of tokens ruled out as a known name from the key hashes its tokens
/// already carry.
///
/// `knownName` asked whether a run of two or more tokens spells a known name by hashing the
/// run's keys joined with spaces (FNV-1a over every byte, each key read through its
/// `String.UTF8View.span`, about 410 instructions a run, 13,000 runs a corpus round) and then
/// testing the known names' filter, which turned most of them away. This filter is over another
/// hash of the same runs: the tokens' stored `keyHash` values mixed in order, one multiply a
/// token. A known name of several words is entered under its space-separated words' hashes.
///
/// It proves a run absent and never a name present: a run spells a known key `K` only when `K`
/// is its keys joined by single spaces, and as no token's key holds a space or is empty, `K`'s
/// words split at its spaces are then exactly the run's keys, so both mix to the same number.
/// A run that passes goes on to the joined hash and the table as before.
struct KnownRunFilter40: Sendable {
    /// The bitmap of the known names' `KeyFilter` (2^17 bits), over the runs' mixed hashes.
    private let filter: KeyFilter

    /// The filter over every key of `keys` made of two words or more.
    init(_ keys: some Sequence<String>) {
        var hashes: [Int] = []
        for key in keys {
            let parts = key.split(separator: " ", omittingEmptySubsequences: false)
            // One word is no run; an empty word (two spaces) is no token's key.
            guard parts.count >= 2, !parts.contains(where: \.isEmpty) else { continue }
            var h = KnownRunFilter40.seed
            for part in parts { h = KnownRunFilter40.mix(h, StringTable<Bool>.hash(String(part))) }
            hashes.append(Int(truncatingIfNeeded: h))
        }
        filter = KeyFilter(hashes: hashes)
    }

    /// False when no known name of several words is the keys of `tokens[range]` joined by spaces.
    @inline(__always)
    func mayContain(_ tokens: Span<Token>, _ range: Range<Int>) -> Bool {
        var h = KnownRunFilter40.seed
        for k in range { h = KnownRunFilter40.mix(h, tokens[k].keyHash) }
        return filter.mayContain(hash: Int(truncatingIfNeeded: h))
    }

    private static let seed: UInt64 = 0x243f_6a88_85a3_08d3

    /// One word's key hash folded into the run's: order matters ("new york" is not "york new").
    @inline(__always)
    private static func mix(_ h: UInt64, _ keyHash: Int) -> UInt64 {
        let x = (h ^ UInt64(UInt(bitPattern: keyHash))) &* 0x9e37_79b9_7f4a_7c15
        return x ^ (x >> 29)
    }
}
