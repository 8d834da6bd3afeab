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
    /// (slot, article entity id) → corpus entity index.
    package let byMember: [MemberKey: Int]

    package struct MemberKey: Hashable, Sendable {
        package var slot: Int
        package var entityID: String
        package init(slot: Int, entityID: String) {
            self.slot = slot
            self.entityID = entityID
        }
    }

    package func entity(id: String) -> CorpusEntity? { byID[id].map { entities[$0] } }

    /// The corpus id of an article's entity.
    package func corpusID(slot: Int, entityID: String) -> String? {
        byMember[MemberKey(slot: slot, entityID: entityID)].map { entities[$0].id }
    }

    package static func corpusID(type: EntityType, name: String) -> String {
        type.rawValue + "-" + (Slug.derive(from: name) ?? FNV1a64.hex(Array(name.utf8)))
    }

    package init(records: [ArticleRecord?]) {
        var refs: [CorpusEntity.Member] = []
        for (slot, record) in records.enumerated() {
            guard let record else { continue }
            for index in record.extraction.entities.indices { refs.append(.init(slot: slot, entity: index)) }
        }
        func entity(_ ref: CorpusEntity.Member) -> Entity { records[ref.slot]!.extraction.entities[ref.entity] }
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
        // unless one of them is canonically named so.
        var owner: [String: Int] = [:]
        for (index, ref) in refs.enumerated() {
            let e = entity(ref)
            let k = key(e.type, e.name)
            if let first = owner[k] { union(index, first) } else { owner[k] = index }
        }
        for (index, ref) in refs.enumerated() {
            let e = entity(ref)
            for alias in e.aliases { if let named = owner[key(e.type, alias)] { union(index, named) } }
        }

        var groups: [Int: [Int]] = [:]
        for index in refs.indices { groups[find(index), default: []].append(index) }
        var built: [CorpusEntity] = []
        built.reserveCapacity(groups.count)
        for members in groups.values {
            let first = entity(refs[members[0]])
            var articlesByName: [String: Set<Int>] = [:]
            var names: Set<String> = []
            var articles: Set<Int> = []
            var mentions = 0
            for index in members {
                let e = entity(refs[index])
                articlesByName[e.name, default: []].insert(refs[index].slot)
                names.insert(e.name)
                names.formUnion(e.aliases)
                articles.insert(refs[index].slot)
                mentions += e.mentions.count
            }
            // The representative: the name most articles use, then the longest, then the first in order.
            let name = articlesByName.max { a, b in
                (a.value.count, a.key.count, b.key) < (b.value.count, b.key.count, a.key)
            }!.key
            names.remove(name)
            built.append(
                CorpusEntity(
                    id: key(first.type, name), type: first.type, name: name, aliases: names.sorted(),
                    members: members.map { refs[$0] }.sorted { ($0.slot, $0.entity) < ($1.slot, $1.entity) },
                    articleCount: articles.count, mentionCount: mentions))
        }
        built.sort { ($1.articleCount, $1.mentionCount, $0.id) < ($0.articleCount, $0.mentionCount, $1.id) }
        var byID: [String: Int] = [:]
        var byMember: [MemberKey: Int] = [:]
        for (index, corpus) in built.enumerated() { byID[corpus.id] = index }
        for (index, corpus) in built.enumerated() {
            for member in corpus.members {
                let e = entity(member)
                byMember[MemberKey(slot: member.slot, entityID: e.id)] = index
                let own = key(e.type, e.name)
                if byID[own] == nil { byID[own] = index }
            }
        }
        entities = built
        self.byID = byID
        self.byMember = byMember
    }
}
