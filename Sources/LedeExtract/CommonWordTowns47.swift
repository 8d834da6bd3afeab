/// Entities round forty-seven (entities47, place precision): the town lists hold towns named by
/// an everyday word ("Union", New Jersey; "Central", Louisiana; "Sunrise", Florida; "Sterling",
/// Virginia; "Reading"), and a lone capitalised one was typed a place wherever it stood: "Union
/// raises were negotiated", "the Union government", "Sunrise shares rose", "Sterling was little
/// changed", "the Bixby digital assistant", "Allen keys". A pass over the finished mentions
/// (never inside `processSpan`): a lone place that is a listed town and a common word, not a
/// country or a state, is dropped unless the article shows it as a place somewhere, that is some
/// occurrence of the word stands after a preposition of place ("in Union", "from Reading", "the
/// city of Sterling"), before a comma or bracket and a state or country ("Jupiter (Fla.)",
/// "Corona, Calif."), or in capitals (a dateline "UNION, N.J. —"). In the same walk, a lone
/// person that is an everyday word and no listed name ("Officers" of "County Chief Officers",
/// "Meetings" of "Annual General Meetings") is dropped unless a full name in the article holds it.
extension EntityRecognizer {
    /// Lower-case words before a town that show it as a place, beyond `locatives` ("in", "near",
    /// "outside", "across", "throughout", "around").
    static let townPrepositions47: WordSet = [
        "at", "from", "to", "into", "of", "toward", "towards", "via", "between", "nearby", "downtown", "hometown",
    ]

    /// Listed towns whose name is an everyday English word or a brand ("Union", "Sunrise",
    /// "Reading", "Toyota"), from `everyday-towns.txt`.
    static let everydayTowns47 = WordSet(everydayTownWords47)
    /// The words of `everydayTowns47` (speed26 reads their first and last letters).
    static let everydayTownWords47: [String] = Lexicon.shared.everydayTowns

    mutating func dropCommonWordTowns47() {
        let count = mentions.count
        guard count > 0 else { return }
        var drop: [Int] = []
        var shown: [String: Bool] = [:]
        let bytes = doc.bytes
        let pluralLetters = EntityRecognizer.pluralLetters26
        let townLetters = EntityRecognizer.everydayTownLetters26
        for m in 0..<count where mentions[m].tokenCount == 1 && mentions[m].acronym == nil
            && (mentions[m].type == .place || mentions[m].type == .person)
        {
            // Speed26: a person here must end in "s" (a plural's shape) before its token is looked up.
            if mentions[m].type == .person {
                if !Document.mayEndWith26(bytes, mentions[m].end, letters: pluralLetters) { continue }
            } else if !Document.mayBeWordOf26(bytes, mentions[m].start, mentions[m].end, firstLast: townLetters) {
                // Speed26: a town of `everydayTowns47` by its first and last letters.
                continue
            }
            guard let i = doc.tokenIndex(of: mentions[m]) else { continue }
            let flags = doc.tokens[i].flags
            if mentions[m].type == .person {
                // "County Chief Officers", "Annual General Meetings": a title's or a name's
                // opening words cut off leave an everyday word no list knows as a name.
                if flags.contains(.common), flags.isDisjoint(with: [.givenName, .surname, .known, .city, .state]),
                    isPluralShaped47(doc.tokens[i].key),
                    !doc.tokens[i].isAllCaps, !isFullNamesWord47(doc.tokens[i].key)
                {
                    drop.append(m)
                }
                continue
            }
            guard flags.contains(.city), !flags.contains(.state), !doc.tokens[i].isAllCaps,
                EntityRecognizer.everydayTowns47.contains(doc.tokens, at: i)
            else { continue }
            let key = doc.tokens[i].key
            guard !lexicon.countryNames.contains(key) else { continue }
            let isShown: Bool
            if let known = shown[key] { isShown = known } else {
                isShown = hasPlaceContext47(key) || isShownAsPlace47(key)
                shown[key] = isShown
            }
            if !isShown { drop.append(m) }
        }
        for n in drop.reversed() { mentions.remove(at: n) }
    }

