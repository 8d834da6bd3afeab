/// Speed round forty-seven (`docs/extraction-history.md`, "Speed round forty-seven"): the
/// merger's per-group and per-entity values held without an allocation in the common case.

/// A group's members (indexes into the raw mentions), the first held inline: most groups have
/// one member, and an array of it was an allocation and a free a group (about 19,000 a corpus
/// round). The rest follow in an array, made only for a second member.
struct GroupMembers: RandomAccessCollection, MutableCollection, ExpressibleByArrayLiteral, Equatable {
    /// The first member; -1 when there is none (a mention index is never negative).
    private var head: Int
    /// The members after the first; nil whenever there are none (never an empty array: the
    /// shared empty array's retains and releases, at every copy and iteration of a group's
    /// members and at each group's destroy, cost more than testing for nil, speed round
    /// forty-nine).
    private var tail: [Int]? = nil

    init() { head = -1 }

    init(_ first: Int) { head = first }

    init(arrayLiteral elements: Int...) {
        self.init()
        for e in elements { append(e) }
    }

    init<S: Sequence>(_ elements: S) where S.Element == Int {
        self.init()
        for e in elements { append(e) }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { head < 0 ? 0 : (tail?.count ?? 0) &+ 1 }
    var count: Int { head < 0 ? 0 : (tail?.count ?? 0) &+ 1 }
    var isEmpty: Bool { head < 0 }
    var first: Int? { head < 0 ? nil : head }

    @inline(__always) func index(after i: Int) -> Int { i &+ 1 }
    @inline(__always) func index(before i: Int) -> Int { i &- 1 }

    subscript(position: Int) -> Int {
        get {
            if position == 0 {
                precondition(head >= 0, "GroupMembers index out of range")
                return head
            }
            guard let tail else { preconditionFailure("GroupMembers index out of range") }
            return tail[position &- 1]
        }
        set {
            precondition(newValue >= 0, "GroupMembers hold mention indexes")
            if position == 0 {
                precondition(head >= 0, "GroupMembers index out of range")
                head = newValue
            } else {
                precondition(tail != nil, "GroupMembers index out of range")
                tail![position &- 1] = newValue
            }
        }
    }

    /// An iterator that reads the inline member and then the array's, with no index arithmetic.
    struct Iterator: IteratorProtocol {
        fileprivate let members: GroupMembers
        /// The next index into `tail`; -1 before the inline member is read.
        fileprivate var position = -1

        @inline(__always) mutating func next() -> Int? {
            if position < 0 {
                position = 0
                return members.head < 0 ? nil : members.head
            }
            guard let tail = members.tail, position < tail.count else { return nil }
            defer { position &+= 1 }
            return tail[position]
        }
    }

    func makeIterator() -> Iterator { Iterator(members: self) }

    /// The first `maxLength` members, read as `makeIterator` reads them: the collection's
    /// default, a `Slice`, went through the subscript (a test of the index against the inline
    /// member and a bounds check) for every member.
    func prefix(_ maxLength: Int) -> Prefix { Prefix(members: self, limit: maxLength) }

    struct Prefix: Sequence {
        fileprivate let members: GroupMembers
        fileprivate let limit: Int

        struct Iterator: IteratorProtocol {
            fileprivate var inner: GroupMembers.Iterator
            fileprivate var left: Int

            @inline(__always) mutating func next() -> Int? {
                guard left > 0 else { return nil }
                left &-= 1
                return inner.next()
            }
        }

        func makeIterator() -> Iterator { Iterator(inner: members.makeIterator(), left: limit) }
        var underestimatedCount: Int { Swift.min(limit, members.count) }
    }

    mutating func append(_ member: Int) {
        precondition(member >= 0, "GroupMembers hold mention indexes")
        if head < 0 {
            head = member
        } else if tail == nil {
            tail = [member]
        } else {
            tail!.append(member)
        }
    }

    /// `lhs` followed by `rhs`: the other group's members taken over.
    static func += (lhs: inout GroupMembers, rhs: GroupMembers) {
        guard rhs.head >= 0 else { return }
        guard lhs.head >= 0 else {
            lhs = rhs
            return
        }
        var joined = lhs.tail ?? []
        lhs.tail = nil
        joined.reserveCapacity(joined.count + (rhs.tail?.count ?? 0) + 1)
        joined.append(rhs.head)
        if let more = rhs.tail { joined.append(contentsOf: more) }
        lhs.tail = joined
    }

    static func += <S: Sequence>(lhs: inout GroupMembers, rhs: S) where S.Element == Int {
        for e in rhs { lhs.append(e) }
    }

    /// Sorted in increasing order (the order of the text). Most groups are already in order,
    /// and a group of one always is: no copy then.
    @inline(__always) mutating func sort() {
        guard tail != nil else { return }
        sortSeveral()
    }

    /// `sort` of a group of two members or more.
    private mutating func sortSeveral() {
        guard let tail else { return }
        var inOrder = head <= tail[0]
        if inOrder {
            for k in tail.indices.dropFirst() where tail[k - 1] > tail[k] {
                inOrder = false
                break
            }
        }
        guard !inOrder else { return }
        var all = Array(self)
        all.sort()
        head = all[0]
        self.tail = Array(all[1...])
    }
}

/// The ids an article's entities took, for `EntityMerger.build` to keep each one unique: their
/// hashes in an open-addressed table of plain integers, each slot the id's hash tag and its
/// index in `ids`. Strings are compared only when two hashes agree. It replaces a
/// `StringTable<Bool>`, whose entries (a key, its hash and a value) cost more to add and to
/// destroy than the ids' own check.
struct UsedIDs {
    /// Each id taken, in the order taken.
    private var ids: [String] = []
    /// 0 for an empty slot, else the high 32 bits of the hash above the id's index + 1.
    private var slots: [UInt64]
    private let mask: Int

