/// Entities round fifty-five (entities55): a team's nickname joins the team named otherwise.
///
/// School and college teams are named by a place or a short name ("Highland", "UConn", "Sacred
/// Heart", "Utah State") and then by a nickname that no word list holds ("the Rams", "the
/// Huskies"). The guidelines make the nickname an alias of its team; read alone it became one
/// more body (or a person). In a game story (`isGameStory`), a nickname group is a lone plural
/// capitalised word ("Rams", never "RAMS" or "Ram") read after "the" ("the Rams", "the
/// second-ranked Rams"), of no listed kind and no party word; a team named otherwise is a body
/// some mention of which reads as a side ("Highland (3-0)", "ROCKLAND 48,", "Utah State beat",
/// "over Sacred Heart") and which holds no nickname of its own ("Dallas Cowboys", "Cowboys").
/// Each nickname, in text order, joins one team not yet taken: the nearest team mention before
/// the nickname's first mention that opens its clause (the side a report follows: "Highland's
/// home opener … the Rams"), else the nearest before, else the nearest after. Each team takes
/// one nickname, so "the Huskies held the Pioneers" gives the second nickname to the other side.
///
/// Where no team is named otherwise (a rugby round-up: "the Crusaders beat the Blues") the
/// nicknames are the teams' names and nothing changes.
extension EntityMerger {
    /// The pass (see the file's comment); called after `reviewSportsTeams`.
    @inline(never)
    func joinTeamNicknames55(_ groups: inout [Group], _ raw: [RawMention]) {
        guard doc.sportsWordCount >= 1 else { return }
        var nicknames: [Int] = []
        for g in groups.indices where !groups[g].members.isEmpty && groups[g].type != .policy && groups[g].type != .place {
            if isNicknameGroup55(groups[g], raw) { nicknames.append(g) }
        }
        guard !nicknames.isEmpty else { return }
        // Teams named otherwise: bodies read as a side, holding no nickname.
        var teams: [Int] = []
        for g in groups.indices where groups[g].type == .agency && !groups[g].members.isEmpty && !nicknames.contains(g) {
            var side = false
            var nicknamed = false
            for i in groups[g].members {
                // "National Football League", "Mountain West Conference": a listed body or a body
                // under a head is no side.
                if lexicon.known[raw[i].key]?.kind == .agency || raw[i].tokenCount >= 2 && lexicon.has(.orgHead, raw[i].key.lastSpaceSeparatedWord(where: { _ in true }) ?? "") {
                    nicknamed = true
                    break
                }
                if raw[i].tokenCount == 1 && isNicknameWord55(raw[i]) { nicknamed = true }
                if let last = raw[i].key.lastSpaceSeparatedWord(where: { _ in true }), raw[i].tokenCount >= 2,
                    last.utf8.count >= 4, last.utf8.last == 115, raw[i].name.utf8.last == 115, !lexicon.has(.orgHead, last)
                {
                    nicknamed = true
                }
                if !side && readsAsSide55(raw[i]) { side = true }
            }
            if side && !nicknamed { teams.append(g) }
        }
        guard !teams.isEmpty, isGameStory() else { return }
        nicknames.sort { raw[groups[$0].members[0]].start < raw[groups[$1].members[0]].start }
        for n in nicknames {
            let at = raw[groups[n].members[0]].start
            var opening: (start: Int, group: Int)? = nil
            var before: (start: Int, group: Int)? = nil
            var after: (start: Int, group: Int)? = nil
            for t in teams {
                for i in groups[t].members {
                    let s = raw[i].start
                    if s < at {
                        if before == nil || s > before!.start { before = (s, t) }
                        if opensClause55(raw[i]), opening == nil || s > opening!.start { opening = (s, t) }
                    } else if after == nil || s < after!.start {
                        after = (s, t)
                    }
                }
            }
            guard let t = (opening ?? before ?? after)?.group else { continue }
            for i in groups[n].members { raw[i].isCanonical = false }
            groups[t].members += groups[n].members
            groups[t].members.sort()
            groups[n].members = []
            teams.removeAll { $0 == t }
            if teams.isEmpty { break }
        }
    }

    /// Every mention the same lone plural capitalised word, none a listed kind, one after "the".
    private func isNicknameGroup55(_ group: Group, _ raw: [RawMention]) -> Bool {
        guard !group.typedByEvidence else { return false }
        let key = raw[group.members[0]].key
        var afterThe = false
        for i in group.members {
            guard raw[i].tokenCount == 1, raw[i].key == key, isNicknameWord55(raw[i]) else { return false }
            if !afterThe, let k = doc.tokenIndex(of: raw[i]) {
                // "the Rams", "the second-ranked Rams": "the" within three lower-case words.
                var j = k - 1
                while j >= 0 && j >= k - 4 {
                    let tok = doc.tokens[j]
                    if tok.key == "the" { afterThe = true; break }
                    if tok.isCapitalized || tok.key == "," || tok.key == "." { break }
                    j -= 1
                }
            }
        }
        return afterThe
    }

    /// "Rams", "Huskies": a capitalised (not all-capital) word ending in "s", four letters or
    /// more, no listed name of any kind, no party or member word ("Democrats"), no demonym.
    private func isNicknameWord55(_ m: RawMention) -> Bool {
        let key = m.key
        guard key.utf8.count >= 4, key.utf8.last == 115, key.utf8.dropLast().last != 115,
            let k = doc.tokenIndex(of: m), doc.tokens[k].isCapitalized, !doc.tokens[k].isAllCaps,
            lexicon.known[key] == nil, !lexicon.has(.known, key), !lexicon.has(.orgHead, key), !lexicon.has(.state, key),
            !lexicon.has(.city, key), !lexicon.has(.nonName, key), !EntityRecognizer.partyMemberWords.contains(key),
            lexicon.known[String(key.dropLast())] == nil
        else { return false }
        return true
    }

    /// "Highland (3-0)", "ROCKLAND 48,", "Utah State beat", "over Sacred Heart", "rivals Century".
    private func readsAsSide55(_ m: RawMention) -> Bool {
        guard let k = doc.tokenIndex(of: m) else { return false }
        let tokens = doc.tokens
        var e = k + 1
        while e < tokens.count, tokens[e].end <= m.end { e += 1 }
        if e < tokens.count {
            let next = tokens[e]
            if next.kind == .number { return true }
            if next.key == "(", e + 1 < tokens.count, tokens[e + 1].kind == .number, isScoreShaped(tokens[e + 1].key, maxDigits: 3) { return true }
            if Self.sideVerbs55.contains(tokens, at: e) { return true }
        }
        return k > 0 && Self.sidePrepositions55.contains(tokens, at: k - 1)
    }

    /// Opens its sentence or follows "and", a dash or a line break: the clause's subject ("ROCKLAND 48,
    /// HAGERMAN 12": the side after a score line's comma is not).
    private func opensClause55(_ m: RawMention) -> Bool {
        if m.isSentenceInitial { return true }
        guard let k = doc.tokenIndex(of: m) else { return false }
        if k == 0 { return true }
        let prev = doc.tokens[k - 1]
        return prev.key == "and" || prev.key == "—" || prev.key == "-" || prev.key == "." || prev.key == "\n"
    }

    static let sideVerbs55: WordSet = ["beat", "beats", "defeated", "edged", "topped", "routed", "rallied", "outlasted", "blanked", "blew", "held"]
    static let sidePrepositions55: WordSet = ["over", "beat", "beating", "against", "vs", "versus", "defeated", "rivals", "past"]
}
