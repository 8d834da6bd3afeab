/// Policy round twelve: numbered parts of a law cited by number are policies of their own, one
/// for each number ("Sections 4 and 10 of the Police Act" gives "Section 4" and "Section 10"),
/// named as written without their law (the DevSet README's decision of the ninth session).
/// `findCitations` calls `addNumberedParts12` at a section or article lead before its own branch.
extension EntityRecognizer {
    /// Leads whose numbers are parts of a law; the plural ones cite several.
    private static let partLeads12: WordSet = ["section", "sections", "article", "articles", "sec"]
    private static let pluralPartLeads12: WordSet = ["sections", "articles"]
    /// Joins between the numbers of one list: "6, 8 and 9", "264 & 267".
    private static let listJoins12: WordSet = [",", "and", "&"]
    /// Words before a lower-case lead that make it a legal citation: "charged under section 170",
    /// "citing section 211"; "contrary to" and "pursuant to" end in "to".
    private static let lowerLeadCues12: WordSet = ["under", "citing", "invoking", "invoked"]
    static let lowerLeadToCues12: WordSet = ["contrary", "pursuant"]
    /// Nouns a cited part names a class of orders with: "five Section 35 notices", "a Section 60
    /// order" (the README: a number inside a named policy stays part of that name).
    private static let partOrderNouns12: WordSet = ["notice", "notices", "order", "orders"]
    /// Words before a lower-case head that refer back to a law already named: "of the same act".
    private static let backReferences12: WordSet = ["same", "said", "above", "new", "current", "relevant", "principal", "existing"]

    /// Whether a lower-case token before a number is a part lead `findCitations` should read
    /// ("under section 170"): the walk's gate lets only capitals open a citation.
    func isLowerPartLead12(_ i: Int) -> Bool {
        // Fields read in place (a copy of the token retains its key): asked at every number.
        doc.tokens[i].flags.contains(.citationWord) && doc.tokens[i].kind == .word && !doc.tokens[i].isCapitalized && !claimed[i]
            && EntityRecognizer.partLeads12.contains(doc.tokens[i])
    }

    /// Adds the parts a section or article lead at `lead` cites and returns the last token read,
    /// or nil to leave a single capitalised citation ("Section 9(1)") to `findCitations`' own branch.
    /// A number's bracketed subsections stay in its name ("Section 6 (6)", "section 211 (1)(b)")
    /// unless a list of bare subsections follows ("sections 264 (1), (2) & (6)"): then the part is
    /// the section itself. A lower-case lead is a citation only with legal evidence: a cue before
    /// it or "of" and a law after it.
    mutating func addNumberedParts12(_ lead: Int) -> Int? {
        let tokens = doc.tokens
        guard EntityRecognizer.partLeads12.contains(tokens[lead]) else { return nil }
        let sentence = tokens[lead].sentence
        var items: [(first: Int, nameLast: Int)] = []
        var spacedBracket = false
        var j = lead + 1
        var end = lead
        while j < tokens.count, tokens[j].startsWithDigit, tokens[j].sentence == sentence, !claimed[j] {
            var k = j
            while let next = subsectionEnd12(k) {
                if tokens[k + 1].start > tokens[k].end { spacedBracket = true }
                k = next
            }
            var nameLast = k
            // A list of bare subsections after the number: "(1), (2) (3) & (6)".
            while k + 2 < tokens.count, EntityRecognizer.listJoins12.contains(tokens[k + 1]), let next = subsectionEnd12(k + 1) {
                k = next
                while let more = subsectionEnd12(k) { k = more }
                nameLast = j
            }
            items.append((j, nameLast))
            end = k
            // The next number of the list; a year after a comma is a date ("Section 6, 2019").
            guard k + 2 < tokens.count, EntityRecognizer.listJoins12.contains(tokens[k + 1]), tokens[k + 2].startsWithDigit,
                tokens[k + 2].kind == .number, !(tokens[k + 2].key.utf8.count == 4 && tokens[k + 1].key == ",")
            else { break }
            j = k + 2
        }
        guard !items.isEmpty else { return nil }
        let lower = !tokens[lead].isCapitalized
        // "Five Section 35 notices": the class of orders is the name.
        var orderNoun = false
        if items.count == 1, end + 1 < tokens.count, !tokens[end + 1].isCapitalized, EntityRecognizer.partOrderNouns12.contains(tokens[end + 1]) {
            orderNoun = true
        }
        guard items.count > 1 || spacedBracket || lower || orderNoun else { return nil }
        if lower {
            let before = lead > 0 && tokens[lead - 1].sentence == sentence ? lead - 1 : -1
            let cued = before >= 0
                && (EntityRecognizer.lowerLeadCues12.contains(tokens[before])
                    || tokens[before].key == "to" && before > 0 && EntityRecognizer.lowerLeadToCues12.contains(tokens[before - 1])
                    // "in accordance with section 31(a)" (`Policies29.swift`).
                    || isAccordanceCue29(before))
            guard cued || lawFollows12(end) else { return nil }
        }
        let plural = EntityRecognizer.pluralPartLeads12.contains(tokens[lead])
        // "Sections" names each part as "Section".
        let leadText = Document.text(doc.bytes, tokens[lead].start, plural ? tokens[lead].end - 1 : tokens[lead].end)
        for (n, item) in items.enumerated() {
            let nameLast = orderNoun ? end + 1 : item.nameLast
            let first = n == 0 ? lead : item.first
            let name = leadText + " " + Document.text(doc.bytes, tokens[item.first].start, tokens[nameLast].end)
            addPolicy(name: name, tokens: first...nameLast)
            // "Sections 4" and "10" are no forms of "Section 4" and "Section 10".
            if plural || n > 0 { mentions[mentions.count - 1].textIsNoForm = true }
        }
        for k in lead...end { claimed[k] = true }
        if orderNoun { end += 1 }
        addLowerLaw12(after: end)
        return end
    }

