/// Speed round thirty-nine: `applyAgencies70` reads two word flags of a mention's tokens before
/// its byte tests. The byte tests (a word's first and last letters and length against the field
/// words' and heads' shapes) ran on every mention, 60–150 instructions each, about 4 M a round;
/// with the mention's first token from its hint (`TokenHints39.swift`), a flag the tokenizer
/// already stored answers for almost all of them in a few. Each gate is true wherever the rule
/// after it can act, so the byte tests and the rules see the same mentions as before.
extension EntityRecognizer {
    /// Every head `retypeHeadedPerson70` reads, flagged `.bodyHead70` on their tokens.
    static let agencyHeads39: [String] = bodyHeads70.words + forceHeads70.words + utilityHeads70.words

    /// Whether `joinFieldBody70` may act on the mention: its first word is a field word ("Police
    /// Dunmarra", "Economic Development Lethbridge"), or the word before it closes a field name
    /// ("Police Scotland" cut to "Scotland"). Both of its rules need one or the other. Inlined:
    /// called out of line, each call cost about 56 instructions.
    @inline(__always)
    func mayJoinFieldBody39(_ m: Int) -> Bool {
        guard let lo = mentionTokenIndex41(m) else { return false }
        let viewTokens = doc.tokens
        let view = viewTokens.span
        return view[lo].flags.contains(.fieldWord70) || lo >= 1 && view[lo - 1].flags.contains(.fieldWord70)
    }

    /// Whether the mention's last token is a head `retypeHeadedPerson70` reads.
    @inline(__always)
    func mayEndInHead39(_ m: Int) -> Bool {
        guard let lo = mentionTokenIndex41(m) else { return false }
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let last = lo + mentions[m].tokenCount - 1
        return last < view.count && view[last].flags.contains(.bodyHead70)
    }
}
