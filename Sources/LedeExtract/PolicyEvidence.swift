/// Entities round thirty: shapes of legislative titles that parliaments outside the US write and
/// the title rules cut or split.
/// - a chamber's name before a numbered bill: "National Assembly Bill No. 5 of 2025", "House
///   Joint Resolution No. 12" (the numbered-title rule starts at the word before the head);
/// - a bill's number in brackets after its title: "the Division of Revenue Bill (National
///   Assembly Bill No. 10 of 2025)" is one bill, named by its title, with the number as an alias;
/// - bracketed titles whose head does not follow the bracket at once: "… System (RTS) Link Bill",
///   "… Control (NCDC) Establishment Act", "Drug Dependents (Treatment and Rehabilitation)
///   (Amendment) Bill", and an act's year with a comma before the bracket ("… Act, 1993
///   (Amendment) Act");
/// - a list line that is one title with inner heads: "Revenue Laws Amendment Bill",
///   "Immigration Amendment Bill".
/// Each pass reads the policy mentions already found (few per article), not every token.
extension EntityRecognizer {
    /// Words of a chamber that open a numbered bill's citation: "House Joint Resolution No. 12",
    /// "National Assembly Bill No. 5".
    static let citationChamberWords: WordSet = ["house", "senate", "assembly", "national", "joint"]

    /// Policy heads that may stand inside a title before its last head: "Revenue Laws Amendment
    /// Bill", "Correctional Services Amendment Act", "Army Act Amendment Bill".
    static let innerTitleHeads: WordSet = ["amendment", "amendments", "law", "laws", "act", "acts"]

    /// The token that ends at byte `offset`, from a token at or before it.
    private func tokenIndex(endingAt offset: Int, from first: Int) -> Int? {
        let tokens = doc.tokens
        var k = first
        while k < tokens.count, tokens[k].end < offset { k += 1 }
        return k < tokens.count && tokens[k].end == offset ? k : nil
    }

    /// Numbered citations found after a chamber's words take them in: "Joint Resolution No. 12"
    /// after "House" is "House Joint Resolution No. 12". Runs after the citations, before the
    /// runs of capitalised words, so the chamber's words are claimed.
    mutating func extendNumberedCitations() {
        let tokens = doc.tokens
        let chamberWords = EntityRecognizer.citationChamberWords
        // By index, the fields tested in place: only policies are bound (speed round fifty-one).
        for index in mentions.indices where mentions[index].type == .policy && mentions[index].policyFamily == nil {
            let m = mentions[index]
            guard let s = doc.tokenIndex(of: m), s > 0, let e = tokenIndex(endingAt: m.end, from: s),
                tokens[e].kind == .number, e - s >= 2, EntityRecognizer.numberWords.contains(tokens, at: e - 1) || tokens[e - 1].key == "of"
                    || (e - s >= 4 && EntityRecognizer.numberWords.contains(tokens, at: e - 3))
            else { continue }
            var first = s
            while first > 0, s - first < 2, !claimed[first - 1], tokens[first - 1].kind == .word, tokens[first - 1].isCapitalized,
                tokens[first - 1].sentence == tokens[s].sentence, chamberWords.contains(tokens[first - 1])
            {
                first -= 1
            }
            guard first < s else { continue }
            m.name = Document.text(doc.bytes, tokens[first].start, tokens[e].end)
            m.key = Lexicon.key(m.name)
            m.start = tokens[first].start
            m.tokenCount += s - first
            for k in first..<s { claimed[k] = true }
        }
    }

    /// "the Finance Bill (National Assembly Bill No. 14 of 2023)": a numbered citation in brackets
    /// right after a title is that title's number. The citation becomes the title's alias.
    mutating func foldBracketedCitations() {
        let tokens = doc.tokens
        var drop: [Int] = []
        // By index, the fields tested in place: iterating the array retained and released every
        // mention of the article, and only policies are read (speed round twenty-one).
        for n in mentions.indices where mentions[n].type == .policy && mentions[n].policyFamily == nil {
            let c = mentions[n]
            guard let s = doc.tokenIndex(of: c), s >= 2, tokens[s - 1].key == "(",
                let e = tokenIndex(endingAt: c.end, from: s), e + 1 < tokens.count, tokens[e + 1].key == ")",
                (s...e).contains(where: { tokens[$0].kind == .number }), !secondNameFollows(e + 2)
            else { continue }
            let titleEnd = tokens[s - 2].end
            guard let t = mentions.firstIndex(where: { $0 !== c && $0.type == .policy && $0.end == titleEnd }) else { continue }
            mentions[t].appendAlias(c.name)
            drop.append(n)
        }
        for n in drop.reversed() { mentions.remove(at: n) }
    }

