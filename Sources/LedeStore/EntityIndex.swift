import LedeExtract

/// What one article entity contributes to its corpus entity, derived once per write
/// for the articles involved (slugs are not free).
struct Contribution {
    var member: CorpusEntity.Member
    var type: EntityType
    var name: String
    var aliases: [String]
    var nameKey: String
    var aliasKeys: [String]
    var mentions: Int

    /// Every entity of one article, with its keys.
    static func of(_ record: ArticleRecord, slot: Int) -> [Contribution] {
        record.extraction.entities.enumerated().map { index, entity in
            Contribution(
                member: .init(slot: slot, entity: index), type: entity.type, name: entity.name, aliases: entity.aliases,
                nameKey: EntityIndex.corpusID(type: entity.type, name: entity.name),
                aliasKeys: entity.aliases.map { EntityIndex.corpusID(type: entity.type, name: $0) }, mentions: entity.mentions.count)
        }
    }
}

/// A corpus entity's statistics as sums of its articles' contributions, so a write can
/// subtract one article and add another instead of re-reading every member.
struct Tally: Sendable, Equatable {
    /// Name as written → articles using it (the representative is the most used).
    var nameArticles: [String: Int] = [:]
    /// Names and aliases → member uses (the alias list is every other one).
    var nameUses: [String: Int] = [:]
    /// Members' name keys → members (the ids that resolve to the entity).
    var keyUses: [String: Int] = [:]
    var articleCount = 0
    var mentionCount = 0

    /// Adds (`sign` 1) or subtracts (-1) one article's members of this entity.
    mutating func add(_ article: some Collection<Contribution>, sign: Int) {
        guard !article.isEmpty else { return }
        articleCount += sign
        for name in Set(article.map(\.name)) { Tally.bump(&nameArticles, name, sign) }
        for item in article {
            Tally.bump(&nameUses, item.name, sign)
            for alias in item.aliases { Tally.bump(&nameUses, alias, sign) }
            Tally.bump(&keyUses, item.nameKey, sign)
            mentionCount += sign * item.mentions
        }
    }

    private static func bump(_ table: inout [String: Int], _ key: String, _ sign: Int) {
        let value = table[key, default: 0] + sign
        table[key] = value == 0 ? nil : value
    }
}

/// One real-world entity across the corpus: every article entity of the same type whose
/// canonical name matches its canonical name or one of its aliases.
///
/// A class: the index's tables share one instance instead of copying its arrays, and a
/// write replaces only the corpus entities the changed article touches.
package final class CorpusEntity: Sendable {
    /// An article entity that belongs to this corpus entity.
    package struct Member: Sendable, Hashable {
        private let packedSlot: Int32
        private let packedEntity: Int32
        package var slot: Int { Int(packedSlot) }
        /// Index into the article's `extraction.entities`.
        package var entity: Int { Int(packedEntity) }

        package init(slot: Int, entity: Int) {
            packedSlot = Int32(truncatingIfNeeded: slot)
            packedEntity = Int32(truncatingIfNeeded: entity)
        }
    }

    /// `type-slug-of-name`, e.g. `agency-detroit-police-department`: a pure function of
    /// the type and the representative name, so it is the same on every start.
    package let id: String
    package let type: EntityType
    package let name: String
    /// Every other name and alias the articles use for it, sorted.
    package let aliases: [String]
    /// In listing order of their articles (newest first), then position in the article.
    package let members: [Member]
    package var articleCount: Int { tally.articleCount }
    package var mentionCount: Int { tally.mentionCount }
    /// The ids of its members' own names (the canonical `id` among them), sorted: each
    /// resolves to this entity, so a link keeps working when another article changes
    /// which name represents the group.
    package let keys: [String]
    let tally: Tally

    init(type: EntityType, members: [Member], tally: Tally) {
        // The representative: the name most articles use, then the longest, then the first in order.
        let name = tally.nameArticles.max { a, b in
            (a.value, a.key.count, b.key) < (b.value, b.key.count, a.key)
        }?.key ?? ""
        self.id = EntityIndex.corpusID(type: type, name: name)
        self.type = type
        self.name = name
        self.aliases = tally.nameUses.keys.filter { $0 != name }.sorted()
        self.members = members
        self.keys = tally.keyUses.keys.sorted()
        self.tally = tally
    }

    /// Listing order: most articles first, then most mentions, then id.
    static func listsBefore(_ a: CorpusEntity, _ b: CorpusEntity) -> Bool {
        (b.articleCount, b.mentionCount, a.id) < (a.articleCount, a.mentionCount, b.id)
    }
}

