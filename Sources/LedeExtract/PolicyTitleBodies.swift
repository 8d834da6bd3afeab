/// Entities round thirty-six: title shapes round thirty left.
/// - a body's acronym inside a bill's title: "the Harbour Safety Commission (HSC) (Winding Up)
///   Bill" names a bill and, before its acronym, the body; the acronym is the body's, so a later
///   "HSC" joins the body, not the bill;
/// - a numbered act: "the Fisheries Act, No. 4, 2001" is not the "Fisheries Act, 2019";
/// - lower-case words inside a title with its year: "the Tenancy bill, 2023", "the Forest
///   resources management Bill, 2021" (parliaments' order papers write them so).
extension EntityRecognizer {
    /// Organisation heads that, before a title's acronym, name what the law is about, not a body.
    static let titleSubjectHeads: WordSet = ["fund", "trust", "project", "campaign", "initiative", "network", "partnership", "funds"]

    /// "Harbour Safety Commission (HSC) (Winding Up) Bill": when a second bracket follows the
    /// acronym and a body's head word stands before it, the words before the acronym are the
    /// body, an agency with the acronym as its short name. Returns whether the body was added
    /// (then the acronym is not the bill's). Without the second bracket ("… Assistance System
    /// (UASS) Act") the acronym is the act's, as before.
    mutating func addBodyBeforeTitleAcronym(first: Int, open: Int) -> Bool {
        let tokens = doc.tokens
        let close = open + 2
        guard first < open, close + 1 < tokens.count, !tokens[open - 1].isAllCaps else { return false }
        // The body's head ends the words ("… Commission (HSC)") or comes before "of" ("… Authority
        // of Malaysia (CAAM)"); a fund or a programme there is the law's subject, no body.
        guard tokens[close + 1].key == "(", !EntityRecognizer.titleSubjectHeads.contains(tokens, at: open - 1),
            (first..<open).contains(where: { k in
                tokens[k].isCapitalized && tokens[k].flags.contains(.orgHead) && !tokens[k].flags.contains(.policyHead)
                    && (k == open - 1 || tokens[k + 1].key == "of")
            })
        else { return false }
        // The body keeps its own words; the title's tokens stay claimed by the bill.
        let mention = makeMention(.agency, name: nil, range: first..<open)
        let acronym = Document.text(doc.bytes, tokens[open + 1].start, tokens[open + 1].end)
        mention.acronym = acronym
        mentions.append(mention)
        mentions.append(mention.alias(name: acronym, start: tokens[open + 1].start, end: tokens[open + 1].end, tokenCount: 1))
        return true
    }
}

extension EntityRecognizer {
    /// "the Fisheries Act, No. 4, 2001", "the Fisheries Act, No. 4 of 2001": a title followed by
    /// its number and year is that numbered act (keyed apart from a later act of the same
    /// title). Reads the policy mentions only; a title cut at a list line's start is mended first.
    mutating func extendNumberedActs() {
        let tokens = doc.tokens
        // By index, the fields tested in place: iterating the array retained and released every
        // mention of the article, and only policies are read (speed round twenty-one).
        for n in mentions.indices where mentions[n].type == .policy && mentions[n].policyFamily == nil {
            let m = mentions[n]
            guard let s = doc.tokenIndex(of: m) else { continue }
            if s > 0, !claimed[s - 1], doc.tokens[s].isCapitalized { extendListedTitle(m, first: s) }
            guard let s = doc.tokenIndex(of: m) else { continue }
            var e = s + m.tokenCount - 1
            guard e + 3 < tokens.count, tokens[e].end == m.end, tokens[e].isCapitalized, tokens[e].flags.contains(.policyHead) else { continue }
            let sentence = tokens[e].sentence
            // The comma sets the number apart: "Act No. 4 of 2001" is a citation read elsewhere.
            guard tokens[e + 1].key == "," else { continue }
            var j = e + 2
            guard j + 1 < tokens.count, EntityRecognizer.numberWords.contains(tokens, at: j), !claimed[j] else { continue }
            j += 1
            if tokens[j].key == ".", j + 1 < tokens.count { j += 1 }
            guard tokens[j].kind == .number, tokens[j].sentence == sentence, j + 2 < tokens.count else { continue }
            let number = j
            j += 1
            guard tokens[j].key == "," || tokens[j].key == "of", tokens[j + 1].kind == .number, tokens[j + 1].key.utf8.count == 4 else { continue }
            e = j + 1
            for k in (s + m.tokenCount)...e { claimed[k] = true }
            m.appendAlias(m.name)
            m.name = Document.text(doc.bytes, tokens[s].start, tokens[e].end)
            m.key = Lexicon.key(Document.text(doc.bytes, tokens[s].start, tokens[number].end))
            m.end = tokens[e].end
            m.tokenCount = e - s + 1
        }
    }
}

