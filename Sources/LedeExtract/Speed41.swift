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
    /// every token for the flag (about 3 M instructions a walk a corpus round).
    static func policyHeads(_ tokens: [Token]) -> [Int] {
        var heads: [Int] = []
        let view = tokens.span
        // Room for the usual count at once (grown from empty, the array reallocated at 1, 2, 4…).
        heads.reserveCapacity(view.count / 16 + 4)
        var k = 0
        while k < view.count {
            if view[k].flags.contains(.policyHead) { heads.append(k) }
            k += 1
        }
        return heads
    }
}
