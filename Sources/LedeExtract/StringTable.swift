/// A hash table keyed by short strings, for the per-token look-ups of the extractor.
///
/// `Dictionary` hashes with SipHash through `Hasher` (seeding, combining and finalising cost
/// more than the word itself for keys of a few bytes); here a multiplicative hash over the
/// UTF-8 bytes and linear probing in a power-of-two table make a look-up a handful of
/// instructions. Not for untrusted keys at scale (no hash flooding defence): the keys are
/// words of one article and of the shipped word lists.
struct StringTable<Value>: Sendable, ExpressibleByDictionaryLiteral where Value: Sendable {
    /// A key, its hash (compared before the string, so most probes never compare strings) and
    /// its value.
    private struct Entry {
        var key: String
        var hash: Int
        var value: Value
    }
    /// The entries, dense: only keys present cost an element to build and to destroy. (Slots of
    /// (key?, hash, value?) cost about 80 instructions each to initialise and destroy, empty
    /// or not, and the merger's per-article tables are mostly empty slots.)
    private var items: [Entry] = []
    /// Open addressing over `items`: an entry's index + 1 in the low 32 bits and the high 32
    /// bits of its hash above them (`tag`), 0 when empty. Plain integers: no per-slot work to
    /// build or destroy; a probe that meets another key is rejected without reading its item.
    private var slots: [UInt64] = []
    private var mask = 0
    /// Number of keys.
    var count: Int { items.count }
    /// The slot count to allocate on the first insert; 0 once allocated. Until then the table
    /// is empty and allocates nothing: an article builds a dozen tables and leaves several empty.
    private var reserved: Int

    init(minimumCapacity: Int = 8) {
        var capacity = 8
        while capacity * 3 < minimumCapacity * 4 { capacity <<= 1 }
        reserved = capacity
    }

    private mutating func allocate() {
        // Room for every item the slots take before they grow: appending from empty
        // reallocates at 1, 2, 4, 8… items, about 400 instructions each.
        items.reserveCapacity(reserved * 3 / 4 + 1)
        slots = Array(filled: 0, count: reserved)
        mask = reserved - 1
        reserved = 0
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(minimumCapacity: elements.count)
        for (k, v) in elements { self[k] = v }
    }

    /// Every key, in no particular order.
    var keys: [String] { items.map(\.key) }

    @inline(__always)
    static func hash(_ key: String) -> Int {
        // A `Span` over the bytes: iterating `String.UTF8View` re-checks the string's form per byte.
        let bytes = key.utf8.span
        return FNV1a.finish(FNV1a.run(FNV1a.seed, bytes, bytes.indices))
    }

    /// The bits of a hash a slot keeps beside its item index.
    @inline(__always)
    private static func tag(_ hash: Int) -> UInt64 { UInt64(UInt(bitPattern: hash)) >> 32 }

    /// A slot's entry for item `index` whose key hashes to `hash`.
    @inline(__always)
    private static func entry(_ index: Int, hash: Int) -> UInt64 { tag(hash) << 32 | UInt64(index + 1) }

    /// The item index of a non-empty slot entry.
    @inline(__always)
    private static func item(_ entry: UInt64) -> Int { Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1 }

    /// The slot holding `key`, or the empty slot where it would go; and the item's index
    /// (nil when absent). Only for an allocated table.
    @inline(__always)
    private func find(_ key: String, hash h: Int) -> (slot: Int, item: Int?) {
        var i = h & mask
        let tag = StringTable.tag(h)
        while true {
            let e = slots[i]
            if e == 0 { return (i, nil) }
            if e >> 32 == tag {
                let s = StringTable.item(e)
                if items[s].hash == h, items[s].key == key { return (i, s) }
            }
            i = (i + 1) & mask
        }
    }

    /// Adds an absent key at the empty slot `find` returned; grows when full.
    @inline(__always)
    private mutating func insert(_ key: String, hash h: Int, value: Value, at slot: Int) -> Int {
        items.append(Entry(key: key, hash: h, value: value))
        slots[slot] = StringTable.entry(items.count - 1, hash: h)
        if items.count * 4 > slots.count * 3 { grow() }
        return items.count - 1
    }

