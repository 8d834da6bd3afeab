/// Person round seventy-five (person75): persons of world news and places taken for persons.
/// - "Crown Prince Khalid bin Fahad and Iran's foreign minister …", "King Salem bin Omar Al Harbi
///   of Oman", "… Al Kuwari in Doha": a patronymic run that the span finder carried across a
///   lower-case connector ends at it; each side is a run of its own (`patronymicCut75`);
/// - "Sheikh Nasser bin Khalid Al Kuwari": the honorific before a patronymic is part of the name
///   (`isPatronymicHonorific75`), not a lone person "Sheikh";
/// - "a release from the agency's headquarters in Paris said", "a resident of downtown Kingston
///   told": a listed town that is a surname too speaks as a person only when no locative stands
///   before it (`isAfterLocative75`).
/// Read from `processSpan` and `patronymicPersonStart`.
extension EntityRecognizer {
    /// Lower-case connectors that end a patronymic name: what follows is another name or a place.
    static let patronymicCuts75: WordSet = ["and", "or", "of", "in", "at", "from", "with", "for", "to", "on"]
    /// Honorifics of the Gulf and South Asian press written before a patronymic name.
    static let patronymicHonorifics75: WordSet = ["sheikh", "sheikha", "shaikh", "shaikha", "sheik", "sayyid", "sayyida"]
    /// Words before a town that make it the end of a place phrase: "in Paris said".
    static let townLocatives75: WordSet = [
        "in", "near", "outside", "across", "throughout", "around", "at", "from", "downtown", "uptown", "central",
    ]

    /// Where a patronymic run that starts its person at `start` is cut: the first lower-case
    /// connector after the person's first name ("bin Fahad and Iran": at "and"), or nil.
    func patronymicCut75(_ start: Int, _ hi: Int) -> Int? {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        var k = start + 1
        while k < hi - 1 {
            if view[k].kind == .word, !view[k].isCapitalized, EntityRecognizer.patronymicCuts75.contains(doc.tokens, at: k) {
                return k
            }
            k += 1
        }
        return nil
    }

    /// Whether the word at `k` is an honorific ("Sheikh") written before a patronymic name.
    func isPatronymicHonorific75(_ k: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        return view[k].kind == .word && view[k].isCapitalized && !view[k].isAllCaps
            && EntityRecognizer.patronymicHonorifics75.contains(doc.tokens, at: k)
    }

    /// "in Paris said", "downtown Kingston told": a locative right before the word at `lo`.
    func isAfterLocative75(_ lo: Int) -> Bool {
        let tokenList = doc.tokens
        return lo > 0 && tokenList.span[lo - 1].kind == .word && EntityRecognizer.townLocatives75.contains(doc.tokens, at: lo - 1)
    }
}

/// East Asian names with a hyphenated given name ("Moon Jae-sun", "Lim Hye-jin", "Tsai Ing-wen"),
/// and a lone surname that is also a place's head after a person's title ("President Park",
/// "Senator Hall"). A surname such as "Choi" or "Yin" is a common word of the frequency list and
/// "Park" a place's head, so without the shape the run was cut, typed a place or dropped.
extension EntityRecognizer {
    /// Second syllables of English compounds written like a hyphenated given name ("York-based",
    /// "Year-end"): no given name.
    static let compoundSuffixes75: Set<String> = [
        "based", "owned", "style", "led", "run", "born", "era", "wide", "free", "like", "made", "type", "area", "term",
        "year", "old", "time", "end", "up", "in", "out", "off", "on", "by", "war", "day", "long", "only", "bound",
    ]
    /// Titles that open place names as often as they name a person ("King Street", "Queen's Park").
    static let placeOpeningTitles75: WordSet = ["king", "queen", "prince", "princess", "lord", "lady", "duke", "duchess", "saint", "st", "st.", "emperor"]

