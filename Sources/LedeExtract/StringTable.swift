/// A hash table keyed by short strings, for the per-token look-ups of the extractor.
///
/// `Dictionary` hashes with SipHash through `Hasher` (seeding, combining and finalising cost
/// more than the word itself for keys of a few bytes); here a multiplicative hash over the
/// UTF-8 bytes and linear probing in a power-of-two table make a look-up a handful of
/// instructions. Not for untrusted keys at scale (no hash flooding defence): the keys are
/// words of one article and of the shipped word lists.
struct StringTable<Value>: Sendable, ExpressibleByDictionaryLiteral where Value: Sendable {
    private var slots: [String?]
    /// Each slot's hash, compared before the string (most probes then never compare strings).
    private var hashes: [Int]
    private var values: [Value?]
    private var mask: Int
    /// Number of keys.
    private(set) var count = 0
    /// The capacity to allocate on the first insert; 0 once allocated. Until then the table is
    /// one shared empty slot: an article builds a dozen tables and leaves several empty, and
    /// each array allocated costs a generic metadata look-up (about 550 instructions).
    private var reserved: Int

    init(minimumCapacity: Int = 8) {
        var capacity = 8
        while capacity * 3 < minimumCapacity * 4 { capacity <<= 1 }
        slots = stringTableEmptySlots
        hashes = stringTableEmptyHashes
        values = []
        mask = 0
        reserved = capacity
    }

    private mutating func allocate() {
        slots = Array(repeating: nil, count: reserved)
        hashes = Array(repeating: 0, count: reserved)
        values = Array(repeating: nil, count: reserved)
        mask = reserved - 1
        reserved = 0
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(minimumCapacity: elements.count)
        for (k, v) in elements { self[k] = v }
    }

    /// Every key, in no particular order.
    var keys: [String] { entries.map(\.key) }

    @inline(__always)
    static func hash(_ key: String) -> Int {
        // A `Span` over the bytes: iterating `String.UTF8View` re-checks the string's form per byte.
        let bytes = key.utf8.span
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in bytes.indices { h = (h ^ UInt64(bytes[i])) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    @inline(__always)
    private func slot(of key: String) -> (index: Int, hash: Int) { slot(of: key, hash: StringTable.hash(key)) }

    @inline(__always)
    private func slot(of key: String, hash h: Int) -> (index: Int, hash: Int) {
        var i = h & mask
        while let k = slots[i] {
            if hashes[i] == h, k == key { return (i, h) }
            i = (i + 1) & mask
        }
        return (i, h)
    }

    subscript(key: String) -> Value? {
        get {
            let i = slot(of: key).index
            return slots[i] == nil ? nil : values[i]
        }
        set {
            if reserved > 0 {
                // Empty: nothing to remove.
                guard newValue != nil else { return }
                allocate()
            }
            let (i, h) = slot(of: key)
            if slots[i] == nil {
                guard let newValue else { return }
                slots[i] = key
                hashes[i] = h
                values[i] = newValue
                count += 1
                if count * 4 > slots.count * 3 { grow() }
            } else if let newValue {
                values[i] = newValue
            } else {
                remove(at: i)
            }
        }
    }

    subscript(key: String, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[key] ?? defaultValue() }
        set { self[key] = newValue }
    }

    func contains(_ key: String) -> Bool { slots[slot(of: key).index] != nil }

    /// `contains` for a key whose `hash` is known.
    func contains(_ key: String, hash: Int) -> Bool { slots[slot(of: key, hash: hash).index] != nil }

    /// The value of a key whose `hash` is known.
    func value(_ key: String, hash: Int) -> Value? {
        let i = slot(of: key, hash: hash).index
        return slots[i] == nil ? nil : values[i]
    }

    /// Whether some key has this hash: false proves a key absent before it is even built.
    func mayContain(hash h: Int) -> Bool {
        var i = h & mask
        while slots[i] != nil {
            if hashes[i] == h { return true }
            i = (i + 1) & mask
        }
        return false
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
    var entries: [(key: String, value: Value)] {
        var out: [(key: String, value: Value)] = []
        out.reserveCapacity(count)
        for i in slots.indices { if let k = slots[i], let v = values[i] { out.append((k, v)) } }
        return out
    }

    private mutating func grow() {
        let old = entries
        self = StringTable(minimumCapacity: slots.count * 3 / 2)
        for (k, v) in old { self[k] = v }
    }

    /// Backward-shift deletion keeps probe chains unbroken without tombstones.
    private mutating func remove(at index: Int) {
        slots[index] = nil
        values[index] = nil
        count -= 1
        var hole = index
        var i = (index + 1) & mask
        while let k = slots[i] {
            let home = hashes[i] & mask
            // Move the entry into the hole when its home is not between the hole and it.
            if (i - home) & mask >= (i - hole) & mask {
                slots[hole] = k
                hashes[hole] = hashes[i]
                values[hole] = values[i]
                slots[i] = nil
                values[i] = nil
                hole = i
            }
            i = (i + 1) & mask
        }
    }
}

/// The one nil slot of every table not yet allocated (a lookup ends on it at once).
private let stringTableEmptySlots: [String?] = [nil]
private let stringTableEmptyHashes: [Int] = [0]

/// A set of words on `StringTable`, written as an array literal like `Set<String>`.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var table: StringTable<Bool>

    init(_ words: some Sequence<String>) {
        table = StringTable()
        for w in words { table[w] = true }
    }

    init(arrayLiteral words: String...) { self.init(words) }

    @inline(__always) func contains(_ word: String) -> Bool { table.contains(word) }
    /// Whether the token's key is in the set, with the hash the tokenizer computed.
    @inline(__always) func contains(_ token: Token) -> Bool { table.contains(token.key, hash: token.keyHash) }
    @inline(__always) func contains(_ word: Substring) -> Bool { table.contains(String(word)) }
    var count: Int { table.count }
}
