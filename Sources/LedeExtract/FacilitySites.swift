/// Entities round forty (entities40): facilities named as sites. The guidelines make a jail,
/// landfill, stadium, hospital or civic centre named as a site a place, and the institution acting
/// ("X Hospital said", "X Hospital's board") an organisation. Counted over the seen pool and
/// final10/11 (every gold name holding a facility's head word): jails, landfills, stadiums, arenas,
/// barracks and mosques are places every time (none an organisation); centres split by the word
/// before the head (a "Science Centre", "Civic Centre", "Sports Center" is a venue, a "Warning
/// Centre" or "Coordination Center" a body); a hospital's head need not be last ("University
/// Hospital Limerick"). A pass over the finished mentions after the locator pass (never inside
/// `processSpan`); it reads only mentions of two words or more typed an organisation or a
/// person, and looks at their last token only.
///
/// - **a facility that never acts**: a name ending in "Jail", "Prison", "Landfill", "Stadium" …;
/// - **a venue centre**: "Centre"/"Center" after a venue's word ("Science", "Civic", "Sports",
///   "Conference", "Multi-Service" …), not after "Health" ("Health Science Center" is a unit);
/// - **a hospital named after its town**: "Hospital" then a listed place ending the name;
/// - **a building typed a person**: "Alexandra Hospital" after a royal or saint's title
///   ("Princess Alexandra Hospital") is the building, with the title put back into its name.
///
/// Each keeps the organisation when the name is followed by a possessive, a speech verb, a
/// past tense ("hired") or a third-person verb ("runs"), the institution acting.
extension EntityRecognizer {
    /// Last words of facilities that only ever stand for a site in the counted gold.
    static let siteOnlyHeads40: WordSet = [
        "jail", "prison", "penitentiary", "landfill", "stadium", "arena", "barracks", "mosque",
        // Entities43: sites the pool's and final12/13's gold make places every time.
        "zoo", "causeway", "checkpoint", "shrine", "mall", "dam", "estate",
        // Entities54: courthouses (3 of 3 in the counted gold) and apartment blocks (2 of 2).
        "courthouse", "apartments",
    ]
    /// "Centre" and "Center".
    static let centreHeads40: WordSet = ["centre", "center"]
    /// Words before "Centre" that make it a venue rather than a body.
    static let venueCentreWords40: WordSet = [
        "science", "civic", "sports", "sport", "shopping", "conference", "convention", "exhibition", "leisure",
        "multi-service", "aquatic", "aquatics", "recreation", "events", "visitor", "visitors", "trade", "fitness",
    ]
    /// Titles a building is named after, stripped as a person's title before the run was typed.
    static let buildingTitles40: WordSet = ["princess", "prince", "queen", "king", "st", "st.", "saint", "lady"]

    /// Every last word the rules below read ("Hospital" may stand one word before the last): one
    /// look-up rules out almost every mention before anything else is read.
    static let facilityLastWords40: WordSet = [
        "jail", "prison", "penitentiary", "landfill", "stadium", "arena", "barracks", "mosque", "centre", "center",
        "hospital", "infirmary",
        "zoo", "causeway", "checkpoint", "shrine", "mall", "dam", "estate", "courthouse", "apartments",
    ]
    static let policeKey40: WordSet = ["police"]
    static let policeHash40 = -4617886574996909669  // StringTable<Bool>.hash("police"), a literal: no `swift_once` a read

