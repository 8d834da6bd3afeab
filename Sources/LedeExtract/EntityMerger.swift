/// Merges mentions into one entity per real-world thing: surnames join full names, acronyms
/// their expansions, a company's short name its full name, lone capitalised words what they
/// refer to (or nothing).
struct EntityMerger {
    let doc: Document
    let lexicon: Lexicon

    private struct Group {
        var type: EntityType
        var mentions: [RawMention] = []
        var firstStart: Int { mentions.map(\.start).min() ?? 0 }
    }

    private static let companySuffixes: Set<String> = ["co.", "inc.", "corp.", "llc", "ltd.", "company", "corporation", "plc"]
    private static let nameSuffixes: Set<String> = ["jr.", "sr.", "ii", "iii", "iv"]
    private static let connectors: Set<String> = ["of", "and", "the", "for", "&", "on", "to", "from", "in", "against"]

    func merge(_ raw: [RawMention]) -> [Entity] {
        var groups: [String: Group] = [:]
        var order: [String] = []
        var groupOfMentionKey: [String: String] = [:]
        func add(_ m: RawMention, to key: String) {
            if groups[key] == nil {
                groups[key] = Group(type: m.type)
                order.append(key)
            }
            groups[key]!.mentions.append(m)
            if groupOfMentionKey[m.key] == nil { groupOfMentionKey[m.key] = key }
        }
        let strong = raw.filter { !$0.isWeak }.sorted { $0.start < $1.start }
        let weak = raw.filter(\.isWeak).sorted { $0.start < $1.start }

        // Full names first, so surnames and short names have something to join.
        var surnames: [String: [(key: String, start: Int)]] = [:]
        var firstWords: [String: String] = [:]
        var lastWords: [String: String] = [:]
        var acronyms: [String: String] = [:]
        // Single-word places wait: "Green" may be the surname of "Terence Green".
        let isFull: (RawMention) -> Bool = { $0.tokenCount > 1 || ($0.isCanonical && !($0.type == .place && $0.tokenCount == 1)) }
        for m in strong where isFull(m) {
            let key = groupKey(m)
            add(m, to: key)
            let words = m.key.split(separator: " ").map(String.init)
            if m.type == .person, let surname = words.last(where: { !EntityMerger.nameSuffixes.contains($0) }) {
                surnames[surname, default: []].append((key, m.start))
            }
            if m.type == .agency, words.count >= 2 {
                if EntityMerger.companySuffixes.contains(words.last!) { firstWords[words[0]] = key }
                if words.last!.hasSuffix("s"), !lexicon.orgHeads.contains(words.last!) { lastWords[words.last!] = key }
                if let acronym = m.acronym { acronyms[Lexicon.key(acronym).replacingDots()] = key }
                acronyms[initials(ofKey: m.key, words: words), default: key] = key
            }
            if m.type == .policy, let acronym = m.acronym { acronyms[Lexicon.key(acronym).replacingDots()] = key }
        }
        func link(_ m: RawMention) -> String? {
            let key = m.key
            // "Green said" after "Terence Green": a surname beats a town of that name.
            if m.type == .person || m.isWeak || (m.type == .place && m.tokenCount == 1), let candidates = surnames[key] {
                return (candidates.last(where: { $0.start < m.start }) ?? candidates[0]).key
            }
            if m.type == .agency || m.isWeak {
                if let group = acronyms[key.replacingDots()] { return group }
                if let group = firstWords[key] { return group }
                if let group = lastWords[key] { return group }
            }
            return nil
        }
        for m in strong where !isFull(m) {
            add(m, to: link(m) ?? groupKey(m))
        }
        var weakCounts: [String: Int] = [:]
        for m in weak { weakCounts[m.key, default: 0] += 1 }
        for m in weak {
            if let target = link(m) {
                add(m, to: target)
            } else if let existing = groupOfMentionKey[m.key] {
                add(m, to: existing)
            } else if isPlausibleName(m, sameKeyCount: weakCounts[m.key, default: 0]) {
                add(m, to: "weak:" + m.key)
            }
        }
        // A weak group with a speech verb somewhere is a person; one only ever "in X" a place.
        for (key, group) in groups where key.hasPrefix("weak:") {
            if group.mentions.contains(where: { $0.type == .person }) {
                groups[key]!.type = .person
            } else if group.mentions.allSatisfy(\.afterLocative) {
                groups[key]!.type = .place
            }
        }
        return build(groups: groups, order: order)
    }

