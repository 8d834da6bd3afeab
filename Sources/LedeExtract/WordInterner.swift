/// Every key of the word lists with its flags, found from the bytes of the text: a token whose
/// lower-case form is listed takes the list's `String` (no new string is built for it) and its
/// flags in one look-up, so the common case costs one hash over bytes already in cache. Also
/// looked up by `String` (`flags(of:)`): the one table of word flags.
struct WordInterner: Sendable {
    /// The words' bytes, back to back; `ends[i]` closes word `i`.
    private var arena: [UInt8] = []
    private var ends: [Int] = []
    private(set) var keys: [String] = []
    private(set) var flags: [WordFlags] = []
    /// `shortForm` of each word of up to eight bytes (eight only when its first byte is at
    /// least "0"), 0 for the others.
    private var shortForms: [UInt64] = []
    /// Open addressing: word index + 1 in the low 32 bits, the high 32 bits of the word's hash
    /// above them (a probe that meets another word is rejected without reading its bytes);
    /// 0 when empty.
    private var slots: [UInt64] = []
    private var mask = 0

    init() {}

    /// Builds the table from `(key, flags)` pairs.
    init(_ entries: [(key: String, value: WordFlags)]) {
        var capacity = 16
        while capacity * 3 < entries.count * 4 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for (key, value) in entries {
            arena.append(contentsOf: key.utf8)
            ends.append(arena.count)
            keys.append(key)
            flags.append(value)
            var packed: UInt64 = 0
            for b in key.utf8 { packed = packed << 8 | UInt64(b) }
            // Eight bytes fill the number: then the length byte is the first byte, which in a
            // word of the text is a letter or digit, never a length of 1 to 7.
            let first = key.utf8.first ?? 0
            shortForms.append(key.utf8.count <= 8 && (key.utf8.count < 8 || first >= 48) ? WordInterner.shortForm(packed, count: key.utf8.count) : 0)
            let h = WordInterner.hash(Array(key.utf8)[...], fold: false)
            var i = h & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = WordInterner.tag(h) << 32 | UInt64(keys.count)
        }
    }

    /// A word of one to eight bytes as one number: its bytes (`packed`, each shifted in from
    /// the right) and, below eight bytes, its length in the top byte. Two such words are equal
    /// when their numbers are, so a short word is found without comparing bytes.
    @inline(__always)
    static func shortForm(_ packed: UInt64, count: Int) -> UInt64 { count < 8 ? packed | UInt64(truncatingIfNeeded: count) << 56 : packed }

    /// The bits of a hash a slot keeps beside its word index.
    @inline(__always)
    static func tag(_ hash: Int) -> UInt64 { UInt64(UInt(bitPattern: hash)) >> 32 }

    @inline(__always)
    static func hash(_ bytes: ArraySlice<UInt8>, fold: Bool) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for var b in bytes {
            if fold, b >= 65, b <= 90 { b |= 0x20 }
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3
        }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// The flags of a key, or nil when no list has it.
    func flags(of key: String) -> WordFlags? {
        guard mask > 0 else { return nil }
        // A `Span` over the key's bytes: iterating `String.UTF8View` re-checks its form per byte.
        let bytes = key.utf8.span
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in bytes.indices { h = (h ^ UInt64(bytes[k])) &* 0x0000_0100_0000_01b3 }
        let hash = Int(truncatingIfNeeded: h ^ (h >> 32))
        let tag = WordInterner.tag(hash)
        var i = hash & mask
        let count = bytes.count
        probing: while slots[i] != 0 {
            let w = Int(truncatingIfNeeded: slots[i] & 0xFFFF_FFFF) - 1
            let start = w == 0 ? 0 : ends[w - 1]
            if slots[i] >> 32 == tag, ends[w] - start == count {
                for k in bytes.indices where arena[start + k] != bytes[k] {
                    i = (i + 1) & mask
                    continue probing
                }
                return flags[w]
            }
            i = (i + 1) & mask
        }
        return nil
    }

    /// `hash` of `bytes[range]`, read through a `Span` (no slice, no retain, inlined checks).
    @inline(__always)
    static func hash(_ bytes: Span<UInt8>, _ range: Range<Int>, fold: Bool) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in range {
            var b = bytes[i]
            if fold, b >= 65, b <= 90 { b |= 0x20 }
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3
        }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// The index of the word equal to `bytes[range]` with ASCII upper case folded (`fold`: it
    /// has some; without, the bytes compare as they are), or nil;
    /// `hash` is the hash of the folded bytes (it equals `StringTable.hash` of the key they
    /// spell). Read through `Span`s: no slice, no retain, inlined checks. `short`, when not 0,
    /// is the `shortForm` of the folded bytes: then no bytes are compared.
    @inline(__always)
    func find(_ bytes: Span<UInt8>, _ range: Range<Int>, fold: Bool, hash: Int, short: UInt64 = 0) -> Int? {
        guard mask > 0 else { return nil }
        let arena = self.arena.span, slots = self.slots.span, ends = self.ends.span, shortForms = self.shortForms.span
        let count = range.count
        let tag = WordInterner.tag(hash)
        var i = hash & mask
        probing: while true {
            let entry = slots[i]
            if entry == 0 { return nil }
            let slot = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF)
            if entry >> 32 != tag {
                i = (i + 1) & mask
                continue
            }
            if short != 0 {
                if shortForms[slot - 1] == short { return slot - 1 }
                i = (i + 1) & mask
                continue
            }
            let start = slot == 1 ? 0 : ends[slot - 2]
            if ends[slot - 1] - start == count {
                let word = arena.extracting(start..<(start + count)), text = bytes.extracting(range)
                if fold {
                    for k in 0..<count {
                        let b = text[k]
                        if word[k] != (b &- 65 < 26 ? b | 0x20 : b) {
                            i = (i + 1) & mask
                            continue probing
                        }
                    }
                } else {
                    for k in 0..<count where word[k] != text[k] {
                        i = (i + 1) & mask
                        continue probing
                    }
                }
                return slot - 1
            }
            i = (i + 1) & mask
        }
    }
}