    subscript(key: String) -> Value? {
        get {
            guard reserved == 0 else { return nil }
            guard let item = find(key, hash: StringTable.hash(key)).item else { return nil }
            return items[item].value
        }
        set {
            if reserved > 0 {
                // Empty: nothing to remove.
                guard newValue != nil else { return }
                allocate()
            }
            let h = StringTable.hash(key)
            let (slot, item) = find(key, hash: h)
            if let item {
                if let newValue { items[item].value = newValue } else { remove(slot: slot, item: item) }
            } else if let newValue {
                _ = insert(key, hash: h, value: newValue, at: slot)
            }
        }
    }

    /// `if self[key] == nil { self[key] = newValue }` with one hash and one probe; whether it was absent.
    @discardableResult
    mutating func setIfAbsent(_ key: String, _ newValue: Value) -> Bool {
        if reserved > 0 { allocate() }
        let h = StringTable.hash(key)
        let (slot, item) = find(key, hash: h)
        guard item == nil else { return false }
        _ = insert(key, hash: h, value: newValue, at: slot)
        return true
    }

    /// Runs `body` on the value of `key`, inserted as `defaultValue` first when absent: one
    /// hash and one probe for a read and a write.
    mutating func update<R>(_ key: String, default defaultValue: Value, _ body: (inout Value) -> R) -> R {
        if reserved > 0 { allocate() }
        let h = StringTable.hash(key)
        let (slot, found) = find(key, hash: h)
        // Growing moves slots, not items: the item index stays valid.
        let item = found ?? insert(key, hash: h, value: defaultValue, at: slot)
        return body(&items[item].value)
    }