    /// A lone capitalised word that joined nothing: a name if it is no common word and it is
    /// not only ever the capital of a sentence's first word.
    private func isPlausibleName(_ m: RawMention, sameKeyCount: Int) -> Bool {
        if sameKeyCount > 1 { return true }
        if m.isSentenceInitial { return false }
        return !(lexicon.wordFlags[m.key]?.contains(.common) ?? false)
            && !(m.key.hasSuffix("s") && lexicon.commonWords.contains(String(m.key.dropLast())))
    }

    private func groupKey(_ m: RawMention) -> String { "\(m.type.rawValue):\(m.key)" }

    /// "detroit police department" → "dpd".
    private func initials(ofKey key: String, words: [String]) -> String {
        var out = ""
        for word in words where !EntityMerger.connectors.contains(word) {
            if let c = word.first, c.isLetter { out.append(c) }
        }
        return out.count >= 2 ? out : "\u{0}"
    }

    private func build(groups: [String: Group], order: [String]) -> [Entity] {
        let sentenceCount = max(1, doc.sentences.count)
        var maxMentions = 1
        for group in groups.values where group.mentions.count > maxMentions { maxMentions = group.mentions.count }
        var entities: [Entity] = []
        var usedIDs: Set<String> = []
        for key in order {
            guard let group = groups[key], !group.mentions.isEmpty else { continue }
            var mentions = group.mentions
            if !mentions.indices.dropFirst().allSatisfy({ mentions[$0 - 1].start < mentions[$0].start }) {
                mentions.sort { $0.start < $1.start }
            }
            let name = canonicalName(group.type, mentions)
            var aliases: [String] = []
            let nameKey = Lexicon.key(name)
            var seen: Set<String> = [nameKey]
            var seenForms: Set<String> = [name]
            var descriptors: [String] = []
            var mentionOut: [Mention] = []
            mentionOut.reserveCapacity(mentions.count)
            for m in mentions {
                let surface = doc.text(m.start, m.end)
                mentionOut.append(Mention(start: m.start, end: m.end, text: surface, sentence: m.sentence))
                if m.policyFamily == nil {
                    if seenForms.insert(m.name).inserted, seen.insert(m.key).inserted { aliases.append(m.name) }
                    if surface != m.name, seenForms.insert(surface).inserted, seen.insert(Lexicon.key(surface)).inserted {
                        aliases.append(surface)
                    }
                    for alias in m.aliases + (m.acronym.map { [$0] } ?? [])
                    where seenForms.insert(alias).inserted && seen.insert(Lexicon.key(alias)).inserted {
                        aliases.append(alias)
                    }
                }
                for d in m.descriptors where !descriptors.contains(d) { descriptors.append(d) }
            }
            if group.type == .policy, mentions.contains(where: { $0.policyFamily != nil }) {
                aliases = []
                for m in mentions where m.key != nameKey && !aliases.contains(m.name) { aliases.append(m.name) }
            }
            var id = slug(key: nameKey)
            if usedIDs.contains(id) {
                var n = 2
                while usedIDs.contains("\(id)-\(n)") { n += 1 }
                id = "\(id)-\(n)"
            }
            usedIDs.insert(id)
            let first = mentions[0].sentence
            var salience = 0.55 * Double(mentions.count) / Double(maxMentions)
            salience += 0.3 * (1 - Double(first) / Double(sentenceCount))
            if first < 2 { salience += 0.15 }
            salience = (min(1, salience) * 1000).rounded() / 1000
            entities.append(Entity(
                id: id, type: group.type, name: name, aliases: aliases, descriptors: descriptors, salience: salience,
                mentions: mentionOut))
        }
        entities.sort { $0.salience != $1.salience ? $0.salience > $1.salience : $0.mentions[0].start < $1.mentions[0].start }
        return entities
    }

    private func canonicalName(_ type: EntityType, _ mentions: [RawMention]) -> String {
        if let known = mentions.first(where: \.isCanonical) { return known.name }
        if type == .policy, mentions.contains(where: { $0.policyFamily != nil }) {
            // A short hyphenated name ("hands-off policy") reads best; else the first description.
            if let named = mentions.first(where: { $0.tokenCount <= 3 && $0.name.contains("-") }) { return named.name }
            return mentions[0].name
        }
        // The longest written form: "Vic Pratt" over "Pratt", "Ford Motor Co." over "Ford".
        return mentions.max { a, b in a.tokenCount != b.tokenCount ? a.tokenCount < b.tokenCount : a.start > b.start }!.name
    }
}
