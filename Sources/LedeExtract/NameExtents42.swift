/// Entities round forty-two (entities42): name extents. A mention cut too short or run too long
/// costs a false entity and a missed one; on the released sets `final12`/`final13` these were the
/// largest cluster of errors. A pass over the finished mentions after the portfolio joins (never
/// inside `processSpan`); most mentions pay one look-up of the token after them.
///
/// - **generational suffixes**: "Hillar Moore III", "Renato Osmeña, Jr.": "Jr.", "Sr.", "II",
///   "III", "IV" after a person's name, with or without a comma, belong to it (the key leaves the
///   comma out, so the surname still links a later "Osmeña");
/// - **numbered roads and areas**: "Hougang Street 61", "La. Hwy 106" (read as initials and a
///   surname before), "Exit 53", "I-49": a road's or an area's head and a number are one place;
///   "Store Street station" keeps the station's word, as the guidelines name police and train
///   stations;
/// - **bodies whose names hold "and", a list or a possessive**: "Department of the Interior and
///   Local Government", "Standing Committee on Finance and Development" (a formal name with "of",
///   "on" or "for" whose second subject is capitalised common words, not "the Treasury");
///   "Barking, Havering and Redbridge University Hospitals NHS Trust" (places listed before a
///   body's name that already holds "and"); "Birmingham Women’s and Children’s NHS Foundation
///   Trust" (a group noun's possessive before a body's head); "the All Progressives Congress" (a
///   capitalised "All" inside a sentence before a body).
extension EntityRecognizer {
    /// Heads of roads and areas that a number follows in their names ("Highway 401", "Street 61",
    /// "Community 18", "Ward 5", "Sector 7").
    static let numberedPlaceHeads42: WordSet = [
        "highway", "hwy", "route", "rte", "exit", "interstate", "street", "road", "avenue", "community", "sector", "ward",
        "junction", "freeway", "motorway", "expressway",
    ]
    /// Heads that make a place with a number even when the word alone was no mention ("Exit 53").
    static let bareNumberedHeads42: WordSet = ["highway", "hwy", "route", "exit", "interstate", "junction", "freeway", "motorway"]
    /// Street heads a lower-case "station" may follow in a station's name ("Store Street station").
    static let stationStreetHeads42: WordSet = ["street", "road", "avenue", "lane", "square", "park", "bridge", "cross"]
    static let stationKey42: WordSet = ["station"]
    /// Plural group nouns whose possessive sits inside a body's name ("Women’s", "Children’s").
    static let groupNouns42: WordSet = [
        "women", "children", "men", "people", "peoples", "veterans", "workers", "farmers", "girls", "boys", "citizens",
        "teachers", "nurses", "doctors", "students", "families", "seniors", "miners", "employees",
    ]
    /// Connectors of a body's formal name before its subject ("Department of", "Committee on").
    static let formalConnectors42: WordSet = ["of", "on", "for"]
    static let andKey42: WordSet = ["and"]
    /// Words after a number that make it a count or an amount ("Street 2 people"), not a road's.
    static let countedNouns42: WordSet = [
        "people", "million", "billion", "thousand", "hundred", "percent", "per", "times", "years", "days", "hours",
        "minutes", "miles", "km", "kilometres", "kilometers", "metres", "meters", "feet", "homes", "houses", "residents",
        "cars", "vehicles",
    ]
    static let allKey42: WordSet = ["all"]

    /// The road's first token for a run opening at `i`: in "on La. Hwy 115" a state's
    /// abbreviation just before (same sentence, one space) opens the road's name.
    func roadStart42(_ i: Int) -> Int {
        let tokens = doc.tokens
        guard i > 0, tokens[i - 1].isAbbreviation, tokens[i - 1].isCapitalized, tokens[i - 1].sentence == tokens[i].sentence,
            tokens[i - 1].end + 1 == tokens[i].start
        else { return i }
        return i - 1
    }

    /// "La Hwy 29" and "La. Hwy 29" are one road: the mention's key leaves the periods out.
    mutating func keyWithoutPeriods42(_ m: Int) {
        mentions[m].key = Lexicon.key(String(decoding: mentions[m].name.utf8.filter { $0 != 46 }, as: UTF8.self))
    }

