/// Speed round forty-one: reads of a mention's computed properties without a retain.
///
/// `mentions[m].isDefaultTyped` (a computed property of the class) copies the reference out of
/// the array to call the getter: a `swift_retain` and a `swift_release` around three byte loads,
/// once per mention per pass (about 1 M instructions a pass a corpus round). Read through the
/// array as stored properties, the fields are loaded in place.
extension Array where Element == RawMention {
    /// `self[m].isDefaultTyped`, the fields read in place.
    @inline(__always)
    func isDefaultTyped(_ m: Int) -> Bool {
        let type = self[m].type, rule = self[m].rule, isWeak = self[m].isWeak
        if type == .agency { return rule == TypingRule.fallbackRun || isWeak }
        return type == .person && rule == TypingRule.shapePerson
    }
}

extension EntityRecognizer {
    /// `doc.tokenIndex(of: mentions[m])` with the mention's fields read through the array: the
    /// mention is not bound to a local, so not retained and released (`applyAgencies70`'s gates
    /// ran it on every mention).
    @inline(__always)
    func mentionTokenIndex41(_ m: Int) -> Int? {
        let start = mentions[m].start, hint = mentions[m].firstTokenHint
        let tokenList = doc.tokens
        let view = tokenList.span
        if hint >= 0 && hint < view.count && view[hint].start == start { return hint }
        let found = doc.tokenIndex(startingAt: start)
        if let found { mentions[m].firstTokenHint = found }
        return found
    }
}

extension RecognizerInput {
    /// The indexes of `tokens` flagged `.policyHead`, in order: one walk, where three policy
    /// passes (`findDescribedPolicies`, `findNamedProgrammes`, `findCompoundPolicies`) each walked
    /// every token for the flag (about 3 M instructions a walk a corpus round). In the same walk,
    /// the tokens `findCitations` tests past its first line: a token noted `.citationStart`, or
    /// one before a policy head; it jumps from one to the next.
    static func policyHeadsAndCitationCandidates(_ tokens: [Token]) -> (policyHeads: [Int], citationCandidates: [Int]) {
        var heads: [Int] = []
        var candidates: [Int] = []
        let view = tokens.span
        // Room for the usual counts at once (grown from empty, an array reallocates at 1, 2, 4…).
        heads.reserveCapacity(view.count / 16 + 4)
        candidates.reserveCapacity(view.count / 8 + 4)
        var k = 0
        while k < view.count {
            let head = view[k].flags.contains(.policyHead)
            if head { heads.append(k) }
            // Token `k - 1` is before a head; token `k` may be noted. In order, each once.
            if head, k >= 1, candidates.last != k - 1 { candidates.append(k - 1) }
            if view[k].notes.contains(.citationStart) { candidates.append(k) }
            k += 1
        }
        return (heads, candidates)
    }
}
