/// Entities round sixty-seven (extent67): name extents the earlier passes leave cut in two or
/// run too long. A pass over the finished mentions right after `applyNameExtents42`; most
/// mentions pay a look at the two bytes after them.
///
/// - **name particles**: "Staffan de Mistura", "Lula da Silva", "Mohammed bin Zayed",
///   "Autorite des Marches Financiers", "Rio Grande do Sul": a lower-case particle between two
///   capitalised runs joins them into one name (the capitalised-run finder stops at it, so the
///   two halves were two entities, often of two types); "Omar al-Bashir", "Abdel Fattah el-Sisi":
///   an Arabic article glued to a capitalised name by a hyphen ends the person's name;
/// - **an abbreviation's period that closes the sentence**: "… at the intersection of Gordonton
///   Rd and Puketaha Rd." — where the article writes the same abbreviation without a period
///   elsewhere ("Gordonton Rd", "Softbank Corp … KDDI Corp."), the final period is the
///   sentence's, not the name's. Articles that write "St." and "Ave." keep their periods;
/// - **places sharing a plural head**: "Carl Traeger and Oakwood Elementary Schools", "Nyanya and
///   Orange Markets", "Nikaweratiya and Minuwangoda Magistrate Courts": the run names two or more
///   sites by their own names, which the annotators give as places one by one ("Carl Traeger",
///   "Oakwood"); the plural head and its modifiers ("Elementary", "Magistrate") are dropped. Areas
///   ("Jefferson and Boulder Counties") stay one name, as `Places65.swift` reads them;
/// - **"the state Supreme Court"**: where an article names a state's highest court only so, the
///   lower-case "state" is part of the name (it tells the court from the U.S. Supreme Court);
///   an article that writes "West Virginia Supreme Court" keeps that name.
extension EntityRecognizer {
    /// Lower-case particles inside personal and place names ("de", "van", "bin"). Not "do"
    /// (an English verb) nor "la"/"le" (English text writes them capitalised in names).
    static let nameParticles67: WordSet = [
        "de", "da", "das", "dos", "del", "della", "di", "du", "des", "van", "von", "der", "den", "ter", "bin", "ibn", "al", "el",
    ]
    /// First bytes of the particles above and of the hyphenated articles below, for the byte test.
    private static func mayBeParticleByte67(_ b: UInt8) -> Bool {
        b == 100 || b == 118 || b == 98 || b == 105 || b == 97 || b == 101 || b == 116
    }
    /// Arabic articles written glued to a name by a hyphen ("al-Bashir", "el-Sisi").
    private static let hyphenArticles67: [[UInt8]] = [Array("al-".utf8), Array("el-".utf8), Array("ad-".utf8), Array("ash-".utf8)]

    /// The pass (see the file's comment).
    mutating func applyExtents67() {
        guard !mentions.isEmpty else { return }
        let bytes = doc.bytes
        let count = bytes.count
        // Bound once for the pass: `joinParticle67` bound `doc.tokens` on each of its ~4,500
        // calls a round (speed round fifty-one). The pass changes mentions, never the tokens.
        let tokens = doc.tokens
        var drop: [Int] = []
        var supremeCourts: [Int] = []
        var m = 0
        while m < mentions.count {
            defer { m += 1 }
            let e = mentions[m].end
            guard mentions[m].type != .policy, e > 0 else { continue }
            if mentions[m].type == .agency, mentions[m].tokenCount == 2, mentions[m].key == "supreme court" { supremeCourts.append(m) }
            if e + 3 < count, bytes[e] == 32, EntityRecognizer.mayBeParticleByte67(bytes[e + 1]) {
                // A joined name may take a second particle ("Yusuf bin Alawi bin Abdullah").
                var rounds = 0
                while rounds < 3, let removed = joinParticle67(tokens, m) {
                    rounds += 1
                    if removed == -1 { break }
                    drop.append(removed)
                }
            } else if bytes[e - 1] == 46, mentions[m].tokenCount >= 2 {
                trimSentencePeriod67(m)
            } else if bytes[e - 1] == 115, mentions[m].tokenCount >= 4, mentions[m].type != .person, splitSharedHead67(m) {
                drop.append(m)
            }
        }
        if !supremeCourts.isEmpty { nameStateSupremeCourt67(supremeCourts) }
        guard !drop.isEmpty else { return }
        for k in Set(drop).sorted().reversed() { mentions.remove(at: k) }
    }

