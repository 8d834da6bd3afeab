import LedeExtract

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
    package let articleCount: Int
    package let mentionCount: Int
    /// The ids of its members' own names (the canonical `id` among them), sorted: each
    /// resolves to this entity, so a link keeps working when another article changes
    /// which name represents the group.
    package let keys: [String]

    init(id: String, type: EntityType, name: String, aliases: [String], members: [Member], articleCount: Int, mentionCount: Int, keys: [String]) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.members = members
        self.articleCount = articleCount
        self.mentionCount = mentionCount
        self.keys = keys
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
/// linear in the number of entities); a write then re-derives only the corpus entities
/// the changed article's names and aliases reach (see `replacing`), so its cost follows
/// the size of those entities, not of the corpus.
package struct EntityIndex: Sendable {
    /// Listing order: most articles first, then most mentions, then id.
    package private(set) var entities: [CorpusEntity]
    /// Every member's name key (canonical ids among them) → its corpus entity.
    package private(set) var byID: [String: CorpusEntity]
    /// Alias key → the article entities that carry it: when an article introduces that
    /// key as a name, these join its corpus entity.
    private(set) var aliasUsers: [String: [CorpusEntity.Member]]

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
        aliasUsers = [:]
    }

    /// The whole index from the records; `order` lists the live slots as the article
    /// listing does (members are kept in that order, so an entity's articles page like
    /// `/v1/articles`).
    package init(records: [ArticleRecord?], order: [Int]) {
        var members: [CorpusEntity.Member] = []
        for slot in order {
            for index in records[slot]!.extraction.entities.indices { members.append(.init(slot: slot, entity: index)) }
        }
        var aliasUsers: [String: [CorpusEntity.Member]] = [:]
        let built = EntityIndex.group(members, records: records, aliasUsers: &aliasUsers)
        entities = built.sorted(by: CorpusEntity.listsBefore)
        byID = [:]
        byID.reserveCapacity(members.count / 2)
        for entity in built { for key in entity.keys { byID[key] = entity } }
        self.aliasUsers = aliasUsers
    }

    /// The index after one article changed: `removed` (its slot and record, now gone from
    /// `records`) and/or `added` (its slot, already in `records`). `listsBefore` orders
    /// slots as the article listing does.
    ///
    /// Only the corpus entities reachable from the two articles' name and alias keys are
    /// rebuilt: those holding one of the keys as a name, and those with a member using one
    /// as an alias. Any other entity cannot gain or lose a member (a join needs a key of
    /// the changed article on one side), so it is shared with the previous index.
    package func replacing(
        removed: (slot: Int, record: ArticleRecord)?, added: Int?, records: [ArticleRecord?],
        listsBefore: (Int, Int) -> Bool
    ) -> EntityIndex {
        var next = self
        var keys: Set<String> = []
        for case let record? in [removed?.record, added.flatMap { records[$0] }] {
            for entity in record.extraction.entities {
                keys.insert(EntityIndex.corpusID(type: entity.type, name: entity.name))
                for alias in entity.aliases { keys.insert(EntityIndex.corpusID(type: entity.type, name: alias)) }
            }
        }
        // The affected corpus entities, found through the keys.
        var affected: [ObjectIdentifier: CorpusEntity] = [:]
        for key in keys {
            if let entity = byID[key] { affected[ObjectIdentifier(entity)] = entity }
            for user in aliasUsers[key] ?? [] where user.slot != removed?.slot {
                let entity = records[user.slot]!.extraction.entities[user.entity]
                if let owner = byID[EntityIndex.corpusID(type: entity.type, name: entity.name)] { affected[ObjectIdentifier(owner)] = owner }
            }
        }
        // Their members (minus the removed article's), in listing order, plus the new
        // article's: the largest list is already sorted; the rest are sorted and merged in.
        let before: (CorpusEntity.Member, CorpusEntity.Member) -> Bool = { a, b in
            a.slot == b.slot ? a.entity < b.entity : listsBefore(a.slot, b.slot)
        }
        let old = Array(affected.values)
        let largest = old.indices.max { old[$0].members.count < old[$1].members.count }
        var base = largest.map { old[$0].members } ?? []
        if let removed { base.removeAll { $0.slot == removed.slot } }
        var rest: [CorpusEntity.Member] = []
        for (index, entity) in old.enumerated() where index != largest {
            rest += entity.members.lazy.filter { $0.slot != removed?.slot }
        }
        if let added, let record = records[added] {
            for index in record.extraction.entities.indices { rest.append(.init(slot: added, entity: index)) }
        }
        rest.sort(by: before)
        let members = EntityIndex.merge(base, rest, by: before)

        // Alias users: the removed article's leave, the added article's join.
        if let removed {
            for entity in removed.record.extraction.entities {
                for alias in entity.aliases {
                    let key = EntityIndex.corpusID(type: entity.type, name: alias)
                    next.aliasUsers[key]?.removeAll { $0.slot == removed.slot }
                    if next.aliasUsers[key]?.isEmpty == true { next.aliasUsers[key] = nil }
                }
            }
        }
        var scratch: [String: [CorpusEntity.Member]] = [:]
        let rebuilt = EntityIndex.group(members, records: records, aliasUsers: &scratch)
        if let added, let record = records[added] {
            for (index, entity) in record.extraction.entities.enumerated() {
                for alias in entity.aliases {
                    next.aliasUsers[EntityIndex.corpusID(type: entity.type, name: alias), default: []].append(.init(slot: added, entity: index))
                }
            }
        }

        for entity in old {
            for key in entity.keys { next.byID[key] = nil }
            let position = partition(next.entities) { !CorpusEntity.listsBefore($0, entity) }
            if position < next.entities.count, next.entities[position] === entity { next.entities.remove(at: position) }
        }
        for entity in rebuilt {
            for key in entity.keys { next.byID[key] = entity }
            next.entities.insert(entity, at: partition(next.entities) { CorpusEntity.listsBefore(entity, $0) })
        }
        return next
    }

    /// Groups `members` (in listing order) into corpus entities, each keeping that order;
    /// records every alias use in `aliasUsers`.
    private static func group(
        _ members: [CorpusEntity.Member], records: [ArticleRecord?], aliasUsers: inout [String: [CorpusEntity.Member]]
    ) -> [CorpusEntity] {
        // Keys are derived once per distinct (type, text): a popular entity's members
        // mostly share one name.
        var keyCache: [EntityType: [String: String]] = [:]
        func key(_ type: EntityType, _ name: String) -> String {
            if let known = keyCache[type]?[name] { return known }
            let derived = corpusID(type: type, name: name)
            keyCache[type, default: [:]][name] = derived
            return derived
        }
        let entities = members.map { records[$0.slot]!.extraction.entities[$0.entity] }
        let nameKeys = entities.map { key($0.type, $0.name) }

        var parent = Array(members.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        func union(_ a: Int, _ b: Int) {
            let (ra, rb) = (find(a), find(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        var owner: [String: Int] = [:]
        owner.reserveCapacity(members.count)
        for (index, k) in nameKeys.enumerated() {
            if let first = owner[k] { union(index, first) } else { owner[k] = index }
        }
        for (index, entity) in entities.enumerated() {
            for alias in entity.aliases {
                let k = key(entity.type, alias)
                aliasUsers[k, default: []].append(members[index])
                if let named = owner[k] { union(index, named) }
            }
        }

        // Groups in order of their first member; each group's members stay in listing order.
        var groupOf: [Int: Int] = [:]
        var groups: [[Int]] = []
        for index in members.indices {
            let root = find(index)
            if let g = groupOf[root] { groups[g].append(index) } else {
                groupOf[root] = groups.count
                groups.append([index])
            }
        }
        return groups.map { group in
            let type = entities[group[0]].type
            var articlesByName: [String: Set<Int>] = [:]
            var allNames: Set<String> = []
            var ownKeys: Set<String> = []
            var articles: Set<Int> = []
            var mentions = 0
            for index in group {
                let entity = entities[index]
                articlesByName[entity.name, default: []].insert(members[index].slot)
                allNames.insert(entity.name)
                allNames.formUnion(entity.aliases)
                ownKeys.insert(nameKeys[index])
                articles.insert(members[index].slot)
                mentions += entity.mentions.count
            }
            // The representative: the name most articles use, then the longest, then the first in order.
            let name = articlesByName.max { a, b in
                (a.value.count, a.key.count, b.key) < (b.value.count, b.key.count, a.key)
            }!.key
            allNames.remove(name)
            return CorpusEntity(
                id: key(type, name), type: type, name: name, aliases: allNames.sorted(), members: group.map { members[$0] },
                articleCount: articles.count, mentionCount: mentions, keys: ownKeys.sorted())
        }
    }

    /// Merges two sorted lists.
    private static func merge<T>(_ a: [T], _ b: [T], by before: (T, T) -> Bool) -> [T] {
        if b.isEmpty { return a }
        if a.isEmpty { return b }
        var out: [T] = []
        out.reserveCapacity(a.count + b.count)
        var (i, j) = (0, 0)
        while i < a.count, j < b.count {
            if before(b[j], a[i]) {
                out.append(b[j])
                j += 1
            } else {
                out.append(a[i])
                i += 1
            }
        }
        out += a[i...]
        out += b[j...]
        return out
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
