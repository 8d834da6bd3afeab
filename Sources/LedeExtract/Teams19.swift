/// Teams round nineteen (teams19, eighteenth session): a town or city acting as a side in a game
/// story is the team, read once per article in the merger after `reviewSportsTeams`.
///
/// English sports writing names a club or a school's team by its town ("Hull took a lead against
/// Stoke", "a 2-0 defeat of Swansea", "Derby's Friday night draw", "Melbourne fans", "Franklin
/// (7-14)"). The guidelines make such a place the team (an agency); the recogniser's team cues
/// read only listed places and only some shapes, so many stayed places. Here, in a game story
/// (`isGameStory`), a group typed a place becomes the team when one of its mentions reads as a
/// side (`readsAsSide19`, the words in `team-sides.txt`):
///
/// - a word or two before it: "against Stoke", "beat Everton", "hosts Leeds", "a 2-0 defeat of
///   Swansea", "a draw with Preston", "signed from Lille";
/// - a word after it: "Leeds beat Everton", "Melbourne fans", "Derby manager", a score or a
///   won-lost record ("Leeds 2-1", "Franklin (7-14)");
/// - a noun at most three words after its possessive: "Boston's bullpen", "Hull's second".
///
/// Its mentions after a locative ("in Hull") stay the place. A name before a colon (a dateline's
/// "SYDNEY:") or after "on the" ("on the Gold Coast") is never a side, and a listed place that an
/// earlier stage made a team (`isCityClub`) only ever in those two shapes is the place again.
extension EntityMerger {
    /// The pass (see the file's comment).
    @inline(never)
    func reviewTeamSides19(_ groups: inout [Group], _ raw: [RawMention]) {
        guard doc.sportsWordCount >= 1 else { return }
        joinNumberedNicknames19(&groups, raw)
        var any = false
        for g in groups.indices where groups[g].type == .place && !groups[g].members.isEmpty {
            any = true
            break
        }
        // A team's group holding the dateline's city (`Fixes21.swift`) is read too.
        if !any && doc.sportsWordCount < 3 { any = hasDatelineInTeam21(groups, raw) }
        guard any || doc.sportsWordCount >= 3, isGameStory() else { return }
        for g in groups.indices where !groups[g].members.isEmpty {
            switch groups[g].type {
            case .place:
                takeSides19(&groups, raw, g)
            case .agency:
                if !groups[g].typedByEvidence { returnPlaces19(&groups, raw, g) }
                if !groups[g].members.isEmpty { splitDatelines21(&groups, raw, g) }
            default:
                break
            }
        }
    }

    /// A place group some mention of which reads as a side: its mentions but those after a
    /// locative become the team (the body under its name if there is one).
    private func takeSides19(_ groups: inout [Group], _ raw: [RawMention], _ g: Int) {
        let key = raw[groups[g].members[0]].key
        // "Kia Oval", "Sincil Bank Stadium": a ground is where a side plays, never a side.
        if let last = key.lastSpaceSeparatedWord(where: { _ in true }), Self.groundWords19.contains(last) { return }
        var side = false
        for i in groups[g].members where readsAsSide19(raw[i]) && !staysPlace19(raw[i]) {
            side = true
            break
        }
        guard side else { return }
        var moved = GroupMembers()
        var kept = GroupMembers()
        for i in groups[g].members {
            if staysPlace19(raw[i]) || isAfterLocative19(raw[i]) && !readsAsSide19(raw[i]) { kept.append(i) } else { moved.append(i) }
        }
        guard !moved.isEmpty else { return }
        if let t = group19(groups, raw, type: .agency, key: key, not: g) {
            groups[t].members += moved
            groups[t].members.sort()
            groups[g].members = kept
        } else if kept.isEmpty {
            groups[g].type = .agency
        } else {
            groups[g].members = kept
            groups.append(Group(type: .agency, isWeak: false, members: moved))
        }
    }

    /// "the Philadelphia 76ers", "the San Francisco 49ers": a place or a body of one to three words
    /// right before a number-led nickname ("76ers") is the team's full name, which the run of
    /// capitals had cut at the number.
    private func joinNumberedNicknames19(_ groups: inout [Group], _ raw: [RawMention]) {
        let tokens = doc.tokens
        for g in groups.indices where (groups[g].type == .place || groups[g].type == .agency) && !groups[g].members.isEmpty {
            for i in groups[g].members where raw[i].tokenCount <= 3 {
                guard let (k, e) = tokenBounds19(raw[i]), e < tokens.count, tokens[e].kind != .punct, tokens[e].start == raw[i].end + 1,
                    tokens[e].sentence == tokens[k].sentence, Self.isNumberedNickname19(tokens[e].key)
                else { continue }
                let m = raw[i]
                m.end = tokens[e].end
                m.name = Document.text(doc.bytes, m.start, m.end)
                m.key = Lexicon.key(m.name)
                m.tokenCount += 1
                m.isCanonical = false
                m.type = .agency
                groups[g].members = GroupMembers(groups[g].members.filter { $0 != i })
                if let t = group19(groups, raw, type: .agency, key: m.key, not: g) {
                    groups[t].members.append(i)
                    groups[t].members.sort()
                } else {
                    groups.append(Group(type: .agency, isWeak: false, members: [i]))
                }
            }
        }
    }

    /// "76ers", "49ers": one or two digits and "ers".
    static func isNumberedNickname19(_ key: String) -> Bool {
        let b = key.utf8.span
        guard b.count >= 4, b.count <= 5, b[b.count - 3] == 101, b[b.count - 2] == 114, b[b.count - 1] == 115 else { return false }
        for j in 0..<(b.count - 3) where b[j] < 48 || b[j] > 57 { return false }
        return true
    }

