/// Treaties, agreements and amendments the text names by their parties or their sponsor rather
/// than by a title: "the treaty with Rwanda", "an MoU between India and Singapore", "the Paris
/// agreement", "the Lords amendment".
extension EntityRecognizer {
    /// Lower-case heads of an agreement between governments ("MoU" is written with capitals).
    static let treatyHeads: WordSet = [
        "agreement", "accord", "treaty", "pact", "memorandum", "mou", "protocol", "convention", "deal",
    ]

    /// "the treaty with Rwanda", "an agreement with Denmark", "the MoU signed between India and
    /// Singapore", "a memorandum of understanding between X and Y": the head and its parties,
    /// which must be known places. The places keep their own mentions. Returns whether one was added.
    mutating func addTreatyWithParties(_ i: Int) -> Bool {
        let tokens = doc.tokens
        let sentence = tokens[i].sentence
        var j = i + 1
        // "memorandum of understanding"
        if tokens[i].key == "memorandum", j + 1 < tokens.count, tokens[j].key == "of", tokens[j + 1].key == "understanding" { j += 2 }
        // "the MoU signed between …": a participle of making it.
        if j + 1 < tokens.count, tokens[j].kind == .word, !tokens[j].isCapitalized, tokens[j].key.hasBytesSuffix("ed"),
            tokens[j + 1].key == "between" || tokens[j + 1].key == "with"
        {
            j += 1
        }
        guard j + 1 < tokens.count, tokens[j].sentence == sentence else { return false }
        var last: Int
        if tokens[j].key == "with" {
            guard let party = placeAfter(j) else { return false }
            last = party
            // "an agreement with Canada and Mexico": both parties.
            if party + 2 < tokens.count, tokens[party + 1].key == "and", let two = placeAfter(party + 1) { last = two }
        } else if tokens[j].key == "between" {
            guard let one = placeAfter(j), one + 2 < tokens.count, tokens[one + 1].key == "and", let two = placeAfter(one + 1)
            else { return false }
            last = two
        } else {
            return false
        }
        if last >= tokens.count || tokens[last].sentence != sentence { return false }
        // "the trade deal with Japan": a noun before the head says which agreement it is.
        var first = i
        if i > 0, tokens[i - 1].kind == .word, !tokens[i - 1].isCapitalized, tokens[i - 1].sentence == sentence, !claimed[i - 1],
            !EntityRecognizer.functionWords.contains(tokens[i - 1]), !EntityRecognizer.policyAdjectives.contains(tokens[i - 1]),
            !EntityRecognizer.enactingVerbs.contains(tokens[i - 1]), !EntityRecognizer.anotherCues.contains(tokens[i - 1]),
            !tokens[i - 1].key.hasBytesSuffix("ed")
        {
            first = i - 1
        }
        let name = Document.text(doc.bytes, tokens[first].start, tokens[last].end)
        let mention = RawMention(
            type: .policy, key: Lexicon.key(name), name: name, start: tokens[first].start, end: tokens[last].end,
            sentence: sentence, tokenCount: last - first + 1)
        mentions.append(mention)
        for k in first...last where !tokens[k].isCapitalized || k == i { claimed[k] = true }
        return true
    }

    /// The last token of a known place that starts right after `j` ("with the United States"
    /// skips its "the"), or nil.
    func placeAfter(_ j: Int) -> Int? {
        let tokens = doc.tokens
        var lo = j + 1
        if lo < tokens.count, tokens[lo].key == "the" { lo += 1 }
        guard lo < tokens.count, tokens[lo].isCapitalized, tokens[lo].sentence == tokens[j].sentence, !claimed[lo] else { return nil }
        var found: Int? = nil
        var hi = lo
        while hi < tokens.count, hi - lo < 3, tokens[hi].isCapitalized, tokens[hi].sentence == tokens[j].sentence, !claimed[hi] {
            if let known = knownName(lo..<(hi + 1)), known.kind == .place { found = hi }
            hi += 1
        }
        // "a deal with Brazil's oil company": the place is an owner there, not a party.
        if let end = found, end + 1 < tokens.count, tokens[end + 1].kind == .possessive || tokens[end + 1].isCapitalized { return nil }
        return found
    }

