/// Entities round sixty-nine (merge69, eleventh session): one real-world thing the merger left
/// as two entities. Found on final18–25 and final30–33, checked on final26–29, final34–37,
/// final42–45 and the dev set.
///
/// One pass over the finished groups, just before the entities are built:
/// - **a name under two spellings**: keys equal once Latin diacritics are folded ("Luiz Inacio
///   Lula da Silva" and "Luiz Inácio Lula da Silva") are one thing of that type;
/// - **a person's short form**: a person's name of two or more words that opens exactly one
///   longer person's name ("Amir Khasru" and "Amir Khasru Mahmud Chowdhury") is that person
///   (a single word is a surname or given name, which the merger already joins).
///
/// Most articles pay a scan of the person groups; names are folded only when some person's name
/// holds a non-ASCII byte, and bodies are read only when a person's name has three words or more.
extension EntityMerger {
    func joinSpellingsAndShortForms69(_ groups: inout [Group], _ raw: [RawMention]) {
        // Person groups of two words or more, by their longest member: most articles have few, and
        // a short form needs a longer name of three words or more beside it.
        var persons: [(group: Int, mention: Int)] = []
        var longest = 0
        var accented = false
        for g in groups.indices where groups[g].type == .person && !groups[g].members.isEmpty {
            let best = longestMember69(groups[g], raw)
            let n = raw[best].tokenCount
            guard n >= 2 else { continue }
            if persons.isEmpty { persons.reserveCapacity(8) }
            persons.append((g, best))
            if n > longest { longest = n }
            if !accented, EntityMerger.hasHighByte69(raw[best].key) { accented = true }
        }
        guard !persons.isEmpty else { return }
        if accented { joinFoldedSpellings69(&groups, raw) }
        guard longest >= 3 else { return }
        let personCount = persons.count
        // Bodies that may be a person's short form typed wrong ("police presented Tarek Hamid in
        // court": no head word, no listed name), read only now that a long name is there.
        for g in groups.indices where groups[g].type == .agency && !groups[g].members.isEmpty {
            let best = longestMember69(groups[g], raw)
            if raw[best].tokenCount >= 2, raw[best].tokenCount < longest, isUnheadedBody69(g, groups, raw, best) { persons.append((g, best)) }
        }
        for a in persons.indices where !groups[persons[a].group].members.isEmpty {
            let short = raw[persons[a].mention].key
            var target = -1
            for b in 0..<personCount where b != a && groups[persons[b].group].type == .person && !groups[persons[b].group].members.isEmpty {
                let long = raw[persons[b].mention].key
                guard EntityMerger.opensWithWords69(long, short) else { continue }
                if target >= 0 && target != persons[b].group { target = -2; break }
                target = persons[b].group
            }
            guard target >= 0 else { continue }
            let g = persons[a].group
            groups[target].members += groups[g].members
            groups[g].members = []
        }
    }

    /// The member of most words (the earliest of them): the name the entity will carry, but for listed names.
    private func longestMember69(_ group: borrowing Group, _ raw: [RawMention]) -> Int {
        var best = group.members[0]
        for k in group.members.indices.dropFirst() where raw[group.members[k]].tokenCount > raw[best].tokenCount { best = group.members[k] }
        return best
    }

    /// A body with no listed member and no head word closing its name: it may be a person.
    private func isUnheadedBody69(_ g: Int, _ groups: [Group], _ raw: [RawMention], _ best: Int) -> Bool {
        guard !groups[g].typedByEvidence else { return false }
        for k in groups[g].members.indices where raw[groups[g].members[k]].isCanonical || raw[groups[g].members[k]].acronym != nil { return false }
        let key = raw[best].key
        return !lexicon.has(.orgHead, key.lastSpaceSeparatedWord(where: { _ in true }) ?? key)
    }