    /// The pass (see the file's comment).
    mutating func applyFacilitySites40() {
        let count = mentions.count
        guard count > 0 else { return }
        let n = doc.tokens.count
        for m in 0..<count {
            let type = mentions[m].type
            guard type == .agency || type == .person, !mentions[m].isCanonical,
                mentions[m].acronym == nil, let i = doc.tokenIndex(of: mentions[m])
            else { continue }
            let j = i + mentions[m].tokenCount - 1
            guard j + 1 < n else { continue }
            // "Kelmora police station", "St Jude’ Hospital": the name runs on past the run.
            // Commas and full stops (most tokens after a name) are ruled out by their first byte.
            let after = doc.tokens[j + 1].kind
            if after == .possessive || (after == .punct && isApostrophe40(doc.tokens[j + 1].start))
                // The sets read only where their literal filters (`Bits42`) let the word through.
                || WordSet.mayHold(Bits42.policeKey40, doc.tokens, at: j + 1) && EntityRecognizer.policeKey40.contains(doc.tokens, at: j + 1),
                let last = facilityTail40(j)
            {
                extend40(m, to: last)
                mentions[m].becomeCuedPlace()
                continue
            }
            guard j > i,
                WordSet.mayHold(Bits42.facilityLastWords40, doc.tokens, at: j) && EntityRecognizer.facilityLastWords40.contains(doc.tokens, at: j)
                    || WordSet.mayHold(Bits42.hospitalHeads, doc.tokens, at: j - 1) && EntityRecognizer.hospitalHeads.contains(doc.tokens, at: j - 1),
                !actsAfter40(j + 1)
            else { continue }
            if type == .person {
                // "Regional Hospital Limerick" reads as two given names and a surname too.
                if !doc.tokens[j].flags.contains(.surname)
                    && (EntityRecognizer.hospitalHeads.contains(doc.tokens, at: j) || EntityRecognizer.siteOnlyHeads40.contains(doc.tokens, at: j))
                    || isHospitalAndTown40(i, j)
                {
                    takeTitleBack40(m, i)
                    mentions[m].becomeCuedPlace()
                }
                continue
            }
            if isFacilitySite40(i, j) { mentions[m].becomeCuedPlace() }
        }
    }

    /// "Arjun Mehra, IIC of Kelmora police station": capitalised words after "of" and before a
    /// lower-case "police station" that no mention holds (a title before "of" left them
    /// unclaimed) are the station, a place.
    mutating func addUnclaimedPoliceStations40() {
        // No "police" in the article (the flag on none of its tokens): no walk (speed round forty-one).
        guard doc.flagUnion.contains(.police40) else { return }
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let n = view.count
        // Read once: a `static let` read per token is a `swift_once` call.
        let policeHash = EntityRecognizer.policeHash40
        var k = 2
        while k + 1 < n {
            defer { k += 1 }
            guard view[k].keyHash == policeHash, view[k].kind == .word, !view[k].isCapitalized, view[k].key == "police",
                view[k + 1].kind == .word, view[k + 1].key == "station", !claimed[k - 1]
            else { continue }
            var i = k
            while i > 1, view[i - 1].isNameLike, !claimed[i - 1], view[i - 1].sentence == view[k].sentence { i -= 1 }
            guard i < k, view[i - 1].kind == .word, view[i - 1].key == "of" else { continue }
            addMention(.place, name: nil, range: i..<(k + 2))
            mentions[mentions.count - 1].becomeCuedPlace()
        }
    }

    /// Whether the organisation's run `i...j` names a facility's site by its words alone.
    private func isFacilitySite40(_ i: Int, _ j: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        if EntityRecognizer.siteOnlyHeads40.contains(doc.tokens, at: j) { return true }
        if EntityRecognizer.centreHeads40.contains(doc.tokens, at: j) {
            guard EntityRecognizer.venueCentreWords40.contains(doc.tokens, at: j - 1) else { return false }
            return j - 2 < i || view[j - 2].key != "health"
        }
        return isHospitalAndTown40(i, j)
    }

    /// "University Hospital Limerick": the hospital's head, then a listed place ending the name.
    private func isHospitalAndTown40(_ i: Int, _ j: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard j - i >= 2, EntityRecognizer.hospitalHeads.contains(doc.tokens, at: j - 1), view[j].isCapitalized, !view[j].isAllCaps
        else { return false }
        return input.shared.known(view[j].key)?.kind == .place
    }

