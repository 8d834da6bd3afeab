/// Entities round twenty-three: local places — towns, villages, districts and roads that no list
/// holds — read from the words around them and from the rest of the article.
extension EntityRecognizer {
    /// What `classify` should do with a run these rules recognise.
    enum LocalPlaceAction {
        /// The run is a place.
        case place
        /// Classify this shorter run instead ("North Carolina Tuesday" → "North Carolina").
        case reclassify(Range<Int>)
        /// A person's name, then the place after "of" ("Mayor Jo Roe of Seward").
        case personOfPlace(Range<Int>, Range<Int>)
    }

    /// "Mayor Jo Roe of Seward", "Jannik Sinner of Italy": a given name and one more name before
    /// "of", then one or two capitalised words that are no body (no head word, not a listed body)
    /// ending the run: the person, then the place they are from.
    func personOfPlaceSplit(_ lo: Int, _ hi: Int) -> LocalPlaceAction? {
        let tokens = doc.tokens
        let k = hi - 2 >= lo + 2 && tokens[hi - 2].key == "of" ? hi - 2 : hi - 3 >= lo + 2 && tokens[hi - 3].key == "of" ? hi - 3 : -1
        guard k > 0, tokens[k].kind == .word, !tokens[k].isCapitalized else { return nil }
        let given = tokens[k - 2], surname = tokens[k - 1]
        guard given.flags.contains(.givenName), !given.isAllCaps, surname.kind == .word, surname.isCapitalized, !surname.isAllCaps,
            !surname.flags.contains(.orgHead), !surname.flags.contains(.placeHead), !surname.flags.contains(.policyHead)
        else { return nil }
        for j in (k + 1)..<hi {
            let w = tokens[j]
            guard w.kind == .word, w.isCapitalized, !w.isAllCaps, !w.flags.contains(.orgHead), !w.flags.contains(.policyHead),
                !w.flags.contains(.title), !w.flags.contains(.common) || w.flags.contains(.known)
            else { return nil }
        }
        if let known = knownName((k + 1)..<hi), known.kind != .place { return nil }
        return .personOfPlace(lo..<k, (k + 1)..<hi)
    }

    /// Runs of capitalised words that are local places, or that carry a word that is no part of
    /// their name:
    /// - a weekday closing a run that is no listed name ("central North Carolina Tuesday",
    ///   "Syracuse Wednesday") is the sentence's date, not the name's end ("Sheffield Wednesday",
    ///   a listed club, keeps it);
    /// - "Jati District", "the 3rd District": one uncommon name (unlisted, or a listed place) or an
    ///   ordinal before "District" is a place ("Water District", "School District" have a common word and stay
    ///   bodies).
    func localPlaceAction(_ lo: Int, _ hi: Int) -> LocalPlaceAction? {
        guard hi - lo >= 2 else { return nil }
        let tokens = doc.tokens
        // Read in place: a copy of a token retains its key.
        let view = tokens.span
        if WordSet.mayHold(Bits43.weekdayWords, tokens, at: hi - 1), EntityRecognizer.weekdayWords.contains(tokens, at: hi - 1), !view[hi - 1].isAllCaps,
            knownName(lo..<hi) == nil
        {
            return .reclassify(lo..<(hi - 1))
        }
        if hi - lo >= 4, let split = personOfPlaceSplit(lo, hi) { return split }
        // The last word's fields in place (a copy of the token retained its key).
        let lastFlags = view[hi - 1].flags
        // "Central Java", "West Nusa": a compass word and one unlisted, uncommon name.
        if hi - lo == 2, EntityRecognizer.compassWords.contains(tokens, at: lo), view[hi - 1].kind == .word, !view[hi - 1].isAllCaps,
            !lastFlags.contains(.common), !lastFlags.contains(.known) || isListedPlace(hi - 1), !lastFlags.contains(.givenName),
            !lastFlags.contains(.surname), !lastFlags.contains(.orgHead), !lastFlags.contains(.title),
            !lastFlags.contains(.nonName), hi >= tokens.count || !isHead(.orgHead, tokens[hi])
        {
            return .place
        }
        // "Kuresoi North", "Embakasi East": a constituency or ward named by a compass word after
        // one unlisted name (not a given name: "Jo West").
        if hi - lo == 2, EntityRecognizer.compassAfterName.contains(tokens, at: hi - 1), !view[hi - 1].isAllCaps {
            let a = tokens[lo]
            if a.kind == .word, !a.isAllCaps, !a.flags.contains(.common), !a.flags.contains(.known), !a.flags.contains(.givenName),
                !a.flags.contains(.title), !a.flags.contains(.titleWord), !a.flags.contains(.orgHead)
            {
                return .place
            }
        }
        // "Colne Valley High School", "Telopea Public School": a school named by its kind is the
        // site (the held-out gold types them places, six to one).
        if hi - lo >= 3, view[hi - 1].key == "school", EntityRecognizer.schoolKinds.contains(tokens, at: hi - 2) {
            return .place
        }
        if hi - lo == 2, view[hi - 1].key == "district" {
            let a = tokens[lo]
            if a.isOrdinal { return .place }
            if a.kind == .word, !a.isAllCaps, !a.flags.contains(.common), !a.flags.contains(.known) || isListedPlace(lo),
                !a.flags.contains(.givenName), !a.flags.contains(.orgHead), !a.flags.contains(.title), !a.flags.contains(.titleWord)
            {
                return .place
            }
        }
        return nil
    }

