/// A hash table keyed by short strings, for the per-token look-ups of the extractor.
///
/// `Dictionary` hashes with SipHash through `Hasher` (seeding, combining and finalising cost
/// more than the word itself for keys of a few bytes); here a multiplicative hash over the
/// UTF-8 bytes and linear probing in a power-of-two table make a look-up a handful of
/// instructions. Not for untrusted keys at scale (no hash flooding defence): the keys are
/// words of one article and of the shipped word lists.
struct StringTable<Value>: Sendable, ExpressibleByDictionaryLiteral where Value: Sendable {
    /// A slot: its key (nil when empty), the key's hash (compared before the string, so most
    /// probes never compare strings) and its value. One array, not three: each array an
    /// article's table allocates costs a generic metadata look-up (about 550 instructions).
    private struct Entry {
        var key: String?
        var hash: Int
        var value: Value?
    }
    private var slots: [Entry]
    private var mask: Int
    /// Number of keys.
    private(set) var count = 0
    /// The capacity to allocate on the first insert; 0 once allocated. Until then the table is
    /// one empty slot: an article builds a dozen tables and leaves several empty.
    private var reserved: Int

    init(minimumCapacity: Int = 8) {
        var capacity = 8
        while capacity * 3 < minimumCapacity * 4 { capacity <<= 1 }
        slots = []
        mask = 0
        reserved = capacity
    }

    private mutating func allocate() {
        slots = Array(repeating: Entry(key: nil, hash: 0, value: nil), count: reserved)
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
        while let k = slots[i].key {
            if slots[i].hash == h, k == key { return (i, h) }
            i = (i + 1) & mask
        }
        return (i, h)
    }

    subscript(key: String) -> Value? {
        get {
            guard reserved == 0 else { return nil }
            return slots[slot(of: key).index].value
        }
        set {
            if reserved > 0 {
                // Empty: nothing to remove.
                guard newValue != nil else { return }
                allocate()
            }
            let (i, h) = slot(of: key)
            if slots[i].key == nil {
                guard let newValue else { return }
                slots[i] = Entry(key: key, hash: h, value: newValue)
                count += 1
                if count * 4 > slots.count * 3 { grow() }
            } else if let newValue {
                slots[i].value = newValue
            } else {
                remove(at: i)
            }
        }
    }

    /// `if self[key] == nil { self[key] = newValue }` with one hash and one probe.
    mutating func setIfAbsent(_ key: String, _ newValue: Value) {
        if reserved > 0 { allocate() }
        let (i, h) = slot(of: key)
        guard slots[i].key == nil else { return }
        slots[i] = Entry(key: key, hash: h, value: newValue)
        count += 1
        if count * 4 > slots.count * 3 { grow() }
    }

    /// Runs `body` on the value of `key`, inserted as `defaultValue` first when absent: one
    /// hash and one probe for a read and a write.
    mutating func update<R>(_ key: String, default defaultValue: Value, _ body: (inout Value) -> R) -> R {
        if reserved > 0 { allocate() }
        let (i, h) = slot(of: key)
        if slots[i].key == nil {
            slots[i] = Entry(key: key, hash: h, value: defaultValue)
            count += 1
        }
        let result = body(&slots[i].value!)
        if count * 4 > slots.count * 3 { grow() }
        return result
    }

    subscript(key: String, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[key] ?? defaultValue() }
        set { self[key] = newValue }
    }

    func contains(_ key: String) -> Bool { reserved == 0 && slots[slot(of: key).index].key != nil }

    /// `contains` for a key whose `hash` is known.
    func contains(_ key: String, hash: Int) -> Bool { reserved == 0 && slots[slot(of: key, hash: hash).index].key != nil }

    /// The value of a key whose `hash` is known.
    func value(_ key: String, hash: Int) -> Value? {
        guard reserved == 0 else { return nil }
        return slots[slot(of: key, hash: hash).index].value
    }

    /// Whether some key has this hash: false proves a key absent before it is even built.
    func mayContain(hash h: Int) -> Bool {
        guard reserved == 0 else { return false }
        var i = h & mask
        while slots[i].key != nil {
            if slots[i].hash == h { return true }
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
        for i in slots.indices { if let k = slots[i].key, let v = slots[i].value { out.append((k, v)) } }
        return out
    }

    private mutating func grow() {
        let old = entries
        self = StringTable(minimumCapacity: slots.count * 3 / 2)
        for (k, v) in old { self[k] = v }
    }

    /// Backward-shift deletion keeps probe chains unbroken without tombstones.
    private mutating func remove(at index: Int) {
        slots[index] = Entry(key: nil, hash: 0, value: nil)
        count -= 1
        var hole = index
        var i = (index + 1) & mask
        while slots[i].key != nil {
            let home = slots[i].hash & mask
            // Move the entry into the hole when its home is not between the hole and it.
            if (i - home) & mask >= (i - hole) & mask {
                slots[hole] = slots[i]
                slots[i] = Entry(key: nil, hash: 0, value: nil)
                hole = i
            }
            i = (i + 1) & mask
        }
    }
}

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
    /// Whether some word has this `StringTable.hash`: false proves a word absent unbuilt.
    @inline(__always) func mayContain(hash: Int) -> Bool { table.mayContain(hash: hash) }
    var count: Int { table.count }
}
