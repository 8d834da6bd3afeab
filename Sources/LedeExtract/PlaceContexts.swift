/// Entities round thirty-two (entities32): places in world news that the span rules typed as
/// organisations or persons, or dropped, read once more from what the finished mentions say
/// around them. A pass over the mentions after `findSpans` (never inside `processSpan`): it
/// touches only mentions typed agency or person by a default rule, so its cost is a few
/// look-ups per such mention.
///
/// - a lone unlisted name after a lower-case compass adjective is a place ("northern Kurigram");
/// - "X State" outside sports (no US state, "Boise State" in a game story stays a team) is a
///   place ("Niger State", "Lagos State");
/// - "X Local Government Area", "X LGA" are places, and "… of Y State" after one, or "A in B
///   District", is two places ("Lapai Local Government Area of Niger State");
/// - "Narok East", a name and a compass word typed a body, is a place;
/// - the lone names of a list ("A, B and C") whose other members are places, or that a plural
///   place noun opens or closes ("the upazilas are A, B …", "the A and the B rivers"), are places;
/// - a lone name typed a body by default is a place when the same name is a place elsewhere in
///   the article.
extension EntityRecognizer {
    /// Lower-case compass adjectives that put a lone name on a map.
    static let compassAdjectives: WordSet = [
        "northern", "southern", "eastern", "western", "northwestern", "northeastern", "southwestern", "southeastern",
        "north-western", "north-eastern", "south-western", "south-eastern", "northwest", "northeast", "southwest",
        "southeast", "central",
    ]
    /// Plural place nouns that open or close a list of places: round twenty-one's
    /// `pluralPlaceNouns`, and these three, which that list (read inside runs) does not take.
    static let morePluralPlaceNouns32: WordSet = ["upazilas", "areas", "localities"]
    /// Whether token `k` is a plural place noun (see `morePluralPlaceNouns32`).
    func isPluralPlaceNoun32(_ k: Int) -> Bool {
        EntityRecognizer.pluralPlaceNouns.contains(doc.tokens, at: k) || EntityRecognizer.morePluralPlaceNouns32.contains(doc.tokens, at: k)
            || EntityRecognizer.waterAndGroundNouns39.contains(doc.tokens, at: k)
    }
    /// Words between a plural place noun and the list it opens ("the towns of A, B", "the
    /// upazilas are A, B", "areas include A, B", "rivers -- A, B").
    static let listOpeners32: WordSet = [
        "of", "are", "were", "include", "includes", "included", "including", "like", "namely", "as", "such", ":", "-",
        "--", "—", "–", "the",
    ]
    /// Malay and Indonesian words that open a place's name (village, building, street, palace,
    /// park or estate, island, river, cape, hamlet, regency), and two of South Asia and West Africa.
    static let malayPlaceOpeners: WordSet = [
        "kampung", "kampong", "jalan", "jln", "taman", "wisma", "istana", "pulau", "sungai", "tanjung", "desa", "dusun",
        "kabupaten", "kecamatan", "kelurahan", "lorong",
        // A square, a building, a tower, a hill (entities round forty-four: "Dataran Merdeka").
        "dataran", "bangunan", "menara", "bukit",
        // Hausa "angwan" (a settlement or quarter, three spellings) and Bengali "char" (a river
        // island: "Char Azampur").
        "angwan", "anguwan", "unguwan", "char",
    ]
    /// The last words of a local government area or of a division run that `splitLocalGovernmentArea` reads.
    static let areaEnds32: WordSet = ["area", "government", "lga", "district", "state", "province", "region", "county", "ward", "division"]
    /// Division heads that end a place run after "in" ("Angwar Rimi in Guna District").
    static let divisionHeads32: WordSet = ["district", "state", "province", "region", "county", "ward", "division", "lga"]

    /// What the per-mention scan found: runs to split (`splitLocalGovernmentArea` adds a
    /// mention, so it runs after the scan), whether a list may hold candidates, and the lone
    /// default-typed bodies and one-word places (by index) for `retypeByPlaceElsewhere`.
    private struct PlaceContextScan {
        var splits: [(mention: Int, range: Range<Int>)] = []
        var listCandidate = false
        var lone: [Int] = [], places: [Int] = []
    }

    /// The pass: mentions typed agency or person by the span rules that the words around them,
    /// the lists they stand in or the rest of the article make places.
    mutating func applyPlaceContexts() {
        let count = mentions.count
        guard count > 0 else { return }
        // The per-mention rules run in one non-mutating call: called one by one from this
        // mutating method, each call copied the whole recognizer (every field retained and
        // released), about four times an article.
        var scan = scanPlaceContexts(count)
        for split in scan.splits {
            splitLocalGovernmentArea(split.mention, split.range)
            notePlaceCandidate(split.mention, split.range, into: &scan)
        }
        if !scan.splits.isEmpty {
            // Indexes in mention order, as if the split runs had been noted in turn.
            scan.places.sort()
            scan.lone.sort()
        }
        if scan.listCandidate {
            retypeListMembers()
            // The list rule's new places count as evidence too.
            scan.places.removeAll(keepingCapacity: true)
            for m in 0..<count where mentions[m].type == .place && mentions[m].tokenCount == 1 { scan.places.append(m) }
        }
        if !scan.lone.isEmpty { retypeByPlaceElsewhere(scan.lone, scan.places) }
    }

