/// Rare branches of `processSpan`, kept out of line: inline, their code sat between the checks
/// every run goes through, and each run's pass brought more instruction-cache lines in (the
/// run-by-run code is far larger than the cache; every line it touches is a miss on the next run).
extension EntityRecognizer {
    // Closures over the recogniser's methods, as non-mutating helpers: written inline in
    // `processSpan` or `classify` (mutating methods), each closure captured a copy of the whole
    // recogniser (every field retained, then released), about 2,100 times a corpus round; here
    // it borrows `self` (speed round twenty-one).

    /// Whether `lo..<end` is a listed name for some `end` of `ends`.
    func hasKnownName(from lo: Int, endingIn ends: ClosedRange<Int>) -> Bool { ends.contains(where: { knownName(lo..<$0) != nil }) }

    /// The last `end` in `lo + 1..<hi` for which `lo..<end` is a listed place, or nil.
    func lastKnownPlaceEnd(from lo: Int, before hi: Int) -> Int? { (lo + 1..<hi).last(where: { knownName(lo..<$0)?.kind == .place }) }

    /// Whether a word of `range` is a body's head word that takes a complement after it.
    func hasHeadTakingComplement(_ range: Range<Int>) -> Bool {
        range.contains { isHead(.orgHead, doc.tokens[$0]) && takesComplement($0 + 1) }
    }

    /// Whether every word of `span` is shaped like a name's (or is an elided particle).
    func allNameShaped(_ span: Range<Int>) -> Bool { span.allSatisfy({ isNameShaped(doc.tokens[$0]) || isElidedParticle($0) }) }

    /// "San Jose-based company", "Shares of the Dallas-based carrier": the capitalised words
    /// before "-based" name a place; the rest of the run is processed on its own. Whether the
    /// run was taken.
    @inline(never)
    mutating func splitPlaceBasedRun(_ lo: Int, _ hi: Int, depth: Int) -> Bool {
        let tokens = doc.tokens
        guard let suffix = EntityRecognizer.placeAdjectiveSuffixes.first(where: { tokens[hi - 1].key.hasBytesSuffix($0) }) else {
            return false
        }
        var start = hi - 1
        while start > lo, tokens[start - 1].isCapitalized, !isConnector(start - 1), !sentenceInitial.contains(start - 1) { start -= 1 }
        let end = tokens[hi - 1].end - suffix.utf8.count
        guard end > tokens[hi - 1].start else { return false }
        let name = Document.text(doc.bytes, tokens[start].start, end)
        let key = Lexicon.key(name)
        let known = input.shared.known(key)
        let mention = RawMention(type: .place, key: key, name: known?.canonical ?? name, start: tokens[start].start,
                                 end: end, sentence: tokens[start].sentence, tokenCount: hi - start)
        mention.isCanonical = known != nil
        push(mention, range: start..<hi)
        if start > lo { processSpan(tokens, lo..<start, depth: depth + 1) }
        return true
    }

    /// "against New Mexico" in a game story: a listed place that is a team.
    @inline(never)
    func isTeamPlace(_ lo: Int, _ hi: Int) -> Bool {
        isOpponent(lo) || isScoreLineTeam(lo, hi) || followedByRecord(hi) || playsInGame(hi - 1) || takesTeamPluralVerb(lo, hi)
    }

    /// A person's name, "of" at `k`, then a place: "Wayne Lapierre of Millinocket".
    @inline(never)
    mutating func processPersonOfPlace(_ lo: Int, _ k: Int, _ hi: Int, depth: Int) {
        let tokens = doc.tokens
        processSpan(tokens, lo..<k, depth: depth + 1)
        // The town a person is from, off the lists too.
        if k + 2 < hi, EntityRecognizer.theKey.contains(tokens, at: k + 1) {
            processSpan(tokens, (k + 2)..<hi, depth: depth + 1)
        } else if k + 2 == hi, knownName((k + 1)..<hi) == nil, !tokens[k + 1].flags.contains(.common), !isWebAddress(tokens[k + 1]) {
            addMention(.place, name: nil, range: (k + 1)..<hi)
        } else {
            let before = mentions.count
            processSpan(tokens, (k + 1)..<hi, depth: depth + 1)
            // "Kelly Fike of Terra Alta Ambulance", "Hubert Thomas of Thomas Construction": what a
            // person is "of" is a body or a place, never a person (`Fixes30.swift`).
            retypePersonAfterOf30(from: before, start: tokens[k + 1].start)
        }
    }

