/// Entities round thirty-three (entities33): person groups that the article itself shows are places.
///
/// An unlisted name with a person's shape ("Lake Jordan", "Slapout", "Ben Nevis") is typed a
/// person by the recognizer when nothing in its own run says otherwise; on ordinary local news the
/// commonest such false person is a member of a list of places ("damage in Holtville, Lake Jordan,
/// Slapout and Titus", "villagers in Chalaluma, Dide Waride and Moa"). A person named only ever
/// between places, with no title, descriptor, listed name or speech verb of its own, is a place.
/// A single listed place word typed a person ("the weather service in Birmingham said") that only
/// ever follows a locative preposition is that place.
extension EntityMerger {
    /// Separators inside a list of names.
    static let listJoiners: WordSet = ["and", "or"]
    /// Words that may open a list of places right before its first member.
    static let listOpeners: WordSet = [
        "in", "at", "from", "near", "including", "include", "includes", "included", "between", "to", "like", "as",
        "and", "or", "across", "around", "throughout", "outside",
    ]
    /// Prepositions that put a single listed place word in a place's slot.
    static let placeSlotPrepositions: WordSet = ["in", "near", "outside", "across", "throughout", "around", "from"]

    /// Retypes person groups by the two rules above (`EntityMerger.merge`, after the learned typing, which may make a person too).
    func retypePersonsByPlaceLists(_ groups: inout [Group], _ raw: [RawMention], _ groupIndex: StringTable<GroupsByType>) {
        let tokens = doc.tokens
        /// Cheap test on a group's first mention, implied by both rules: a separator touches it, or
        /// it is one listed city or state word after a lower-case word.
        func mayQualify(_ i: Int) -> Bool {
            guard let t = doc.tokenIndex(of: raw[i]) else { return false }
            let u = t + raw[i].tokenCount
            // A place (capitalised) on the separator's other side: "Smith, 45," never passes.
            if t >= 2, tokens[t - 2].isCapitalized || tokens[t - 2].key == ",",
                tokens[t - 1].key == "," || tokens[t - 1].kind == .word && EntityMerger.listJoiners.contains(tokens, at: t - 1)
            {
                return true
            }
            if u + 1 < tokens.count, tokens[u + 1].isCapitalized || tokens[u + 1].kind == .word,
                tokens[u].key == "," || tokens[u].kind == .word && EntityMerger.listJoiners.contains(tokens, at: u)
            {
                return true
            }
            return raw[i].tokenCount == 1 && t >= 1 && !tokens[t - 1].isCapitalized && tokens[t].flags.contains(.known)
                && !tokens[t].flags.isDisjoint(with: [.city, .state])
        }
        var candidates: [Int] = []
        for g in groups.indices where groups[g].type == .person && !groups[g].members.isEmpty {
            guard groups[g].members.allSatisfy({ raw[$0].tokenCount <= 3 && !raw[$0].isCanonical && !raw[$0].hasDescriptors49 }),
                mayQualify(groups[g].members[0])
            else { continue }
            if groups[g].members.allSatisfy({ i in !raw[i].beforeSpeechVerb && raw[i].acronym == nil && !raw[i].inTitleCaseLine })
                || groups[g].members.allSatisfy({ raw[$0].tokenCount == 1 })
            {
                candidates.append(g)
            }
        }
        guard !candidates.isEmpty else { return }
        // Byte offsets where a place mention starts and ends.
        // A few dozen at most: a linear scan costs less than hashing them.
        var places: [(start: Int, end: Int)] = []
        for g in groups.indices where groups[g].type == .place {
            for i in groups[g].members { places.append((raw[i].start, raw[i].end)) }
        }
        func placeStarting(at byte: Int) -> Bool { places.contains { $0.start == byte } }
        func placeStart(endingAt byte: Int) -> Int? { places.first { $0.end == byte }?.start }
        func isSeparator(_ k: Int) -> Bool {
            tokens[k].key == "," || (tokens[k].kind == .word && EntityMerger.listJoiners.contains(tokens, at: k))
        }
        /// Whether the token before `t` opens or continues a list: a separator, a colon or a
        /// lower-case opener ("in", "including"); never "of" ("Tengku Permaisuri of Selangor, …").
        func opensItem(_ t: Int) -> Bool {
            guard t >= 1 else { return true }
            if tokens[t - 1].sentence != tokens[t].sentence { return true }
            if isSeparator(t - 1) {
                // "trade representative, Robert Lighthizer, and …": a comma after a common word opens an apposition.
                return t < 2 || tokens[t - 2].isCapitalized || isSeparator(t - 2)
            }
            return tokens[t - 1].key == ":"
                || (tokens[t - 1].kind == .word && !tokens[t - 1].isCapitalized && EntityMerger.listOpeners.contains(tokens, at: t - 1))
        }
        /// A place that is itself a list item ends right before the separator(s) at `k` ("A, B",
        /// "A and B", "A, and B").
        func placeBefore(_ k: Int) -> Bool {
            guard k >= 1, isSeparator(k) else { return false }
            var end = k - 1
            if k >= 2, tokens[k - 1].key == ",", tokens[k].key != "," { end = k - 2 }
            guard let start = placeStart(endingAt: tokens[end].end), let s = doc.tokenIndex(startingAt: start) else { return false }
            return opensItem(s)
        }
        /// A place starts right after the separator(s) at `k`, and is no possessive ("and Canada's …").
        func placeAfter(_ k: Int) -> Bool {
            guard k + 1 < tokens.count, isSeparator(k) else { return false }
            var start = k + 1
            if k + 2 < tokens.count, tokens[k].key == ",", isSeparator(k + 1), tokens[k + 1].key != "," { start = k + 2 }
            guard placeStarting(at: tokens[start].start) else { return false }
            var e = start
            while e + 1 < tokens.count, tokens[e + 1].isCapitalized, tokens[e + 1].sentence == tokens[start].sentence { e += 1 }
            return !(e + 1 < tokens.count && tokens[e + 1].kind == .possessive)
        }
        /// Whether the mention `i` stands as a member of a list of places.
        func inPlaceList(_ i: Int) -> Bool {
            guard let t = doc.tokenIndex(of: raw[i]) else { return false }
            let u = t + raw[i].tokenCount
            guard u <= tokens.count else { return false }
            let sentence = tokens[t].sentence
            // "…, Musliu Mohammed, a 17-year-old boy": a comma before an apposition ends no list item.
            let endsItem = u == tokens.count || tokens[u].sentence != sentence
                || tokens[u].key == "." || tokens[u].key == ";" || tokens[u].key == ")"
                || (tokens[u].kind == .word && EntityMerger.listJoiners.contains(tokens, at: u))
                || (tokens[u].key == "," && u + 1 < tokens.count
                    && (tokens[u + 1].isCapitalized || tokens[u + 1].kind == .word && EntityMerger.listJoiners.contains(tokens, at: u + 1)))
            if t >= 2, placeBefore(t - 1), endsItem { return true }
            if u < tokens.count, tokens[u].sentence == sentence, placeAfter(u), t >= 1, opensItem(t) { return true }
            return false
        }
        /// Whether the single-word mention `i` is a listed place after a locative preposition.
        func inPlaceSlot(_ i: Int) -> Bool {
            guard raw[i].tokenCount == 1, let t = doc.tokenIndex(of: raw[i]), t >= 1 else { return false }
            let flags = tokens[t].flags
            guard flags.contains(.known), !flags.isDisjoint(with: [.city, .state]), !flags.contains(.givenName) else { return false }
            return tokens[t - 1].kind == .word && !tokens[t - 1].isCapitalized
                && EntityMerger.placeSlotPrepositions.contains(tokens, at: t - 1)
        }
        // Two rounds: a list's later member finds its neighbour retyped in the first ("Holtville,
        // Lake Jordan, Slapout and Titus").
        var changed = true, round = 0
        while changed, round < 2 {
            changed = false
            round += 1
            for g in candidates where groups[g].type == .person && !groups[g].members.isEmpty {
                let members = groups[g].members
                let listed = members.allSatisfy { !raw[$0].beforeSpeechVerb && raw[$0].tokenCount <= 3 && !raw[$0].inTitleCaseLine }
                    && members.allSatisfy(inPlaceList)
                guard listed || members.allSatisfy(inPlaceSlot) else { continue }
                groups[g].type = .place
                for i in members { places.append((raw[i].start, raw[i].end)) }
                // The same name typed a place elsewhere: one group.
                if let slots = groupIndex[raw[members[0]].key], let p = slots[1], p != g, groups[p].type == .place,
                    !groups[p].members.isEmpty
                {
                    groups[p].members += groups[g].members
                    groups[p].members.sort()
                    groups[g].members = []
                }
                changed = true
            }
        }
    }
}

