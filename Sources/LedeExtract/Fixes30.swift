/// Fixes round thirty (fixes30, twenty-first session): shapes from the misses of the learning
/// group G15 (final106–110), each seen on two articles or more. See `docs/extraction-history.md`,
/// "Twenty-first session".
///
/// **A person named in full, "of" a body or a place** (`personOfNamed30`, `personOfPlaceSplit`'s
/// fifth reading): "Kelly Fike of Terra Alta Ambulance said …", "Archbishop Jo F. Roe of Kansas
/// City", "Ana Ruiz of the Dominican Republic". One run of capitals holds the person and, after
/// "of", the body or the place they speak for or come from. The split asked so far for a place
/// the lists hold, one unlisted word, or "of the" and a body with a head; a body without "the"
/// ("of Thomas Construction"), a place after "the" ("of the Dominican Republic") or a place of
/// two unlisted words stayed one name with the person and was typed a body or a place. Here the
/// words before "of" (past any titles) are two to four capitalised name words, the first a listed
/// given name (or any name word after a title), none a head, a title or a common word (unless
/// also a name), the last no common word: they are the person, and the words after "of" are
/// read on their own. A run the lists know whole, or whose part before "of" they know, stays.
/// What a person is "of" is a body or a place: a run right after the "of" that the rules type a
/// person ("Thomas Construction", "Terra Alta Ambulance": a given name or a surname opens it) is
/// a body (`retypePersonAfterOf30`, for every reading of the split).
///
/// **A weekday opening a run of capitals** (`weekdayOpeningCut30`, read by `processSpan`): "Last
/// Thursday LC Fiscal Court held its meeting", "On Wednesday JK Director General of Police …",
/// "sent this Wednesday to Congress a bill", "arrested on Monday from Parliament". A weekday
/// alone, or one or two words that open a date before it ("Last", "this"), then a name: the run
/// took the date in, and a head closing the run ("Court", "Congress", "Parliament") kept the
/// trimming from dropping it, so the date became the name's first word ("Thursday LC Fiscal
/// Court") or the name itself ("Wednesday to Congress"). The words up to the weekday go, and the
/// rest is read on its own. A run the lists know whole ("Sunday Independent") stays.
extension EntityRecognizer {
    /// See the file's comment: the index after the weekday when the run opens with date words
    /// ending in a weekday (not in capitals) and the lists do not know the run; nil otherwise.
    /// The caller has checked that the first word can open a date.
    func weekdayOpeningCut30(_ lo: Int, _ hi: Int) -> Int? {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        var w = lo
        while w < hi - 1, w - lo < 2, view[w].flags.contains(.temporal) {
            if view[w].kind == .word, !view[w].isAllCaps, WordSet.mayHold(Bits43.weekdayWords, doc.tokens, at: w),
                EntityRecognizer.weekdayWords.contains(doc.tokens, at: w)
            {
                return knownName(lo..<hi) == nil ? w + 1 : nil
            }
            w += 1
        }
        return nil
    }

    /// The mentions pushed since `from` that open at `start` (the first word after "of") and are
    /// persons become bodies.
    mutating func retypePersonAfterOf30(from: Int, start: Int) {
        var i = from
        while i < mentions.count {
            if mentions[i].type == .person, mentions[i].start == start { mentions[i].type = .agency }
            i += 1
        }
    }

    /// See the file's comment. `k` is the token "of" inside `span`.
    func personOfNamed30(_ span: Range<Int>, _ k: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let lo = span.lowerBound, hi = span.upperBound
        guard k + 1 < hi else { return false }
        var n = lo
        var titled = false
        while n < k, view[n].flags.contains(.title) || view[n].flags.contains(.titleWord) {
            if view[n].flags.contains(.title) { titled = true }
            n += 1
        }
        guard k - n >= 2, k - n <= 4, view[n].flags.contains(.givenName) || titled else { return false }
        for j in n..<k {
            guard view[j].kind == .word, view[j].isCapitalized, !view[j].isAllCaps || view[j].isAbbreviation,
                view[j].flags.isDisjoint(with: [.orgHead, .placeHead, .policyHead, .title, .titleWord]),
                j == n || !view[j].flags.contains(.known),
                !view[j].flags.contains(.common) || !view[j].flags.isDisjoint(with: .givenOrSurname)
            else { return false }
        }
        // The surname closes the person: no initial, and no common word unless also a surname.
        guard !view[k - 1].isAbbreviation, !view[k - 1].flags.contains(.common) || view[k - 1].flags.contains(.surname) else { return false }
        // The body or place: a capitalised word right after "of" or after "of the".
        let r = k + 1 < hi && EntityRecognizer.theKey.contains(doc.tokens, at: k + 1) ? k + 2 : k + 1
        guard r < hi, view[r].kind == .word, view[r].isCapitalized else { return false }
        return knownName(span) == nil && knownName(n..<k) == nil
    }
}
