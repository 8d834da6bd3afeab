/// Typer round fourteen (fourteenth session of 2026-12-02, typer14): new evidence for the learned
/// typer, which no longer gained from more rows at its old features (typer round thirteen). Three
/// families, each read from closed word sets and shapes only (the weights still name no article
/// text):
/// - acronyms (a lone all-capital word): an expansion whose initials spell it, capitalised
///   ("Federal Aviation Authority" for FAA: a body) or in lower case ("full-time equivalent" for
///   FTE: a measure), written anywhere in the article; "the" before it; a body's verb or role noun
///   after it (`body-verbs14.txt`: "FAA said", "FAA officials"); a generic acronym of news copy
///   (`generic-acronyms14.txt`: NGO, ICU, PTSD, UAV); a lower-case noun after it ("PFAS chemicals");
/// - resident nouns: a name that is a listed place's name with a resident suffix ("Oklahomans",
///   "Sydneysiders", "New Yorkers", "Nepalis"), tested by stripping the suffix at feature time (no
///   derived word list, so no memory: demonym72's derived list took RSS 32 → 46 MiB);
/// - places: a comma and a listed state, country or place after a mention ("Harlow, Essex"),
///   every read mention after a preposition of place, "the town of X", a listed place beside it in
///   a list of names.
/// Called last in `typingFeatures`, so every older feature is summed in its old order (weights
/// that do not know these features give them nothing).
extension EntityMerger {
    /// Resident suffixes, longest first, with the endings a place's name may have lost to them
    /// ("Floridians": "florid" + "a"; "Texans": "tex" + "as"; "Chinese": "chin" + "a").
    static let residentSuffixes14: [(suffix: String, restores: [String])] = [
        ("siders", [""]), ("sider", [""]),
        ("ians", ["", "a", "ia", "y", "e"]), ("ian", ["", "a", "ia", "y", "e"]),
        ("ans", ["", "a", "as", "o", "e"]), ("an", ["", "a", "as", "o", "e"]),
        ("ers", ["", "e"]), ("er", ["", "e"]),
        ("ese", ["", "a", "o"]),
        ("ites", ["", "e"]),
        ("ns", ["", "s"]),
        ("is", [""]),
    ]