    /// The pass (see the file's comment). Returns the ":" tokens its walk over the tokens noted
    /// for `applyPlaceLists44` (speed round twenty-five: one walk for both), nil when it made none.
    @discardableResult
    mutating func applyNameExtents42() -> [Int]? {
        let count = mentions.count
        guard count > 0 else { return nil }
        let n = doc.tokens.count
        // Byte ranges the pass grew a mention over: other mentions inside them are dropped.
        var grown: [(m: Int, start: Int, end: Int)] = []
        for m in 0..<count {
            let type = mentions[m].type
            // The bytes around the mention rule out almost every one before its tokens are sought.
            guard type != .policy, mayGrow42(type, mentions[m].start, mentions[m].end, mentions[m].tokenCount),
                let i = doc.tokenIndex(of: mentions[m])
            else { continue }
            let j = i + mentions[m].tokenCount - 1
            if j + 1 < n, type == .person, let end = generationalSuffix42(j) {
                let start = mentions[m].start
                grow42(m, i: i, to: end)
                // "Renato Osmeña, Jr." keys as "renato osmeña jr.": the surname before the suffix
                // is then the key's last word but one, as the merger reads it.
                if end > j + 1 {
                    mentions[m].key = Lexicon.key(Document.text(doc.bytes, start, doc.tokens[j].end) + " " + Document.text(doc.bytes, doc.tokens[end].start, doc.tokens[end].end))
                }
                grown.append((m, mentions[m].start, mentions[m].end))
                continue
            }
            if j + 1 < n, let end = numberedPlaceEnd42(j) {
                let first = roadStart42(i)
                grow42(m, from: first, i: i, to: end)
                if type != .place { mentions[m].becomeCuedPlace() }
                keyWithoutPeriods42(m)
                grown.append((m, mentions[m].start, mentions[m].end))
                continue
            }
            if type == .place, j > i, j + 1 < n, EntityRecognizer.stationKey42.contains(doc.tokens, at: j + 1),
                EntityRecognizer.stationStreetHeads42.contains(doc.tokens, at: j), !doc.tokens[j + 1].isCapitalized,
                doc.tokens[j + 1].sentence == doc.tokens[j].sentence
            {
                grow42(m, i: i, to: j + 1)
                grown.append((m, mentions[m].start, mentions[m].end))
                continue
            }
            // "I-49": an interstate's letter and number, typed by shape before.
            if i == j, isInterstate42(i) {
                if type != .place { mentions[m].becomeCuedPlace() }
                continue
            }
            guard type == .agency else { continue }
            if j + 2 < n, let end = formalNameSecondSubjectEnd42(i, j) {
                grow42(m, i: i, to: end)
                grown.append((m, mentions[m].start, mentions[m].end))
                continue
            }
            if j + 2 < n, let end = groupPossessiveEnd42(i, j) {
                grow42(m, i: i, to: end)
                grown.append((m, mentions[m].start, mentions[m].end))
                continue
            }
            // "Perth and Kinross Council": two places name one body (`Fixes19.swift`).
            if let start = listedPlacesStart42(i, j) ?? capitalAllStart42(i) ?? pairedPlacesStart19(i, j) {
                grow42(m, from: start, i: i, to: j)
                grown.append((m, mentions[m].start, mentions[m].end))
            }
        }
        var colons: [Int] = []
        addBareNumberedPlaces42(&grown, colons: &colons)
        guard !grown.isEmpty else { return colons }
        var drop: [Int] = []
        for k in 0..<mentions.count {
            let s = mentions[k].start, e = mentions[k].end
            if grown.contains(where: { $0.m != k && s >= $0.start && e <= $0.end }) { drop.append(k) }
        }
        for k in drop.reversed() { mentions.remove(at: k) }
        return colons
    }

