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
/// Most articles pay a scan of the person groups' longest keys and no string is built; folded
/// keys are built only for groups whose key holds a non-ASCII byte.
extension EntityMerger {
    func joinSpellingsAndShortForms69(_ groups: inout [Group], _ raw: [RawMention]) {
        // Each live group's longest member (the name the entity will carry, but for listed names).
        // Persons and the bodies that may be a person's short form typed wrong ("police presented
        // Tarek Hamid in court": no head word, no listed name).
        var persons: [(group: Int, mention: Int)] = []
        var personCount = 0
        var accented: [Int] = []
        for g in groups.indices where !groups[g].members.isEmpty {
            var best = groups[g].members[0]
            for i in groups[g].members where raw[i].tokenCount > raw[best].tokenCount { best = i }
            if raw[best].tokenCount >= 2 {
                if groups[g].type == .person {
                    persons.append((g, best))
                    personCount += 1
                } else if groups[g].type == .agency, isUnheadedBody69(groups[g], raw, best) {
                    persons.append((g, best))
                }
            }
            if EntityMerger.hasHighByte69(raw[best].key) { accented.append(g) }
        }
        if !accented.isEmpty { joinFoldedSpellings69(&groups, raw, accented) }
        guard personCount >= 1, persons.count >= 2 else { return }
        for a in persons.indices where !groups[persons[a].group].members.isEmpty {
            let short = raw[persons[a].mention].key
            var target = -1
            for b in persons.indices where b != a && groups[persons[b].group].type == .person && !groups[persons[b].group].members.isEmpty {
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

    /// A body with no listed member and no head word closing its name: it may be a person.
    private func isUnheadedBody69(_ group: Group, _ raw: [RawMention], _ best: Int) -> Bool {
        guard !group.typedByEvidence, !group.members.contains(where: { raw[$0].isCanonical || raw[$0].acronym != nil }) else { return false }
        let key = raw[best].key
        return !lexicon.has(.orgHead, key.lastSpaceSeparatedWord(where: { _ in true }) ?? key)
    }

    /// Groups whose longest keys fold to one key: the later joins the earlier (of one type, or a
    /// person and a body that may be a person, `isUnheadedBody69`).
    private func joinFoldedSpellings69(_ groups: inout [Group], _ raw: [RawMention], _ accented: [Int]) {
        var folded: [Int: String] = [:]
        for g in accented {
            var best = groups[g].members[0]
            for i in groups[g].members where raw[i].tokenCount > raw[best].tokenCount { best = i }
            folded[g] = EntityMerger.foldDiacritics69(raw[best].key)
        }
        for g in accented where !groups[g].members.isEmpty {
            guard let key = folded[g] else { continue }
            var gBest = groups[g].members[0]
            for i in groups[g].members where raw[i].tokenCount > raw[gBest].tokenCount { gBest = i }
            for h in groups.indices where h != g && !groups[h].members.isEmpty {
                var best = groups[h].members[0]
                for i in groups[h].members where raw[i].tokenCount > raw[best].tokenCount { best = i }
                let other = folded[h] ?? raw[best].key
                guard other == key else { continue }
                // A person wins over a body that may be that person.
                let keep: Int, drop: Int
                if groups[h].type == groups[g].type {
                    (keep, drop) = raw[groups[h].members[0]].start < raw[groups[g].members[0]].start ? (h, g) : (g, h)
                } else if groups[g].type == .person, groups[h].type == .agency, isUnheadedBody69(groups[h], raw, best) {
                    (keep, drop) = (g, h)
                } else if groups[h].type == .person, groups[g].type == .agency, isUnheadedBody69(groups[g], raw, gBest) {
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
