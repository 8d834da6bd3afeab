/// Typer round twelve, second part (typer12b): a name of common words only that nothing but a
/// default rule typed as an organisation ("She thanked Kind Neighbours for the help") is dropped by
/// the learned stage whatever the weights say. On the learning sets such names (every word a common
/// word no name list holds, two words or more, no organisation head word anywhere in the name, no
/// title word first, never after "the") are mostly nothing (19 of 25 two-word ones). The model
/// already drops most of them, but it scores a one-sentence text's name as a lede organisation (the
/// rule tables' one-sentence rows weigh six times in training, and their default-typed names are
/// invented companies with unlisted words): without this test the round-twelve weights kept
/// the model-decision rows' phrases. Leave-one-set-out cross-validation: one false positive fewer,
/// no true positive lost (see the report of typer12b). Read only for a group the stage scores as
/// an organisation, so it costs next to nothing.
extension EntityMerger {
    func isBareCommonName(_ group: Group, _ raw: [RawMention]) -> Bool {
        let tokens = doc.tokens.span
        let first = group.members[0]
        guard raw[first].tokenCount >= 2, let lo = doc.tokenIndex(of: raw[first]) else { return false }
        let hi = lo + raw[first].tokenCount
        guard hi <= tokens.count else { return false }
        // The first mention's words first: they reject nearly every group, and cost least.
        if !tokens[lo].flags.isDisjoint(with: [.title, .titleWord]) { return false }
        for k in lo..<hi {
            let flags = tokens[k].flags
            if flags.contains(.orgHead) { return false }
            if tokens[k].kind == .word, !(flags.contains(.common) && flags.isDisjoint(with: [.givenName, .surname, .known])) {
                return false
            }
        }
        // A hyphenated last word lends its parts' heads, as in the features ("Court-at-Law").
        if tokens[hi - 1].flags.isEmpty, tokens[hi - 1].key.hasHyphenByte, hyphenPartHeads(tokens[hi - 1].key).contains(.orgHead) {
            return false
        }
        // The features' `ruleDefaultOnly`: every mention typed by a default rule (or weak), no
        // speech verb, place context or locative-only reading, and no mention after "the".
        var defaultOnly = true, speech = false, locativeOnly = true, placeContext = false
        for i in group.members.prefix(EntityMerger.mentionsRead) {
            if raw[i].rule == TypingRule.listedOrCued && !raw[i].isWeak { defaultOnly = false }
            if raw[i].beforeSpeechVerb { speech = true }
            if !raw[i].afterLocative { locativeOnly = false }
            if raw[i].inPlaceContext { placeContext = true }
            guard let t = doc.tokenIndex(of: raw[i]) else { continue }
            if t > 0 && tokens[t - 1].kind == .word && tokens[t - 1].key == "the" { return false }
        }
        guard defaultOnly && !speech && !placeContext && !locativeOnly else { return false }
        return true
    }
}
