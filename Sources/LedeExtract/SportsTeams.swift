/// Entities round forty-one (entities41): teams and players in game stories, read once per
/// article over the groups after every typing stage (no token scan unless a candidate is found):
///
/// - **a team's city is the team** ("the Dallas Cowboys … Dallas (6-1) took the lead"): a lone
///   place (or a body under the place's name) that opens exactly one team's full name is an alias
///   of that team, except where it follows a locative ("in Phoenix" stays the city); so is the
///   nickname clipped to its first letters and a plural "s" ("Bucs" of "Buccaneers", "Cavs");
/// - **a listed place beside a team in a list is one more team** ("four games over Atlanta,
///   Carolina and New Orleans"): the place after "," or "and" that follows a place typed a team;
/// - **a player's surname is the player** ("Irving had 21 points" after "Kyrie Irving"): a lone
///   word typed a body or a place that is the last word of exactly one person's full name;
/// - **a player typed a body** ("Jerami Grant added 13 points"): two words, the last a listed
///   surname, the first no listed name, common word or head, never after "the", is a person.
///
/// A game story: three sports words (`Document.sportsWordCount`) or, beside a team named with
/// its place, one sports word and two score lines ("30-17", "(9-3)"); an article without a
/// sports word costs one comparison. Outside game stories nothing changes: "Dallas"
/// beside "the Dallas Police Department" stays the city.
extension EntityMerger {
    /// A team named with its place: the place's key ("dallas"), the full name's ("dallas cowboys").
    struct Team {
        var place: String
        var key: String
        var group: Int
    }

    /// The pass (see the file's comment).
    @inline(never)
    func reviewSportsTeams(_ groups: inout [Group], _ raw: [RawMention]) {
        // No sports word at all (most news): nothing is read.
        guard doc.sportsWordCount >= 1 else { return }
        // Teams named with their place: the place's key and the team's group. Most articles
        // have none, and then nothing else is read.
        var teams: [Team] = []
        var hasCandidate = false
        for g in groups.indices where !groups[g].members.isEmpty {
            switch groups[g].type {
            case .agency:
                for i in groups[g].members where raw[i].tokenCount >= 2 {
                    if raw[i].tokenCount <= 4, let place = teamPlace(raw[i].key) { teams.append(Team(place: place, key: raw[i].key, group: g)) }
                    break
                }
                if !hasCandidate, groups[g].members.count == 1 || raw[groups[g].members[0]].tokenCount == 1 { hasCandidate = true }
            case .place, .policy:
                hasCandidate = true
            case .person:
                break
            }
        }
        // The score lines are counted only beside a team named with its place: elsewhere the
        // tokenizer's count of sports words decides, with no scan.
        guard teams.isEmpty ? hasCandidate && doc.sportsWordCount >= 3 : isGameStory() else { return }
        joinTeamPlaces(&groups, raw, teams)
        typeListedTeams(&groups, raw)
        reviewPlayers(&groups, raw, teams)
    }

    /// "dallas" for "dallas cowboys", "new york" for "new york yankees": the longest leading
    /// words that name a listed place, when the rest is no body's head ("Dallas Police", "The
    /// Denver Post" are bodies of the city, not teams).
    func teamPlace(_ key: String) -> String? {
        let words = key.spaceSeparatedWords()
        // "Ohio State", "Washington State": a university's team, not the state's.
        guard words.count >= 2, let last = words.last, last != "state", !lexicon.has(.orgHead, last), !lexicon.has(.placeHead, last),
            !EntityRecognizer.outletHeads.contains(last), !EntityRecognizer.legalForms.contains(last)
        else { return nil }
        var n = min(3, words.count - 1)
        while n >= 1 {
            let place = words[0..<n].joined(separator: " ")
            if lexicon.known[place]?.kind == .place { return place }
            n -= 1
        }
        return nil
    }

    /// The one team a lone name stands for: its place ("Dallas", "Tampa Bay" for "Tampa Bay
    /// Buccaneers", a listed place opening the full name) or its nickname clipped ("Bucs",
    /// "Cavs", "Mavs": the nickname's first letters and a plural "s"). Nil for none or for two.
    private func teamOf(_ key: String, _ teams: [Team]) -> Int? {
        var found: Int? = nil
        for team in teams {
            var match = key == team.place
            if !match, key.utf8.count > team.place.utf8.count, key.hasBytesPrefix(team.place), team.key.hasBytesPrefix(key + " ") {
                match = lexicon.known[key]?.kind == .place
            }
            if !match, key.utf8.count >= 4, key.utf8.last == 115, !key.utf8.contains(32),
                let last = team.key.lastSpaceSeparatedWord(where: { _ in true }), last.utf8.count > key.utf8.count,
                last.hasBytesPrefix(String(key.utf8.dropLast()) ?? key)
            {
                match = true
            }
            guard match else { continue }
            if let f = found, f != team.group { return nil }
            found = team.group
        }
        return found
    }