    /// "the state Supreme Court" (see the file's comment): `courts` are the bare "Supreme Court"
    /// mentions; those after "state" take the word, the others the name's key.
    private mutating func nameStateSupremeCourt67(_ courts: [Int]) {
        let tokens = doc.tokens
        // A court named with its state or country ("West Virginia Supreme Court", "U.S. Supreme Court").
        let named = mentions.contains { $0.tokenCount > 2 && $0.key.hasSuffix(" supreme court") }
        guard !named else { return }
        var stated: [(m: Int, token: Int)] = []
        for m in courts {
            guard let i = doc.tokenIndex(of: mentions[m]), i > 0, tokens[i - 1].key == "state",
                !tokens[i - 1].isCapitalized, tokens[i - 1].end + 1 == tokens[i].start, tokens[i - 1].sentence == tokens[i].sentence
            else { continue }
            stated.append((m, i - 1))
        }
        guard let first = stated.first else { return }
        for (m, k) in stated {
            mentions[m].recut(start: tokens[k].start, end: mentions[m].end, tokenCount: mentions[m].tokenCount + 1, bytes: doc.bytes)
            claimed[k] = true
        }
        let key = mentions[first.m].key
        for m in courts where mentions[m].key != key { mentions[m].key = key }
    }

    /// Joins mention `m` across a particle: returns the index of the mention it swallowed, -1
    /// when it grew over a hyphenated article alone, nil when nothing changed.
    private mutating func joinParticle67(_ tokens: [Token], _ m: Int) -> Int? {
        let n = tokens.count
        guard let i = mentionTokenIndex51(tokens, m) else { return nil }
        let p = i + mentions[m].tokenCount
        guard p < n, tokens[p].kind == .word, !tokens[p].isCapitalized, tokens[p].start == mentions[m].end + 1,
            tokens[p].sentence == tokens[p - 1].sentence
        else { return nil }
        // "Omar al-Bashir": one token, a capital after the article's hyphen.
        if mentions[m].type == .person || tokens[p - 1].flags.contains(.givenName), hyphenArticle67(p) {
            mentions[m].recut(start: mentions[m].start, end: tokens[p].end, tokenCount: p - i + 1, bytes: doc.bytes)
            claimed[p] = true
            return -1
        }
        guard EntityRecognizer.nameParticles67.contains(tokens, at: p), p + 1 < n, tokens[p + 1].isNameLike,
            tokens[p + 1].start == tokens[p].end + 1, tokens[p + 1].sentence == tokens[p].sentence
        else { return nil }
        let next = tokens[p + 1].start
        guard let m2 = mentions.indices.first(where: { $0 != m && mentions[$0].start == next }), mentions[m2].type != .policy,
            mentions[m2].tokenCount <= 3
        else { return nil }
        let last = p + mentions[m2].tokenCount
        // Capitalised words only: "Tarsal in Kelby" is a name and a place.
        guard last < n, ((p + 1)...last).allSatisfy({ tokens[$0].isNameLike }) else { return nil }
        // "Sheikh Mohammed bin Zayed Road": a head word ending the second half types the whole.
        let type = tokens[last].flags.isDisjoint(with: [.placeHead, .orgHead]) ? mentions[m].type : mentions[m2].type
        mentions[m].recut(start: mentions[m].start, end: tokens[last].end, tokenCount: last - i + 1, bytes: doc.bytes)
        if type != mentions[m].type {
            mentions[m].type = type
            mentions[m].rule = mentions[m2].rule
            mentions[m].isWeak = false
        }
        mentions[m].isWeak = false
        for k in p...last { claimed[k] = true }
        // The swallowed mention stays in the array until the pass ends: mark it out of reach.
        mentions[m2].start = -1
        mentions[m2].end = -1
        return m2
    }