    /// Whether the word at `k` has the shape of a romanised East Asian given name: a capital and
    /// one to four lower-case letters, a hyphen, two to five lower-case letters ("Jae-sun",
    /// "Hye-jin"), the second part no English compound's word.
    func isHyphenGivenName75(_ k: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let s = view[k].start, e = view[k].end
        guard e - s >= 5, e - s <= 11, doc.bytes[s] >= 65, doc.bytes[s] <= 90 else { return false }
        var dash = -1
        for j in (s + 1)..<e {
            let b = doc.bytes[j]
            if b == 45 {
                guard dash < 0 else { return false }
                dash = j
            } else if b < 97 || b > 122 {
                return false
            }
        }
        guard dash - s >= 2, dash - s <= 5, e - dash - 1 >= 2, e - dash - 1 <= 5 else { return false }
        return !EntityRecognizer.compoundSuffixes75.contains(String(decoding: doc.bytes[(dash + 1)..<e], as: UTF8.self))
    }

    /// A capitalised word of two to five letters, no title: the surname before such a given name.
    private func isShortSurname75(_ k: Int) -> Bool {
        let tokenList = doc.tokens
        let t = tokenList.span[k]
        guard t.kind == .word, t.isCapitalized, !t.isAllCaps, !t.isAbbreviation, t.end - t.start >= 2, t.end - t.start <= 5,
            !t.flags.contains(.title), !t.flags.contains(.titleWord)
        else { return false }
        for j in (t.start + 1)..<t.end where doc.bytes[j] < 97 || doc.bytes[j] > 122 { return false }
        return !EntityRecognizer.functionWords.contains(doc.tokens, at: k)
    }

    /// "Moon Jae-sun", "President Moon Jae-sun", "Senator Hall": a run that is such a name, with
    /// only titles before it, is that person (the titles its descriptor). Returns whether it took the run.
    mutating func takeAsianOrTitledPerson75(_ lo: Int, _ hi: Int) -> Bool {
        // Length, byte and flag tests first: this runs on every run of capitalised words.
        guard hi - lo >= 2, hi - lo <= 4 else { return false }
        let lastLength = doc.tokens[hi - 1].end - doc.tokens[hi - 1].start
        let flags = doc.tokens[hi - 1].flags
        let titled = hi - lo == 2 && flags.contains(.surname) && flags.contains(.placeHead)
        if !titled {
            let before = doc.tokens[hi - 2].end - doc.tokens[hi - 2].start
            guard lastLength >= 5, lastLength <= 11, before >= 2, before <= 5, tokenHasHyphen(hi - 1) else { return false }
        }
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard view[hi - 1].kind == .word else { return false }
        var first = -1
        if titled {
            // "President Park": a title and one word that is a surname and a place's head.
            guard view[lo].flags.contains(.title), view[lo].isCapitalized, !view[hi - 1].isAllCaps,
                !EntityRecognizer.placeOpeningTitles75.contains(doc.tokens, at: lo), knownName(lo..<hi) == nil
            else { return false }
            first = hi - 1
        } else {
            guard isHyphenGivenName75(hi - 1), isShortSurname75(hi - 2) else { return false }
            first = hi - 2
        }
        for k in lo..<first where !(view[k].flags.contains(.title) || view[k].flags.contains(.titleWord)) || view[k].flags.contains(.known) {
            return false
        }
        let descriptor = first > lo ? Document.text(doc.bytes, view[lo].start, view[first - 1].end) : nil
        addPerson(viewTokens, first..<hi, descriptor: descriptor)
        return true
    }
}

extension EntityMerger {
    /// "Park" after "Park Geun-hye": in a two-word name whose second word is a hyphenated given
    /// name ("Aa Bb-cc", lower case after the hyphen) the surname is the first word. Its key, or nil.
    static func surnameFirst75(_ name: String, key: String) -> String? {
        let bytes = name.utf8
        guard bytes.count >= 8, bytes.count <= 18, let space = bytes.firstIndex(of: 32) else { return nil }
        let second = bytes[bytes.index(after: space)...]
        guard let dash = second.firstIndex(of: 45), !second.contains(32), let c = second.first, c >= 65, c <= 90 else { return nil }
        let after = second.index(after: dash)
        guard after < second.endIndex, second[after] >= 97, second[after] <= 122 else { return nil }
        return key.firstSpaceSeparatedWord(requiringAnother: true)
    }
}
