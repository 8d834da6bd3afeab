/// Titles of laws, policies and schemes whose shape breaks a run of capitalised words, so that the
/// run finder cuts them or types a part an organisation (entities round twenty-four):
/// - a common noun's possessive inside the title: "the Expanded Senior Citizens' Act of 2009",
///   "the Renter's Reform Bill", "the Chief Minister's Economic Welfare Scheme";
/// - a head followed by "on" or "for" and its subject: "the National Policy on Safe Schools",
///   "the Magna Carta for Disabled Persons", "the National Code on Wages";
/// - an act or law of a country: "the Anti-Trust Act of the Philippines".
/// Found in the programme scan (`PolicyProgrammes.swift`), which already stops at every
/// capitalised policy head, so no extra pass over the tokens.
extension EntityRecognizer {
    /// Heads whose title may go on with "on" or "for" and a capitalised subject.
    static let subjectTitleHeads: WordSet = [
        "policy", "code", "carta", "charter", "strategy", "plan", "law", "act", "agreement", "accord", "treaty", "protocol",
        "framework", "scheme", "programme", "program", "initiative", "agenda",
    ]
    /// Heads a country may own: "the Anti-Trust Act of the Philippines", "the Companies Act of Kenya".
    static let countryTitleHeads: WordSet = ["act", "law", "code"]
    /// Owners whose possessive starts a title of their own, not the owner's policy: a government or a
    /// body owns a bill ("the State's Finance Bill" is the state's), a reader or a citizen does not.
    static let possessiveOwnerStops: WordSet = [
        "state", "states", "city", "county", "country", "government", "nation", "nation's", "party", "court", "council",
        "assembly", "senate", "house", "congress", "parliament", "legislature", "administration", "department",
        "ministry", "agency", "commission", "board", "union", "president", "governor", "mayor", "world", "europe",
    ]

    /// The title around the capitalised policy head at `i` when one of the three shapes holds;
    /// nil otherwise. Tested only where a cheap look at the neighbours says a shape may hold.
    func namedTitle(around i: Int) -> ClosedRange<Int>? {
        let tokens = doc.tokens
        guard i + 1 < tokens.count, !tokens[i].isAllCaps, !claimed[i] else { return nil }
        let next = tokens[i + 1].key
        // "National Policy Statement on Urban Development" (`Policy9Titles.swift`).
        if let title = policyNounTitle(i) { return title }
        // A capitalised "For" is a headline's title case: "… Announces Agreement For …".
        if (next == "on" || next == "for"), !tokens[i + 1].isCapitalized, EntityRecognizer.subjectTitleHeads.contains(tokens[i]),
            let end = subjectTitleEnd(i)
        {
            return titleStart(before: i)...end
        }
        if next == "of", EntityRecognizer.countryTitleHeads.contains(tokens[i]), let end = countryTitleEnd(i) {
            let start = titleStart(before: i)
            return start < i ? start...end : nil
        }
        if let start = possessiveTitleStart(i) {
            return start...yearOfTitleEnd(i)
        }
        // A heading line that is the title alone: "2. Universal Health Care Law".
        let line = doc.sentenceTokens[tokens[i].sentence]
        if i + 1 == line.upperBound || (i + 3 == line.upperBound && next == ","), isPolicyTitleLine(line) {
            var first = line.lowerBound
            while first < i, tokens[first].kind != .word { first += 1 }
            if first < i, !(first...i).contains(where: { claimed[$0] }) { return first...(line.upperBound - 1) }
        }
        return nil
    }

    /// "… Policy on Safe Schools", "… Carta for Disabled Persons", "… Policy on Software Products
    /// 2019": capitalised words after "on"/"for" (an inner "and" or "of" between them), a year
    /// after them; no month or weekday ("the Bill on Monday").
    func subjectTitleEnd(_ i: Int) -> Int? {
        let tokens = doc.tokens
        let sentence = tokens[i].sentence
        var j = i + 2
        if j < tokens.count, tokens[j].key == "the" { j += 1 }
        guard isTitleNameWord(j, sentence: sentence) else { return nil }
        var end = j
        while end - j < 6 {
            if isTitleNameWord(end + 1, sentence: sentence) {
                end += 1
            } else if end + 2 < tokens.count, tokens[end + 1].key == "and" || tokens[end + 1].key == "of",
                isTitleNameWord(end + 2, sentence: sentence)
            {
                end += 2
            } else {
                break
            }
        }
        if end + 1 < tokens.count, isYear(end + 1), tokens[end + 1].sentence == sentence { end += 1 }
        return end
    }

