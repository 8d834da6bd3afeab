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