    /// Whether the bytes right around a mention allow any rule of the pass: a space and "J", "S",
    /// "I" or a digit, ", J" after a person; " s" after a place; " a" ("and") or an apostrophe
    /// after a body, ", " or "All " before it; an interstate's "I-".
    private func mayGrow42(_ type: EntityType, _ start: Int, _ end: Int, _ tokenCount: Int) -> Bool {
        let bytes = doc.bytes
        let count = bytes.count
        if tokenCount == 1, start + 1 < count, bytes[start] == 73, bytes[start + 1] == 45 { return true }
        guard end + 2 < count else { return false }
        let b0 = bytes[end], b1 = bytes[end + 1]
        if b0 == 32, b1 &- 48 < 10 { return true }
        switch type {
        case .person:
            if b0 == 32 { return b1 == 74 || b1 == 83 || b1 == 73 }
            return b0 == 44 && b1 == 32 && (bytes[end + 2] == 74 || bytes[end + 2] == 83 || bytes[end + 2] == 73)
        case .place:
            return b0 == 32 && b1 == 115
        case .agency:
            if (b0 == 32 && b1 == 97) || b0 == 39 || b0 == 0xE2 { return true }
            if tokenCount >= 4, start >= 2, bytes[start - 2] == 44 { return true }
            // "and " before it: "Perth and | Kinross Council" (`pairedPlacesStart19`).
            if tokenCount >= 2, start >= 5, bytes[start - 1] == 32, bytes[start - 2] == 100, bytes[start - 3] == 110,
                bytes[start - 4] == 97
            {
                return true
            }
            return start >= 4 && bytes[start - 4] == 65 && bytes[start - 3] == 108 && bytes[start - 2] == 108
        default:
            return false
        }
    }

    /// The token of "Jr." or ", Jr." after a person's last token `j`.
    private func generationalSuffix42(_ j: Int) -> Int? {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        var k = j + 1
        let comma = view[k].kind == .punct && doc.bytes[view[k].start] == 44
        if comma { k += 1 }
        guard k < view.count, view[k].kind == .word, view[k].isCapitalized, view[k].sentence == view[j].sentence,
            EntityRecognizer.generationalSuffixes.contains(doc.tokens, at: k)
        else { return nil }
        // Roman numerals are written in capitals ("III"); "Ii" is a name.
        let key = doc.tokens[k].key
        if key.utf8.first == 105, !view[k].isAllCaps { return nil }
        // After a comma the suffix ends the name: "Smith, II Corps" is a list.
        if k + 1 < view.count, view[k + 1].kind == .word, view[k + 1].isCapitalized, view[k + 1].sentence == view[k].sentence,
            comma || key.utf8.first == 105
        {
            return nil
        }
        return k
    }

    /// The number token that ends a numbered road or area whose head is token `j` ("Street 61").
    private func numberedPlaceEnd42(_ j: Int) -> Int? {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard view[j + 1].kind == .number, view[j].kind == .word, view[j].isCapitalized,
            EntityRecognizer.numberedPlaceHeads42.contains(doc.tokens, at: j), isRoadNumber42(j + 1, after: j)
        else { return nil }
        return j + 1
    }

    /// A number of one to four digits, one space after `j`, in its sentence and not a count of
    /// something ("Route 9", not "Street 2 people").
    private func isRoadNumber42(_ k: Int, after j: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let s = view[k].start, e = view[k].end
        guard e - s <= 4, s == view[j].end + 1, view[k].sentence == view[j].sentence else { return false }
        for b in s..<e where doc.bytes[b] < 48 || doc.bytes[b] > 57 { return false }
        // "Highway 1 million": a count or an amount, not a road's number.
        if k + 1 < view.count, view[k + 1].kind == .word, !view[k + 1].isCapitalized,
            EntityRecognizer.countedNouns42.contains(doc.tokens, at: k + 1)
        {
            return false
        }
        return true
    }

    /// "I-49", "I-5": the interstate's letter, a hyphen and one to three digits.
    private func isInterstate42(_ i: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let s = view[i].start, e = view[i].end
        guard view[i].kind == .word, e - s >= 3, e - s <= 5, doc.bytes[s] == 73, doc.bytes[s + 1] == 45 else { return false }
        for b in (s + 2)..<e where doc.bytes[b] < 48 || doc.bytes[b] > 57 { return false }
        return true
    }

