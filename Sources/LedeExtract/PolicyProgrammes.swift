/// Programmes and laws named by a capitalised name and a lower-case head: "the PM-Kisan
/// scheme", "the Housing Choice Voucher program", "the Universal Health Care (UHC) law".
/// News in every country names a government scheme this way; the capitalised part alone would
/// be typed an organisation by its shape.
extension EntityRecognizer {
    /// Lower-case heads that make a capitalised name before them a programme or a law.
    static let programmeHeads: WordSet = [
        "scheme", "schemes", "programme", "programmes", "program", "programs", "initiative", "law",
        // "the Clean Slate legislation" (fixes19, `Fixes19.swift`).
        "legislation",
    ]
    /// Heads a one-word name may not take: "the Kenyan law", "Sharia law", "Senate legislation" are no titles.
    static let programmeHeadsOfLongNames: WordSet = ["law", "legislation"]

    /// "the PM-POSHAN scheme", "the Universal Health Care (UHC) law": a run of capitalised words
    /// (and a parenthesised acronym after it) directly before a programme head, when the run is
    /// no known name (a place's law, an agency's programme, a known policy keep their own
    /// mention) and no person's name. Other mentions of a one-word name ("PM-POSHAN will …")
    /// are the same policy.
    mutating func findNamedProgrammes() {
        let tokens = doc.tokens
        var found: [(first: Int, last: Int, key: String)] = []
        // "X Bill and Y Bill" (`coordinateTitles`) is found in the same scan: one pass over the tokens.
        var ands: [Int] = []
        var titles: [ClosedRange<Int>] = []
        // The policy heads after the first token (`RecognizerInput.policyHeads41`).
        let heads = input.policyHeads41
        for i in heads where i >= 1 {
            // "Tenancy bill, 2031": lower-case words in a title with its year (`PolicyTitleBodies.swift`).
            if i + 2 < tokens.count, tokens[i + 2].kind == .number, tokens[i + 1].kind == .punct, addLowerCaseTitle(head: i) { continue }
            if tokens[i].isCapitalized {
                if i + 2 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 2].isCapitalized, tokens[i + 1].key == "and" {
                    ands.append(i + 1)
                } else if let title = namedTitle(around: i) {
                    // "the Magna Carta for Disabled Persons", "the Renter's Reform Bill" (`PolicyNames.swift`).
                    titles.append(title)
                }
                continue
            }
            guard tokens[i].kind == .word, !claimed[i], EntityRecognizer.programmeHeads.contains(tokens[i]) else { continue }
            let sentence = tokens[i].sentence
            var end = i - 1
            var acronym = -1
            // "Universal Health Care (UHC) law": the acronym in brackets is part of the name.
            if end >= 3, tokens[end].key == ")", tokens[end - 1].isAllCaps, tokens[end - 2].key == "(" {
                acronym = end - 1
                end -= 3
            }
            guard isProgrammeNameWord(end, sentence: sentence) else { continue }
            var first = end
            // A name never runs across a line: "2. Universal Health Care Law\nThe law …" (entities24).
            while first > 0, end - first < 7, isProgrammeNameWord(first - 1, sentence: sentence), !lineBreakBefore(first) { first -= 1 }
            if lineBreakBefore(i) { continue }
            // A sentence's first word is capitalised anyway: "Scheme" rules, not "The scheme".
            while first <= end, EntityRecognizer.functionWords.contains(tokens, at: first) || sentenceInitial.contains(first)
                && tokens[first].flags.contains(.common) && !tokens[first].isAllCaps
            {
                first += 1
            }
            guard first <= end else { continue }
            // "the Deferred Action for Childhood Arrivals (DACA) program" (`Fixes19.swift`).
            if acronym >= 0, let start = acronymTitleStart19(first: first, end: end, acronym: acronym) {
                addAcronymTitle19(start, end, acronym: acronym, head: i)
                continue
            }
            // "the NSW Government program", "a Football League programme": a body's programme, no title (entities21).
            if EntityRecognizer.programmeOwnerHeads.contains(tokens, at: end) { continue }
            if EntityRecognizer.programmeHeadsOfLongNames.contains(tokens[i]), end - first < 1 { continue }
            if isPartyLegislation19(end: end, head: i) { continue }
            // A place's law, a known agency's programme, a known policy: their names are typed already.
            if knownName(first..<(end + 1)) != nil || (end - first < 1 && knownName(first..<first + 1) != nil) { continue }
            if tokens[first].flags.contains(.givenName) || (first...end).contains(where: { tokens[$0].flags.contains(.temporal) }) {
                continue
            }
            found.append((first, i, Lexicon.key(Document.text(doc.bytes, tokens[first].start, tokens[i].end))))
        }
        for f in found where !(f.first...f.last).contains(where: { claimed[$0] }) {
            let name = Document.text(doc.bytes, tokens[f.first].start, tokens[f.last].end)
            // "the TCT program" after "Targeted Cash Transfer (TCT) Program" is that programme (`PolicyNames.swift`).
            let key = f.last == f.first + 1 && tokens[f.first].isAllCaps ? titleKey(ofAcronym: tokens[f.first].key) ?? f.key : f.key
            mentions.append(
                RawMention(
                    type: .policy, key: key, name: name, start: tokens[f.first].start, end: tokens[f.last].end,
                    sentence: tokens[f.first].sentence, tokenCount: f.last - f.first + 1))
            for k in f.first...f.last { claimed[k] = true }
            // "PM-POSHAN will run for five years": a one-word name alone elsewhere is the same scheme.
            let nameEnd = f.last - 1
            // "the Ayushman Bharat scheme … Ayushman Bharat": a longer name likewise (`PolicyNames.swift`).
            if nameEnd > f.first, nameEnd - f.first < 4 {
                addRepeatedProgrammeName(f.first...nameEnd, key: key, name: name)
                continue
            }
            guard nameEnd == f.first, tokens[nameEnd].kind == .word else { continue }
            let hash = tokens[nameEnd].keyHash, word = tokens[nameEnd].key
            for k in tokens.indices where !claimed[k] && tokens[k].keyHash == hash && tokens[k].key == word {
                mentions.append(
                    RawMention(
                        type: .policy, key: key, name: name, start: tokens[k].start, end: tokens[k].end,
                        sentence: tokens[k].sentence, tokenCount: 1))
                claimed[k] = true
            }
        }
        for t in titles where !t.contains(where: { claimed[$0] }) {
            addPolicy(name: Document.text(doc.bytes, tokens[t.lowerBound].start, tokens[t.upperBound].end), tokens: t)
            // "Renter's Reform Bill" and "Renters Reform Bill" are one bill: the key drops apostrophes.
            mentions[mentions.count - 1].key = withoutApostrophes(mentions[mentions.count - 1].key)
        }
        for a in ands { coordinateTitles(at: a) }
    }

    /// A capitalised word that can be part of a programme's name, in the head's sentence.
    private func isProgrammeNameWord(_ j: Int, sentence: Int) -> Bool {
        guard j >= 0 else { return false }
        let t = doc.tokens[j]
        return t.kind == .word && t.isCapitalized && !claimed[j] && t.sentence == sentence
    }

    /// Chambers whose bills are numbered: "Senate Bill 2024" is a number, not a year.
    static let titleYearChambers: WordSet = ["senate", "house", "assembly"]

    /// "the Finance Bill 2024", "the Finance Bill, 2023": a year after a titled bill is the
    /// title's year, not a bill number ("Senate Bill 2024" keeps its number).
    func isTitleYear(_ lead: Int) -> Bool {
        let tokens = doc.tokens
        guard lead > 0, lead + 1 < tokens.count, tokens[lead].key == "bill" || tokens[lead].key == "ordinance", tokens[lead + 1].kind == .number, tokens[lead + 1].key.utf8.count == 4,
            tokens[lead + 1].key.hasBytesPrefix("19") || tokens[lead + 1].key.hasBytesPrefix("20"),
            tokens[lead - 1].kind == .word, tokens[lead - 1].isCapitalized, tokens[lead - 1].sentence == tokens[lead].sentence
        else { return false }
        return !EntityRecognizer.titleYearChambers.contains(tokens[lead - 1])
    }

    /// "the Traffic Warden Service Bill and Nigeria Road Safety Commission Bill", "the Kaushalya
    /// Yojana and Samvardhan Yojana": two titles joined by "and", each ending in a capitalised
    /// policy head, are two policies, not one name. Each side has two words or more, so "Bill
    /// and Melinda Gates" is untouched; only capitalised words (and an inner "of") make a side.
    private mutating func coordinateTitles(at i: Int) {
        let tokens = doc.tokens
        guard i >= 2, isCapitalPolicyHead(i - 1), !claimed[i] else { return }
        let sentence = tokens[i].sentence
        var leftStart = i - 1
        while leftStart > 0, i - leftStart < 10, isTitleWord(leftStart - 1, sentence: sentence) { leftStart -= 1 }
        while leftStart < i - 1, !tokens[leftStart].isCapitalized { leftStart += 1 }
        // "… Act and Building and Strata Statutes Amendment Act": an inner "and" or head (`Policy9Titles.swift`).
        guard let rightEnd = coordinatedTitleEnd(from: i + 1, sentence: sentence), i - 1 - leftStart >= 1, rightEnd - (i + 1) >= 1,
            !tokens[i + 1].flags.contains(.givenName), !tokens[leftStart].flags.contains(.givenName),
            !(leftStart...rightEnd).contains(where: { claimed[$0] })
        else { return }
        addPolicy(name: Document.text(doc.bytes, tokens[leftStart].start, tokens[i - 1].end), tokens: leftStart...(i - 1))
        addPolicy(name: Document.text(doc.bytes, tokens[i + 1].start, tokens[rightEnd].end), tokens: (i + 1)...rightEnd)
        claimed[i] = true
    }

    /// A capitalised word ending a title: "Bill", "Act", "Yojana", "Scheme".
    private func isCapitalPolicyHead(_ j: Int) -> Bool {
        let t = doc.tokens[j]
        return t.kind == .word && t.isCapitalized && !t.isAllCaps && t.flags.contains(.policyHead)
    }

    /// A word of a title: capitalised, or "of" between capitalised words, in the sentence.
    private func isTitleWord(_ j: Int, sentence: Int) -> Bool {
        guard j >= 0, j + 1 < doc.tokens.count else { return false }
        let t = doc.tokens[j]
        guard t.kind == .word, t.sentence == sentence, !claimed[j] else { return false }
        if t.isCapitalized { return !sentenceInitial.contains(j) || !t.flags.contains(.common) || t.flags.contains(.policyHead) }
        return t.key == "of" && j > 0 && doc.tokens[j - 1].isCapitalized && doc.tokens[j + 1].isCapitalized
    }
}