    /// "Act of the Philippines": a known place after "of" ends the title.
    private func countryTitleEnd(_ i: Int) -> Int? {
        let tokens = doc.tokens
        var j = i + 2
        if j < tokens.count, tokens[j].key == "the" { j += 1 }
        guard isTitleNameWord(j, sentence: tokens[i].sentence) else { return nil }
        var end = j
        while end - j < 3, isTitleNameWord(end + 1, sentence: tokens[i].sentence) { end += 1 }
        // The place must be the whole complement: "Act of Parliament" names no country.
        guard let known = knownName(j..<(end + 1)), known.kind == .place else { return nil }
        return end
    }

    /// The first word of a title whose head is at `i`, when a common noun's possessive stands
    /// inside it ("Senior Citizens' Act", "Renter's Reform Bill"); nil otherwise.
    private func possessiveTitleStart(_ i: Int) -> Int? {
        let tokens = doc.tokens
        let sentence = tokens[i].sentence
        // The possessive: at most two capitalised words between it and the head.
        var p = i - 1
        while p > i - 3, p > 0, isTitleNameWord(p, sentence: sentence) { p -= 1 }
        guard p >= 2, isPossessiveMark(p) else { return nil }
        let owner = p - 1
        let flags = tokens[owner].flags
        // A common noun ("Citizens", "Minister"), or one whose plural is ("Renter"): never a name.
        guard isTitleNameWord(owner, sentence: sentence),
            flags.contains(.common) || (!flags.contains(.surname) && lexicon.has(.common, tokens.span[owner].key + "s")),
            !flags.contains(.givenName), !flags.contains(.known), !EntityRecognizer.possessiveOwnerStops.contains(tokens, at: owner),
            knownName(owner..<(owner + 1)) == nil, knownName((p + 1)..<(i + 1)) == nil, !sentenceInitial.contains(owner)
        else { return nil }
        let start = titleStart(before: owner)
        // "Expanded Senior Citizens' Act": the owner alone ("Citizens' Act") is no title.
        return start < owner || p < i - 1 ? start : nil
    }

    /// "Renter's" (a split possessive) or "Citizens'" (an apostrophe right after a word in -s).
    private func isPossessiveMark(_ p: Int) -> Bool {
        let tokens = doc.tokens
        if tokens[p].kind == .possessive { return true }
        return tokens[p].kind == .punct && tokens[p].key == "'" && tokens[p].start == tokens[p - 1].end
            && tokens[p - 1].key.hasBytesSuffix("s") && p + 1 < tokens.count && tokens[p + 1].start > tokens[p].end
    }

    /// Capitalised words before `i` that belong to the title (four at most), never a sentence's
    /// opening common word or a function word.
    func titleStart(before i: Int) -> Int {
        let tokens = doc.tokens
        let sentence = tokens[i].sentence
        var start = i
        while start > 0, i - start < 4, isTitleNameWord(start - 1, sentence: sentence) { start -= 1 }
        // A sentence's opening adjective of a government stays: ""National Policy on …" was approved".
        while start < i, EntityRecognizer.functionWords.contains(tokens, at: start)
            || (sentenceInitial.contains(start) && tokens[start].flags.contains(.common) && !tokens[start].flags.contains(.policyHead)
                && !tokens[start].flags.contains(.nonName))
        {
            start += 1
        }
        return start
    }

    /// "Act of 2009": the title's year after "of".
    private func yearOfTitleEnd(_ i: Int) -> Int {
        let tokens = doc.tokens
        if i + 2 < tokens.count, tokens[i + 1].key == "of", isYear(i + 2), tokens[i + 2].sentence == tokens[i].sentence { return i + 2 }
        return i
    }

    private func isYear(_ j: Int) -> Bool {
        let t = doc.tokens[j]
        return t.kind == .number && t.key.utf8.count == 4 && (t.key.hasBytesPrefix("19") || t.key.hasBytesPrefix("20"))
    }