/// The corpus-wide entity index.
///
/// Article entities are joined by their name keys (`type-slug`): a name joins names and
/// aliases; two aliases alone never join. Built once from all records (a union-find,
/// linear in the number of entities). A write works on name keys, not members: the
/// corpus entities the changed article's keys reach are re-joined on a graph of their
/// keys (a handful of nodes even for a place named in every article), and an entity
/// whose keys stay together is updated in place of a rebuild: the article's members
/// are removed from and inserted into its sorted member list and its statistics are
/// adjusted by the article's contribution. Only a merge or a split re-reads members.
package struct EntityIndex: Sendable {
    /// Listing order: most articles first, then most mentions, then id.
    package private(set) var entities: [CorpusEntity]
    /// Every member's name key (canonical ids among them) → its corpus entity.
    package private(set) var byID: [String: CorpusEntity]
    /// Alias key → name keys of the members that use it → how many: the edges of the
    /// key graph (a key used as an alias joins the entity that has it as a name).
    private(set) var aliasUses: [String: [String: Int]]

    package func entity(id: String) -> CorpusEntity? { byID[id] }

    /// The corpus entity an article's entity belongs to (its name key's).
    package func corpusEntity(_ entity: Entity) -> CorpusEntity? { byID[EntityIndex.corpusID(type: entity.type, name: entity.name)] }

    package static func corpusID(type: EntityType, name: String) -> String {
        type.rawValue + "-" + (Slug.derive(from: name) ?? FNV1a64.hex(Array(name.utf8)))
    }

    /// An empty index.
    package init() {
        entities = []
        byID = [:]
        aliasUses = [:]
    }

    /// The whole index from the records; `order` lists the live slots as the article
    /// listing does (members are kept in that order, so an entity's articles page like
    /// `/v1/articles`).
    package init(records: [ArticleRecord?], order: [Int]) {
        // Keys are derived once per distinct (type, text): names recur across articles.
        var cache: [EntityType: [String: String]] = [:]
        func key(_ type: EntityType, _ name: String) -> String {
            if let known = cache[type]?[name] { return known }
            let derived = EntityIndex.corpusID(type: type, name: name)
            cache[type, default: [:]][name] = derived
            return derived
        }
        var items: [Contribution] = []
        for slot in order {
            for (index, entity) in records[slot]!.extraction.entities.enumerated() {
                items.append(Contribution(
                    member: .init(slot: slot, entity: index), type: entity.type, name: entity.name, aliases: entity.aliases,
                    nameKey: key(entity.type, entity.name), aliasKeys: entity.aliases.map { key(entity.type, $0) },
                    mentions: entity.mentions.count))
            }
        }
        var aliasUses: [String: [String: Int]] = [:]
        for item in items { for alias in item.aliasKeys { aliasUses[alias, default: [:]][item.nameKey, default: 0] += 1 } }
        let built = EntityIndex.group(items)
        entities = built.sorted(by: CorpusEntity.listsBefore)
        byID = [:]
        byID.reserveCapacity(items.count / 4)
        for entity in built { for key in entity.keys { byID[key] = entity } }
        self.aliasUses = aliasUses
    }

    /// Groups contributions (in listing order) into corpus entities, each keeping that order.
    private static func group(_ items: [Contribution]) -> [CorpusEntity] {
        var sets = UnionFind(count: items.count)
        var owner: [String: Int] = [:]
        owner.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            if let first = owner[item.nameKey] { sets.union(index, first) } else { owner[item.nameKey] = index }
        }
        for (index, item) in items.enumerated() {
            for alias in item.aliasKeys { if let named = owner[alias] { sets.union(index, named) } }
        }
        var groupOf: [Int: Int] = [:]
        var groups: [[Int]] = []
        for index in items.indices {
            let root = sets.find(index)
            if let g = groupOf[root] { groups[g].append(index) } else {
                groupOf[root] = groups.count
                groups.append([index])
            }
        }
        return groups.map { group in make(group.map { items[$0] }) }
    }

    /// A corpus entity from its contributions, in listing order (one article's are adjacent).
    private static func make(_ items: [Contribution]) -> CorpusEntity {
        var tally = Tally()
        var start = 0
        while start < items.count {
            var end = start + 1
            while end < items.count, items[end].member.slot == items[start].member.slot { end += 1 }
            tally.add(items[start..<end], sign: 1)
            start = end
        }
        return CorpusEntity(type: items[0].type, members: items.map(\.member), tally: tally)
    }

    /// The index after one article changed: `removed` (its slot and record, now gone from
    /// `records`) and/or `added` (its slot, already in `records`). `listsBefore` orders
    /// live slots as the article listing does.
    package func replacing(
        removed: (slot: Int, record: ArticleRecord)?, added: Int?, records: [ArticleRecord?],
        listsBefore: (Int, Int) -> Bool
    ) -> EntityIndex {
        let gone = removed.map { Contribution.of($0.record, slot: $0.slot) } ?? []
        let new = added.flatMap { slot in records[slot].map { Contribution.of($0, slot: slot) } } ?? []
        var next = self
        for (items, sign) in [(gone, -1), (new, 1)] {
            for item in items {
                for alias in item.aliasKeys {
                    let count = next.aliasUses[alias, default: [:]][item.nameKey, default: 0] + sign
                    next.aliasUses[alias, default: [:]][item.nameKey] = count == 0 ? nil : count
                    if next.aliasUses[alias]?.isEmpty == true { next.aliasUses[alias] = nil }
                }
            }
        }
        // The affected entities: those holding one of the keys, or using one as an alias.
        var affected: [ObjectIdentifier: CorpusEntity] = [:]
        for item in gone + new {
            for key in [item.nameKey] + item.aliasKeys {
                if let entity = byID[key] { affected[ObjectIdentifier(entity)] = entity }
                for user in (aliasUses[key] ?? [:]).keys {
                    if let entity = byID[user] { affected[ObjectIdentifier(entity)] = entity }
                }
            }
        }
        let old = Array(affected.values)

        // The key graph: live name keys (use counts after the write), joined by aliases.
        var uses: [String: Int] = [:]
        var home: [String: Int] = [:]  // key → index in `old` before the write
        for (index, entity) in old.enumerated() {
            for (key, count) in entity.tally.keyUses {
                uses[key] = count
                home[key] = index
            }
        }
        for item in gone { uses[item.nameKey, default: 0] -= 1 }
        for item in new { uses[item.nameKey, default: 0] += 1 }
        let live = uses.filter { $0.value > 0 }.keys.sorted()
        var node: [String: Int] = [:]
        for (index, key) in live.enumerated() { node[key] = index }
        var sets = UnionFind(count: live.count)
        for (index, key) in live.enumerated() {
            for user in (next.aliasUses[key] ?? [:]).keys {
                guard let other = node[user] else { continue }
                sets.union(index, other)
            }
        }
        var components: [Int: [String]] = [:]
        for (index, key) in live.enumerated() { components[sets.find(index), default: []].append(key) }

        func before(_ a: CorpusEntity.Member, _ b: CorpusEntity.Member) -> Bool {
            a.slot == b.slot ? a.entity < b.entity : listsBefore(a.slot, b.slot)
        }
        var rebuilt: [CorpusEntity] = []
        for keys in components.values {
            let keySet = Set(keys)
            let involved = Set(keys.compactMap { home[$0] })
            let joining = new.filter { keySet.contains($0.nameKey) }
            if involved.count == 1, let index = involved.first,
                old[index].tally.keyUses.keys.allSatisfy({ keySet.contains($0) || uses[$0, default: 0] <= 0 })
            {
                // The same entity, give or take the article: adjust it.
                let entity = old[index]
                let leaving = gone.filter { entity.tally.keyUses[$0.nameKey] != nil }
                var tally = entity.tally
                tally.add(leaving, sign: -1)
                tally.add(joining, sign: 1)
                var members = entity.members
                if let removed, !leaving.isEmpty { members.removeAll { $0.slot == removed.slot } }
                if let first = joining.first {
                    let at = partition(members) { before(first.member, $0) }
                    members.insert(contentsOf: joining.map(\.member), at: at)
                }
                rebuilt.append(CorpusEntity(type: entity.type, members: members, tally: tally))
            } else if involved.isEmpty {
                rebuilt.append(EntityIndex.make(joining))
            } else {
                // A merge or a split: re-read the members of the entities involved.
                var items: [Contribution] = joining
                for index in involved {
                    for member in old[index].members where member.slot != removed?.slot {
                        let entity = records[member.slot]!.extraction.entities[member.entity]
                        let nameKey = EntityIndex.corpusID(type: entity.type, name: entity.name)
                        guard keySet.contains(nameKey) else { continue }
                        items.append(Contribution(
                            member: member, type: entity.type, name: entity.name, aliases: entity.aliases, nameKey: nameKey,
                            aliasKeys: [], mentions: entity.mentions.count))
                    }
                }
                items.sort { before($0.member, $1.member) }
                rebuilt.append(EntityIndex.make(items))
            }
        }

        for entity in old {
            for key in entity.keys where next.byID[key] === entity { next.byID[key] = nil }
            let position = partition(next.entities) { !CorpusEntity.listsBefore($0, entity) }
            if position < next.entities.count, next.entities[position] === entity { next.entities.remove(at: position) }
        }
        for entity in rebuilt {
            for key in entity.keys { next.byID[key] = entity }
            next.entities.insert(entity, at: partition(next.entities) { CorpusEntity.listsBefore(entity, $0) })
        }
        return next
    }
}

/// The first index of `list` for which `isAfter` holds, given that it holds for a
/// suffix (binary search).
func partition<T>(_ list: [T], _ isAfter: (T) -> Bool) -> Int {
    var low = 0
    var high = list.count
    while low < high {
        let mid = (low + high) / 2
        if isAfter(list[mid]) { high = mid } else { low = mid + 1 }
    }
    return low
}
