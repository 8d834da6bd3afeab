/// Round fifteen: a nickname in quotation marks inside a name ("Joko “Jokowi” Widodo", "Dwayne
/// 'The Rock' Johnson") is one person: the given name and the surname make the name, the nickname
/// is an alias that later lone mentions ("Jokowi said") join. Without this the run broke at the
/// quotes into a given name, a nickname and a surname typed on their own (a place, an agency).
extension EntityRecognizer {
    /// First bytes of a quotation mark: '"', "'", and the lead byte of the curly ones.
    static let quoteFirstBytes: [UInt8] = [34, 39, 0xE2]
    /// Whether `b` is one of `quoteFirstBytes`, by compares: `quoteFirstBytes.contains(b)` at the
    /// top of `processSpan` built the array's static object and looked up its type on each of
    /// 8,200 calls a corpus round (about 50 instructions; speed round forty-three).
    @inline(__always)
    static func isQuoteFirstByte(_ b: UInt8) -> Bool { b == 34 || b == 39 || b == 0xE2 }

    /// Reads a run that ends right before an opening quotation mark: "Joko" of "Joko “Jokowi”
    /// Widodo" (runs are read in order, so the nickname and surname are claimed before their turn).
    /// Returns whether the run was taken; words before the given name are read as a run of their own.
    mutating func takeQuotedNickname(_ span: Range<Int>, depth: Int) -> Bool {
        let tokens = doc.tokens
        let i = span.upperBound
        guard i + 3 < tokens.count, tokens[i].kind == .punct, let open = quoteByte(i) else { return false }
        // An opening mark: a space before it, none after, a capitalised name word before.
        guard tokens[i - 1].end < tokens[i].start, tokens[i].end == tokens[i + 1].start, isNameWord(i - 1) else { return false }
        var j = i + 1
        while j < tokens.count, j - i <= 3, tokens[j].kind == .word, tokens[j].isCapitalized { j += 1 }
        guard j > i + 1, j + 1 < tokens.count, quoteByte(j) == open, tokens[j - 1].end == tokens[j].start,
            tokens[j].end < tokens[j + 1].start, isNameWord(j + 1), tokens[j + 1].sentence == tokens[i].sentence
        else { return false }
        var lo = i - 1
        if lo > span.lowerBound, isNameWord(lo - 1), tokens[lo - 1].flags.contains(.givenName) { lo -= 1 }
        var hi = j + 2
        if hi < tokens.count, isNameWord(hi), tokens[hi].sentence == tokens[i].sentence { hi += 1 }
        guard !(i..<hi).contains(where: { claimed[$0] }) else { return false }
        if lo > span.lowerBound { processSpan(tokens, span.lowerBound..<lo, depth: depth + 1) }
        let given = Document.text(doc.bytes, tokens[lo].start, tokens[i - 1].end)
        let surname = Document.text(doc.bytes, tokens[j + 1].start, tokens[hi - 1].end)
        let mention = makeMention(.person, name: given + " " + surname, range: lo..<hi)
        mention.aliases = [Document.text(doc.bytes, tokens[i + 1].start, tokens[j - 1].end)]
        push(mention, range: lo..<hi)
        return true
    }

    /// The quotation mark at `i` as 1 (double) or 2 (single), if it is one.
    private func quoteByte(_ i: Int) -> Int? {
        let b = doc.bytes[doc.tokens[i].start]
        if b == 34 { return 1 }
        if b == 39 { return 2 }
        guard b == 0xE2, doc.tokens[i].end - doc.tokens[i].start == 3, doc.bytes[doc.tokens[i].start + 1] == 0x80 else { return nil }
        let c = doc.bytes[doc.tokens[i].start + 2]
        return c == 0x9C || c == 0x9D ? 1 : c == 0x98 || c == 0x99 ? 2 : nil
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