    func typer14Features<F: TypingFeatureCollector>(_ group: Group, _ raw: [RawMention], into f: inout F) {
        let tokens = doc.tokens.span
        func add(_ t: TypingFeature) { f.add(t.rawValue) }
        let first = group.members[0]
        guard let lo = doc.tokenIndex(startingAt: raw[first].start) else { return }
        let hi = lo + raw[first].tokenCount
        guard hi <= tokens.count else { return }

        // Acronyms: the first mention one all-capital word of two to six letters.
        if hi - lo == 1, tokens[lo].kind == .word, tokens[lo].isAllCaps {
            let letters = acronymLetters14(lo)
            if letters.count >= 2 && letters.count <= 6 {
                let (caps, lower) = acronymExpansions14(letters, skipping: lo)
                if caps { add(.acronymCapsExpansion) }
                if lower { add(.acronymLowerExpansion) }
                if letters.count == 2 { add(.acronymTwoLetters) }
                if letters.count == 3 { add(.acronymThreeLetters) }
                if lexicon.placeInitials14.contains(doc.tokens, at: lo) { add(.acronymPlaceInitials) }
                f.add(TypingFeature.acronymLastA.rawValue + Int32(letters[letters.count - 1] - 97))
            }
            if lexicon.genericAcronyms14.contains(doc.tokens, at: lo) { add(.acronymGeneric) }
            var afterThe = false, bodyVerb = false, lowerNoun = false
            for i in group.members.prefix(EntityMerger.mentionsRead) {
                guard let t = doc.tokenIndex(startingAt: raw[i].start) else { continue }
                if t > 0, tokens[t - 1].kind == .word, tokens[t - 1].key == "the" { afterThe = true }
                let n = t + raw[i].tokenCount
                guard n < tokens.count, tokens[n].kind == .word, !tokens[n].isCapitalized else { continue }
                if lexicon.bodyVerbs14.contains(doc.tokens, at: n) {
                    bodyVerb = true
                } else if tokens[n].flags.contains(.common), lexicon.typingSpace.nextWord(key: tokens[n].key, hash: tokens[n].keyHash) == nil {
                    lowerNoun = true
                }
            }
            if afterThe { add(.acronymAfterThe) }
            if bodyVerb { add(.acronymBodyVerb) }
            if lowerNoun { add(.acronymBeforeLowerNoun) }
        }

        // Resident nouns: the name with a resident suffix is a listed place's name with it.
        if raw[first].tokenCount <= 3, isResidentNoun14(raw[first].key) { add(.residentNoun) }

        // Places.
        var commaPlace = false, everyPlacePreposition = true, placeNounOf = false
        for i in group.members.prefix(EntityMerger.mentionsRead) {
            guard let t = doc.tokenIndex(startingAt: raw[i].start) else { continue }
            let n = t + raw[i].tokenCount
            if n + 1 < tokens.count, tokens[n].kind == .punct, tokens[n].key == ",", tokens[n + 1].kind == .word,
                tokens[n + 1].isCapitalized, isListedPlace14(n + 1)
            {
                commaPlace = true
            }
            if !(t > 0 && tokens[t - 1].kind == .word && !tokens[t - 1].isCapitalized
                && EntityMerger.placePrepositions12.contains(doc.tokens, at: t - 1))
            {
                everyPlacePreposition = false
            }
            if t >= 2, tokens[t - 1].kind == .word, tokens[t - 1].key == "of", tokens[t - 2].kind == .word,
                !tokens[t - 2].isCapitalized, EntityMerger.placeNouns12.contains(doc.tokens, at: t - 2)
            {
                placeNounOf = true
            }
        }
        if commaPlace { add(.nextCommaListedPlace) }
        if everyPlacePreposition { add(.everyAfterPlacePreposition) }
        if placeNounOf { add(.afterPlaceNounOf) }
        if listNeighbourIsPlace14(lo, hi) { add(.listedPlaceInNameList) }
    }

    /// The acronym's lower-case ASCII letters (empty if any byte is not a letter).
    private func acronymLetters14(_ t: Int) -> [UInt8] {
        let tokens = doc.tokens.span
        var out: [UInt8] = []
        for b in tokens[t].start..<tokens[t].end {
            let c = doc.bytes[b]
            if c >= 65 && c <= 90 { out.append(c + 32) } else if c >= 97 && c <= 122 { out.append(c) } else { return [] }
        }
        return out
    }

    /// Whether the article writes a run of words whose initials (connectors skipped, each part of
    /// a hyphenated word counting) spell `letters`: every word capitalised, or every word lower case.
    private func acronymExpansions14(_ letters: [UInt8], skipping acronym: Int) -> (caps: Bool, lower: Bool) {
        let tokens = doc.tokens.span
        var caps = false, lower = false
        let firstUpper = letters[0] - 32
        for k in tokens.indices where k != acronym && tokens[k].kind == .word && !tokens[k].isAllCaps {
            let c = doc.bytes[tokens[k].start]
            guard c == letters[0] || c == firstUpper else { continue }
            let capital = c == firstUpper
            if capital ? caps : lower { continue }
            if expansionMatches14(letters, from: k, capital: capital) {
                if capital { caps = true } else { lower = true }
                if caps && lower { break }
            }
        }
        return (caps, lower)
    }