    /// A capitalised word of the sentence no other rule took, and no month or weekday.
    private func isTitleNameWord(_ j: Int, sentence: Int) -> Bool {
        guard j >= 0, j < doc.tokens.count else { return false }
        // Fields read in place (a copied token retains its key: speed round twenty-eight).
        let viewTokens = doc.tokens
        let view = viewTokens.span
        return view[j].kind == .word && view[j].isCapitalized && view[j].sentence == sentence && !claimed[j]
            && !view[j].flags.contains(.temporal)
    }
}

extension EntityRecognizer {
    /// "Senate Bill 3561, the Expanded Senior Citizens' Act of 2009, which …": a title in
    /// apposition with a citation is its second name when the title is no citation itself and
    /// closes the phrase (";", ".", ")", or a comma before a relative word); a list ("SB 5, the
    /// Clean Air Act and …") names two laws.
    func isAppositiveTitle(_ other: RawMention, from j: Int) -> Bool {
        let tokens = doc.tokens
        guard !EntityRecognizer.appositionCitationLeads.contains(tokens[j]) else { return false }
        var k = j
        while k < tokens.count, tokens[k].end < other.end { k += 1 }
        guard k < tokens.count, tokens[k].end == other.end, tokens[k].kind != .number || isYear(k) else { return false }
        guard k + 1 < tokens.count, tokens[k + 1].sentence == tokens[j].sentence else { return true }
        let after = tokens[k + 1].key
        if after == ";" || after == "." || after == ")" { return true }
        return after == "," && k + 2 < tokens.count && EntityRecognizer.appositionClosers.contains(tokens[k + 2])
    }

    /// Words opening a citation, which a list of citations repeats: "SB 5, House Bill 7".
    static let appositionCitationLeads: WordSet = [
        "senate", "house", "assembly", "bill", "section", "article", "rule", "sb", "hb", "ab", "sf", "hf", "republic", "executive", "public",
    ]
    /// Words after the comma that closes an apposition: "…, which seeks", "…, that was", "…, was …".
    static let appositionClosers: WordSet = ["which", "that", "who", "was", "is", "will", "would", "has", "had"]
}

extension EntityRecognizer {
    /// Adjectives of a government that open its programmes' names: "National Health Mission".
    static let governmentAdjectives: WordSet = ["national", "federal", "state"]

    /// The words of a programme's name (two to four) found again elsewhere as a whole run of
    /// capitalised words are the same programme: "the Ayushman Bharat scheme" … "approved
    /// Ayushman Bharat or …".
    mutating func addRepeatedProgrammeName(_ name: ClosedRange<Int>, key: String, name text: String) {
        let tokens = doc.tokens
        let count = name.count
        guard name.allSatisfy({ tokens[$0].kind == .word }) else { return }
        let hash = tokens[name.lowerBound].keyHash
        var k = 0
        while k + count <= tokens.count {
            defer { k += 1 }
            guard tokens[k].keyHash == hash, !claimed[k], k != name.lowerBound else { continue }
            var same = true
            for n in 0..<count where claimed[k + n] || tokens[k + n].key != tokens[name.lowerBound + n].key {
                same = false
                break
            }
            // The whole run: no capitalised word joins it on either side.
            guard same, k == 0 || !(tokens[k - 1].isCapitalized && tokens[k - 1].kind == .word && tokens[k - 1].sentence == tokens[k].sentence),
                k + count == tokens.count || !(tokens[k + count].isCapitalized && tokens[k + count].kind == .word
                    && tokens[k + count].sentence == tokens[k].sentence)
            else { continue }
            mentions.append(
                RawMention(
                    type: .policy, key: key, name: text, start: tokens[k].start, end: tokens[k + count - 1].end,
                    sentence: tokens[k].sentence, tokenCount: count))
            for n in 0..<count { claimed[k + n] = true }
        }
    }
}

extension EntityRecognizer {
    /// A folded key without its apostrophes: "renter's reform bill" → "renters reform bill".
    func withoutApostrophes(_ key: String) -> String {
        guard key.utf8.contains(39) else { return key }
        return String(decoding: key.utf8.filter { $0 != 39 }, as: UTF8.self)
    }
}