    /// "in Phoenix": the mention follows a locative (the recogniser marks only lone unknown words).
    private func isAfterLocative(_ m: RawMention) -> Bool {
        if m.afterLocative { return true }
        guard let k = doc.tokenIndex(of: m), k > 0 else { return false }
        if EntityRecognizer.locatives.contains(doc.tokens, at: k - 1) { return true }
        // "Pullman, Wash.": a state after a town and a comma is the town's state.
        return k >= 2 && doc.tokens[k - 1].key == "," && doc.tokens[k - 2].isCapitalized
            && (lexicon.has(.state, doc.tokens[k].key) || lexicon.states[doc.tokens[k].key] != nil)
    }

    /// "ST. LOUIS –" opening the article: the dateline's city stays a place (entities round
    /// forty-four; the guidelines keep dateline places in game stories too).
    private func isDatelinePlace(_ m: RawMention) -> Bool {
        // A dateline under a headline, or a second story's (`Fixes21.swift`).
        if isDatelineCity21(m) { return true }
        guard m.start < 40, let k = doc.tokenIndex(of: m), k < 4 else { return false }
        for j in 0..<(k + m.tokenCount) where j < doc.tokens.count && doc.tokens[j].kind == .word && !doc.tokens[j].isAllCaps {
            return false
        }
        return true
    }

    /// Three sports words, or two score lines ("30-17", a record "9-3"): read only here.
    func isGameStory() -> Bool {
        if doc.sportsWordCount >= 3 { return true }
        var scores = 0
        let tokens = doc.tokens.span
        for k in tokens.indices where tokens[k].kind == .number && isScoreShaped(tokens[k].key, maxDigits: 3) {
            scores += 1
            if scores == 2 { return true }
        }
        return false
    }

    /// A team's city joins the team (see the file's comment).
    private func joinTeamPlaces(_ groups: inout [Group], _ raw: [RawMention], _ teams: [Team]) {
        for h in groups.indices where !groups[h].members.isEmpty && (groups[h].type == .place || groups[h].type == .agency) {
            let key = raw[groups[h].members[0]].key
            var same = true
            for i in groups[h].members where raw[i].key != key {
                same = false
                break
            }
            guard same, let t = teamOf(key, teams), t != h else { continue }
            // "in Phoenix": the city where the game was played stays a place. (A body under the
            // city's name holds such mentions too when an earlier stage joined the place's
            // mentions to it: they go back to the place.)
            var moved: [Int] = []
            var kept = GroupMembers()
            for i in groups[h].members {
                if isAfterLocative(raw[i]) || isDatelinePlace(raw[i]) { kept.append(i) } else { moved.append(i) }
            }
            guard !moved.isEmpty else { continue }
            // The team keeps its full name: a listed city's name no longer wins as the canonical one.
            for i in moved { raw[i].isCanonical = false }
            groups[t].members += moved
            groups[t].members.sort()
            groups[h].members = kept
            if !kept.isEmpty { groups[h].type = .place }
        }
    }

    /// "over Atlanta, Carolina and New Orleans": a listed place right after "," or "and" that
    /// follows a lone place typed a team is a team too (in text order, so the list carries on).
    private func typeListedTeams(_ groups: inout [Group], _ raw: [RawMention]) {
        // The end offsets of the lone places typed teams: few in any article.
        var teamEnds: [Int] = []
        for g in groups.indices where groups[g].type == .agency {
            for i in groups[g].members where raw[i].tokenCount <= 3 && lexicon.known[raw[i].key]?.kind == .place {
                teamEnds.append(raw[i].end)
            }
        }
        guard !teamEnds.isEmpty else { return }
        let tokens = doc.tokens
        var changed = true
        var rounds = 0
        while changed && rounds < 4 {
            changed = false
            rounds += 1
            for g in groups.indices where groups[g].type == .place && !groups[g].members.isEmpty {
                guard lexicon.known[raw[groups[g].members[0]].key]?.kind == .place else { continue }
                var listed = false
                for i in groups[g].members {
                    guard let k = doc.tokenIndex(of: raw[i]), k >= 2 else { continue }
                    var j = k - 1
                    if tokens[j].key == "and", j >= 2, tokens[j - 1].key == "," { j -= 1 }
                    guard tokens[j].key == "," || tokens[j].key == "and", j >= 1, !tokens[j - 1].isAllCaps else { continue }
                    // A list goes on after a comma ("Atlanta, Carolina and …"): "Liverpool,
                    // England (AP)" is a dateline's town and country.
                    if tokens[j].key == "," && tokens[k - 1].key != "and" {
                        var e = k + 1
                        while e < tokens.count, tokens[e].end <= raw[i].end { e += 1 }
                        guard e < tokens.count, tokens[e].key == "," || tokens[e].key == "and" else { continue }
                    }
                    if teamEnds.contains(tokens[j - 1].end) {
                        listed = true
                        break
                    }
                }
                guard listed else { continue }
                groups[g].type = .agency
                for i in groups[g].members { teamEnds.append(raw[i].end) }
                changed = true
            }
        }
    }