    /// Whether the institution acts right after its name: "X's", "X said", "X hired", "X runs";
    /// a copula ("X is not far behind") says nothing of acting, and neither does a participle
    /// before "by" ("the X Observatory used by …", "X Airport operated by …": the site is acted on;
    /// fixes16 moved this from typing75's `actsAfter75` to every caller).
    func actsAfter40(_ k: Int) -> Bool {
        guard k < doc.tokens.count else { return false }
        let viewTokens = doc.tokens
        let view = viewTokens.span
        if view[k].kind == .possessive || EntityRecognizer.speechVerbs.contains(doc.tokens, at: k) { return true }
        guard view[k].kind == .word, !view[k].isCapitalized else { return false }
        let key = view[k].key
        if key.utf8.count > 3 && key.hasBytesSuffix("ed") { return !isPassiveBy16(k) }
        return key != "is" && key != "was" && EntityRecognizer.thirdPersonVerbs.contains(doc.tokens, at: k)
    }

    /// The last token of a facility's head written after run end `j`: "police station" in lower
    /// case ("Kelmora police station"; a capitalised one is part of the run already), or a bare
    /// apostrophe's possessive then a hospital's head ("St Jude’ Hospital", the run cut at the
    /// apostrophe). Nil when neither follows.
    private func facilityTail40(_ j: Int) -> Int? {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let n = view.count
        guard j + 2 < n, view[j + 2].sentence == view[j].sentence else { return nil }
        let next = view[j + 1]
        if next.kind == .word, !next.isCapitalized, next.key == "police", view[j + 2].kind == .word, view[j + 2].key == "station" {
            return j + 2
        }
        // The bare apostrophe after an "s" (a possessive or a closing quote to the tokenizer).
        if next.kind == .possessive || next.kind == .punct, next.end - next.start <= 3, next.start == view[j].end,
            view[j].key.hasBytesSuffix("s"), isApostrophe40(next.start), view[j + 2].isCapitalized,
            EntityRecognizer.hospitalHeads.contains(doc.tokens, at: j + 2),
            !(j + 3 < n && view[j + 3].kind == .possessive)
        {
            return j + 2
        }
        return nil
    }

    /// Whether the byte at `at` opens an apostrophe ("'" or "’").
    private func isApostrophe40(_ at: Int) -> Bool {
        let b = doc.bytes[at]
        return b == 0x27 || (b == 0xE2 && at + 2 < doc.bytes.count && doc.bytes[at + 1] == 0x80 && doc.bytes[at + 2] == 0x99)
    }

    /// Runs mention `m` on to the end of token `last`.
    private mutating func extend40(_ m: Int, to last: Int) {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let mention = mentions[m]
        guard var i = doc.tokenIndex(of: mention) else { return }
        // "IIC of Kelmora police station": the title before "of" is no part of the station's name.
        var k = last
        while k > i {
            k -= 1
            if view[k].kind == .word, view[k].key == "of" {
                i = k + 1
                break
            }
        }
        mention.recut(start: view[i].start, end: view[last].end, tokenCount: last - i + 1, bytes: doc.bytes)
    }

    /// Puts a capitalised building title right before mention `m` (token `i`) back into its name.
    private mutating func takeTitleBack40(_ m: Int, _ i: Int) {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard i > 0, view[i - 1].kind == .word, view[i - 1].isCapitalized, view[i - 1].sentence == view[i].sentence,
            EntityRecognizer.buildingTitles40.contains(doc.tokens, at: i - 1)
        else { return }
        let start = view[i - 1].start
        // A mention of its own on the title would be a second entity for one word.
        if mentions.contains(where: { $0.start == start }) { return }
        mentions[m].recut(start: start, end: mentions[m].end, tokenCount: mentions[m].tokenCount + 1, bytes: doc.bytes)
    }
}