    /// The per-mention rules over the first `count` mentions (see `applyPlaceContexts`).
    private func scanPlaceContexts(_ count: Int) -> PlaceContextScan {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        var scan = PlaceContextScan()
        // Token ranges only for the mentions a rule may read: most articles have a few, and
        // finding a mention's tokens is a search.
        for m in 0..<count {
            // The fields are read in place: a mention bound to a local was retained and released
            // for every mention of the article (speed round twenty-one).
            let tokenCount = mentions[m].tokenCount
            guard !mentions[m].isCanonical, tokenCount <= 8 else { continue }
            let type = mentions[m].type
            if type == .place, tokenCount == 1 { scan.places.append(m) }
            // A lone word typed a body by a list or a cue is read by no rule here.
            let candidate = type == .agency && (tokenCount >= 2 || mentions.isDefaultTyped(m))
                || (type == .person && mentions[m].rule == TypingRule.shapePerson)
            // A place only for "Jo Roe, MP": a comma right after it.
            let end = mentions[m].end
            let seat = type == .place && tokenCount >= 2 && end < doc.bytes.count && doc.bytes[end] == 44
            guard candidate || seat, let lo = doc.tokenIndex(of: mentions[m]) else { continue }
            let hi = lo + tokenCount
            guard hi <= view.count, view[hi - 1].end == end else { continue }
            if seat {
                retypeMemberBeforeSeat(m, lo..<hi)
                continue
            }
            if applyMentionContext(viewTokens, m, lo..<hi) {
                scan.splits.append((m, lo..<hi))
                continue
            }
            notePlaceCandidate(m, lo..<hi, into: &scan)
        }
        return scan
    }

    /// A mention after its rules: a one-word place, or a default-typed run beside a list
    /// separator or alone.
    private func notePlaceCandidate(_ m: Int, _ range: Range<Int>, into scan: inout PlaceContextScan) {
        let lo = range.lowerBound, hi = range.upperBound
        // The mention's fields read in place: binding the object retained and released it for
        // each of about 5,000 candidates a round (speed round fifty).
        let type = mentions[m].type
        if hi - lo == 1, type == .place { scan.places.append(m) }
        if type != .place, mentions.isDefaultTyped(m), hi - lo <= 3 {
            if isBesideListSeparator(lo, hi) { scan.listCandidate = true }
            if hi - lo == 1, type == .agency { scan.lone.append(m) }
        }
    }

    /// A separator of a list right before or after the run ("A, B", "A and B").
    private func isBesideListSeparator(_ lo: Int, _ hi: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        if hi + 1 < view.count, view[hi + 1].isNameLike || view[hi + 1].key == "the",
            isComma(hi) || view[hi].key == "and" || view[hi].key == "or"
        {
            return true
        }
        return lo >= 2 && view[lo - 2].isNameLike && (isComma(lo - 1) || view[lo - 1].key == "and" || view[lo - 1].key == "or" || view[lo - 1].key == "the")
    }

    /// An unlisted, uncommon name-shaped word.
    private func isUnlistedName(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        return t.kind == .word && t.isCapitalized && !t.isAllCaps
            && t.flags.isDisjoint(with: [.common, .known, .title, .titleWord, .orgHead, .nonName, .policyHead])
    }