    /// The end of a bracketed subsection right after `k` ("(6)", "(b)", "(C)"), or nil.
    private func subsectionEnd12(_ k: Int) -> Int? {
        let tokens = doc.tokens
        guard k + 3 < tokens.count, tokens[k + 1].key == "(", tokens[k + 3].key == ")", tokens[k + 2].key.utf8.count <= 4,
            tokens[k + 2].sentence == tokens[k].sentence
        else { return nil }
        return k + 3
    }

    /// "… of the Criminal Law", "… of the penal code": "of" and, within six words of the sentence,
    /// a policy head.
    private func lawFollows12(_ end: Int) -> Bool {
        let tokens = doc.tokens
        guard end + 2 < tokens.count, tokens[end + 1].key == "of" else { return false }
        var k = end + 2
        while k < tokens.count, k <= end + 7, tokens[k].sentence == tokens[end].sentence {
            if tokens[k].flags.contains(.policyHead) { return true }
            k += 1
        }
        return false
    }

    /// "section 170 of the penal code": a law after a cited part, written in lower case as an
    /// adjective and a policy head, is a policy too (a bare "the act" refers back and is none).
    private mutating func addLowerLaw12(after end: Int) {
        let tokens = doc.tokens
        guard end + 4 < tokens.count, tokens[end + 1].key == "of", tokens[end + 2].key == "the" else { return }
        let first = end + 3
        if EntityRecognizer.backReferences12.contains(tokens[first]) { return }
        var k = first
        while k < tokens.count, k <= first + 2, tokens[k].kind == .word, !tokens[k].isCapitalized, !claimed[k],
            tokens[k].sentence == tokens[end].sentence
        {
            if k > first, tokens[k].flags.contains(.policyHead) {
                // A head followed by another word of the phrase is not the law's end ("act amendment").
                if k + 1 < tokens.count, tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized,
                    tokens[k + 1].flags.contains(.policyHead)
                {
                    return
                }
                addPolicy(name: Document.text(doc.bytes, tokens[first].start, tokens[k].end), tokens: first...k)
                return
            }
            k += 1
        }
    }
}

/// A law written in lower case after a verb or noun of breaking or following it: "violation of
/// tenant act", "break the press and publication law", "pursuant to the anti-discriminatory and
/// hatred law". The cue says a particular law is meant; a tier or a back-reference ("under
/// federal law", "under the new law", "breaking the law") names none.
extension EntityRecognizer {
    static let actHash12 = -1791389103986125454  // StringTable<Bool>.hash("act"), a literal: no `swift_once` a read
    static let lawHash12 = 1325609808990324850  // StringTable<Bool>.hash("law"), a literal: no `swift_once` a read
    static let codeHash12 = 843606417058190213  // StringTable<Bool>.hash("code"), a literal: no `swift_once` a read
    /// Cues right before the law (or its "the").
    private static let lawCues12: WordSet = [
        "under", "violating", "violated", "violates", "break", "breaks", "broke", "breaking", "breached", "breaching",
        "contravening", "contravened",
    ]
    /// Nouns that cue the law through "of": "violation of", "breach of".
    private static let lawOfCues12: WordSet = ["violation", "violations", "breach", "breaches", "contravention"]
    /// Words that make the phrase a tier, a field or a law already named, not a law's name.
    private static let notLawNames12: WordSet = [
        "federal", "state", "local", "national", "international", "new", "same", "said", "current", "existing", "old",
        "previous", "proposed", "draft", "this", "that", "any", "such", "relevant", "applicable", "criminal", "civil",
        "common", "case", "his", "her", "their", "its", "our", "a", "an",
    ]

    /// The lower-case law whose head is at `i` ("act", "law" or "code"), if a cue precedes it.
    mutating func addCuedLowerLaw12(at i: Int) {
        let tokens = doc.tokens
        guard i >= 2, tokens[i].kind == .word, !tokens[i].isCapitalized, !claimed[i] else { return }
        let sentence = tokens[i].sentence
        var first = i
        while first > 0, i - first < 5, tokens[first - 1].kind == .word, !tokens[first - 1].isCapitalized, !claimed[first - 1],
            tokens[first - 1].sentence == sentence,
            tokens[first - 1].key == "and" || !EntityRecognizer.functionWords.contains(tokens[first - 1]),
            !EntityRecognizer.lawCues12.contains(tokens[first - 1]), !EntityRecognizer.lawOfCues12.contains(tokens[first - 1])
        {
            first -= 1
        }
        guard first < i, first > 0, tokens[first].key != "and", !EntityRecognizer.notLawNames12.contains(tokens[first]) else { return }
        var c = first - 1
        if tokens[c].key == "the", c > 0 { c -= 1 }
        let cue = tokens[c]
        let cued = EntityRecognizer.lawCues12.contains(cue)
            || (cue.key == "of" && c > 0 && EntityRecognizer.lawOfCues12.contains(tokens[c - 1]))
            || (cue.key == "to" && c > 0 && EntityRecognizer.lowerLeadToCues12.contains(tokens[c - 1]))
        guard cued, tokens[c].sentence == sentence else { return }
        addPolicy(name: Document.text(doc.bytes, tokens[first].start, tokens[i].end), tokens: first...i)
    }
}