    /// "Department of the Interior" + "and Local Government": a body's head, a connector ("of",
    /// "on", "for", perhaps "the") and capitalised subject words ending at `j`, then "and" and one
    /// to three capitalised common words that end the run. Returns the new last token.
    private func formalNameSecondSubjectEnd42(_ i: Int, _ j: Int) -> Int? {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard EntityRecognizer.andKey42.contains(doc.tokens, at: j + 1), view[j + 1].sentence == view[j].sentence,
            isSubjectWord42(j)
        else { return nil }
        // The subject before "and": subject words back to the connector, the head before it.
        var k = j
        while k > i, isSubjectWord42(k) { k -= 1 }
        if k > i, EntityRecognizer.theKey.contains(doc.tokens, at: k) { k -= 1 }
        guard k > i, EntityRecognizer.formalConnectors42.contains(doc.tokens, at: k), view[k - 1].flags.contains(.orgHead)
        else { return nil }
        var e = j + 2
        while e < view.count, e - (j + 2) < 3, isSubjectWord42(e), view[e].sentence == view[j].sentence { e += 1 }
        guard e > j + 2 else { return nil }
        // "… and Public Health England": a name runs on, the words were not a subject.
        if e < view.count, view[e].isNameLike, view[e].sentence == view[j].sentence { return nil }
        return e - 1
    }

    /// A capitalised common word that names no one thing ("Interior", "Finance", "Local").
    private func isSubjectWord42(_ k: Int) -> Bool {
        let tokenList = doc.tokens
        let t = tokenList.span[k]
        return t.kind == .word && t.isCapitalized && !t.isAllCaps && t.flags.contains(.common) && !t.flags.contains(.known)
    }

    /// "Birmingham Women" + "’s and Children’s NHS Foundation Trust": a group noun's possessive
    /// (perhaps two joined by "and") inside a body's name that a head word ends within five
    /// words. Returns the new last token.
    private func groupPossessiveEnd42(_ i: Int, _ j: Int) -> Int? {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard j > i, view[j + 1].kind == .possessive, EntityRecognizer.groupNouns42.contains(doc.tokens, at: j),
            view[j].isCapitalized
        else { return nil }
        var k = j + 2
        if k + 2 < view.count, EntityRecognizer.andKey42.contains(doc.tokens, at: k), view[k + 1].isCapitalized,
            EntityRecognizer.groupNouns42.contains(doc.tokens, at: k + 1), view[k + 2].kind == .possessive
        {
            k += 3
        }
        var last: Int? = nil
        var e = k
        while e < view.count, e - k < 5, view[e].isNameLike, view[e].sentence == view[j].sentence {
            if view[e].flags.contains(.orgHead) { last = e }
            e += 1
        }
        // The head ends the run: "… NHS Foundation Trust and Alder Hey …" stops at "Trust".
        guard let last, last == e - 1 else { return nil }
        return last
    }

    /// "Barking, Havering and Redbridge University Hospitals NHS Trust": a body's name that
    /// opens with "X and" and ends in a head word, after a comma and one or two named places
    /// (repeated). Returns the new first token.
    private func listedPlacesStart42(_ i: Int, _ j: Int) -> Int? {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard i >= 2, j >= i + 3, EntityRecognizer.andKey42.contains(doc.tokens, at: i + 1),
            view[j].flags.contains(.orgHead), view[i - 1].kind == .punct, doc.bytes[view[i - 1].start] == 44
        else { return nil }
        var start: Int? = nil
        var comma = i - 1
        while comma >= 2, view[comma].kind == .punct, doc.bytes[view[comma].start] == 44 {
            guard let p = placeEnding42(at: comma - 1), view[p].sentence == view[i].sentence else { break }
            start = p
            comma = p - 1
        }
        // The list opens the name: a name word before it would be one more member, or another name.
        if let start, start > 0, view[start - 1].isNameLike, view[start - 1].sentence == view[i].sentence { return nil }
        return start
    }

    /// The first token of a mention typed a place of one or two words that ends at token `e`.
    func placeEnding42(at e: Int) -> Int? {
        let tokenList = doc.tokens
        let end = tokenList.span[e].end
        for k in 0..<mentions.count where mentions[k].end == end {
            guard mentions[k].type == .place, mentions[k].tokenCount <= 2 else { return nil }
            return e - mentions[k].tokenCount + 1
        }
        return nil
    }