    /// The per-mention rules; true when the run may be a local government area to split (the
    /// split adds a mention, so it runs from the caller: a mutating call here copied the recognizer).
    /// `tokens` is the document's token array, passed by `scanPlaceContexts`, and the mention's
    /// fields are read in place: bound here from `doc` and `mentions`, the array and the object
    /// were retained and released for each of about 5,000 candidates a round (speed round fifty).
    private func applyMentionContext(_ tokens: [Token], _ m: Int, _ range: Range<Int>) -> Bool {
        let lo = range.lowerBound, hi = range.upperBound, n = range.count
        // "northern Kurigram", "north-western Lalmonirhat".
        if n <= 2, lo > 0, !tokens[lo - 1].isCapitalized, tokens[lo - 1].sentence == tokens[lo].sentence,
            EntityRecognizer.compassAdjectives.contains(tokens, at: lo - 1), mentions.isDefaultTyped(m),
            (lo..<hi).allSatisfy({ isUnlistedName($0) })
        {
            mentions[m].becomeCuedPlace()
            return false
        }
        // "Kampung Lomou Baru", "Wisma Saditan", "Jalan Kenari": a Malay or Indonesian place word
        // opens the name (a village, a building, a street, a palace, a park or estate, a river).
        if n >= 2, n <= 4, tokens[lo].isCapitalized, !tokens[lo].isAllCaps, EntityRecognizer.malayPlaceOpeners.contains(tokens, at: lo),
            isNameShaped(tokens[lo + 1]), mentions.isDefaultTyped(m) || mentions[m].type == .person
        {
            mentions[m].becomeCuedPlace()
            return false
        }
        guard mentions[m].type == .agency else { return false }
        // "Niger State", "Lagos State": not a US state ("Ohio State") and not in a sports story.
        if n == 2, tokens[hi - 1].key == "state", tokens[hi - 1].isCapitalized, !tokens[hi - 1].isAllCaps,
            isNameShaped(tokens[lo]), !tokens[lo].flags.contains(.state), !tokens[lo].flags.contains(.orgHead),
            !isSportsArticle()
        {
            mentions[m].becomeCuedPlace()
            // "Lagos State" beside "Lagos": one place when the name alone is a listed one.
            if tokens[lo].flags.contains(.known), let known = input.shared.known(tokens[lo].key, hash: tokens[lo].keyHash),
                known.kind == .place
            {
                mentions[m].key = Lexicon.key(known.canonical)
            }
            return false
        }
        // "Narok East", "Kisumu West": a name and a compass word, no head after it.
        if n == 2, EntityRecognizer.compassAfterName.contains(tokens, at: hi - 1), !tokens[hi - 1].isAllCaps,
            isNameShaped(tokens[lo]), tokens[lo].flags.isDisjoint(with: [.common, .givenName, .title, .titleWord, .orgHead]),
            hi >= tokens.count || !isHead(.orgHead, tokens[hi])
        {
            mentions[m].becomeCuedPlace()
            return false
        }
        return n >= 2 && EntityRecognizer.areaEnds32.contains(tokens, at: hi - 1)
    }

    /// "Jo Roe, MP for Eastfield": a name, a comma and a member's title is the member, not the
    /// seat the title rules read before "MP" ("Eastfield MP Jo Roe").
    private func retypeMemberBeforeSeat(_ m: Int, _ range: Range<Int>) {
        let tokens = doc.tokens
        let lo = range.lowerBound, hi = range.upperBound
        guard hi - lo >= 2, hi - lo <= 3, hi + 1 < tokens.count, isComma(hi), tokens[hi + 1].isAllCaps,
            EntityRecognizer.constituencyMemberTitles.contains(tokens, at: hi + 1),
            (lo..<hi).allSatisfy({ isNameShaped(tokens[$0]) && tokens[$0].flags.isDisjoint(with: [.common, .orgHead, .placeHead, .title]) })
        else { return }
        let mention = mentions[m]
        mention.type = .person
        mention.inPlaceContext = false
        mention.rule = TypingRule.listedOrCued
    }

    /// Whether `lo..<hi` ends with "Local Government Area", "Local Government" or "LGA".
    private func endsWithLocalGovernment(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        guard hi - lo >= 2 else { return false }
        if tokens[hi - 1].key == "lga" { return true }
        var end = hi
        if tokens[end - 1].key == "area" { end -= 1 }
        return end - lo >= 3 && tokens[end - 1].key == "government" && tokens[end - 2].key == "local"
    }

    /// "Rafi Local Government Area", "Paikoro LGA": a place. "Lapai Local Government Area of
    /// Niger State", "Angwar Rimi in Guna District": two places.
    private mutating func splitLocalGovernmentArea(_ m: Int, _ range: Range<Int>) {
        let tokens = doc.tokens
        let lo = range.lowerBound, hi = range.upperBound
        if endsWithLocalGovernment(lo, hi) {
            mentions[m].becomeCuedPlace()
            return
        }
        var k = lo + 1
        while k < hi - 1, tokens[k].isCapitalized || tokens[k].kind != .word { k += 1 }
        guard k < hi - 1, k > lo, tokens[k].key == "of" || tokens[k].key == "in" else { return }
        let tail = (k + 1)..<hi
        let tailIsPlace = knownName(tail)?.kind == .place
            || (tail.count >= 2 && EntityRecognizer.divisionHeads32.contains(tokens, at: hi - 1) && tokens[hi - 1].isCapitalized)
        guard tailIsPlace, (k + 1..<hi).allSatisfy({ tokens[$0].isNameLike }) else { return }
        let headIsArea = tokens[k].key == "of" ? endsWithLocalGovernment(lo, k)
            : k - lo <= 3 && (lo..<k).allSatisfy({ isNameShaped(tokens[$0]) && !tokens[$0].flags.contains(.orgHead) && !tokens[$0].flags.contains(.title) })
        guard headIsArea else { return }
        let mention = mentions[m]
        mention.name = Document.text(doc.bytes, tokens[lo].start, tokens[k - 1].end)
        mention.key = Lexicon.key(mention.name)
        mention.end = tokens[k - 1].end
        mention.tokenCount = k - lo
        mention.acronym = nil
        mentions[m].becomeCuedPlace()
        if let known = knownName(tail), known.kind == .place {
            addMention(.place, name: known.canonical, range: tail, canonical: true)
        } else {
            addMention(.place, name: nil, range: tail)
        }
        mentions[mentions.count - 1].inPlaceContext = true
    }
}
