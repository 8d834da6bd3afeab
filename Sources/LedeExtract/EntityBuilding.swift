/// Building the output entities from the merged groups (moved out of `EntityMerger.swift`).
///
/// Written to copy as few references as it can (speed round fourteen): a group, a mention
/// object or an array bound to a local, or captured by a local function, is a retain and a
/// release (each an atomic read-modify-write), per entity or per mention. Groups and mentions
/// are read in place through their indexes, and the arrays an entity is made of are moved into
/// it, not copied.
extension EntityMerger {
    func build(groups: [Group], raw: [RawMention]) -> [Entity] {
        let sentenceCount = max(1, doc.sentences.count)
        var maxMentions = 1
        for g in groups.indices where groups[g].members.count > maxMentions { maxMentions = groups[g].members.count }
        var entities: [Entity] = []
        entities.reserveCapacity(groups.count)
        var usedIDs = UsedIDs(capacity: groups.count)
        for g in groups.indices where !groups[g].members.isEmpty {
            // Indexes into `raw`, not an array of the mentions: that array cost an allocation and a
            // retain and release of every mention per entity. Members are most often already in
            // text order: `sort` then only checks them.
            var members = groups[g].members
            members.sort()
            let type = groups[g].type
            // A group of one is named by its mention: every rule of `canonicalName` then comes to
            // that mention's name (a listed name's longer member and a person's dated form need a
            // second member), and the group of one is the common case (speed round forty-seven).
            let name = members.count == 1 ? raw[members[0]].name : canonicalName(type, members, raw)
            let nameKey = RawMention.key(ofName: name, in: members, raw)
            var forms = EntityForms()
            var descriptors: [String] = []
            // `map` fills an array allocated at its final size (`reserveCapacity` and `append` cost more).
            let mentionOut = members.map { i in
                Mention(start: raw[i].start, end: raw[i].end, text: raw[i].nameIsText ? raw[i].name : doc.text47(raw[i].start, raw[i].end, orName: raw[i].name),
                        sentence: raw[i].sentence)
            }
            var hasFamily = false
            for k in members.indices {
                let i = members[k]
                if raw[i].policyFamily == nil {
                    forms.consider(raw[i].name, key: raw[i].key, name: name, nameKey: nameKey)
                    if mentionOut[k].text != raw[i].name, !raw[i].textIsNoForm { forms.consider(mentionOut[k].text, name: name, nameKey: nameKey) }
                    if let aliases = raw[i].aliasList49 { for alias in aliases { forms.consider(alias, name: name, nameKey: nameKey) } }
                    if let acronym = raw[i].acronym { forms.consider(acronym, name: name, nameKey: nameKey) }
                } else {
                    hasFamily = true
                }
                // Optional, nil when empty (`Speed49.swift`): most mentions have none.
                if let list = raw[i].descriptorList49 {
                    for d in list where !descriptors.contains(d) { descriptors.append(d) }
                }
            }
            if type == .policy, hasFamily {
                forms.aliases = []
                for i in members where raw[i].key != nameKey && !forms.aliases.contains(raw[i].name) { forms.aliases.append(raw[i].name) }
                // "new law raising teacher pay" keeps "law raising teacher pay" (`Policies29.swift`).
                EntityMerger.addNewAliases29(&forms.aliases, members, raw, name: name)
            }
            let (slugged, slugHash) = slugAndHash(key: nameKey)
            var id = slugged
            // One probe for the usual unused id.
            if !usedIDs.take(id, hash: slugHash) {
                var n = 2
                while usedIDs.contains("\(id)-\(n)") { n += 1 }
                id = "\(id)-\(n)"
                _ = usedIDs.take(id)
            }
            let first = raw[members[0]].sentence
            var salience = 0.55 * Double(members.count) / Double(maxMentions)
            salience += 0.3 * (1 - Double(first) / Double(sentenceCount))
            if first < 2 { salience += 0.15 }
            salience = (min(1, salience) * 1000).rounded() / 1000
            entities.append(Entity(
                id: id, type: type, name: name, aliases: forms.takeAliases(), descriptors: descriptors, salience: salience,
                mentions: mentionOut))
        }
        entities.sort { $0.salience != $1.salience ? $0.salience > $1.salience : $0.mentions[0].start < $1.mentions[0].start }
        return entities
    }

    /// The entity's name from its mentions (`members`: indexes into `raw`, in text order).
    private func canonicalName(_ type: EntityType, _ members: GroupMembers, _ raw: [RawMention]) -> String {
        if let known = members.first(where: { raw[$0].isCanonical }) { return raw[unlistedFullName70(type, known, members, raw) ?? known].name }
        if type == .policy, members.contains(where: { raw[$0].policyFamily != nil }) {
            // A short hyphenated name ("hands-off policy") reads best; else the first description.
            if let named = members.first(where: { raw[$0].tokenCount <= 3 && raw[$0].name.contains("-") }) { return raw[named].name }
            return raw[members[0]].name
        }
        // The longest written form: "Vic Pratt" over "Pratt", "Ford Motor Co." over "Ford".
        let longest = members.max { a, b in
            raw[a].tokenCount != raw[b].tokenCount ? raw[a].tokenCount < raw[b].tokenCount : raw[a].start > raw[b].start
        }!
        // "Janet Mills" over "Janet Mills Friday" (`Merges70.swift`).
        if type == .person, let plain = personNameWithoutDate70(longest, members, raw) { return raw[plain].name }
        return raw[longest].name
    }
}

/// An entity's written forms other than its name, gathered from its mentions in text order.
/// A value of its own, not arrays captured by a local function: captured, they lived in a
/// context the entity then copied them out of (a retain and a release each).
struct EntityForms {
    // The entity's name and its key are passed to `consider`, not held (speed round
    // forty-seven): two fewer strings to retain and release with each entity's forms.
    var aliases: [String] = []
    // Entities have few forms: arrays searched linearly beat hashed sets here. The name and
    // its key are tested apart: most entities have no other form, and this array then stays
    // empty (no allocation and release for each entity). Each form seen, with its key when it
    // became an alias: one array where two (forms, alias keys) were two allocations an entity.
    // The first form seen is held inline (speed round forty-seven): most entities with another
    // form have just one, and the array was then an allocation for it.
    private var firstForm: String? = nil
    private var firstKey: String? = nil
    private var seen: [(form: String, key: String?)] = []

    mutating func consider(_ form: String, key: String? = nil, name: String, nameKey: String) {
        guard form != name else { return }
        if let firstForm {
            guard firstForm != form, !seen.contains(where: { $0.form == form }) else { return }
            seen.append((form, nil))
        } else {
            firstForm = form
        }
        let k = key ?? Lexicon.key(form)
        guard k != nameKey, firstKey != k, !seen.contains(where: { $0.key == k }) else { return }
        if seen.isEmpty { firstKey = k } else { seen[seen.count - 1].key = k }
        aliases.append(form)
    }

    /// The aliases, moved out: the forms are not used again.
    consuming func takeAliases() -> [String] { aliases }
}