    /// "the All Progressives Congress": a capitalised "All" inside a sentence before a body.
    private func capitalAllStart42(_ i: Int) -> Int? {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard i > 1, view[i - 1].kind == .word, view[i - 1].isCapitalized, !view[i - 1].isAllCaps,
            EntityRecognizer.allKey42.contains(doc.tokens, at: i - 1), view[i - 1].sentence == view[i].sentence,
            !sentenceInitial.contains(i - 1), !inTitleCaseLine(i - 1)
        else { return nil }
        return i - 1
    }

    /// Grows mention `m`, whose first token is `i`, to end at token `last`.
    private mutating func grow42(_ m: Int, i: Int, to last: Int) {
        grow42(m, from: i, i: i, to: last)
    }

    /// Grows mention `m` (first token `i`) to tokens `first...last`, claiming them.
    private mutating func grow42(_ m: Int, from first: Int, i: Int, to last: Int) {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        mentions[m].recut(start: view[first].start, end: view[last].end, tokenCount: last - first + 1, bytes: doc.bytes)
        for k in first...last { claimed[k] = true }
    }

    /// "Exit 53", "Highway 1176", "I-49" left unclaimed by the span rules: places of their own.
    private mutating func addBareNumberedPlaces42(_ grown: inout [(m: Int, start: Int, end: Int)], colons: inout [Int]) {
        for i in bareNumberedHeads42(colons: &colons) {
            if !doc.tokens[i].startsWithDigit {
                addMention(.place, name: nil, range: i..<(i + 1))
                mentions[mentions.count - 1].becomeCuedPlace()
                continue
            }
            let h = i - 1
            let first = roadStart42(h)
            addMention(.place, name: nil, range: first..<(i + 1))
            let added = mentions.count - 1
            mentions[added].becomeCuedPlace()
            if first < h {
                keyWithoutPeriods42(added)
                grown.append((added, mentions[added].start, mentions[added].end))
            }
        }
    }

    /// Numbers of unclaimed roads after an unclaimed head ("Exit 53") and interstates ("I-49").
    /// One read-only pass over the tokens: stored fields rule out all but numbers and short
    /// capitalised words. The same walk notes the ":" tokens for `lineLists44`, which walked
    /// every token again for them (speed round twenty-five).
    private func bareNumberedHeads42(colons: inout [Int]) -> [Int] {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        var found: [Int] = []
        var i = 1
        while i < view.count {
            // Only a token the tokenizer noted can be a road's number, an interstate or a ":"
            // (`TokenNotes`): one byte test a token, almost never taken. The switch on the kind
            // of every token mispredicted often enough to cost several times its instructions
            // in wall clock (speed round twenty-seven).
            if view[i].notes.isDisjoint(with: .nameExtents42) {
                i += 1
                continue
            }
            // One branch on the kind: a road's number is a number token, an interstate a word
            // (`isInterstate42` asks it), a list's ":" punctuation (speed round twenty-five).
            switch view[i].kind {
            case .number:
                if view[i].startsWithDigit, !claimed[i], !claimed[i - 1], view[i - 1].kind == .word,
                    view[i - 1].isCapitalized, EntityRecognizer.bareNumberedHeads42.contains(doc.tokens, at: i - 1),
                    isRoadNumber42(i, after: i - 1)
                {
                    found.append(i)
                }
            case .word:
                if view[i].isCapitalized, view[i].end - view[i].start >= 3, view[i].end - view[i].start <= 5,
                    doc.bytes[view[i].start + 1] == 45, isInterstate42(i)
                {
                    // "I-49": a model-code rule may have claimed it and made no mention ("F-35").
                    let start = view[i].start
                    if !claimed[i] || !mentions.contains(where: { $0.start <= start && $0.end > start }) { found.append(i) }
                } else if view[i].isCapitalized, view[i].end - view[i].start <= 5, view[i].end - view[i].start >= 2,
                    doc.bytes[view[i].start + 1] &- 48 < 10, isLetteredRoad51(i)
                {
                    // "on the N5 at Swinford" (`Places51.swift`).
                    let start = view[i].start
                    if !mentions.contains(where: { $0.start <= start && $0.end > start }) { found.append(i) }
                }
            case .punct:
                if doc.bytes[view[i].start] == 58 { colons.append(i) }
            case .possessive:
                break
            }
            i += 1
        }
        return found
    }
}