    /// Whether the words from `k` on spell `letters` (see `acronymExpansions14`).
    private func expansionMatches14(_ letters: [UInt8], from k: Int, capital: Bool) -> Bool {
        let tokens = doc.tokens.span
        var n = 0, j = k
        let sentence = tokens[k].sentence
        while n < letters.count {
            guard j < tokens.count, tokens[j].sentence == sentence, tokens[j].kind == .word, !tokens[j].isAllCaps else { return false }
            if n > 0, !tokens[j].isCapitalized, EntityMerger.connectors.contains(doc.tokens, at: j) {
                j += 1
                continue
            }
            guard tokens[j].isCapitalized == capital else { return false }
            // Each letter after a hyphen opens a part ("full-time" gives f, t), else the first letter.
            var parts: [UInt8] = []
            var atStart = true
            for b in tokens[j].start..<tokens[j].end {
                let c = doc.bytes[b]
                if c == 45 { atStart = true; continue }
                if atStart {
                    parts.append(c >= 65 && c <= 90 ? c + 32 : c)
                    atStart = false
                }
            }
            if parts.count > 1, n + parts.count <= letters.count, Array(letters[n..<(n + parts.count)]) == parts {
                n += parts.count
            } else if let p = parts.first, p == letters[n] {
                n += 1
            } else {
                return false
            }
            j += 1
        }
        // The run ends there: a longer run of the same kind is another name.
        if j < tokens.count, tokens[j].sentence == sentence, tokens[j].kind == .word, tokens[j].isCapitalized == capital,
            capital, !tokens[j].isAllCaps
        {
            return false
        }
        return true
    }

    /// A listed place: a state, a country, a listed city, or a known place's one-word name.
    private func isListedPlace14(_ t: Int) -> Bool {
        let tokens = doc.tokens.span
        if !tokens[t].flags.isDisjoint(with: [.state, .city]) { return true }
        if lexicon.countryNames.contains(doc.tokens, at: t) { return true }
        if tokens[t].flags.contains(.known), lexicon.known[tokens[t].key]?.kind == .place { return true }
        return false
    }

    /// A resident noun of a listed place: "oklahomans" ("oklahoma" + "ns"), "new yorkers",
    /// "sydneysiders", "nepalis". The key itself must name no place.
    func isResidentNoun14(_ key: String) -> Bool {
        guard key.utf8.count >= 5, lexicon.known[key] == nil else { return false }
        for (suffix, restores) in EntityMerger.residentSuffixes14 where key.hasBytesSuffix(suffix) {
            let stem = String(key.dropLast(suffix.count))
            guard stem.utf8.count >= 3 else { continue }
            for r in restores where lexicon.known[stem + r]?.kind == .place { return true }
        }
        return false
    }

    /// A listed place next to the mention in a list of names ("Harlow, Essex and Kent").
    private func listNeighbourIsPlace14(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens.span
        if lo >= 2, tokens[lo - 1].key == "," || EntityMerger.listJoiners.contains(doc.tokens, at: lo - 1),
            tokens[lo - 2].kind == .word, tokens[lo - 2].isCapitalized, tokens[lo - 2].sentence == tokens[lo].sentence,
            isListedPlace14(lo - 2)
        {
            return true
        }
        if hi + 1 < tokens.count, tokens[hi].key == "," || EntityMerger.listJoiners.contains(doc.tokens, at: hi),
            tokens[hi + 1].kind == .word, tokens[hi + 1].isCapitalized, tokens[hi + 1].sentence == tokens[lo].sentence,
            isListedPlace14(hi + 1)
        {
            return true
        }
        return false
    }
}

extension Lexicon {
    /// The initials of each name of two or more words ("South Africa" → "sa"), small words skipped.
    static func initials14(of names: [String]) -> WordSet {
        var out: [String] = []
        for name in names {
            let words = Lexicon.key(name).split(separator: " ").filter { !["of", "and", "the", "&"].contains($0) }
            guard words.count >= 2 else { continue }
            let letters = words.compactMap { $0.first }
            guard letters.allSatisfy({ $0.isASCII && $0.isLetter }) else { continue }
            out.append(String(letters))
        }
        return WordSet(out)
    }
}