    /// Groups whose longest keys fold to one key (read when some person's name holds a non-ASCII
    /// byte): the later joins the earlier.
    private func joinFoldedSpellings69(_ groups: inout [Group], _ raw: [RawMention]) {
        // Every live group's folded longest key (its key when it is all ASCII).
        var keys: [(group: Int, mention: Int, key: String, folded: Bool)] = []
        keys.reserveCapacity(groups.count)
        for g in groups.indices where !groups[g].members.isEmpty && groups[g].type != .policy {
            let best = longestMember69(groups[g], raw)
            let key = raw[best].key
            let high = EntityMerger.hasHighByte69(key)
            keys.append((g, best, high ? EntityMerger.foldDiacritics69(key) : key, high))
        }
        for a in keys.indices where keys[a].folded && !groups[keys[a].group].members.isEmpty {
            let g = keys[a].group
            for b in keys.indices where b != a && keys[b].key == keys[a].key && !groups[keys[b].group].members.isEmpty {
                let h = keys[b].group
                // One type, or a person and a body that may be that person (the person wins).
                let keep: Int, drop: Int
                if groups[h].type == groups[g].type {
                    (keep, drop) = raw[groups[h].members[0]].start < raw[groups[g].members[0]].start ? (h, g) : (g, h)
                } else if groups[g].type == .person, groups[h].type == .agency, isUnheadedBody69(h, groups, raw, keys[b].mention) {
                    (keep, drop) = (g, h)
                } else if groups[h].type == .person, groups[g].type == .agency, isUnheadedBody69(g, groups, raw, keys[a].mention) {
                    (keep, drop) = (h, g)
                } else {
                    continue
                }
                groups[keep].members += groups[drop].members
                groups[drop].members = []
                if drop == g { break }
            }
        }
    }

    /// Whether `long` is `short` followed by a space and more words.
    static func opensWithWords69(_ long: String, _ short: String) -> Bool {
        let l = long.utf8.span, s = short.utf8.span
        guard l.count > s.count + 1, l[s.count] == 32 else { return false }
        for k in 0..<s.count where l[k] != s[k] { return false }
        return true
    }

    static func hasHighByte69(_ key: String) -> Bool {
        let bytes = key.utf8.span
        for k in bytes.indices where bytes[k] >= 0x80 { return true }
        return false
    }

    /// Latin-1 and Latin Extended-A letters by their base letter (both cases), from U+00C0.
    private static let latinBases69: [UInt8] = Array(
        ("aaaaaaaceeeeiiii" + "dnooooo\u{0}ouuuuyts" + "aaaaaaaceeeeiiii" + "dnooooo\u{0}ouuuuyty"
            + "aaaaaaccccccccdd" + "ddeeeeeeeeeegggg" + "gggghhhhiiiiiiii" + "iiiijjkkklllllll"
            + "lllnnnnnnnnnoooo" + "oooorrrrrrssssss" + "ssttttttuuuuuuuu" + "uuuuwwyyyzzzzzzs").utf8)

    /// The key with Latin diacritics taken off ("inácio" → "inacio"); combining marks dropped.
    static func foldDiacritics69(_ key: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(key.utf8.count)
        for scalar in key.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(UInt8(v))
            } else if v >= 0x300 && v <= 0x36F {
                continue
            } else if v >= 0xC0 && v < 0x180, latinBases69[Int(v - 0xC0)] != 0 {
                out.append(latinBases69[Int(v - 0xC0)])
            } else {
                UTF8.encode(scalar) { out.append($0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The "News On 6" mend (merge69): the span rules stop a run of capitals at a number, and a
/// broadcaster named "News On 6" or "News At 10" kept "News On", a name ending in a preposition,
/// which no name does. Such a name right before a number of one to three digits takes it
/// (`applyAgencyPrecision59`, whose guards against scores and counts still apply).
extension EntityRecognizer {
    /// Capitalised prepositions that close no name.
    static let closingPrepositions69: WordSet = ["on", "at", "in", "of", "for", "to", "from", "with"]

    func endsInCapitalisedPreposition69(_ k: Int) -> Bool {
        let t = doc.tokens[k]
        return t.kind == .word && t.isCapitalized && EntityRecognizer.closingPrepositions69.contains(doc.tokens, at: k)
    }
}