    /// Whether token `p` opens with a hyphenated Arabic article and a capital ("al-Bashir").
    private func hyphenArticle67(_ p: Int) -> Bool {
        let bytes = doc.bytes
        let s = doc.tokens[p].start, e = doc.tokens[p].end
        for article in EntityRecognizer.hyphenArticles67 where e > s + article.count {
            var same = true
            for (k, b) in article.enumerated() where bytes[s + k] != b {
                same = false
                break
            }
            let after = bytes[s + article.count]
            if same, after >= 65, after <= 90 { return true }
        }
        return false
    }

    /// "Puketaha Rd." at a sentence's end, where the article writes "Rd" elsewhere: the period
    /// is the sentence's.
    private mutating func trimSentencePeriod67(_ m: Int) {
        let tokens = doc.tokens
        guard let i = doc.tokenIndex(of: mentions[m]) else { return }
        let j = i + mentions[m].tokenCount - 1
        guard tokens[j].isAbbreviation, tokens[j].end == mentions[m].end, j + 1 == tokens.count || tokens[j + 1].sentence != tokens[j].sentence
        else { return }
        // One period, at the end ("Rd.", "Corp."; not "U.S.").
        let s = tokens[j].start, e = tokens[j].end
        guard e - s >= 3, !doc.bytes[s..<(e - 1)].contains(46) else { return }
        let bare = tokens[j].bare
        let written = tokens.indices.contains { k in
            k != j && !tokens[k].isAbbreviation && tokens[k].isCapitalized && tokens[k].end - tokens[k].start == e - s - 1
                && tokens[k].key == bare
        }
        guard written else { return }
        mentions[m].recut(start: mentions[m].start, end: e - 1, tokenCount: mentions[m].tokenCount, bytes: doc.bytes)
    }

    /// Plural heads of sites named one by one before them.
    static let sharedSiteHeads67: WordSet = [
        "schools", "markets", "courts", "hospitals", "colleges", "churches", "academies", "libraries", "stations",
    ]
    /// Words between the last site's name and the plural head ("Elementary", "Magistrate").
    static let sharedHeadModifiers67: WordSet = [
        "elementary", "high", "middle", "primary", "secondary", "junior", "senior", "magistrate", "magistrates", "public",
        "community", "general", "regional", "catholic", "district", "police", "grammar", "national",
    ]

    /// Splits "A, B and C <Modifiers> <Plural head>" into the places A, B and C; true when it did.
    private mutating func splitSharedHead67(_ m: Int) -> Bool {
        let tokens = doc.tokens
        guard let i = doc.tokenIndex(of: mentions[m]) else { return false }
        var j = i + mentions[m].tokenCount - 1
        guard j < tokens.count, tokens[j].end == mentions[m].end, EntityRecognizer.sharedSiteHeads67.contains(tokens, at: j) else { return false }
        j -= 1
        while j > i, EntityRecognizer.sharedHeadModifiers67.contains(tokens, at: j) { j -= 1 }
        // The members: capitalised words between commas and one "and" or "&".
        var members: [Range<Int>] = []
        var first = i
        var sawAnd = false
        for k in i...j {
            let key = tokens[k].key
            if key == "," || key == "and" || key == "&" {
                guard k > first else { return false }
                members.append(first..<k)
                if key != "," { sawAnd = true }
                first = k + 1
            } else if !tokens[k].isNameLike {
                return false
            }
        }
        guard sawAnd, first <= j else { return false }
        members.append(first..<(j + 1))
        guard members.count >= 2, members.allSatisfy({ $0.count <= 3 }) else { return false }
        for range in members {
            addMention(.place, name: nil, range: range)
            mentions[mentions.count - 1].becomeCuedPlace()
        }
        return true
    }
}
