/// Entities round forty-five (entities45): a place's body named with a lower-case head. The
/// guidelines make a city's named police an agency ("Westfield police", final8), a council or
/// school district named by its place one too, and "the city of X" acting ("The city of X
/// utilizes …", "City of X officials are …") the city's government (final11 rule 17), while
/// the bare place stays a place. A pass over the finished place mentions (never inside
/// `processSpan`); it reads the one or two tokens after each place mention and the two before.
///
/// Counted in the seen pool and final10–13 (history, "Round forty-five"): "<place> police" acting
/// ("Toronto police say", "the Mumbai police on Tuesday nabbed") is gold in the newer sets,
/// "<place> police station/boss/commander/limits" never is (the station is a place, the rest a
/// title), so the head must end the phrase and an act must follow. "<place> government" was left
/// alone here while the gold disagreed; the lead settled it in the seventh session (DevSet
/// README: "the Punjab government" is an agency, as every annotator since final11 made it), and
/// it needs no act: any place's government is a body unless a lower-case noun follows ("Ontario
/// government funding" is funding).
///
/// Since round fifty-seven the lower-case heads ("police", "council", "government", "school
/// district", "district court") are rows of `lower-heads.txt`, read by `applyLowerHeads57` with
/// the tests kept here (`bodyActs45`, `isIndefinite45`, `becomeBody45`); this pass keeps "the city
/// of X" and the buildings.
extension EntityRecognizer {
    /// Words typed a place elsewhere that name a tier before "government" (beside
    /// `EntityMerger.tierWords`): India's "Union government", "the Central government".
    static let tierPlaceWords45: WordSet = ["union", "central", "federal"]

    /// Words right after a body's name that show it acting (beside `speechVerbs`,
    /// `thirdPersonVerbs` and a verb in "-ed"): modals, auxiliaries, "say", "on Tuesday", and
    /// "officials"/"authorities" of the body.
    static let bodyActs45: WordSet = [
        "say", "will", "would", "could", "can", "may", "must", "should", "have", "has", "had", "are", "were",
        "on", "also", "officials", "authorities", "spokesman", "spokeswoman", "spokesperson",
    ]

    /// Last words of a building named as a site: the counted gold makes "at the X House",
    /// "the gates of X House", "gate at Government Buildings" places every time.
    static let buildingHeads45: WordSet = ["house", "hall", "buildings", "building"]
    /// Prepositions that name a building as a site ("in" is left out: "in the Ohio House").
    static let buildingPrepositions45: WordSet = ["at", "outside", "inside", "near"]
    /// Parts of a building's approach: "the rear gates of X", "the entrance to X".
    static let approachNouns45: WordSet = ["gate", "gates", "entrance", "front", "steps", "grounds", "door", "doors"]

    /// Retypes a place mention followed by a lower-case "police", "council" or "school
    /// district" that acts into the body (the run takes the head); "the city of X" / "City of
    /// X" acting becomes the agency "City of X".
    mutating func applyBodiesOfPlaces45() {
        let count = mentions.count
        guard count > 0 else { return }
        let n = doc.tokens.count
        let bytes = doc.bytes
        let buildingLetters = EntityRecognizer.buildingLetters26
        let ofLetters = EntityRecognizer.ofLetters26
        for m in 0..<count where mentions[m].tokenCount <= 4 {
            if mentions[m].type == .agency {
                // Speed26: a building's head ends in "e", "l", "s" or "g" ("House", "Hall", "Buildings").
                if mentions[m].tokenCount >= 2, !mentions[m].isCanonical,
                    Document.mayEndWith26(bytes, mentions[m].end, letters: buildingLetters), isBuildingSite45(m)
                {
                    mentions[m].becomeCuedPlace()
                }
                continue
            }
            guard mentions[m].type == .place else { continue }
            // Speed26: its run opening "City of", or an "of" before it; otherwise no token look-up.
            // (The lower-case heads after a place, "Toronto police", are round fifty-seven's.)
            let start = mentions[m].start
            guard mentions[m].tokenCount >= 3 && (bytes[start] | 0x20 == 99 || bytes[start] >= 0x80)
                || Document.mayEndPrevious26(bytes, before: start, letters: ofLetters)
            else { continue }
            guard let i = doc.tokenIndex(of: mentions[m]) else { continue }
            let j = i + mentions[m].tokenCount - 1
            guard j + 2 < n else { continue }
            // "the city of Dallas utilizes", "City of Houston officials", "the City of Cape Town's council".
            // "the city of X's Sanitation Department": the possessive names a unit of the city, not the city acting.
            if let open = cityOfOpening45(m, i), !afterPreposition45(open), !isDescribedCity74(open), bodyActs45(j + 1, sentence: doc.tokens[j].sentence),
                !(doc.tokens[j + 1].kind == .possessive && doc.tokens[j + 2].isCapitalized)
            {
                becomeBody45(m, from: open, to: j)
            }
        }
    }

