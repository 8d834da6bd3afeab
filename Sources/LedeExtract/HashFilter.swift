/// A bitmap of 1,024 bits over `StringTable.hash` values (one bit per key, at the hash's low ten
/// bits): a clear bit proves a key absent, with no call and no string compare.
///
/// `WordSet` keeps 64 such bits inline, enough for sets of a handful of words; for a set of
/// thirty or forty words scanned against every token of an article, half the words of the text
/// pass those 64 bits and the test becomes a coin toss the branch predictor cannot learn (speed
/// round seventeen measured the sports-word scan at about 190,000 mispredicted branches a corpus
/// round, three times its instructions' share of the time). With 1,024 bits about one token in
/// twenty-five passes to the exact look-up. The tokenizer counted the sports words through one
/// until speed round twenty-four, which gave them a word flag (`WordFlags.sports`) instead.
struct HashFilter: Sendable {
    /// Inline, not an `Array`: a filter read from a `static let` is copied without a retain.
    private var words: InlineArray<16, UInt64>

    init(_ keys: some Sequence<String>) {
        var words = InlineArray<16, UInt64>(repeating: 0)
        for key in keys {
            let h = StringTable<Bool>.hash(key)
            words[HashFilter.word(h)] |= HashFilter.bit(h)
        }
        self.words = words
    }

    @inline(__always) private static func word(_ hash: Int) -> Int { (hash >> 6) & 15 }
    @inline(__always) private static func bit(_ hash: Int) -> UInt64 { 1 &<< UInt64(truncatingIfNeeded: hash & 63) }

    /// False when no key of the filter has this hash.
    @inline(__always) func mayContain(hash: Int) -> Bool {
        words.span[HashFilter.word(hash)] & HashFilter.bit(hash) != 0
    }
}

/// A bitmap of 2^17 bits (16 KB) over `StringTable.hash` values, for a large table: a clear bit
/// proves a key absent without touching the table's slots, which miss the cache.
struct KeyFilter: Sendable {
    private var words: [UInt64]

    init(_ keys: some Sequence<String>) {
        self.init(hashes: keys.lazy.map { StringTable<Bool>.hash($0) })
    }

    /// The filter over hashes made elsewhere (`KnownRunFilter40`'s hashes of runs of words).
    init(hashes: some Sequence<Int>) {
        var words = [UInt64](filled: 0, count: KeyFilter.wordCount)
        for h in hashes { words[KeyFilter.word(h)] |= KeyFilter.bit(h) }
        self.words = words
    }

    private static let wordCount = 1 << 11
    @inline(__always) private static func word(_ hash: Int) -> Int { (hash >> 6) & (1 << 11 - 1) }
    @inline(__always) private static func bit(_ hash: Int) -> UInt64 { 1 &<< UInt64(truncatingIfNeeded: hash & 63) }

    /// False when no key of the filter has this hash.
    @inline(__always) func mayContain(hash: Int) -> Bool {
        words.span[KeyFilter.word(hash)] & KeyFilter.bit(hash) != 0
    }
}