    /// A listed place's name, or the region's after a comma when that names the place in full:
    /// "Washington, D.C.".
    @inline(never)
    func placeName(_ canonical: String, regionAfter hi: Int) -> String {
        guard hi + 1 < doc.tokens.count, isComma(hi), let region = knownName(hi + 1..<hi + 2), region.kind == .place,
            region.canonical.hasPrefix(canonical + ",")
        else { return canonical }
        return region.canonical
    }
}

extension EntityRecognizer {
    /// A run split at a connector into two names, each processed on its own: two names with heads
    /// of their own ("the Department of Energy and Outlier Media"), or a connector other than "of"
    /// in a run without a head ("Immigration and Nationality Act" keeps its "and"). Whether the run
    /// was split. Out of `processSpan` since the third session of 2026-11-30: at that length the
    /// function called the token array's getter out of line, copying a whole token per read.
    @inline(never)
    mutating func splitAtConnectors(_ tokens: [Token], _ lo: Int, _ hi: Int, depth: Int) -> Bool {
        // The caller's tokens (speed round forty-nine): bound here from `doc`, they were a retain
        // and a release on each of about 22,700 runs a round.
        // Keys read in place and by their stored hash first (speed round forty-three: `tokens[k].key`
        // copied the token, a retain and a release, and compared two strings, on every token).
        let view = tokens.span
        let andHash = Bits43.andHash, ampersandHash = Bits43.ampersandHash
        // "the Department of Energy and Outlier Media": two names, each with its own head.
        for k in (lo + 1)..<max(lo + 1, hi - 1)
        where view[k].keyHash == andHash && view[k].key == "and" || view[k].keyHash == ampersandHash && view[k].key == "&" {
            let left = lo..<k
            let leftHasHead = isHead(.orgHead, tokens[k - 1]) || isHead(.placeHead, tokens[k - 1])
                || left.contains { isHead(.orgHead, tokens[$0]) && $0 + 1 < k && tokens[$0 + 1].key == "of" }
                || knownName(left) != nil
            // "Bureau of Industry and Security (BIS)": the "and" joins the complement of "of"
            // unless the right part has a head of its own.
            let right = (k + 1)..<hi
            let rightHasHead = isHead(.orgHead, tokens[hi - 1]) || isHead(.placeHead, tokens[hi - 1]) || knownName(right) != nil
            if leftHasHead, rightHasHead, !followedByAcronym(hi), knownName(lo..<hi) == nil, tokens[k].key == "and",
                !isPlaceFieldBeforeAnd(lo, k, hi), !isStateAndGovernment17(k)
            {
                processSpan(tokens, left, depth: depth + 1)
                processSpan(tokens, (k + 1)..<hi, depth: depth + 1)
                return true
            }
        }
        // Connectors other than "of" belong only to names with a head: "Immigration and Nationality Act".
        // An acronym in parentheses vouches for the whole run: "Bureau of Industry and Security (BIS)".
        if !isHead(.orgHead, tokens[hi - 1]) && !isHead(.policyHead, tokens[hi - 1])
            && (hi - lo > 1 || knownName(lo..<hi) == nil) && !followedByAcronym(hi)
            // "the Law and Justice Division": a unit named by common words keeps its "and" (`Agencies33.swift`).
            && !EntityRecognizer.isCommonWordUnit33(tokens, lo, hi)
        {
            // "Housing & Residence Life": an ampersand stays inside a name (two names with heads split above).
            for k in lo..<hi where isConnector(k) && tokens[k].key != "of" && tokens[k].key != "the" && tokens[k].key != "&"
                && !isNameParticle(k, in: lo..<hi) && !isElidedParticle(k) && !isPortugueseParticle17(k)
                // "Committee on Infractions", "Center for Auto Safety": a head word takes a complement.
                && !(EntityRecognizer.complementConnectors.contains(tokens, at: k) && k > lo && isHead(.orgHead, tokens[k - 1])
                    && !EntityRecognizer.legalForms.contains(tokens, at: k - 1))
                // "Department of Health and Social Care": "and" inside the complement of "Head of".
                && !(tokens[k].key == "and" && (lo..<k).contains { isHead(.orgHead, tokens[$0]) && tokens[$0 + 1].key == "of" })
            {
                // "Bord na Móna": an Irish name is one body (`Fixes17.swift`).
                if isIrishParticle17(k), takeIrishName17(lo, hi) { return true }
                processSpan(tokens, lo..<k, depth: depth + 1)
                processSpan(tokens, (k + 1)..<hi, depth: depth + 1)
                return true
            }
        }
        return false
    }
}