    /// Room for `capacity` ids without growing: a table at most half full.
    init(capacity: Int) {
        var size = 8
        while size < capacity * 2 { size <<= 1 }
        slots = Array(filled: 0, count: size)
        mask = size - 1
        ids.reserveCapacity(capacity)
    }

    /// Takes `id`: whether it was free (false: another entity has it, and nothing changes).
    mutating func take(_ id: String) -> Bool { take(id, hash: StringTable<Bool>.hash(id)) }

    /// `take(_:)` of an id whose `StringTable.hash` the caller has (`slugAndHash(key:)`).
    mutating func take(_ id: String, hash: Int) -> Bool {
        let (i, tag, found) = probe(id, hash: hash)
        if found { return false }
        // The table is sized for every entity: it never fills, but an article with more ids
        // than that (a suffixed id is one more) grows it.
        ids.append(id)
        slots[i] = tag << 32 | UInt64(ids.count)
        if ids.count * 2 > slots.count { grow() }
        return true
    }

    func contains(_ id: String) -> Bool { probe(id, hash: StringTable<Bool>.hash(id)).found }

    /// The slot holding `id` (found), or the empty slot where it would go, with the id's tag;
    /// `h` is the id's `StringTable.hash`.
    @inline(__always) private func probe(_ id: String, hash h: Int) -> (slot: Int, tag: UInt64, found: Bool) {
        let tag = UInt64(UInt(bitPattern: h)) >> 32
        var i = h & mask
        while true {
            let e = slots[i]
            if e == 0 { return (i, tag, false) }
            if e >> 32 == tag, ids[Int(truncatingIfNeeded: e & 0xFFFF_FFFF) - 1] == id { return (i, tag, true) }
            i = (i &+ 1) & mask
        }
    }

    private mutating func grow() {
        var bigger = UsedIDs(capacity: slots.count)
        for id in ids { _ = bigger.take(id) }
        self = bigger
    }
}

extension Document {
    /// Whether the text's bytes `start..<end` are all ASCII capitals (true for an empty range):
    /// read in place, where the merger built the text's `String` to test it.
    func isCapitalLetters47(_ start: Int, _ end: Int) -> Bool {
        let view = bytes.span
        for k in start..<end where view[k] &- 65 >= 26 { return false }
        return true
    }

    /// The text `start..<end`, or `name` itself when the text is that name's bytes: the
    /// merger's mentions whose name is not marked as their text often are it all the same, and
    /// the name's string is then shared instead of built again.
    func text47(_ start: Int, _ end: Int, orName name: String) -> String {
        let view = bytes.span
        let nameBytes = name.utf8.span
        guard nameBytes.count == end - start else { return text(start, end) }
        for k in nameBytes.indices where nameBytes[k] != view[start &+ k] { return text(start, end) }
        return name
    }
}

extension String {
    /// The bytes of `firstSpaceSeparatedWord(requiringAnother:)`'s word, without building it:
    /// the merger reads a name's first word's length and letters for every full name, and needs
    /// the word's `String` only for the few it files.
    func firstSpaceSeparatedWordRange47(requiringAnother another: Bool = false) -> Range<Int>? {
        let bytes = utf8.span
        var start = 0
        while start < bytes.count, bytes[start] == 32 { start += 1 }
        var end = start
        while end < bytes.count, bytes[end] != 32 { end += 1 }
        guard end > start else { return nil }
        if another {
            var k = end
            while k < bytes.count, bytes[k] == 32 { k += 1 }
            guard k < bytes.count else { return nil }
        }
        return start..<end
    }

    /// The word at `range` (from `firstSpaceSeparatedWordRange47`), as
    /// `firstSpaceSeparatedWord` builds it. A range bounded by spaces or the string's ends holds
    /// whole scalars of a valid string, so the validation never fails.
    func word47(_ range: Range<Int>) -> String {
        let bytes = utf8.span
        guard let word = try? UTF8Span(validating: bytes.extracting(range)) else { return String(decoding: Array(utf8)[range], as: UTF8.self) }
        return String(copying: word)
    }

    /// Whether every byte of `range` is ASCII.
    func isASCII47(_ range: Range<Int>) -> Bool {
        let bytes = utf8.span
        for k in range where bytes[k] >= 0x80 { return false }
        return true
    }
}

extension Span where Element == UInt8 {
    /// Whether these bytes open with `prefix`'s.
    func startsWith47(_ prefix: Span<UInt8>) -> Bool {
        guard prefix.count <= count else { return false }
        for k in prefix.indices where self[k] != prefix[k] { return false }
        return true
    }
}
