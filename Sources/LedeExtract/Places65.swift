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
    static let regionHeads65: [String] = ["province", "prefecture", "municipality", "governorate", "regency"]

    /// Gives every place named with a region head ("Elazig province") the name alone as an alias,
    /// and every place mention of the name alone ("Chiba") the headed one's key and name.
    mutating func aliasRegionHeads65() {
        // Headed places by their bare name's key; almost every article has none.
        var headed: [String: RawMention] = [:]
        for m in mentions where m.type == .place && m.tokenCount >= 2 && !m.isCanonical {
            let key = m.key
            for head in EntityRecognizer.regionHeads65 where key.hasBytesSuffix(head) {
                let cut = key.utf8.count - head.utf8.count - 1
                guard cut > 0, key.utf8[key.utf8.index(key.utf8.startIndex, offsetBy: cut)] == 32 else { continue }
                let bare = String(key.utf8.prefix(cut))!
                // The name's own words: the last word of the name is the head as written.
                let nameWords = m.name.utf8.count - head.utf8.count - 1
                guard nameWords > 0, m.name.utf8.count == key.utf8.count else { break }
                let bareName = String(m.name.utf8.prefix(nameWords))!
                if !m.aliases.contains(bareName) { m.aliases.append(bareName) }
                if headed[bare] == nil { headed[bare] = m }
                break
            }
        }
        guard !headed.isEmpty else { return }
        for m in mentions where m.type == .place {
            guard let h = headed[m.key], h !== m else { continue }
            m.key = h.key
            m.name = h.name
        }
    }

    /// "a busy Stockholm street": an article and one lower-case adjective before name token `i`.
    func isIndefiniteDescription65(_ i: Int) -> Bool {
        guard i > 1 else { return false }
        let view = doc.tokens.span
        guard view[i - 1].kind == .word, !view[i - 1].isCapitalized, view[i - 2].kind == .word,
            view[i - 1].sentence == view[i].sentence
        else { return false }
        let key = view[i - 2].key
        return (key == "a" || key == "an") && !EntityRecognizer.functionWords.contains(doc.tokens, at: i - 1)
    }
}