    /// "the Lords amendment", "the Burt amendment": a lower-case amendment after a capitalised
    /// name (its sponsor or its house) is that amendment. The name keeps its own mention.
    mutating func addSponsoredAmendment(_ i: Int) -> Bool {
        let tokens = doc.tokens
        guard i > 0, tokens[i].key == "amendment", tokens[i - 1].isCapitalized, tokens[i - 1].kind == .word,
            tokens[i - 1].sentence == tokens[i].sentence, !claimed[i - 1], !EntityRecognizer.functionWords.contains(tokens[i - 1]),
            !tokens[i - 1].flags.contains(.temporal)
        else { return false }
        let name = Document.text(doc.bytes, tokens[i - 1].start, tokens[i].end)
        let mention = RawMention(
            type: .policy, key: Lexicon.key(name), name: name, start: tokens[i - 1].start, end: tokens[i].end,
            sentence: tokens[i].sentence, tokenCount: 2)
        mentions.append(mention)
        claimed[i] = true
        return true
    }
}

/// Titles made of a policy head, "of" and a name: "the Treaty of Lisbon", "the Instrument of
/// Accession", "the Charter of Rights and Freedoms". Without this the capitalised run reads as an
/// organisation's name ("Department of …").
extension EntityRecognizer {
    /// Heads that open such a title. Not "Order" ("Order of Canada" is an honour), not "Act"
    /// ("an Act of Parliament" is any law), not "Convention" (a convention may be a body).
    static let ofTitleHeadWords = [
        "treaty", "statute", "charter", "bill", "instrument", "code", "protocol", "accord", "compact", "covenant", "articles",
        // Entities round twenty-four: "the Magna Carta of Filipino Seafarers".
        "carta",
        // Policy round ten: a body's standing rules, "the Rules of Procedure", "the Rules of Evidence".
        "rules",
    ]
    static let ofTitleHeads = WordSet(ofTitleHeadWords)

    /// The last token of the name after "Head of" at `i` (capitalised words and the connectors
    /// between them, six tokens at most), or nil when none follows.
    func ofTitleEnd(_ i: Int) -> Int? {
        let tokens = doc.tokens
        guard i + 2 < tokens.count, tokens[i + 1].key == "of", tokens[i + 1].sentence == tokens[i].sentence else { return nil }
        var j = i + 2
        if tokens[j].key == "the", j + 1 < tokens.count { j += 1 }
        guard tokens[j].isCapitalized, tokens[j].kind == .word, !claimed[j], tokens[j].sentence == tokens[i].sentence,
            !tokens[j].flags.contains(.temporal)
        else { return nil }
        var end = j
        while end + 1 < tokens.count, end - j < 6, tokens[end + 1].sentence == tokens[i].sentence, !claimed[end + 1] {
            if tokens[end + 1].isCapitalized, tokens[end + 1].kind == .word, !tokens[end + 1].flags.contains(.temporal) {
                end += 1
            } else if end + 2 < tokens.count, tokens[end + 1].key == "and" || tokens[end + 1].key == "of",
                tokens[end + 2].isCapitalized, tokens[end + 2].kind == .word, !claimed[end + 2]
            {
                end += 2
            } else {
                break
            }
        }
        return end
    }

    /// The first token of the title at `i`: capitalised modifiers before the head belong to it
    /// ("the Canadian Charter of …"), three at most, never a sentence's opening function word.
    func ofTitleStart(_ i: Int) -> Int {
        let tokens = doc.tokens
        var start = i
        while start > 0, i - start < 3, tokens[start - 1].isCapitalized, tokens[start - 1].kind == .word, !claimed[start - 1],
            tokens[start - 1].sentence == tokens[i].sentence, !EntityRecognizer.functionWords.contains(tokens[start - 1]),
            !tokens[start - 1].flags.contains(.temporal)
        {
            start -= 1
        }
        return start
    }
}

extension EntityRecognizer {
    /// A named policy over `range`, keyed by its folded name; its tokens are claimed.
    mutating func addPolicy(name: String, tokens range: ClosedRange<Int>, end: Int? = nil) {
        let tokens = doc.tokens
        let mention = RawMention(
            type: .policy, key: Lexicon.key(name), name: name, start: tokens[range.lowerBound].start,
            end: end ?? tokens[range.upperBound].end, sentence: tokens[range.lowerBound].sentence, tokenCount: range.count)
        mentions.append(mention)
        for k in range { claimed[k] = true }
    }
}