extension EntityRecognizer {
    /// Words that are not part of a title before its head.
    static let lowerTitleStops: WordSet = ["passed", "signed", "approved", "tabled", "introduced", "new", "draft", "proposed"]

    /// "the Tenancy bill, 2023", "the Forest resources management Bill, 2021": capitalised
    /// words, up to three lower-case words and the policy head at `head`, then a comma and a
    /// year. The year after the comma marks the words as a title even in lower case; one of the
    /// words or the head is lower case (the capitalised title is read elsewhere). The title opens
    /// a clause (after a list's comma or semicolon, "the", "and" or a sentence's start). Called
    /// from the scan over policy heads in `findNamedProgrammes`; returns whether a title was added.
    mutating func addLowerCaseTitle(head: Int) -> Bool {
        let tokens = doc.tokens
        let year = head + 2
        guard head > 0, year < tokens.count, tokens[year].kind == .number, tokens[head + 1].key == ",", tokens[year].key.utf8.count == 4,
            tokens[head].kind == .word, !claimed[head], tokens[year].key.hasPrefix("19") || tokens[year].key.hasPrefix("20")
        else { return false }
        let sentence = tokens[head].sentence
        var j = head - 1, lower = 0
        while j > 0, lower < 3, tokens[j].kind == .word, !tokens[j].isCapitalized, tokens[j].sentence == sentence, !claimed[j],
            !EntityRecognizer.functionWords.contains(tokens[j]), !EntityRecognizer.lowerTitleStops.contains(tokens[j]),
            !tokens[j].key.hasBytesSuffix("ed")
        {
            lower += 1
            j -= 1
        }
        guard lower > 0 || !tokens[head].isCapitalized else { return false }
        var first = j + 1, capitals = 0
        while j >= 0, capitals < 3, tokens[j].kind == .word, tokens[j].isCapitalized, !tokens[j].isAllCaps, tokens[j].sentence == sentence, !claimed[j],
            !tokens[j].flags.contains(.orgHead), !tokens[j].flags.contains(.policyHead), !EntityRecognizer.functionWords.contains(tokens[j])
        {
            first = j
            capitals += 1
            j -= 1
        }
        guard capitals > 0 else { return false }
        if first > 0, tokens[first - 1].sentence == sentence {
            let k = tokens[first - 1].key
            guard k == "," || k == ";" || k == "the" || k == "and" || k == ":" else { return false }
        }
        let short = Document.text(doc.bytes, tokens[first].start, tokens[head].end)
        addPolicy(name: Document.text(doc.bytes, tokens[first].start, tokens[year].end), tokens: first...year)
        mentions[mentions.count - 1].key = Lexicon.key(short)
        mentions[mentions.count - 1].aliases = [short]
        return true
    }
}

extension EntityRecognizer {
    /// "3. Consumer Protection Bill, 2031": a title opening a numbered list line loses its first
    /// words (a capitalised common word at a sentence's start); the title takes back up to three
    /// capitalised words when the line starts right before them, after its number ("3.", "3)")
    /// or with "The".
    private mutating func extendListedTitle(_ m: RawMention, first s: Int) {
        let tokens = doc.tokens
        var p = s
        while p > 0, s - p < 3, !claimed[p - 1], tokens[p - 1].kind == .word, tokens[p - 1].isCapitalized,
            tokens[p - 1].sentence == tokens[s].sentence, !EntityRecognizer.functionWords.contains(tokens[p - 1]),
            !tokens[p - 1].flags.contains(.temporal), p - 1 == 0 || !lineBreakBefore(p)
        {
            p -= 1
        }
        guard p < s, p == 0 || lineBreakBefore(p) || listLineOpens(before: p) else { return }
        let prefix = Document.text(doc.bytes, tokens[p].start, tokens[s - 1].end)
        m.name = prefix + " " + m.name
        m.key = Lexicon.key(prefix) + " " + m.key
        m.aliases = m.aliases.map { prefix + " " + $0 }
        m.start = tokens[p].start
        m.tokenCount += s - p
        for k in p..<s { claimed[k] = true }
    }

    /// Whether a list line's number ("3.", "3)") or "The" at a line's start stands right before `p`.
    private func listLineOpens(before p: Int) -> Bool {
        let tokens = doc.tokens
        guard p >= 1 else { return false }
        var q = p - 1
        if tokens[q].key == "the" { return q == 0 || lineBreakBefore(q) || listLineOpens(before: q) }
        guard q >= 1, tokens[q].key == "." || tokens[q].key == ")" else { return false }
        q -= 1
        return tokens[q].kind == .number && tokens[q].key.utf8.count <= 2 && (q == 0 || lineBreakBefore(q))
    }
}
