/// Fixes round twenty-one (fixes21, nineteenth session): shapes from the misses of the learning
/// group G13 (final96–100), each seen on two articles or more. See `docs/extraction-history.md`,
/// "Nineteenth session".
///
/// **A dated dateline** (`datedDateline21`, read first by `datelineAt`): "JOHOR BARU, March 5 —",
/// "VARGINHA, BRAZIL, July 30 (Reuters) -", "LAUSANNE, Switzerland, July 4 Cameroon were …",
/// "NAIROBI, Kenya, May 19, 2024 (AP) –", "TULSIPUR, Jan 25: …": a city in capitals opening its
/// line, an optional region, a comma, a month and a day (an optional year), an optional bracketed
/// source and an optional dash or colon. `datelineAt` read a city, a state and a source before a
/// dash, so a date after the comma ended it: an unlisted city in capitals ("JOHOR BARU",
/// "VARGINHA") was then typed a body by its capitals. The city is a place, the region a place when
/// it is a listed one, the source an outlet.
///
/// **A dateline's city in a game story stays the place** (`isDatelineCity21`, read by the sports
/// passes' dateline tests): "NEW YORK — (AP) — … the Boston Red Sox stunned New York 5-3",
/// "SAN ANTONIO (AP) — … Los Angeles beat San Antonio": the city in capitals opening its line
/// before a bracket, a comma or a dash is where the story was filed, though the same name is a
/// side later; before, only a dateline in the article's first 40 bytes was kept a place, so a
/// dateline under a headline and a byline, or a second story's, went with the team.
extension EntityRecognizer {
    /// See the file's comment. Claims the dateline's tokens and marks the story's first word.
    mutating func datedDateline21(_ range: Range<Int>) -> Bool {
        let tokens = doc.tokens
        let i = range.lowerBound
        // The bytes first: a dateline opens with a capital letter followed by another.
        guard range.count >= 5, tokens[i].kind == .word, tokens[i].isAllCaps, tokens[i].end - tokens[i].start >= 2,
            i == 0 || lineBreakBefore(i)
        else { return false }
        var cityEnd = i
        while cityEnd < range.upperBound, cityEnd - i < 4, tokens[cityEnd].kind == .word, tokens[cityEnd].isAllCaps,
            !tokens[cityEnd].flags.contains(.temporal)
        {
            cityEnd += 1
        }
        guard cityEnd > i, cityEnd < range.upperBound, tokens[cityEnd].key == "," else { return false }
        // An optional region: "BRAZIL", "Switzerland", "United States", then its comma.
        var j = cityEnd + 1
        var regionRange: Range<Int>?
        if j < range.upperBound, !EntityRecognizer.dateOpeners.contains(tokens, at: j) {
            var k = j
            while k < range.upperBound, k - j < 3, tokens[k].kind == .word, tokens[k].isCapitalized,
                !EntityRecognizer.dateOpeners.contains(tokens, at: k)
            {
                k += 1
            }
            guard k > j, k < range.upperBound, tokens[k].key == "," else { return false }
            regionRange = j..<k
            j = k + 1
        }
        // The date: a month, a day of one or two digits, an optional ", 2024".
        guard j + 1 < range.upperBound, TemporalTagger.months[tokens[j].key] != nil, tokens[j].isCapitalized,
            tokens[j + 1].kind == .number, tokens[j + 1].end - tokens[j + 1].start <= 2
        else { return false }
        j += 2
        if j + 1 < range.upperBound, tokens[j].key == ",", tokens[j + 1].kind == .number, tokens[j + 1].end - tokens[j + 1].start == 4 {
            j += 2
        }
        var sourceRange: Range<Int>?
        if j < range.upperBound, tokens[j].key == "(" {
            guard let k = datelineSourceClose(after: j, in: range) else { return false }
            sourceRange = (j + 1)..<k
            j = k + 1
        }
        if j < range.upperBound, tokens[j].key == "-" || tokens[j].key == ":" {
            j += 1
        } else if j < range.upperBound, !(tokens[j].kind == .word && tokens[j].isCapitalized) {
            // Without a dash the story opens right after the date with a capital ("July 4 Cameroon
            // were …"); a lower-case word or a mark means the line is no dateline.
            return false
        }
        let cityKey = joinedKeys(i..<cityEnd)
        addMention(.place, name: input.shared.known(cityKey)?.canonical ?? titleCased(i..<cityEnd), range: i..<cityEnd,
                   canonical: true, takesAcronym: false)
        if let regionRange {
            let key = joinedKeys(regionRange)
            if let state = input.shared.state(key) {
                addMention(.place, name: state, range: regionRange, canonical: true, takesAcronym: false)
            } else if let known = input.shared.known(key), known.kind == .place {
                addMention(.place, name: known.canonical, range: regionRange, canonical: true, takesAcronym: false)
            }
        }
        if let sourceRange { addDatelineSources50(sourceRange) }
        for k in i..<j { claimed[k] = true }
        if j < range.upperBound { sentenceInitial.insert(j) }
        return true
    }
}

extension EntityMerger {
    /// A mention in capitals opening its line right before a bracket, a comma or a dash
    /// ("SAN ANTONIO (AP) —", "NEW YORK — (AP) —", "LAUSANNE, Switzerland, July 4"): a dateline's
    /// city, the place the story was filed from (see the file's comment).
    func isDatelineCity21(_ m: RawMention) -> Bool {
        guard let k = doc.tokenIndex(of: m) else { return false }
        let tokens = doc.tokens
        var e = k
        while e < tokens.count, tokens[e].end <= m.end {
            guard tokens[e].kind != .word || tokens[e].isAllCaps else { return false }
            e += 1
        }
        guard e > k, e < tokens.count, tokens[e].key == "(" || tokens[e].key == "," || tokens[e].key == "-" else { return false }
        guard k == 0 || tokens[k - 1].notes.contains(.lineEndOrBar) else { return false }
        return tokens[k].end - tokens[k].start >= 2
    }
}

extension EntityMerger {
    /// A team's group that an earlier stage gave the dateline's city ("NEW YORK — (AP) — …
    /// stunned New York 5-3 … the Yankees"): the dateline's mention, of a listed place, goes back
    /// to the place (a group of that key, or its own). Read in a game story only
    /// (`reviewTeamSides19`).
    func splitDatelines21(_ groups: inout [Group], _ raw: [RawMention], _ g: Int) {
        guard groups[g].members.count >= 2, groups[g].members.contains(where: { isDatelineCity21(raw[$0]) }) else { return }
        var kept = GroupMembers()
        var moved = GroupMembers()
        for i in groups[g].members {
            if isDatelineCity21(raw[i]) && lexicon.known[raw[i].key]?.kind == .place { moved.append(i) } else { kept.append(i) }
        }
        guard !moved.isEmpty, !kept.isEmpty else { return }
        groups[g].members = kept
        let key = raw[moved[0]].key
        if let p = groups.indices.first(where: {
            $0 != g && groups[$0].type == .place && !groups[$0].members.isEmpty && raw[groups[$0].members[0]].key == key
        }) {
            groups[p].members += moved
            groups[p].members.sort()
        } else {
            groups.append(Group(type: .place, isWeak: false, members: moved))
        }
    }
}

extension EntityMerger {
    /// Whether an agency group of two mentions or more holds a dateline's city.
    func hasDatelineInTeam21(_ groups: [Group], _ raw: [RawMention]) -> Bool {
        for g in groups.indices where groups[g].type == .agency && groups[g].members.count >= 2 {
            for i in groups[g].members where isDatelineCity21(raw[i]) { return true }
        }
        return false
    }
}