extension EntityRecognizer {
    /// The year that ends a title whose head is the token before `hi`: "Act of 1974", "Act
    /// 1968", "Policy, 2019" (annotators write it as part of the name); nil when none follows.
    /// A year followed by another number or by "and" is a list or a date, not the title's.
    func titleYear(after hi: Int) -> Int? {
        let tokens = doc.tokens
        guard hi < tokens.count, hi > 0 else { return nil }
        var y = hi
        let lead = tokens[hi].key
        if lead == "of" {
            y += 1
            guard y < tokens.count, tokens[y].kind == .number, tokens[y].key.utf8.count == 4 else { return nil }
            return y
        }
        if lead == "," { y += 1 }
        guard y < tokens.count, isYear(y), tokens[y].sentence == tokens[hi - 1].sentence else { return nil }
        if y + 1 < tokens.count, tokens[y + 1].kind == .number || tokens[y + 1].key == "-"
            || (tokens[y + 1].key == "and" && y + 2 < tokens.count && tokens[y + 2].kind == .number)
        {
            return nil
        }
        return y
    }
}

extension EntityRecognizer {
    /// A line after the headline's place that is one title and nothing else: capitalised words (and "of", "and", "for", "on",
    /// "the" between them) ending in a policy head, the only one in it ("Universal Health Care
    /// Law", "National Mineral Policy, 2019"). Its words are the title's, not a headline's.
    func isPolicyTitleLine(_ range: Range<Int>) -> Bool {
        let tokens = doc.tokens
        // The first sentences are a headline's place ("Appeals Court Halts … Water Rule").
        guard tokens[range.lowerBound].sentence >= 3 else { return false }
        var last = range.upperBound - 1
        if tokens[last].kind == .number, last - 2 >= range.lowerBound, isYear(last) {
            last -= tokens[last - 1].key == "," ? 2 : 1
        }
        guard last > range.lowerBound, tokens[last].kind == .word, tokens[last].isCapitalized, !tokens[last].isAllCaps,
            tokens[last].flags.contains(.policyHead)
        else { return false }
        // A headline names its subject too: "Supreme Court Blocks … Vaccine Rule" has a body in it.
        guard last - range.lowerBound < 9 else { return false }
        for j in range.lowerBound..<last {
            let t = tokens[j]
            if t.kind == .word, t.isCapitalized, !t.flags.contains(.policyHead) || isInnerTitleHead(j, last: last),
                !isKnownBodyWord(j, from: range.lowerBound) { continue }
            if t.kind == .word, EntityRecognizer.titleLineConnectors.contains(t) { continue }
            return false
        }
        return true
    }

    static let titleLineConnectors: WordSet = ["of", "and", "for", "on", "the", "to"]

    /// A listed body's word ("OSHA", "Supreme Court"): a line naming a body is a headline.
    private func isKnownBodyWord(_ j: Int, from lo: Int) -> Bool {
        let flags = doc.tokens[j].flags
        guard flags.contains(.known) || flags.contains(.orgHead) else { return false }
        if knownName(j..<(j + 1))?.kind == .agency { return true }
        return j > lo && flags.contains(.orgHead) && knownName((j - 1)..<(j + 1))?.kind == .agency
    }
}


extension EntityRecognizer {
    /// "Targeted Cash Transfer (TCT) Program" is keyed as "Targeted Cash Transfer Program", so the
    /// title written without its acronym is the same programme, and carries "TCT" as its acronym,
    /// so that "TCT" and "the TCT program" join it.
    func keyWithoutAcronym(_ mention: RawMention, first: Int, open: Int, last: Int) {
        let tokens = doc.tokens
        // A title written in capitals has no acronym in it: "… AGENCY (ESTABLISHMENT) ACT".
        guard first < open, !tokens[open - 1].isAllCaps, tokens[open + 1].key.utf8.count <= 6 else { return }
        mention.key = Lexicon.key(Document.text(doc.bytes, tokens[first].start, tokens[open - 1].end) + " " + Document.text(doc.bytes, tokens[open + 3].start, tokens[last].end))
        mention.acronym = Document.text(doc.bytes, tokens[open + 1].start, tokens[open + 1].end)
    }
}

extension EntityRecognizer {
    /// The key of a policy title already found whose bracketed acronym is `acronym` (folded).
    func titleKey(ofAcronym acronym: String) -> String? {
        for m in mentions where m.type == .policy {
            if let a = m.acronym, Lexicon.key(a) == acronym { return m.key }
        }
        return nil
    }
}

extension EntityRecognizer {
    /// Prepositions before "that law" when it refers back: "Section 9 of that law", "under that law".
    static let referencePrepositions: WordSet = ["of", "under", "in", "by", "to", "from", "with", "into"]
}
