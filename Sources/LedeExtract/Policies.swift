/// Policies found before capitalised spans: legal citations, titled orders and policies the
/// text only describes. Their tokens are claimed so no other rule reads them again.
extension EntityRecognizer {
    /// The leads as a list: `citationGateWords` is made from it as well (speed round twenty-seven).
    static let citationLeadWords: [String] = [
        "section", "sec.", "sec", "title", "chapter", "article", "rule", "proposition", "prop.", "prop", "measure", "bill", "mcl", "m.c.l.", "amendment",
        "sb", "hb", "ab", "h.r.", "s.b.", "h.b.", "ordinance", "resolution", "directive", "regulation", "§", "§§",
        "articles", "sections", "sf", "hf", "lb", "ld", "hjr", "sjr",
        "schedule",
        "hcr", "scr",
    ]
    private static let citationLeads = WordSet(citationLeadWords)
    /// Plural leads cite several provisions: "Articles 5(2) and 24(1)".
    private static let pluralCitationLeads: WordSet = ["articles", "sections"]
    /// Nouns for the regulations made under a law: "the Title IX rule".
    static let ruleNouns: WordSet = ["rule", "rules", "regulation", "regulations"]
    /// Leads whose number may be a letter: "Measure B", "Proposition A".
    static let letterLeadWords = ["measure", "proposition", "prop", "prop."]
    private static let letterLeads = WordSet(letterLeadWords)
    /// Chamber prefixes of bills written as one word: "SB8", "AB5", "HB1234".
    private static let billPrefixes: WordSet = ["sb", "hb", "ab", "sf", "hf", "lb"]
    static let codeAbbreviations: WordSet = ["u.s.c.", "c.f.r.", "usc", "cfr", "stat."]
    static let billChamberWords = ["senate", "house", "assembly"]
    private static let billChambers = WordSet(billChamberWords)
    private static let titleCues = WordSet(titleCueWords)
    private static let titleCueWords = ["titled", "entitled", "called", "named", "dubbed"]
    /// The cue words and "known" (of "known as"), flagged `.titleCue41`.
    static let titleCueWords41 = titleCueWords + ["known"]
    private static let titledHeads: WordSet = [
        "order", "orders", "bill", "law", "act", "policy", "measure", "directive", "memo", "memorandum", "ordinance",
        "proclamation", "initiative", "plan", "program", "proposal", "resolution", "legislation", "rule",
    ]

