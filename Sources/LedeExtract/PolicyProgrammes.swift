/// Programmes and laws named by a capitalised name and a lower-case head: "the PM-Kisan
/// scheme", "the Housing Choice Voucher program", "the Universal Health Care (UHC) law".
/// News in every country names a government scheme this way; the capitalised part alone would
/// be typed an organisation by its shape.
extension EntityRecognizer {
    /// Lower-case heads that make a capitalised name before them a programme or a law.
    static let programmeHeads: WordSet = [
        "scheme", "schemes", "programme", "programmes", "program", "programs", "initiative", "law",
    ]
    /// Heads a one-word name may not take: "the Kenyan law", "Sharia law" are no titles.
    static let programmeHeadsOfLongNames: WordSet = ["law"]

    /// "the PM-POSHAN scheme", "the Universal Health Care (UHC) law": a run of capitalised words
    /// (and a parenthesised acronym after it) directly before a programme head, when the run is
    /// no known name (a place's law, an agency's programme, a known policy keep their own
    /// mention) and no person's name. Other mentions of a one-word name ("PM-POSHAN will …")
    /// are the same policy.
    mutating func findNamedProgrammes() {
        let tokens = doc.tokens
        var found: [(first: Int, last: Int, key: String)] = []
        for i in 1..<max(1, tokens.count)
        where tokens[i].kind == .word && !tokens[i].isCapitalized && !claimed[i] && tokens[i].flags.contains(.policyHead)
            && EntityRecognizer.programmeHeads.contains(tokens[i])
        {
            let sentence = tokens[i].sentence
            var end = i - 1
            // "Universal Health Care (UHC) law": the acronym in brackets is part of the name.
            if end >= 3, tokens[end].key == ")", tokens[end - 1].isAllCaps, tokens[end - 2].key == "(" { end -= 3 }
            guard isProgrammeNameWord(end, sentence: sentence) else { continue }
            var first = end
            while first > 0, end - first < 7, isProgrammeNameWord(first - 1, sentence: sentence) { first -= 1 }
            // A sentence's first word is capitalised anyway: "Scheme" rules, not "The scheme".
            while first <= end, EntityRecognizer.functionWords.contains(tokens, at: first) || sentenceInitial.contains(first)
                && tokens[first].flags.contains(.common) && !tokens[first].isAllCaps
            {
                first += 1
            }
            guard first <= end else { continue }
            if EntityRecognizer.programmeHeadsOfLongNames.contains(tokens[i]), end - first < 1 { continue }
            // A place's law, a known agency's programme, a known policy: their names are typed already.
            if knownName(first..<(end + 1)) != nil || (end - first < 1 && knownName(first..<first + 1) != nil) { continue }
            if tokens[first].flags.contains(.givenName) || (first...end).contains(where: { tokens[$0].flags.contains(.temporal) }) {
                continue
            }
            found.append((first, i, Lexicon.key(doc.text(tokens[first].start, tokens[i].end))))
        }
        guard !found.isEmpty else { return }
        for f in found where !(f.first...f.last).contains(where: { claimed[$0] }) {
            let name = doc.text(tokens[f.first].start, tokens[f.last].end)
            mentions.append(
                RawMention(
                    type: .policy, key: f.key, name: name, start: tokens[f.first].start, end: tokens[f.last].end,
                    sentence: tokens[f.first].sentence, tokenCount: f.last - f.first + 1))
            for k in f.first...f.last { claimed[k] = true }
            // "PM-POSHAN will run for five years": a one-word name alone elsewhere is the same scheme.
            let nameEnd = f.last - 1
            guard nameEnd == f.first, tokens[nameEnd].kind == .word else { continue }
            let hash = tokens[nameEnd].keyHash, word = tokens[nameEnd].key
            for k in tokens.indices where !claimed[k] && tokens[k].keyHash == hash && tokens[k].key == word {
                mentions.append(
                    RawMention(
                        type: .policy, key: f.key, name: name, start: tokens[k].start, end: tokens[k].end,
                        sentence: tokens[k].sentence, tokenCount: 1))
                claimed[k] = true
            }
        }
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
        guard lead > 0, tokens[lead].key == "bill", tokens[lead + 1].kind == .number, tokens[lead + 1].key.utf8.count == 4,
            tokens[lead + 1].key.hasBytesPrefix("19") || tokens[lead + 1].key.hasBytesPrefix("20"),
            tokens[lead - 1].kind == .word, tokens[lead - 1].isCapitalized, tokens[lead - 1].sentence == tokens[lead].sentence
        else { return false }
        return !EntityRecognizer.titleYearChambers.contains(tokens[lead - 1])
    }
}