    /// A listed place typed a team whose every mention is before a colon or after "on the" ("SYDNEY:
    /// Australia named …", "against Bahrain on the Gold Coast"): the place.
    private func returnPlaces19(_ groups: inout [Group], _ raw: [RawMention], _ g: Int) {
        let first = raw[groups[g].members[0]]
        guard lexicon.known[first.key]?.kind == .place else { return }
        for i in groups[g].members where !staysPlace19(raw[i]) || readsAsSide19(raw[i]) { return }
        if let p = group19(groups, raw, type: .place, key: first.key, not: g) {
            groups[p].members += groups[g].members
            groups[p].members.sort()
            groups[g].members = []
        } else {
            groups[g].type = .place
        }
    }

    /// The first other group of the type whose first mention has the key.
    private func group19(_ groups: [Group], _ raw: [RawMention], type: EntityType, key: String, not g: Int) -> Int? {
        for h in groups.indices where h != g && groups[h].type == type && !groups[h].members.isEmpty && raw[groups[h].members[0]].key == key {
            return h
        }
        return nil
    }

    /// The first token of the mention and the one after it.
    private func tokenBounds19(_ m: RawMention) -> (Int, Int)? {
        guard let k = doc.tokenIndex(of: m) else { return nil }
        let tokens = doc.tokens
        var e = k + 1
        while e < tokens.count, tokens[e].end <= m.end { e += 1 }
        return (k, e)
    }

    /// The mention reads as one side of a game (see the file's comment).
    func readsAsSide19(_ m: RawMention) -> Bool {
        guard let (k, e) = tokenBounds19(m) else { return false }
        let tokens = doc.tokens
        // "The tournament in Spain drew crowds": after a locative the words after it read the place.
        if e < tokens.count, tokens[e].sentence == tokens[k].sentence, !isAfterLocative19(m, counting: Self.sidePrepositions19) {
            let next = tokens[e]
            switch next.kind {
            case .possessive:
                var j = e + 1
                while j < tokens.count, j <= e + 3, tokens[j].kind == .word || tokens[j].kind == .number {
                    if !tokens[j].isCapitalized, lexicon.teamSidesPossessed19.contains(tokens[j].key) { return true }
                    j += 1
                }
            case .word:
                if !next.isCapitalized, lexicon.teamSidesAfter19.contains(next.key) { return true }
            case .number:
                // "Leeds 2-1 Everton": a score right after the name.
                if isScoreShaped(next.key, maxDigits: 2) { return true }
            case .punct:
                // "Franklin (7-14)": a won-lost record.
                if next.key == "(", e + 2 < tokens.count, tokens[e + 1].kind == .number, isScoreShaped(tokens[e + 1].key, maxDigits: 3),
                    tokens[e + 2].key == ")"
                {
                    return true
                }
            }
        }
        guard k >= 1, tokens[k - 1].sentence == tokens[k].sentence else { return false }
        if tokens[k - 1].kind == .word, lexicon.teamSidesBefore19.contains(tokens[k - 1].key) { return true }
        // "Leeds 2-1 Everton": a score between two names.
        if k >= 2, tokens[k - 1].kind == .number, isScoreShaped(tokens[k - 1].key, maxDigits: 2), tokens[k - 2].isCapitalized { return true }
        return k >= 2 && tokens[k - 2].kind == .word && tokens[k - 1].kind == .word
            && lexicon.teamSidesBefore19.contains(tokens[k - 2].key + " " + tokens[k - 1].key)
    }

    /// Before a colon opening its line ("SYDNEY:"), after "on the" ("on the Gold Coast") or a dateline's capitals
    /// opening the article: the place, whatever follows.
    func staysPlace19(_ m: RawMention) -> Bool {
        guard let (k, e) = tokenBounds19(m) else { return false }
        let tokens = doc.tokens
        // "SYDNEY: Australia named …" opens its line; "Tests against England:" closes a heading.
        if e < tokens.count, tokens[e].key == ":", k == 0 || m.isSentenceInitial || tokens[k - 1].notes.contains(.lineEndOrBar) { return true }
        if k >= 2, tokens[k - 1].key == "the", tokens[k - 2].key == "on" { return true }
        if isDatelineCity21(m) { return true }
        if m.start < 40, k < 4 {
            var caps = true
            for j in 0..<e where tokens[j].kind == .word && !tokens[j].isAllCaps {
                caps = false
                break
            }
            if caps { return true }
        }
        return false
    }

    /// "in Hull": the town where something happens.
    /// ("Derby's draw" after "of" is still a side: `sidePrepositions19` leaves "of" out.)
    private func isAfterLocative19(_ m: RawMention, counting prepositions: WordSet = Self.placePrepositions19) -> Bool {
        if m.afterLocative { return true }
        guard let k = doc.tokenIndex(of: m), k > 0 else { return false }
        return EntityRecognizer.locatives.contains(doc.tokens, at: k - 1) || prepositions.contains(doc.tokens, at: k - 1)
    }

    static let placePrepositions19: WordSet = ["in", "at", "from", "to", "into", "near", "of", "via", "across", "around"]
    static let sidePrepositions19: WordSet = ["in", "at", "from", "to", "into", "near", "via", "across", "around"]
    static let groundWords19: WordSet = [
        "stadium", "arena", "park", "oval", "ground", "grounds", "field", "centre", "center", "hall", "road", "street", "bank", "lane",
        "dome", "coliseum", "gardens",
    ]
}