    mutating func findCitations() {
        let tokens = doc.tokens
        // The word sets read once: each read of a `static let` inside the loop is a call to
        // `swift_once` (about 350,000 a corpus round).
        let codeAbbreviations = EntityRecognizer.codeAbbreviations, citationLeads = EntityRecognizer.citationLeads
        let letterLeads = EntityRecognizer.letterLeads, billChambers = EntityRecognizer.billChambers
        let ofTitleHeads = EntityRecognizer.ofTitleHeads, citationGate = EntityRecognizer.citationGate
        let openBracketHash = EntityRecognizer.openBracketHash, operationHash = EntityRecognizer.operationHash
        // The section signs by their stored hashes: `key.utf8.first` was a call per mark.
        let sectionHash = StringTable<Bool>.hash("§"), sectionsHash = StringTable<Bool>.hash("§§")
        // The tokens the test below can pass, listed with the policy heads (speed round forty-one):
        // the walk jumps from one to the next instead of testing every token.
        let candidates = input.citationCandidates41
        var c = 0
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            while c < candidates.count, candidates[c] < i { c += 1 }
            guard c < candidates.count else { break }
            if candidates[c] != i {
                i = candidates[c] - 1
                continue
            }
            // The tokenizer's note first (`TokenNotes.citationStart`), then the next token's flag:
            // two branches almost never taken, where the tests below branch on every token's kind
            // and capital (speed round twenty-seven).
            if !tokens[i].notes.contains(.citationStart), !(i + 1 < tokens.count && tokens[i + 1].flags.contains(.policyHead)) {
                continue
            }
            // Citations start with a number, a capitalised word or "§": skip the rest cheaply.
            if claimed[i] || !(tokens[i].kind == .number || tokens[i].isCapitalized || tokens[i].kind == .punct) { continue }
            // A capitalised word opens a citation only as one of the words the branches below
            // test, in capitals ("HB1234"), or before a policy head ("House Bill No. 8"): the
            // tokenizer's flags rule out the rest at once (speed round twenty-seven).
            if tokens[i].kind == .word, !tokens[i].isAllCaps, tokens[i].flags.isDisjoint(with: citationGate),
                !(i + 1 < tokens.count && tokens[i + 1].flags.contains(.policyHead))
            {
                continue
            }
            // "§" and "§§" by their hashes first: other punctuation fails without a string compare.
            if tokens[i].kind == .punct,
                !(tokens[i].keyHash == sectionHash && tokens[i].key == "§" || tokens[i].keyHash == sectionsHash && tokens[i].key == "§§")
            {
                // "Muslim Women (Protection of Rights on Marriage) Bill, 2017": a title with a bracketed
                // part; "Regulation (EU) 2016/679": an EU act by its number.
                if tokens[i].keyHash == openBracketHash, tokens[i].key == "(",
                    let end = addBracketedTitle(at: i) ?? addEUAct(at: i) ?? addBracketChainTitle11(at: i)
                {
                    i = end
                }
                continue
            }
            // "under section 170 of the penal code": a lower-case lead (`Policy12Sections.swift`).
            if tokens[i].kind == .number, i > 0, isLowerPartLead12(i - 1), let end = addNumberedParts12(i - 1) {
                i = end
                continue
            }
            // "the 1999 Constitution" (`RegionalNames.swift`).
            if tokens[i].kind == .number, i + 1 < tokens.count, tokens[i + 1].flags.contains(.policyHead), let end = yearConstitution(i) {
                addPolicy(name: Document.text(doc.bytes, tokens[i].start, tokens[end].end), tokens: i...end)
                i = end
                continue
            }
            // "House Bills 128 and 606": one policy a bill (`Policies71.swift`).
            if tokens[i].isCapitalized, billChambers.contains(tokens[i]), let end = addPluralBills71(at: i) {
                i = end
                continue
            }
            // Fields read in place: a copy of the token would retain its key.
            var first = i, last = -1
            // "8 U.S.C. § 1325", "42 C.F.R. 1.2"
            if tokens[i].kind == .number, i + 2 < tokens.count, tokens[i + 1].isCapitalized, codeAbbreviations.contains(tokens[i + 1]) {
                var j = i + 2
                while j < tokens.count, tokens[j].key == "§" || tokens[j].key == "§§" { j += 1 }
                if j < tokens.count, tokens[j].kind == .number { last = extendParenthesised(j) }
            } else if tokens[i].isCapitalized || tokens[i].kind == .punct, i + 1 < tokens.count,
                citationLeads.contains(tokens[i]), isCitationNumber(i + 1), !isTitleYear(i),
                // "Schedule 7 of the Terrorism Act"; "Schedule I drugs" are a class of drugs (entities27).
                tokens[i + 1].startsWithDigit || tokens[i].key != "schedule"
            {
                // "Sections 4 and 10", "Section 6 (6)": one policy a part (`Policy12Sections.swift`).
                if let end = addNumberedParts12(i) {
                    i = end
                    continue
                }
                last = extendParenthesised(i + 1)
                if EntityRecognizer.pluralCitationLeads.contains(tokens[i]) {
                    while last + 2 < tokens.count, tokens[last + 1].key == "and" || tokens[last + 1].key == ",",
                        isCitationNumber(last + 2)
                    {
                        last = extendParenthesised(last + 2)
                    }
                }
            } else if tokens[i].isCapitalized, i + 1 < tokens.count, letterLeads.contains(tokens[i]),
                isCitationLetter(i + 1)
            {
                // "Measure B": a lone capital after a ballot lead (its period may end the sentence).
                let end = tokens[i + 1].isAbbreviation ? tokens[i + 1].end - 1 : tokens[i + 1].end
                addPolicy(name: Document.text(doc.bytes, tokens[i].start, end), tokens: i...(i + 1), end: end)
                if let key = expandedBillKey(i, i + 1) { spellOut(mentions[mentions.count - 1], key: key) }
                i += 1
                continue
            } else if tokens[i].kind == .word, tokens[i].isAllCaps, isOneWordBill(i) {
                last = i
            } else if tokens[i].kind == .number, tokens[i].key.utf8.count >= 2, extendParenthesised(i) > i,
                isLetter(tokens[i + 2].key)
            {
                // "287(g)", "501(c)(3)": a provision cited by its number alone.
                last = extendParenthesised(i)
            } else if tokens[i].isCapitalized, billChambers.contains(tokens[i]), i + 2 < tokens.count,
                tokens[i + 1].key == "bill", tokens[i + 1].isCapitalized, tokens[i + 2].kind == .number
            {
                last = i + 2
            } else if tokens[i].isCapitalized, i + 2 < tokens.count,
                tokens[i].flags.contains(.policyHead) || tokens[i + 1].flags.contains(.policyHead), let end = numberedTitleEnd(i)
            {
                // "House Bill No. 8664", "Republic Act No. 11055" (`RegionalNames.swift`).
                last = end
            } else if tokens[i].isCapitalized, i + 2 < tokens.count, tokens[i + 2].kind == .number,
                tokens[i].key == "executive" || tokens[i].key == "public",
                tokens[i + 1].key == "order" || tokens[i + 1].key == "law" || tokens[i + 1].key == "act"
            {
                last = i + 2
            } else if tokens[i].isCapitalized, tokens[i].flags.contains(.policyHead), i > 0, tokens[i - 1].startsWithDigit,
                isOrdinalAmendment(i)
            {
                // "the 11th Amendment": the ordinal is a word, neither number nor capitalised (`Policy9Titles.swift`).
                addPolicy(name: Document.text(doc.bytes, tokens[i - 1].start, tokens[i].end), tokens: (i - 1)...i)
                continue
            } else if tokens[i].isCapitalized, tokens[i].flags.contains(.policyHead), isLonePolicyWord(i) {
                // "the Bill was amended", "Bills passed": a law's head word alone refers back to a
                // law; it names no organisation. "an MoU between India and Japan" is named by its parties.
                if tokens[i].key == "mou", addTreatyWithParties(i) { continue }
                claimed[i] = true
                continue
            } else if tokens[i].isCapitalized, tokens[i].keyHash == operationHash, tokens[i].key == "operation",
                !operationInsideName71(i), let end = namedOperationEnd(i)
            {
                // "Operation CeaseFire", "Operation Warp Speed": a programme named as an operation.
                addPolicy(name: Document.text(doc.bytes, tokens[i].start, tokens[end].end), tokens: i...end)
                i = end
                continue
            } else if tokens[i].isCapitalized, ofTitleHeads.contains(tokens[i]), let end = ofTitleEnd(i), !amendedTitleFollows(end) {
                // "the Treaty of Lisbon", "the Instrument of Accession", "the Bill of Rights".
                let start = ofTitleStart(i)
                addPolicy(name: Document.text(doc.bytes, tokens[start].start, tokens[end].end), tokens: start...end)
                i = end
                continue
            }
            // "Public Act 135 of 2024"
            if last >= 0, last + 2 < tokens.count, tokens[last + 1].key == "of", tokens[last + 2].kind == .number,
                tokens[last + 2].key.utf8.count == 4
            {
                last += 2
            }
            guard last >= 0, tokens[last].sentence == tokens[i].sentence else { continue }
            // "the new Title IX rule": rules made under a statute are a policy of their own.
            var ruleKey: String?
            if last + 1 < tokens.count, !tokens[last + 1].isCapitalized, EntityRecognizer.ruleNouns.contains(tokens[last + 1]) {
                // "Title IX rule" and "Title IX regulations" are one set of rules.
                ruleKey = Lexicon.key(Document.text(doc.bytes, tokens[first].start, tokens[last].end)) + " rules"
                last += 1
            }
            if first > 0, tokens[first - 1].kind == .number, tokens[first].key == "§" { first -= 1 }
            let name = Document.text(doc.bytes, tokens[first].start, tokens[last].end)
            addPolicy(name: name, tokens: first...last)
            if let ruleKey {
                mentions[mentions.count - 1].key = ruleKey
            } else if let key = expandedBillKey(first, last) {
                spellOut(mentions[mentions.count - 1], key: key)
            }
            i = last
        }
    }

    /// Short forms of bill leads, so that "SB 8", "SB8" and "Senate Bill 8" (or "Prop 22" and
    /// "Proposition 22") are one policy.
    private static let billLeadExpansions: StringTable<String> = [
        "sb": "senate bill", "s.b.": "senate bill", "hb": "house bill", "h.b.": "house bill", "ab": "assembly bill",
        "prop": "proposition", "prop.": "proposition",
    ]

    /// The key of a citation written with a short lead, spelled out; nil when it has none.
    private func expandedBillKey(_ first: Int, _ last: Int) -> String? {
        let t = doc.tokens[first]
        if first == last, t.kind == .word, t.isAllCaps, isOneWordBill(first),
            let lead = EntityRecognizer.billLeadExpansions[String(t.key.prefix(2))]
        {
            return lead + " " + t.key.dropFirst(2)
        }
        guard first < last, let lead = EntityRecognizer.billLeadExpansions.value(t.key, hash: t.keyHash) else { return nil }
        var key = lead
        for k in (first + 1)...last { key += (doc.tokens[k].start == doc.tokens[k - 1].end ? "" : " ") + doc.tokens[k].key }
        if doc.tokens[last].isAbbreviation, doc.tokens[last].key.hasBytesSuffix(".") { key.removeLast() }
        return key
    }

    /// "SB 8" is named "Senate Bill 8" (its written form stays an alias), so that both forms
    /// are one policy with the spelled-out name.
    private func spellOut(_ mention: RawMention, key: String) {
        mention.key = key
        // The lead words are ASCII lower case ("senate bill"); the number after them is kept.
        let leadLength = key.hasPrefix("proposition") ? 1 : 2
        var words = key.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for n in 0..<min(leadLength, words.count) { words[n] = words[n].prefix(1).uppercased() + words[n].dropFirst() }
        mention.name = words.joined(separator: " ")
    }

    /// "B" or "B." after "Measure": one capital letter.
    private func isCitationLetter(_ index: Int) -> Bool {
        let t = doc.tokens[index]
        guard t.kind == .word, t.isCapitalized else { return false }
        let k = t.key.utf8
        return (k.count == 1 || (k.count == 2 && t.isAbbreviation)) && isLetter(t.key)
    }

    private func isLetter(_ key: String) -> Bool {
        guard let c = key.utf8.first else { return false }
        return c >= 0x61 && c <= 0x7A
    }

    /// "SB8", "AB5": a chamber prefix and digits in one word.
    private func isOneWordBill(_ index: Int) -> Bool {
        // The key borrowed through a `Span` (speed round twenty-eight: the getter copied the token).
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let k = view[index].key.utf8
        guard k.count >= 3, k.count <= 7 else { return false }
        var digits = 0
        for (n, c) in k.enumerated() where n >= 2 {
            guard c >= 0x30 && c <= 0x39 else { return false }
            digits += 1
        }
        return digits > 0 && EntityRecognizer.billPrefixes.contains(String(doc.tokens[index].key.prefix(2)))
    }

    private func isCitationNumber(_ index: Int) -> Bool {
        // A digit first is the common case, read from a stored field without copying the token.
        if doc.tokens[index].startsWithDigit { return true }
        let token = doc.tokens[index]
        guard let c = token.key.unicodeScalars.first else { return false }
        if Chars.isDigit(c.value) { return true }
        // Canadian bills: "Bill C-11", "Bill S-5".
        let k = token.key.utf8
        if k.count >= 3, k.count <= 6, isLetter(token.key) {
            let second = k[k.index(after: k.startIndex)], third = k[k.index(k.startIndex, offsetBy: 2)]
            if second == 0x2D, third >= 0x30 && third <= 0x39 { return true }
        }
        // Roman numerals: "Title IX", "Article II".
        return token.isAllCaps && token.key.allSatisfy { "ivxl".contains($0) } && token.key.count <= 4
    }

    /// Extends a citation over adjacent "(g)", "(a)(1)" groups: "287(g)".
    private func extendParenthesised(_ index: Int) -> Int {
        let tokens = doc.tokens
        var last = index
        while last + 3 < tokens.count, tokens[last + 1].key == "(", tokens[last + 1].start == tokens[last].end,
            tokens[last + 3].key == ")", tokens[last + 2].key.count <= 4
        {
            last += 3
        }
        return last
    }

    /// `executive order titled "Protecting the American People Against Invasion"`.
    mutating func findTitledPolicies() {
        // No cue in the article (the flag on none of its tokens): no title (speed round forty-one).
        guard doc.flagUnion.contains(.titleCue41) else { return }
        let tokens = doc.tokens
        // Only a word right before an opening quote can be a cue: test that first, it is cheap
        // (the stored key hash before the key: a compare to a literal costs a call).
        let quote = StringTable<Bool>.hash("\"")
        // The walk visits the quotes the tokenizer noted (`TokenNotes.quote`), and `i` is the word
        // before one: one byte test a token, a branch almost never taken (speed round twenty-seven).
        for q in 1..<max(1, tokens.count) where tokens[q].notes.contains(.quote) {
            let i = q - 1
            guard tokens[i + 1].kind == .punct, tokens[i + 1].keyHash == quote, tokens[i + 1].key == "\"",
                tokens[i].kind == .word, EntityRecognizer.titleCues.contains(tokens[i]) || tokens[i].key == "as"
            else { continue }
            if tokens[i].key == "as", i == 0 || tokens[i - 1].key != "known" { continue }
            guard i > 0, i + 2 < tokens.count, tokens[i + 1].key == "\"" else { continue }
            var head = i - 1
            if tokens[head].key == "known" { head -= 1 }
            guard head >= 0, EntityRecognizer.titledHeads.contains(tokens[head]) else { continue }
            var j = i + 2
            while j < tokens.count, tokens[j].key != "\"", tokens[j].sentence == tokens[i].sentence, j - i < 30 { j += 1 }
            guard j < tokens.count, tokens[j].key == "\"", j > i + 2 else { continue }
            var last = j - 1
            while last > i + 2, tokens[last].kind == .punct { last -= 1 }
            addPolicy(name: Document.text(doc.bytes, tokens[i + 2].start, tokens[last].end), tokens: (i + 2)...last)
            for k in (i + 1)...j { claimed[k] = true }
        }
    }
}
