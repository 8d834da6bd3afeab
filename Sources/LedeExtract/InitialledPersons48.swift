/// Entities round forty-eight (entities48, persons typed organisations): a person named by the
/// initials of their given names, written in capitals without dots ("AJ Lam", "PJ Dozier",
/// "FR Rajesh Kumar Singh", "S Das"), opened a run with an acronym and was typed an
/// organisation ("BBC News", "NZ First" have that shape). A pass over the finished mentions
/// (never inside `processSpan`): an organisation of two to four words whose first word is one
/// to three capitals no list knows and whose other words are title-case names with no
/// organisation or place word among them is a person where a listed given name or surname is
/// among those words (and the name is written once) or a speech verb follows ("S Das said"), unless the initials lead a body
/// elsewhere in the article ("UEM Land" beside "UEM Land Holdings Bhd"), open a company's legal
/// form ("PT Kertas Kraft Aceh") or a compass point or a month follows ("NFC South", "FYE June"). The acronym-led cue
/// keeps the learned typer from overruling it, as it kept the old type.
extension EntityRecognizer {
    /// Legal forms written before a company's name (Indonesian "PT", "CV"; Russian "JSC", "OAO").
    static let leadingLegalForms48: WordSet = ["pt", "cv", "jsc", "oao", "pao", "zao", "ooo"]

    /// Retypes initialled names as persons. Reads fields in place; keeps no mention reference
    /// across steps.
    mutating func retypeInitialledPersons48() {
        let count = mentions.count
        guard count > 0 else { return }
        let tokens = doc.tokens
        for m in 0..<count where mentions[m].type == .agency && mentions[m].tokenCount >= 2 && mentions[m].tokenCount <= 4
            && !mentions[m].isCanonical && mentions[m].acronym == nil
        {
            guard let i = doc.tokenIndex(of: mentions[m]), i + mentions[m].tokenCount <= tokens.count,
                isBareInitials48(i)
            else { continue }
            var named = false
            var plain = true
            for k in (i + 1)..<(i + mentions[m].tokenCount) {
                let t = tokens[k]
                guard t.kind == .word, t.isCapitalized, !t.isAllCaps,
                    t.flags.isDisjoint(with: [.orgHead, .placeHead, .policyHead, .eventHead, .city, .state, .known, .title, .temporal])
                else { plain = false; break }
                if EntityRecognizer.compassPoints.contains(t.key) { plain = false; break }
                if !t.flags.isDisjoint(with: [.givenName, .surname]) { named = true }
            }
            guard plain, named || mentions[m].beforeSpeechVerb, !leadsOtherBody48(m, initials: tokens[i].key) else { continue }
            // "Sales at QX Harvell rose. QX Harvell opened …": a person named twice goes by the
            // surname the second time; initials said again are a company's (entities26).
            if !mentions[m].beforeSpeechVerb, isRepeated48(m) { continue }
            mentions[m].type = .person
        }
    }

    /// Whether another organisation of the article opens with the same initials ("UEM" alone,
    /// "UEM Land Holdings Bhd"): then they are a body's acronym.
    private func leadsOtherBody48(_ m: Int, initials: String) -> Bool {
        for n in mentions.indices where n != m && mentions[n].type == .agency && mentions[n].key != mentions[m].key {
            guard let k = doc.tokenIndex(of: mentions[n]), k < doc.tokens.count else { continue }
            if doc.tokens[k].key == initials { return true }
        }
        return false
    }

    /// Whether another mention of the article has the same key.
    private func isRepeated48(_ m: Int) -> Bool {
        for n in mentions.indices where n != m && mentions[n].key == mentions[m].key { return true }
        return false
    }

    /// "AJ", "VVS", "S": one to three capital letters, no dots, a word no list knows (not "NHS",
    /// "BBC", "US").
    private func isBareInitials48(_ i: Int) -> Bool {
        // Fields read in place (a copy of the token retains its key: speed round twenty-eight).
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard view[i].kind == .word, view[i].isAllCaps, !view[i].isAbbreviation, view[i].end - view[i].start <= 3,
            view[i].flags.isDisjoint(with: [.known, .city, .state, .orgHead, .placeHead, .title, .nonEntityAcronym]),
            !EntityRecognizer.leadingLegalForms48.contains(doc.tokens, at: i)
        else { return false }
        for k in view[i].start..<view[i].end where doc.bytes[k] < 65 || doc.bytes[k] > 90 { return false }
        return input.shared.known(view[i].key, hash: view[i].keyHash) == nil
    }
}