    /// "Senate Bill 8 (SB 8), or the Heartbeat Act": the citation in brackets leads to a second
    /// name, which `linkPolicyNames` joins through it.
    private func secondNameFollows(_ j: Int) -> Bool {
        let tokens = doc.tokens
        var k = j
        if k < tokens.count, tokens[k].key == "," { k += 1 }
        guard k < tokens.count else { return false }
        return tokens[k].key == "or" || tokens[k].key == "known" || tokens[k].key == "also"
    }

    /// The head of a bracketed title whose bracket closes at `close`: the capitalised policy head
    /// right after it, after one or two capitalised words ("(RTS) Link Bill", "(NCDC)
    /// Establishment Act") or after a second short bracket ("(Treatment and Rehabilitation)
    /// (Amendment) Bill"); nil when none.
    func bracketedTitleHead(after close: Int) -> Int? {
        let tokens = doc.tokens
        let sentence = tokens[close].sentence
        var j = close + 1
        if j < tokens.count, tokens[j].key == "(" {
            var k = j + 1
            while k < tokens.count, k - j <= 4, tokens[k].key != ")", tokens[k].sentence == sentence { k += 1 }
            guard k < tokens.count, k - j <= 4, tokens[k].key == ")", tokens[j + 1].isCapitalized else { return nil }
            j = k + 1
        }
        var words = 0
        while j < tokens.count, tokens[j].sentence == sentence, tokens[j].kind == .word, tokens[j].isCapitalized, !claimed[j] {
            if tokens[j].flags.contains(.policyHead) { return j }
            words += 1
            if words > 2 || tokens[j].flags.contains(.known) { return nil }
            j += 1
        }
        return nil
    }

    /// Tokens between a title's head and its bracket: 1 for "Act 2010 (…", 2 for "Act, 1993 (…";
    /// 0 when no year stands there.
    func yearBeforeBracket(_ open: Int) -> Int {
        let tokens = doc.tokens
        guard open > 2, tokens[open - 1].kind == .number, tokens[open - 1].key.utf8.count == 4 else { return 0 }
        if tokens[open - 2].isCapitalized, tokens[open - 2].flags.contains(.policyHead) { return 1 }
        if open > 3, tokens[open - 2].key == ",", tokens[open - 3].isCapitalized, tokens[open - 3].flags.contains(.policyHead) { return 2 }
        return 0
    }

    /// Whether the capitalised policy head at `j`, before a title line's last word, may stand
    /// inside the title ("Revenue Laws Amendment Bill").
    func isInnerTitleHead(_ j: Int, last: Int) -> Bool {
        j < last && EntityRecognizer.innerTitleHeads.contains(doc.tokens, at: j)
    }
}

extension EntityRecognizer {
    /// "the Federal University of Health Sciences, Azare (Establishment) Act": a Nigerian
    /// establishment act names the institution, a comma and its town before the bracket. When the
    /// bracket says "Establishment" ("Est, etc") and one or two words stand between a comma and
    /// it, the title starts where the institution's name does; nil otherwise.
    func establishmentTitleStart(first: Int, open: Int) -> Int? {
        let tokens = doc.tokens
        guard first >= 2, open - first <= 3, tokens[first - 1].key == ",", tokens[open + 1].key.hasPrefix("est"),
            tokens[first - 2].isCapitalized, !claimed[first - 2]
        else { return nil }
        let sentence = tokens[open].sentence
        var start = first - 2
        while start > 0, tokens[start - 1].sentence == sentence, !claimed[start - 1],
            tokens[start - 1].isCapitalized || EntityRecognizer.connectors.contains(tokens[start - 1])
        {
            start -= 1
        }
        while start < first - 2, !tokens[start].isCapitalized || EntityRecognizer.functionWords.contains(tokens[start]) { start += 1 }
        return start
    }
}
