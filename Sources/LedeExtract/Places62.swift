/// Places round sixty-two (fresh62, ninth session of 2026-11-30): a province named with its
/// lower-case head is one place with the name alone. `lower-heads.txt` now cuts "Shefa province"
/// and "Guadalcanal province" whole (gold in final34–37), but an article that writes "Shefa
/// province" once and "in Shefa" elsewhere then held two places, where the gold keeps one with
/// the bare name as its alias. Read right after `applyLowerHeads57`.
extension EntityRecognizer {
    /// Lower-case heads after which the name alone, elsewhere in the article, is the same place.
    static let aliasedLowerHeads62: [String] = ["province"]

    /// Gives every place mention of a bare name ("Shefa") the key and name of the same name with
    /// its head ("Shefa province"), when the article has one.
    mutating func joinBareProvinces62() {
        // Headed places by their bare name's key; almost every article has none.
        var headed: [String: RawMention] = [:]
        // Tested through the array before a mention is bound (iterating the array retained and
        // released every mention).
        for k in mentions.indices where mentions[k].type == .place && mentions[k].tokenCount >= 2 {
            let m = mentions[k]
            let key = m.key
            for head in EntityRecognizer.aliasedLowerHeads62 where key.hasSuffix(" " + head) {
                let bare = String(key.dropLast(head.count + 1))
                if !bare.isEmpty, headed[bare] == nil { headed[bare] = m }
            }
        }
        rekeyBarePlaces(to: headed)
    }

    /// Gives every place mention whose key is a bare name in `headed` the key and name of the
    /// headed mention it stands for (rounds sixty-two and sixty-five).
    func rekeyBarePlaces(to headed: [String: RawMention]) {
        guard !headed.isEmpty else { return }
        for m in mentions where m.type == .place {
            guard let h = headed[m.key], h !== m else { continue }
            m.key = h.key
            m.name = h.name
        }
    }
}

/// Persons round sixty-two: a name no list knows as a given name, written before an apposition
/// that gives its bearer's role ("Pham Quang Dung, a former official of …", "Farid Uddin Rana,
/// a former leader of …", "Pham Thi Phuong Anh, former deputy director general of …"). Names
/// written surname first (Vietnamese) or opening with an unlisted given name (Bangladeshi,
/// Ghanaian) fell to the fallback run's organisation, and the learned typer then often dropped
/// them. A body is rarely described by a person's role; a place after "in" may be ("In Port
/// Moresby, a lawyer said"), so a run after a locative keeps its type.
extension EntityRecognizer {
    /// Role nouns that head an apposition but are not in `titles.txt` ("a former official").
    static let appositionRoles62: WordSet = ["official", "officials", "activist", "businessman", "businesswoman", "accountant", "engineer", "resident"]
    /// Words that may stand between the comma and the role: an article and role modifiers that are not titles.
    static let appositionOpeners62: WordSet = ["a", "an", "the", "then", "ex", "now", "once", "longtime", "long-time", "veteran"]

    /// Retypes default-typed organisations of two to five plain capitalised words before an
    /// apposition of a role as persons.
    mutating func typeAppositivePersons62() {
        let count = mentions.count
        guard count > 0 else { return }
        let tokens = doc.tokens
        let view = tokens.span
        let n = view.count
        for m in 0..<count where mentions[m].type == .agency && mentions[m].tokenCount >= 2 && mentions[m].tokenCount <= 5
            && mentions[m].rule == TypingRule.fallbackRun && mentions[m].acronym == nil && !mentions[m].afterLocative
        {
            guard let i = doc.tokenIndex(of: mentions[m]) else { continue }
            let after = i + mentions[m].tokenCount
            guard after + 1 < n, view[after].key == ",", view[after + 1].sentence == view[after].sentence else { continue }
            var plain = true
            for k in i..<after {
                let t = view[k]
                guard t.kind == .word, t.isCapitalized, !t.isAllCaps,
                    t.flags.isDisjoint(with: [.orgHead, .placeHead, .policyHead, .eventHead, .city, .state, .known, .title, .titleWord, .temporal, .nonName])
                else { plain = false; break }
            }
            guard plain, isRoleApposition62(after + 1) else { continue }
            mentions[m].type = .person
            mentions[m].rule = TypingRule.shapePerson
        }
    }

    /// Whether the words from `k` are a role's apposition: up to three openers, role modifiers
    /// ("former", "deputy") or titles in lower case, ending in a title or a role noun.
    private func isRoleApposition62(_ k: Int) -> Bool {
        let tokens = doc.tokens
        let view = tokens.span
        var j = k
        var role = false
        while j < view.count, j < k + 5, view[j].kind == .word, !view[j].isCapitalized, view[j].sentence == view[k].sentence {
            if view[j].flags.contains(.title) || EntityRecognizer.appositionRoles62.contains(tokens, at: j) {
                role = true
            } else if role || !(view[j].flags.contains(.titleWord) || EntityRecognizer.appositionOpeners62.contains(tokens, at: j)) {
                break
            }
            j += 1
        }
        return role
    }
}