    /// "a B.C. government", "an Ontario police officer": an indefinite article makes the body generic.
    func isIndefinite45(_ i: Int) -> Bool {
        guard i > 0, doc.tokens[i - 1].kind == .word else { return false }
        let key = doc.tokens[i - 1].key
        return key == "a" || key == "an"
    }

    /// Whether token `k` (same sentence as the name) shows the body acting: a possessive, a
    /// speech verb, a verb in "-ed" or the third person, or (when `listed`) a listed word
    /// (`bodyActs45`: "on" and modals, not read after a building, "outside X House on Monday").
    func bodyActs45(_ k: Int, sentence: Int, listed: Bool = true) -> Bool {
        guard k < doc.tokens.count else { return false }
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard view[k].sentence == sentence else { return false }
        if view[k].kind == .possessive { return true }
        guard view[k].kind == .word, !view[k].isCapitalized else { return false }
        if listed && EntityRecognizer.bodyActs45.contains(doc.tokens, at: k) || EntityRecognizer.speechVerbs.contains(doc.tokens, at: k) {
            return true
        }
        let key = view[k].key
        if key.utf8.count > 4 && key.hasBytesSuffix("ed") { return true }
        return key != "is" && key != "was" && EntityRecognizer.thirdPersonVerbs.contains(doc.tokens, at: k)
            || key.utf8.count > 5 && key.hasBytesSuffix("izes")
    }

    /// The token opening "City of" / "city of" for place mention `m` at token `i`: inside the
    /// mention ("City of Cape Town") or right before it ("the city of | Dallas"). Nil when the
    /// place is not named so.
    private func cityOfOpening45(_ m: Int, _ i: Int) -> Int? {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        if mentions[m].tokenCount >= 3, view[i].key == "city", view[i + 1].kind == .word, view[i + 1].key == "of" {
            return i
        }
        guard i >= 2, view[i - 1].kind == .word, view[i - 1].key == "of", view[i - 2].kind == .word,
            view[i - 2].key == "city", view[i - 2].sentence == view[i].sentence, !claimed[i - 2]
        else { return nil }
        return i - 2
    }

    /// "in the city of Dallas on Monday", "within the City of Swan": the city as a site, a place.
    private func afterPreposition45(_ open: Int) -> Bool {
        var k = open - 1
        if k >= 0, doc.tokens[k].kind == .word, doc.tokens[k].key == "the" { k -= 1 }
        guard k >= 0, doc.tokens[k].kind == .word, !doc.tokens[k].isCapitalized else { return false }
        return EntityRecognizer.functionWords.contains(doc.tokens, at: k) || EntityRecognizer.locatives.contains(doc.tokens, at: k)
    }

    /// Whether organisation mention `m` ends in a building's word ("House", "Hall", "Buildings")
    /// and is named as a site: after "at", "outside", "inside", "near", after "the gates of",
    /// "the entrance to", or before "where". Not after "in": "in the Ohio House" is the chamber.
    /// An act after it ("City Hall is introducing") keeps the body.
    private func isBuildingSite45(_ m: Int) -> Bool {
        guard let i = doc.tokenIndex(of: mentions[m]) else { return false }
        let j = i + mentions[m].tokenCount - 1
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard j + 1 < view.count, view[j].isCapitalized, EntityRecognizer.buildingHeads45.contains(doc.tokens, at: j),
            !bodyActs45(j + 1, sentence: view[j].sentence, listed: false)
        else { return false }
        if view[j + 1].kind == .word, view[j + 1].key == "where" { return true }
        var k = i - 1
        if k >= 0, view[k].kind == .word, view[k].key == "the" { k -= 1 }
        guard k >= 1, view[k].kind == .word, !view[k].isCapitalized else { return false }
        if EntityRecognizer.buildingPrepositions45.contains(doc.tokens, at: k) { return true }
        return (view[k].key == "of" || view[k].key == "to") && EntityRecognizer.approachNouns45.contains(doc.tokens, at: k - 1)
    }

    /// Re-cuts place mention `m` to tokens `from...to` and makes it the body, an agency typed
    /// as if cued (the learned typer keeps it).
    mutating func becomeBody45(_ m: Int, from: Int, to: Int) {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        mentions[m].recut(start: view[from].start, end: view[to].end, tokenCount: to - from + 1, bytes: doc.bytes)
        mentions[m].type = .agency
        mentions[m].isWeak = false
        mentions[m].inPlaceContext = false
        mentions[m].afterLocative = false
        mentions[m].rule = TypingRule.listedOrCued
        mentions[m].isCanonical = false
    }
}
