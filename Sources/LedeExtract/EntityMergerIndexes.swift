/// Two of the merger's per-article look-ups, kept in flat arrays (speed round thirty): the
/// tables they replace cost an allocation and a free per key, and one of them was filled for
/// every mention but read only for the few weak ones.
extension EntityMerger {
    /// Full names' surnames (and quoted nicknames): for each, the groups of the full names that
    /// end in it with their start offsets, in the order added. One linked list per surname in
    /// one array, where a table of arrays made (and later freed) an array for every surname.
    struct SurnameIndex {
        /// Each surname's first and last entry.
        private var lists = StringTable<SurnameList>()
        private var entries: [(group: Int, start: Int, next: Int)] = []

        struct SurnameList: Sendable {
            var first: Int
            var last: Int
        }

        mutating func append(_ surname: String, group: Int, start: Int) {
            let n = entries.count
            if n == 0 { entries.reserveCapacity(8) }
            entries.append((group, start, -1))
            let previous = lists.update(surname, default: SurnameList(first: n, last: -1)) { list in
                defer { list.last = n }
                return list.last
            }
            if previous >= 0 { entries[previous].next = n }
        }

        func contains(_ surname: String) -> Bool { lists.contains(surname) }

        /// For a surname: the group of the last full name added that starts before `start` (nil
        /// when none does) and the group of the first one added; nil for an unknown surname.
        func groups(_ surname: String, before start: Int) -> (before: Int?, first: Int)? {
            guard let list = lists[surname] else { return nil }
            var before: Int? = nil
            var k = list.first
            while k >= 0 {
                if entries[k].start < start { before = entries[k].group }
                k = entries[k].next
            }
            return (before, entries[list.first].group)
        }
    }

    /// Each mention added to a group, in the order added: the group a mention of a key joined
    /// first is read only for weak mentions (most articles have none or one or two), so it is
    /// found by a scan rather than kept in a table filled for every mention.
    struct JoinLog {
        private var joins: [(mention: Int, group: Int)] = []

        init(capacity: Int) { joins.reserveCapacity(capacity) }

        mutating func record(_ mention: Int, _ group: Int) { joins.append((mention, group)) }

        /// The group of the first mention recorded whose key is `key`.
        func firstGroup(ofKey key: String, _ raw: [RawMention]) -> Int? {
            let count = key.utf8.count
            for j in joins.indices {
                let m = joins[j].mention
                // The byte count first: most keys differ in length, and it costs no string compare.
                if raw[m].key.utf8.count == count, raw[m].key == key { return joins[j].group }
            }
            return nil
        }
    }
}

/// A name's initials join it only to a mention looked up by them, a lone organisation or weak
/// word (`link`): they are built only when some such word is short enough to be them.
extension EntityMerger {
    /// The fewest bytes (dots not counted, as the look-up drops them) of the key of any mention
    /// `link` looks up by initials, a one-word organisation or a weak word; nil when there is none.
    static func shortestAcronymLookup(_ raw: [RawMention]) -> Int? {
        var shortest: Int? = nil
        for i in raw.indices where raw[i].isWeak || (raw[i].type == .agency && raw[i].tokenCount <= 1) {
            let bytes = raw[i].key.utf8.span
            var n = 0
            for k in bytes.indices where bytes[k] != 46 { n += 1 }
            if n < shortest ?? Int.max { shortest = n }
        }
        return shortest
    }

    /// Whether `initials(ofKey: key)` may be as long as a look-up key of `shortest` bytes: ASCII
    /// initials are a byte a word at most, so a key of fewer words than that is never looked up
    /// by its initials (a non-ASCII key may take more bytes a word: always built).
    static func initialsMayBeLookedUp(_ key: String, shortest: Int?) -> Bool {
        guard let shortest else { return false }
        guard shortest > 1 else { return true }
        let bytes = key.utf8.span
        var words = 1
        var high: UInt8 = 0
        for k in bytes.indices {
            if bytes[k] == 32 {
                words += 1
                if words >= shortest { return true }
            }
            high |= bytes[k]
        }
        return high >= 0x80
    }
}
