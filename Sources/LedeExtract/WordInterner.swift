/// Every key of the word lists with its flags, found from the bytes of the text: a token whose
/// lower-case form is listed takes the list's `String` (no new string is built for it) and its
/// flags in one look-up, so the common case costs one hash over bytes already in cache. Also
/// looked up by `String` (`flags(of:)`): the one table of word flags.
struct WordInterner: Sendable {
    /// The words' bytes, back to back; `ends[i]` closes word `i`.
    private var arena: [UInt8] = []
    private var ends: [Int] = []
    private(set) var keys: [String] = []
    /// Open addressing, one 32-byte slot per cell: a probe reads all it needs from one cache
    /// line (the table is megabytes, so each word's probe is a miss; the word's short form, key
    /// and flags in parallel arrays were two more, dependent ones).
    private var slots: [Slot] = []
    private var mask = 0

    /// A word's cell: `shortForm` of its key when that is not 0 (then equal numbers are equal
    /// words, with no bytes compared), else the key's whole hash with `longBit` set in
    /// `word`; `word` is the word's index + 1 (0: empty).
    struct Slot {
        var form: UInt64 = 0
        var word: UInt32 = 0
        var flags: UInt32 = 0
        var key: String = ""
    }
    static let longBit: UInt32 = 1 << 31

    /// A found word: its index (into `keys`), its key and its flags.
    struct Hit {
        let index: Int
        let key: String
        let flags: WordFlags
    }

    init() {}

    /// Builds the table from `(key, flags)` pairs.
    init(_ entries: [(key: String, value: WordFlags)]) {
        var capacity = 16
        while capacity * 3 < entries.count * 4 { capacity <<= 1 }
        slots = Array(repeating: Slot(), count: capacity)
        mask = capacity - 1
        for (key, value) in entries {
            arena.append(contentsOf: key.utf8)
            ends.append(arena.count)
            keys.append(key)
            // Hashed through a `Span` of the key: a copy into an array was an allocation a word.
            let h = WordInterner.hash(key.utf8.span, 0..<key.utf8.count, fold: false)
            let short = WordInterner.shortForm(of: key.utf8.span)
            var i = h & mask
            while slots[i].word != 0 { i = (i + 1) & mask }
            slots[i] = short != 0
                ? Slot(form: short, word: UInt32(keys.count), flags: value.rawValue, key: key)
                : Slot(form: UInt64(UInt(bitPattern: h)), word: UInt32(keys.count) | WordInterner.longBit, flags: value.rawValue, key: key)
        }
    }

    /// `shortForm` of a key's bytes (as they are), or 0 when it has none: more than eight
    /// bytes, or eight whose first byte is under "0" (then the length byte would be the first
    /// byte, which in a word of the text is a letter or digit, never a length of 1 to 7).
    static func shortForm(of bytes: Span<UInt8>) -> UInt64 {
        let count = bytes.count
        guard count > 0, count <= 8, count < 8 || bytes[0] >= 48 else { return 0 }
        var packed: UInt64 = 0
        for k in 0..<count { packed = packed << 8 | UInt64(bytes[k]) }
        return shortForm(packed, count: count)
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
        return find(bytes, bytes.indices, fold: false, hash: hash)?.flags
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

    /// The word equal to `bytes[range]` with ASCII upper case folded (`fold`: it has some;
    /// without, the bytes compare as they are), or nil; `hash` is the hash of the folded bytes
    /// (it equals `StringTable.hash` of the key they spell). Read through `Span`s: no slice, no
    /// retain, inlined checks. `short`, when not 0, is the `shortForm` of the folded bytes (the
    /// tokenizer has it from its scan); a word of up to eight bytes found without it builds it.
    @inline(__always)
    func find(_ bytes: Span<UInt8>, _ range: Range<Int>, fold: Bool, hash: Int, short: UInt64 = 0) -> Hit? {
        guard mask > 0 else { return nil }
        let slots = self.slots.span
        let count = range.count
        var i = hash & mask
        var short = short
        if short == 0, count <= 8 { short = WordInterner.foldedShortForm(bytes, range, fold: fold) }
        if short != 0 {
            while true {
                // Fields read in place: a copy of the slot retains its key.
                if slots[i].word == 0 { return nil }
                if slots[i].form == short, slots[i].word & WordInterner.longBit == 0 {
                    return Hit(index: Int(slots[i].word) - 1, key: slots[i].key, flags: WordFlags(rawValue: slots[i].flags))
                }
                i = (i + 1) & mask
            }
        }
        let arena = self.arena.span, ends = self.ends.span
        let form = UInt64(UInt(bitPattern: hash))
        probing: while true {
            if slots[i].word == 0 { return nil }
            guard slots[i].form == form, slots[i].word & WordInterner.longBit != 0 else {
                i = (i + 1) & mask
                continue
            }
            let w = Int(slots[i].word & ~WordInterner.longBit) - 1
            let start = w == 0 ? 0 : ends[w - 1]
            if ends[w] - start == count {
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
                return Hit(index: w, key: slots[i].key, flags: WordFlags(rawValue: slots[i].flags))
            }
            i = (i + 1) & mask
        }
    }

    /// `shortForm` of `bytes[range]` (at most eight bytes) with ASCII upper case folded when
    /// `fold`, or 0 when it has none.
    static func foldedShortForm(_ bytes: Span<UInt8>, _ range: Range<Int>, fold: Bool) -> UInt64 {
        let count = range.count
        guard count > 0, count <= 8 else { return 0 }
        var packed: UInt64 = 0
        for k in range {
            let b = bytes[k]
            packed = packed << 8 | UInt64(fold && b &- 65 < 26 ? b | 0x20 : b)
        }
        if count == 8, packed >> 56 < 48 { return 0 }
        return shortForm(packed, count: count)
    }
}