    /// Whether a name of two words or more in the article holds the word ("Jo Baker" for a lone
    /// "Baker"; the raw mention may not be typed a person yet).
    private func isFullNamesWord47(_ key: String) -> Bool {
        for n in mentions.indices where mentions[n].tokenCount > 1 && mentions[n].type != .policy {
            guard let i = doc.tokenIndex(of: mentions[n]) else { continue }
            let end = min(doc.tokens.count, i + mentions[n].tokenCount)
            for k in i..<end where doc.tokens[k].key == key { return true }
        }
        return false
    }

    /// Whether a rule before this pass saw a mention of `key` after "in" or in a place's context.
    private func hasPlaceContext47(_ key: String) -> Bool {
        for n in mentions.indices where mentions[n].tokenCount == 1 && (mentions[n].inPlaceContext || mentions[n].afterLocative) {
            if mentions[n].key == key { return true }
        }
        return false
    }

    /// Whether some occurrence of the one-word `key` stands where only a place stands.
    private func isShownAsPlace47(_ key: String) -> Bool {
        let tokens = doc.tokens
        let hash = StringTable<Bool>.hash(key)
        for i in tokens.indices where tokens[i].keyHash == hash && tokens[i].key == key {
            if tokens[i].isAllCaps { return true }
            if i > 0, !tokens[i - 1].isCapitalized, tokens[i - 1].sentence == tokens[i].sentence,
                EntityRecognizer.locatives.contains(tokens, at: i - 1) || EntityRecognizer.townPrepositions47.contains(tokens, at: i - 1)
            {
                return true
            }
            if i > 1, isInPlaceList47(i) || isCommonWordListPlace65(i) { return true }
            if i + 2 < tokens.count, tokens[i + 1].kind == .punct, tokens[i + 1].end - tokens[i + 1].start == 1,
                doc.bytes[tokens[i + 1].start] == 44 || doc.bytes[tokens[i + 1].start] == 40
            {
                let next = tokens[i + 2]
                if next.flags.contains(.state) || lexicon.countryNames.contains(next.key) { return true }
            }
        }
        return false
    }

    /// "in Reading, Union and Sterling": back over the list's names, commas and joiners (eight
    /// tokens at most, in one sentence) to a preposition of place.
    private func isInPlaceList47(_ i: Int) -> Bool {
        let tokens = doc.tokens
        // "South Lanarkshire, Highland, Renfrewshire": a listed place beside it across a joiner.
        if i + 2 < tokens.count, isJoiner47(i + 1), isOtherListedPlace47(i + 2) { return true }
        guard isJoiner47(i - 1) else { return false }
        if isOtherListedPlace47(i - 2) { return true }
        var k = i - 1
        let floor = max(0, i - 9)
        while k > floor, tokens[k - 1].sentence == tokens[i].sentence {
            k -= 1
            if tokens[k].isCapitalized || isJoiner47(k) { continue }
            return EntityRecognizer.locatives.contains(tokens, at: k) || EntityRecognizer.townPrepositions47.contains(tokens, at: k)
        }
        return false
    }

    /// A capitalised listed place, country, state or place head ("North 2nd Street and Cypress")
    /// that is no everyday word.
    private func isOtherListedPlace47(_ k: Int) -> Bool {
        let t = doc.tokens[k]
        return t.isCapitalized && !t.flags.isDisjoint(with: [.city, .state, .known, .placeHead]) && !t.flags.contains(.givenName)
            && !EntityRecognizer.everydayTowns47.contains(doc.tokens, at: k)
    }

    /// "Officers", "Meetings": a plural's "s" (not "ss", "us" or "is"). A lone surname the lists
    /// miss ("Trump" is in `common-words.txt` and not in `surnames.txt`) keeps its type.
    private func isPluralShaped47(_ key: String) -> Bool {
        guard key.hasBytesSuffix("s") else { return false }
        return !key.hasBytesSuffix("ss") && !key.hasBytesSuffix("us") && !key.hasBytesSuffix("is")
    }

    /// A comma, or a lower-case "and" or "or".
    private func isJoiner47(_ k: Int) -> Bool {
        let t = doc.tokens[k]
        if t.kind == .punct { return t.end - t.start == 1 && doc.bytes[t.start] == 44 }
        return !t.isCapitalized && (t.key == "and" || t.key == "or")
    }
}
