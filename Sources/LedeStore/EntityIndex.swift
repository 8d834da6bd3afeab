import LedeExtract

/// One real-world entity across the corpus: every article entity of the same type whose
/// canonical name matches its canonical name or one of its aliases.
package struct CorpusEntity: Sendable {
    /// An article entity that belongs to this corpus entity.
    package struct Member: Sendable, Hashable {
        package var slot: Int
        /// Index into the article's `extraction.entities`.
        package var entity: Int
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
}

/// The corpus-wide entity index, rebuilt from the records on every snapshot (it is a
/// union-find over article entities: linear in the number of entities).
package struct EntityIndex: Sendable {
    /// Listing order: most articles first, then most mentions, then id.
    package let entities: [CorpusEntity]
    /// Canonical ids, plus the id each member's own name would have (so a link keeps
    /// working when another article changes which name represents the group).
    package let byID: [String: Int]
    /// (slot, index of the entity in its article) packed into one integer → corpus
    /// entity index. Integer keys: this table has an entry per article entity.
    private let byMember: [Int: Int32]

    private static func pack(_ slot: Int, _ entity: Int) -> Int { slot << 20 | entity }

    package func entity(id: String) -> CorpusEntity? { byID[id].map { entities[$0] } }

    /// The corpus entity an article's entity (by its index in the article) belongs to.
    package func corpusEntity(slot: Int, entity: Int) -> CorpusEntity? {
        byMember[EntityIndex.pack(slot, entity)].map { entities[Int($0)] }
    }

    package static func corpusID(type: EntityType, name: String) -> String {
        type.rawValue + "-" + (Slug.derive(from: name) ?? FNV1a64.hex(Array(name.utf8)))
    }

    /// `rank[slot]` is the article's position in the listing order: members are kept in
    /// that order (newest article first), so an entity's articles page like `/v1/articles`.
    package init(records: [ArticleRecord?], rank: [Int]) {
        var refs: [CorpusEntity.Member] = []
        for (slot, record) in records.enumerated() {
            guard let record else { continue }
            for index in record.extraction.entities.indices { refs.append(.init(slot: slot, entity: index)) }
        }
        // One pass over the records' entities; the passes below read these arrays instead of
        // copying `Entity` values (each copy retains every string and array inside).
        var types: [EntityType] = []
        var names: [String] = []
        var aliasLists: [[String]] = []
        var mentionCounts: [Int] = []
        types.reserveCapacity(refs.count)
        names.reserveCapacity(refs.count)
        aliasLists.reserveCapacity(refs.count)
        mentionCounts.reserveCapacity(refs.count)
        for case let record? in records {
            for entity in record.extraction.entities {
                types.append(entity.type)
                names.append(entity.name)
                aliasLists.append(entity.aliases)
                mentionCounts.append(entity.mentions.count)
            }
        }
        func key(_ type: EntityType, _ name: String) -> String { EntityIndex.corpusID(type: type, name: name) }

        var parent = Array(refs.indices)
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
        // Names join names; aliases join only names, so two different "DPD"s stay apart
        // unless one of them is canonically named so. Each name's key is derived once.
        let nameKeys = refs.indices.map { key(types[$0], names[$0]) }
        var owner: [String: Int] = [:]
        owner.reserveCapacity(refs.count)
        for (index, k) in nameKeys.enumerated() {
            if let first = owner[k] { union(index, first) } else { owner[k] = index }
        }
        for index in refs.indices {
            for alias in aliasLists[index] { if let named = owner[key(types[index], alias)] { union(index, named) } }
        }

        var groups: [Int: [Int]] = [:]
        for index in refs.indices { groups[find(index), default: []].append(index) }
        var built: [(entity: CorpusEntity, names: [String])] = []
        built.reserveCapacity(groups.count)
        for members in groups.values {
            let type = types[members[0]]
            var articlesByName: [String: Set<Int>] = [:]
            var allNames: Set<String> = []
            var articles: Set<Int> = []
            var mentions = 0
            for index in members {
                articlesByName[names[index], default: []].insert(refs[index].slot)
                allNames.insert(names[index])
                allNames.formUnion(aliasLists[index])
                articles.insert(refs[index].slot)
                mentions += mentionCounts[index]
            }
            // The representative: the name most articles use, then the longest, then the first in order.
            let name = articlesByName.max { a, b in
                (a.value.count, a.key.count, b.key) < (b.value.count, b.key.count, a.key)
            }!.key
            allNames.remove(name)
            let corpus = CorpusEntity(
                id: key(type, name), type: type, name: name, aliases: allNames.sorted(),
                members: members.map { refs[$0] }.sorted { (rank[$0.slot], $0.entity) < (rank[$1.slot], $1.entity) },
                articleCount: articles.count, mentionCount: mentions)
            built.append((corpus, Array(articlesByName.keys)))
        }
        built.sort { a, b in
            (b.entity.articleCount, b.entity.mentionCount, a.entity.id) < (a.entity.articleCount, a.entity.mentionCount, b.entity.id)
        }
        var byID: [String: Int] = [:]
        var byMember: [Int: Int32] = [:]
        byMember.reserveCapacity(refs.count)
        for (index, item) in built.enumerated() { byID[item.entity.id] = index }
        for (index, item) in built.enumerated() {
            for member in item.entity.members { byMember[EntityIndex.pack(member.slot, member.entity)] = Int32(index) }
            // Each member name's own id also leads here (canonical ids win).
            for name in item.names {
                let own = key(item.entity.type, name)
                if byID[own] == nil { byID[own] = index }
            }
        }
        entities = built.map(\.entity)
        self.byID = byID
        self.byMember = byMember
    }
}