    subscript(key: String, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[key] ?? defaultValue() }
        set { self[key] = newValue }
    }

    func contains(_ key: String) -> Bool { reserved == 0 && find(key, hash: StringTable.hash(key)).item != nil }

    /// `contains` for a key whose `hash` is known.
    func contains(_ key: String, hash: Int) -> Bool { reserved == 0 && find(key, hash: hash).item != nil }

    /// The value of a key whose `hash` is known.
    func value(_ key: String, hash: Int) -> Value? {
        guard reserved == 0, let item = find(key, hash: hash).item else { return nil }
        return items[item].value
    }

    /// Whether some key has this hash: false proves a key absent before it is even built.
    func mayContain(hash h: Int) -> Bool {
        guard reserved == 0 else { return false }
        var i = h & mask
        let tag = StringTable.tag(h)
        while true {
            let e = slots[i]
            if e == 0 { return false }
            if e >> 32 == tag, items[StringTable.item(e)].hash == h { return true }
            i = (i + 1) & mask
        }
    }

    /// `hash(joining:)` of the keys of `tokens[range]`, each read in place.
    static func hash(joiningKeysOf tokens: [Token], _ range: Range<Int>) -> Int {
        let span = tokens.span
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in range {
            if k > range.lowerBound { h = (h ^ 32) &* 0x0000_0100_0000_01b3 }
            h = fnv(h, span[k].key)
        }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    @inline(__always)
    private static func fnv(_ seed: UInt64, _ key: borrowing String) -> UInt64 {
        let bytes = key.utf8.span
        return FNV1a.run(seed, bytes, bytes.indices)
    }

    /// `hash` of the keys of `words` joined by single spaces, without joining them.
    static func hash(joining words: some Sequence<String>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var first = true
        for word in words {
            if !first { h = (h ^ 32) &* 0x0000_0100_0000_01b3 }
            first = false
            let bytes = word.utf8.span
            for i in bytes.indices { h = (h ^ UInt64(bytes[i])) &* 0x0000_0100_0000_01b3 }
        }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// Every key and value, in no particular order.
    var entries: [(key: String, value: Value)] { items.map { ($0.key, $0.value) } }

    /// Doubles the slots and places every item again (the items stay where they are).
    private mutating func grow() {
        let capacity = slots.count * 2
        slots = Array(filled: 0, count: capacity)
        mask = capacity - 1
        for (index, item) in items.enumerated() {
            var i = item.hash & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = StringTable.entry(index, hash: item.hash)
        }
    }

    /// Removes the item at `item`, held by `slot`: the last item moves into its place, and
    /// backward-shift deletion keeps probe chains unbroken without tombstones.
    private mutating func remove(slot: Int, item: Int) {
        let last = items.count - 1
        if item != last {
            // Repoint the slot of the last item, then move it.
            var i = items[last].hash & mask
            while StringTable.item(slots[i]) != last { i = (i + 1) & mask }
            slots[i] = StringTable.entry(item, hash: items[last].hash)
            items.swapAt(item, last)
        }
        items.removeLast()
        slots[slot] = 0
        var hole = slot
        var i = (slot + 1) & mask
        while slots[i] != 0 {
            let home = items[StringTable.item(slots[i])].hash & mask
            // Move the entry into the hole when its home is not between the hole and it.
            if (i - home) & mask >= (i - hole) & mask {
                slots[hole] = slots[i]
                slots[i] = 0
                hole = i
            }
            i = (i + 1) & mask
        }
    }
}

/// A set of words on `StringTable`, written as an array literal like `Set<String>`.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var table: StringTable<Bool>
    /// A bit for each word, at its hash's low six bits: a clear bit proves a token's word absent
    /// in a few inline instructions, with no call into the table (most look-ups miss, and most
    /// sets hold a handful of words).
    private(set) var bits: UInt64 = 0

    init(_ words: some Sequence<String>) {
        let words = Array(words)
        // At most 3/8 full: most look-ups are of words not in the set, and a miss probes until
        // an empty slot (about 8.5 slots at 3/4 full, under 2 at 3/8).
        table = StringTable(minimumCapacity: words.count * 2)
        for w in words {
            table[w] = true
            bits |= WordSet.bit(StringTable<Bool>.hash(w))
        }
    }

    @inline(__always) static func bit(_ hash: Int) -> UInt64 { 1 &<< UInt64(truncatingIfNeeded: hash & 63) }

    init(arrayLiteral words: String...) { self.init(words) }

    @inline(__always) func contains(_ word: String) -> Bool {
        let hash = StringTable<Bool>.hash(word)
        return bits & WordSet.bit(hash) != 0 && table.contains(word, hash: hash)
    }
    /// Whether the token's key is in the set, with the hash the tokenizer computed.
    @inline(__always) func contains(_ token: Token) -> Bool {
        bits & WordSet.bit(token.keyHash) != 0 && table.contains(token.key, hash: token.keyHash)
    }
    /// `contains(tokens[i])` reading the token in place: the array's getter copies a whole
    /// `Token` (and retains its key) to pass it, a `Span` element is borrowed.
    @inline(__always) func contains(_ tokens: [Token], at i: Int) -> Bool {
        let span = tokens.span
        return bits & WordSet.bit(span[i].keyHash) != 0 && table.contains(span[i].key, hash: span[i].keyHash)
    }
    @inline(__always) func contains(_ word: Substring) -> Bool { table.contains(String(word)) }
    /// Whether some word has this `StringTable.hash`: false proves a word absent unbuilt.
    @inline(__always) func mayContain(hash: Int) -> Bool { table.mayContain(hash: hash) }
    var count: Int { table.count }
    /// The words, in the order they were added (to build a union of sets).
    var words: [String] { table.keys }
}

extension Array {
    /// `count` copies of `value`, as `Array(repeating:count:)` builds them, without its
    /// allocation: that one is never inlined nor specialised, so each call looks up the type
    /// of the array's storage at run time (about 580 instructions and 14 instruction-cache misses,
    /// 11,800 calls a corpus round). Built from a collection, the buffer's type is known here.
    @inline(__always) init(filled value: Element, count: Int) {
        self.init(repeatElement(value, count: count))
    }
}

/// FNV-1a, the hash of every string table and key filter of the word lists, in steps: for code
/// that hashes a word on bytes in place (a stem and its ending, a token's last word) and asks a
/// table's filter before it builds the word's `String` (`StringTable.hash` is the whole key's).
enum FNV1a {
    static var seed: UInt64 { 0xcbf2_9ce4_8422_2325 }
    @inline(__always)
    static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    @inline(__always)
    static func run(_ h: UInt64, _ bytes: Span<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h = h
        for i in range { h = step(h, bytes[i]) }
        return h
    }
    /// The table's hash of a finished run.
    @inline(__always)
    static func finish(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ (h >> 32)) }
}
