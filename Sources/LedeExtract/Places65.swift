/// Places round sixty-five (places65, tenth session of 2026-11-30).
///
/// - **administrative heads**: "Elazig province", "Ilocos Norte province", "Chiba Prefecture",
///   "Kinondoni municipality". The gold words a region named with its head both ways, even
///   within one set: "Shefa province" (alias "Shefa"), "Chiba Prefecture" (alias "Chiba"),
///   "Banten Province" (alias "Banten") but "Elazig", "Ilocos Norte", "Van" and "Cagayan" for
///   "Elazig province", "Ilocos Norte province", "Van province", "Cagayan province"
///   (final26–29, final34–37). The name with its head stays the entity's name and the name alone
///   becomes its alias, so either wording finds it; a mention of the bare name elsewhere is the
///   same place, as round sixty-two made it for "province" (`Places62.swift`), now for every
///   head of the list, lower case or capitalised ("Chiba" after "Kamogawa, Chiba Prefecture").
///   Only places of two or more words that no word list names, and only heads of regions, not
///   of towns or sites: "Mexico City" is no "Mexico", "Union Station" no "Union".
/// - **indefinite heads**: "on a busy Stockholm street": a lower-case head after an article and
///   an adjective describes, it names nothing, as "a Dubai court" does (`isIndefinite45`); the
///   name alone is the place.
extension EntityRecognizer {
    /// Heads of regions after which the name alone is the same region (lower-case keys).
    /// Beside `regionHeads64` (`Agencies64.swift`, capitalised heads that type a run place).
    static let regionHeads65: [String] = ["province", "prefecture", "municipality", "governorate", "regency"]

    /// Gives every place named with a region head ("Elazig province") the name alone as an alias,
    /// and every place mention of the name alone ("Chiba") the headed one's key and name.
    mutating func aliasRegionHeads65() {
        // Headed places by their bare name's key; almost every article has none.
        var headed: [String: RawMention] = [:]
        let bytes = doc.bytes
        for k in mentions.indices where mentions[k].tokenCount >= 2 && mentions[k].type == .place {
            // Every head ends in "e" or "y": one byte rules out almost every place.
            let lastByte = bytes[mentions[k].end - 1] | 0x20
            guard lastByte == 101 || lastByte == 121, !mentions[k].isCanonical else { continue }
            let m = mentions[k]
            let key = m.key
            for head in EntityRecognizer.regionHeads65 where key.hasBytesSuffix(head) {
                let cut = key.utf8.count - head.utf8.count - 1
                guard cut > 0, key.utf8[key.utf8.index(key.utf8.startIndex, offsetBy: cut)] == 32 else { continue }
                let bare = String(key.utf8.prefix(cut))!
                // The name's own words: the last word of the name is the head as written.
                let nameWords = m.name.utf8.count - head.utf8.count - 1
                guard nameWords > 0, m.name.utf8.count == key.utf8.count else { break }
                let bareName = String(m.name.utf8.prefix(nameWords))!
                if !m.aliases.contains(bareName) { m.appendAlias(bareName) }
                if headed[bare] == nil { headed[bare] = m }
                break
            }
        }
        rekeyBarePlaces(to: headed)
    }

    /// "a busy Stockholm street": an article and one lower-case adjective before name token `i`.
    func isIndefiniteDescription65(_ i: Int) -> Bool {
        guard i > 1 else { return false }
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard view[i - 1].kind == .word, !view[i - 1].isCapitalized, view[i - 2].kind == .word,
            view[i - 1].sentence == view[i].sentence
        else { return false }
        let key = view[i - 2].key
        return (key == "a" || key == "an") && !EntityRecognizer.functionWords.contains(doc.tokens, at: i - 1)
    }
}

/// Places round sixty-five, lists: "Alachua, Bay, Bradford … Liberty, … Union, Wakulla, Walton,
/// and Washington counties", "inland counties, including Baker, Bradford, Clay, Putnam and
/// Union": a list that a plural place noun governs (`isPluralPlaceListMember`) names places
/// even where a member is a common word, which `classify` dropped as a bare head or no name
/// ("Bay", "Gulf", "Liberty", "Union", "Clay"; final26/27). Only a member after a separator,
/// never the list's first word, so a sentence's own capitalised word before a list is left
/// alone; and only a lone word (a longer run keeps its reading).
extension EntityRecognizer {
    /// Whether common word `i` is a member of a list of places that a plural place noun governs.
    func isCommonWordListPlace65(_ i: Int) -> Bool {
        let tokens = doc.tokens
        let view = tokens.span
        let n = view.count
        guard i > 1, i + 1 < n, view[i].kind == .word, view[i].isCapitalized, !view[i].isAllCaps,
            isComma(i - 1) || view[i - 1].key == "and", !sentenceInitial.contains(i),
            !EntityRecognizer.compassWords.contains(tokens, at: i), !EntityRecognizer.functionWords.contains(tokens, at: i)
        else { return false }
        let sentence = view[i].sentence
        // Forwards over the list to a lower-case plural place noun ("… and Union counties").
        var j = i + 1
        var names = 0
        while j < n, names < 60, view[j].sentence == sentence {
            if isComma(j) || view[j].kind == .word && (view[j].key == "and" || view[j].key == "or") { j += 1; continue }
            guard view[j].kind == .word else { break }
            if !view[j].isCapitalized {
                if EntityRecognizer.pluralPlaceNouns.contains(tokens, at: j) { return true }
                break
            }
            names += 1
            j += 1
        }
        // Backwards to "of" after a plural place noun or a list opener after one ("counties,
        // including"), over two or more members.
        j = i - 1
        names = 0
        while j > 1, names < 60, view[j].sentence == sentence {
            if isComma(j) || view[j].kind == .word && view[j].key == "and" { j -= 1; continue }
            guard view[j].kind == .word else { return false }
            if !view[j].isCapitalized {
                guard names >= 1 else { return false }
                if view[j].key == "of" { return EntityRecognizer.pluralPlaceNouns.contains(tokens, at: j - 1) && !view[j - 1].isCapitalized }
                guard EntityRecognizer.placeListOpeners.contains(tokens, at: j), view[j].key != "as" else { return false }
                let noun = isComma(j - 1) ? j - 2 : j - 1
                return noun >= 0 && !view[noun].isCapitalized && view[noun].sentence == sentence
                    && EntityRecognizer.pluralPlaceNouns.contains(tokens, at: noun)
            }
            names += 1
            j -= 1
        }
        return false
    }

    /// Adds the list's member at `i` as a place its list shows to be one (so that round
    /// forty-seven's everyday towns, "Union", "Liberty", keep it: `dropCommonWordTowns47`).
    mutating func addCommonWordListPlace65(_ i: Int) {
        addMention(.place, name: nil, range: i..<(i + 1))
        mentions[mentions.count - 1].inPlaceContext = true
    }
}
