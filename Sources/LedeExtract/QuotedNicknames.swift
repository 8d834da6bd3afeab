/// Round fifteen: a nickname in quotation marks inside a name ("Joko “Jokowi” Widodo", "Dwayne
/// 'The Rock' Johnson") is one person: the given name and the surname make the name, the nickname
/// is an alias that later lone mentions ("Jokowi said") join. Without this the run broke at the
/// quotes into a given name, a nickname and a surname typed on their own (a place, an agency).
extension EntityRecognizer {
    /// Claims every "Given “Nick” Surname" before the runs of capitalised words are read.
    mutating func findQuotedNicknames() {
        let tokens = doc.tokens
        var i = 1
        while i + 3 < tokens.count {
            defer { i += 1 }
            guard tokens[i].kind == .punct, let open = quoteByte(i) else { continue }
            // An opening mark: a space before it, none after, a capitalised name word before.
            guard tokens[i - 1].end < tokens[i].start, tokens[i].end == tokens[i + 1].start, isNameWord(i - 1) else { continue }
            var j = i + 1
            while j < tokens.count, j - i <= 3, tokens[j].kind == .word, tokens[j].isCapitalized { j += 1 }
            guard j > i + 1, j + 1 < tokens.count, quoteByte(j) == open, tokens[j - 1].end == tokens[j].start,
                tokens[j].end < tokens[j + 1].start, isNameWord(j + 1), tokens[j + 1].sentence == tokens[i].sentence
            else { continue }
            var lo = i - 1
            if lo > 0, isNameWord(lo - 1), tokens[lo - 1].flags.contains(.givenName) { lo -= 1 }
            var hi = j + 2
            if hi < tokens.count, isNameWord(hi), tokens[hi].sentence == tokens[i].sentence { hi += 1 }
            guard !(lo..<hi).contains(where: { claimed[$0] }) else { continue }
            let given = doc.text(tokens[lo].start, tokens[i - 1].end)
            let surname = doc.text(tokens[j + 1].start, tokens[hi - 1].end)
            let mention = makeMention(.person, name: given + " " + surname, range: lo..<hi)
            mention.aliases = [doc.text(tokens[i + 1].start, tokens[j - 1].end)]
            push(mention, range: lo..<hi)
            i = hi - 1
        }
    }

    /// The quotation mark at `i` as 1 (double) or 2 (single), if it is one.
    private func quoteByte(_ i: Int) -> Int? {
        let key = doc.tokens[i].key
        return key == "\"" ? 1 : key == "'" ? 2 : nil
    }

    /// A capitalised word that may be part of a person's name: no title, no listed non-name.
    private func isNameWord(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        return t.kind == .word && t.isCapitalized && !t.isAllCaps && !t.flags.contains(.nonName) && !isTitle(i)
            && !t.flags.contains(.orgHead) && !t.flags.contains(.placeHead)
    }
}

extension EntityRecognizer {
    /// Month words that are also given names ("Jan Leschly", "May Mills", "April Ryan").
    static let monthGivenNames: WordSet = ["jan", "may", "june", "april", "august"]
    static let monthLeaders: WordSet = [
        "in", "on", "by", "since", "until", "from", "last", "next", "this", "early", "late", "mid", "of", "through", "till",
        "before", "after", "during", "each", "every",
    ]

    /// Whether the month word at `lo` opens a person's name: a month that is also a given name,
    /// no word of time before it ("in May Congress"), and a capitalised word after it that is no
    /// number, no common or listed word, no head word ("Jan Leschly", not "Jan 24" or "May Day").
    func isMonthGivenName(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        guard hi - lo >= 2, hi - lo <= 3, EntityRecognizer.monthGivenNames.contains(tokens, at: lo), !tokens[lo].isAllCaps else { return false }
        if lo > 0, tokens[lo - 1].kind == .word, EntityRecognizer.monthLeaders.contains(tokens, at: lo - 1) { return false }
        let next = tokens[lo + 1]
        return next.kind == .word && next.isCapitalized && !next.isAllCaps
            && next.flags.isDisjoint(with: [.common, .known, .nonName, .orgHead, .placeHead, .policyHead, .eventHead])
    }
}