extension EntityMerger {
    /// The person passes of entities round thirty-three, run once after the learned typing (kept out
    /// of `merge`'s body, which inlining it made larger).
    @inline(never)
    func reviewPersonGroups(_ groups: inout [Group], _ raw: [RawMention], _ groupIndex: StringTable<GroupsByType>) {
        retypePersonsByPlaceLists(&groups, raw, groupIndex)
        joinMiddleNames(&groups, raw)
        // "Lula" typed an organisation beside "Luiz Inácio Lula da Silva" (`Agencies64.swift`).
        joinInnerNameOrganisations64(&groups, raw)
    }

    /// "Samuel Kamau Kagwanja … Kamau was heading home": a lone word that is the middle name of
    /// exactly one three-word person, and the first or last word of no other, is that person
    /// (East African and Hispanic news often shorten a name to its middle word). The merger
    /// links a lone word only to a name's first or last word.
    func joinMiddleNames(_ groups: inout [Group], _ raw: [RawMention]) {
        // A lone-word person first, then three-word persons: most articles have neither, and
        // then no name is split.
        guard groups.indices.contains(where: { g in
            groups[g].type == .person && !groups[g].members.isEmpty && raw[groups[g].members[0]].tokenCount == 1
        }) else { return }
        var middles: [(word: String, group: Int)] = []
        for g in groups.indices where groups[g].type == .person && !groups[g].members.isEmpty {
            let first = raw[groups[g].members[0]]
            guard first.tokenCount == 3 else { continue }
            let words = first.key.spaceSeparatedWords()
            if words.count == 3 { middles.append((words[1], g)) }
        }
        guard !middles.isEmpty else { return }
        for g in groups.indices where groups[g].type == .person && !groups[g].members.isEmpty {
            guard groups[g].members.allSatisfy({ raw[$0].tokenCount == 1 && !raw[$0].isCanonical }) else { continue }
            let key = raw[groups[g].members[0]].key
            let owners = middles.filter { $0.word == key && $0.group != g }
            guard owners.count == 1, let target = owners.first?.group else { continue }
            // The word is no other person's first or last name.
            let elsewhere = groups.indices.contains { h in
                h != g && h != target && groups[h].type == .person && !groups[h].members.isEmpty
                    && raw[groups[h].members[0]].tokenCount > 1 && {
                        let words = raw[groups[h].members[0]].key.spaceSeparatedWords()
                        return words.first == key || words.last == key
                    }()
            }
            guard !elsewhere else { continue }
            groups[target].members += groups[g].members
            groups[target].members.sort()
            groups[g].members = []
        }
    }
}