    /// A word that is a listed place on its own ("Kudus" in "Kudus District", "Java" in "Central
    /// Java"): a district or a compass part of a town is a place as much as of an unlisted name.
    func isListedPlace(_ i: Int) -> Bool {
        knownName(i..<(i + 1))?.kind == .place
    }

    /// The person of "Mayor Jo Roe of Seward" (its title split off as usual), then the place: a
    /// listed one by its canonical name, an unlisted one as written.
    mutating func addLocalPersonAndPlace(_ person: Range<Int>, _ place: Range<Int>) {
        let tokens = doc.tokens
        processSpan(tokens, person, depth: 1)
        if knownName(place) != nil { processSpan(tokens, place, depth: 1) } else { addMention(.place, name: nil, range: place) }
    }

    /// True when the word at `i`, an unlisted lone name, stands right after a locative somewhere in
    /// the article ("flooding in Brebes", "a crash near Kenly"): one such use makes the name a place
    /// everywhere in it ("including Brebes, Wanasari …"). The names after a locative are
    /// collected once per article, on the first lone name that asks.
    mutating func isNamedAfterLocativeElsewhere(_ i: Int) -> Bool {
        if locativeNames == nil { locativeNames = collectLocativeNames() }
        guard let found = locativeNames, !found.isEmpty else { return false }
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let hash = view[i].keyHash
        for j in found where view[j].keyHash == hash && view[j].key == view[i].key { return true }
        return false
    }

    /// Locatives whose name is a place: "in" unless a noun that takes a person or a company
    /// comes before it ("a stake in", "confidence in"), and words that are never used of a body.
    private func isStrongLocativeBefore(_ j: Int, _ strongLocatives: WordSet) -> Bool {
        let tokens = doc.tokens
        // The set's bit test first: most names follow no locative.
        guard j > 0, strongLocatives.contains(tokens, at: j - 1) else { return false }
        let view = tokens.span
        guard !view[j].isAllCaps, view[j - 1].kind == .word, !view[j - 1].isCapitalized else { return false }
        if view[j - 1].key == "in" {
            // "in Brebes regency" or "in Brebes said": the name must end there, not open a longer one.
            if j + 1 < tokens.count, tokens[j + 1].isNameLike { return false }
            return !EntityRecognizer.personInNouns.contains(tokens, at: j - 2)
        }
        return true
    }

    /// Indices of the names right after a locative.
    private func collectLocativeNames() -> [Int] {
        let tokens = doc.tokens
        var out: [Int] = []
        let view = tokens.span
        // Read once per article: each read of a `static let` in the scan is a `swift_once` call.
        let strongLocatives = EntityRecognizer.strongLocatives
        // The set's filter read here, before the call (speed round forty-three: the call, for every
        // name-like token, cost about 45 instructions, most tokens after no locative at all).
        let bits = strongLocatives.bits
        var j = 1
        while j < view.count {
            if view[j].isNameLike, bits & WordSet.bit(view[j - 1].keyHash) != 0, isStrongLocativeBefore(j, strongLocatives) {
                out.append(j)
            }
            j += 1
        }
        return out
    }

