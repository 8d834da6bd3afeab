/// Speed round fifty-four (speed54): flag sets built once, not per call (the citation gate is
/// `EntityRecognizer.citationGate`, which it shares with `findCitations`), and four callees' first
/// tests read at their call sites. Output byte-identical; no rule changed.
extension WordFlags {
    /// `contains(_:)` as `OptionSet` defines it (every bit of `member` set), always inlined. The
    /// protocol's generic version stayed a call (about 7 instructions) in functions past the
    /// inliner's size budget: `classify` made some 104,000 of them a corpus round.
    @inline(__always)
    func contains(_ member: WordFlags) -> Bool {
        rawValue & member.rawValue == member.rawValue
    }

    /// `[.orgHead, .policyHead, .placeHead]`, the heads that keep a run's adjective
    /// (`processSpan`'s `endsWithHead`). Written as an array literal in the call, the set was
    /// built through a heap array on every run that reached it (about 7,000 a round).
    static let endHeads54 = WordFlags(rawValue: WordFlags.orgHead.rawValue | WordFlags.policyHead.rawValue
        | WordFlags.placeHead.rawValue)
}

extension EntityRecognizer {
    /// Whether token `i` of `tokens` (the document's tokens) can be a quotation mark
    /// (`isQuote(_:)`): punctuation whose first byte is a straight quote or the lead byte of a
    /// curly one. `isQuote` answers no to every other token by these same two tests, so asking
    /// this first in place spares the call (and its binding of `doc.tokens`) on commas and periods.
    @inline(__always)
    func mayBeQuote54(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].kind == .punct else { return false }
        let b = doc.bytes[tokens[i].start]
        return b == 34 || b == 0xE2
    }
}
