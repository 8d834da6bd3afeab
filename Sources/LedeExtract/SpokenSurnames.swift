/// Entities round thirty-seven (entities37): a person whose given name no list holds ("Nica
/// Burns", "Anna-Maria Toms") was typed an organisation by default, and the lone last word that
/// speaks later ("Toms said …") joined it as a two-word body's short name ("United" after
/// "Manchester United"). A body is shortened to its first word ("Goldman" for "Goldman
/// Sachs"), a person to the last; a last word alone before a speech verb makes the group the
/// person. Read once per article over the organisation groups (no token scan), after every
/// typing stage.
///
/// The full name: two or three words, none a body's head, its first word no listed name (a
/// place: "Aston Villa" → "Villa said") and no common word unless a given name ("Crystal
/// Palace"); no member of the group is its first word alone. Since entities43 a listed town
/// that is also a given name or a surname may open it when its last word is on no list
/// ("Kennedy Thiong'o", typed a company by "Detroit Edison"'s rule).
extension EntityMerger {
    /// The pass (see the file's comment).
    @inline(never)
    func retypeSpokenSurnames(_ groups: inout [Group], _ raw: [RawMention]) {
        for g in groups.indices where groups[g].type == .agency && !groups[g].typedByEvidence && groups[g].members.count >= 2 {
            var full: Int? = nil
            var spoken = false
            for i in groups[g].members {
                if raw[i].isCanonical || raw[i].acronym != nil { full = nil; break }
                if raw[i].tokenCount >= 2 {
                    if full == nil { full = i }
                } else if raw[i].beforeSpeechVerb {
                    spoken = true
                }
            }
            guard spoken, let f = full, raw[f].tokenCount <= 3, isPersonShapedBody(raw[f].key) else { continue }
            let key = raw[f].key
            guard let first = key.firstSpaceSeparatedWord(requiringAnother: true), let last = key.lastSpaceSeparatedWord(where: { _ in true })
            else { continue }
            var lastSpeaks = false
            var firstAlone = false
            for i in groups[g].members where raw[i].tokenCount == 1 {
                if raw[i].key == first { firstAlone = true }
                if raw[i].key == last, raw[i].beforeSpeechVerb { lastSpeaks = true }
            }
            if lastSpeaks, !firstAlone { groups[g].type = .person }
        }
    }

    /// No word a body's head or a legal form, the first word no listed name and no common word
    /// unless a given name.
    func isPersonShapedBody(_ key: String) -> Bool {
        var index = 0
        var listedFirst = false
        var lastUnlisted = false
        for word in key.split(separator: " ") {
            let w = String(word)
            if lexicon.has(.orgHead, w) || EntityRecognizer.legalForms.contains(w) || lexicon.has(.placeHead, w) { return false }
            if index == 0 {
                if lexicon.has(.known, w) || lexicon.has(.city, w) || lexicon.has(.state, w) {
                    // Entities43: "Kennedy Thiong'o" ("Kennedy", a listed town and a surname):
                    // a person's word opening it is read on if the last word is on no list.
                    guard lexicon.has(.surname, w) || lexicon.has(.givenName, w), !lexicon.has(.state, w) else { return false }
                    listedFirst = true
                } else if lexicon.has(.common, w), !lexicon.has(.givenName, w) {
                    return false
                }
            }
            lastUnlisted = !lexicon.has(.common, w) && !lexicon.has(.known, w) && !lexicon.has(.city, w) && !lexicon.has(.state, w)
            index += 1
        }
        return index >= 2 && (!listedFirst || lastUnlisted)
    }
}