    /// A player's lone surname, and a player's full name typed a body (see the file's comment).
    private func reviewPlayers(_ groups: inout [Group], _ raw: [RawMention], _ teams: [Team]) {
        // Full names of persons by their last word; a last word two persons share stays apart.
        var lastWords: [(word: String, group: Int)] = []
        for g in groups.indices where groups[g].type == .person && !groups[g].members.isEmpty {
            // "Irving" joined to "Marcus Irving" by an earlier stage: a listed town's name does
            // not name the player.
            if groups[g].members.count >= 2, groups[g].members.contains(where: { raw[$0].tokenCount >= 2 }) {
                for i in groups[g].members where raw[i].tokenCount == 1 { raw[i].isCanonical = false }
            }
            for i in groups[g].members where raw[i].tokenCount >= 2 {
                if let last = raw[i].key.lastSpaceSeparatedWord(where: { _ in true }) {
                    if let k = lastWords.firstIndex(where: { $0.word == last }) {
                        if lastWords[k].group != g { lastWords[k].group = -1 }
                    } else {
                        lastWords.append((last, g))
                    }
                }
                break
            }
        }
        let tokens = doc.tokens
        for g in groups.indices where groups[g].type != .person && !groups[g].members.isEmpty && !groups[g].typedByEvidence {
            let first = raw[groups[g].members[0]]
            if first.tokenCount == 1, groups[g].type == .agency || groups[g].type == .place {
                let key = first.key
                // A country is its team ("Didier Deschamps France side" is a span run on, not a surname).
                guard !teams.contains(where: { $0.place == key }), !lexicon.countryNames.contains(key), !lexicon.has(.state, key),
                    let p = lastWords.first(where: { $0.word == key }), p.group >= 0
                else { continue }
                var same = true
                for i in groups[g].members where raw[i].key != key || isAfterLocative(raw[i]) || raw[i].isCanonical && groups[g].type == .agency {
                    same = false
                    break
                }
                guard same else { continue }
                for i in groups[g].members { raw[i].isCanonical = false }
                groups[p.group].members += groups[g].members
                groups[p.group].members.sort()
                groups[g].members = []
            } else if groups[g].type == .agency || groups[g].type == .policy {
                // "Jerami Grant added 13 points": a two-word name, the last a listed surname.
                var full: Int? = nil
                for i in groups[g].members {
                    if raw[i].isCanonical || raw[i].acronym != nil { full = nil; break }
                    if raw[i].tokenCount == 2, full == nil { full = i }
                }
                guard let f = full, isPlayerShaped(raw[f].key) else { continue }
                var afterThe = false
                for i in groups[g].members {
                    if let k = doc.tokenIndex(of: raw[i]), k > 0, EntityRecognizer.theKey.contains(tokens, at: k - 1) {
                        afterThe = true
                        break
                    }
                }
                if !afterThe { groups[g].type = .person }
            }
        }
    }

    /// Two words: the last a listed surname and no head; the first no listed name, no place and
    /// no common word unless a given name.
    private func isPlayerShaped(_ key: String) -> Bool {
        guard let first = key.firstSpaceSeparatedWord(requiringAnother: true),
            let last = key.lastSpaceSeparatedWord(where: { _ in true }), first != last,
            lexicon.has(.surname, last), !lexicon.has(.orgHead, last), !lexicon.has(.placeHead, last),
            !lexicon.has(.orgHead, first), !lexicon.has(.placeHead, first), !lexicon.has(.known, first),
            !lexicon.has(.city, first), !lexicon.has(.state, first), lexicon.known[first] == nil,
            !lexicon.has(.common, first) || lexicon.has(.givenName, first)
        else { return false }
        return true
    }
}