    /// A lone unlisted name is a place by the article when it follows a locative somewhere in it,
    /// or stands in a list ("A, B and C", "A and B") with a listed place or such a name.
    mutating func isLocalPlaceByArticle(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        if t.isAllCaps || t.flags.contains(.common) || t.flags.contains(.known) { return false }
        if isNamedAfterLocativeElsewhere(i) { return true }
        return isInListWithLocalPlace(i) || isFromToPartnerOfPlace(i)
    }

    /// "drove from Scottsbluff to Denver", "moved to Ogallala from Omaha": the other end of a
    /// "from … to" pair is a listed place (one capitalised word each).
    private func isFromToPartnerOfPlace(_ i: Int) -> Bool {
        let tokens = doc.tokens
        guard i >= 1, i + 1 < tokens.count, !tokens[i + 1].isNameLike else { return false }
        func isListedPlace(_ k: Int) -> Bool {
            guard k >= 0, k < tokens.count, tokens[k].isNameLike, k + 1 >= tokens.count || !tokens[k + 1].isNameLike else { return false }
            return input.shared.known(tokens[k].key)?.kind == .place
        }
        let before = tokens[i - 1].key
        if before == "from" || before == "to", i + 2 < tokens.count {
            let joint = tokens[i + 1].key
            if (before == "from" && joint == "to") || (before == "to" && joint == "from") { return isListedPlace(i + 2) }
        }
        if (before == "to" || before == "from"), i >= 3 {
            let opener = tokens[i - 3].key
            if (before == "to" && opener == "from") || (before == "from" && opener == "to") {
                return isListedPlace(i - 2) && !tokens[i - 3].isCapitalized
            }
        }
        return false
    }

    /// The lone names on either side of `i` joined by ",", "and" or ", and" (one capitalised word
    /// each): true when one of them is a listed place or a name used after a locative. A list of
    /// two takes no given name ("Jo and Paris").
    private mutating func isInListWithLocalPlace(_ i: Int) -> Bool {
        let tokens = doc.tokens
        var members: [Int] = []
        // Leftwards: separator, then one capitalised word not itself preceded by a capitalised word.
        var j = i - 1
        while j > 0, members.count < 6 {
            var k = j
            if tokens[k].kind == .word, tokens[k].key == "and" { k -= 1; if k > 0, isComma(k) { k -= 1 } } else if isComma(k) { k -= 1 } else { break }
            guard k > 0, tokens[k].isNameLike, !tokens[k - 1].isNameLike, tokens[k].sentence == tokens[i].sentence else { break }
            members.append(k)
            j = k - 1
        }
        j = i + 1
        while j + 1 < tokens.count, members.count < 8 {
            var k = j
            if tokens[k].kind == .word, tokens[k].key == "and" { k += 1 } else if isComma(k) {
                k += 1
                if k < tokens.count, tokens[k].kind == .word, tokens[k].key == "and" { k += 1 }
            } else { break }
            // "Kelverra, Europe's biggest …": an apposition, no list.
            guard k < tokens.count, tokens[k].isNameLike, k + 1 >= tokens.count || !tokens[k + 1].isNameLike
                && tokens[k + 1].kind != .possessive, tokens[k].sentence == tokens[i].sentence else { break }
            members.append(k)
            j = k + 1
        }
        // The word itself must stand alone too ("B" of "A and B C" is no lone name).
        if members.isEmpty || (i + 1 < tokens.count && tokens[i + 1].isNameLike) || (i > 0 && tokens[i - 1].isNameLike) { return false }
        if members.count == 1, doc.tokens[i].flags.contains(.givenName) { return false }
        for k in members {
            if let known = input.shared.known(tokens[k].key) {
                if known.kind == .place { return true }
                continue
            }
            if !tokens[k].flags.contains(.common), isNamedAfterLocativeElsewhere(k) { return true }
        }
        return false
    }

    static let compassAfterName: WordSet = ["north", "south", "east", "west", "central"]
    static let schoolKinds: WordSet = ["high", "public", "secondary", "primary", "elementary", "middle", "grammar", "junior"]

    /// "in", and prepositions of place that never govern a body or a person ("near Kenly",
    /// "outside Guisborough", "through Jatibarang").
    static let strongLocatives: WordSet = ["in", "near", "outside", "across", "throughout", "through", "toward", "towards", "nearby"]
    /// The tagger's weekdays as a set, for the hash-gated check.
    static let weekdayWords = WordSet(TemporalTagger.weekdays.keys)
}
