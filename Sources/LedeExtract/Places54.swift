/// Entities round fifty-four (entities54): sites and districts the rules typed an organisation or
/// a person. Counted over the seen pool and final10–15 (every gold name holding the head word):
/// a courthouse and an apartment block are places every time (3/3, 2/2: their heads joined round
/// forty's `siteOnlyHeads40`, whose pass reads them first), a correctional or
/// detention institution named as a site is a place (the guidelines' jail), and "<listed place>
/// Division" or "Municipality" is the district (5 of 8 "Division" names are places; the three
/// bodies open with no place: "OPP Highway Safety Division", "1st Division"). A pass over the
/// finished mentions after `applyFacilitySites40` (never inside `processSpan`); it reads only
/// mentions typed an organisation or a person, and their last token first.
///
/// - **a correctional site**: "Correctional" or "Detention" before "Institution", "Facility",
///   "Center", "Centre", "Complex" ("Howard R. Young Correctional Institution");
/// - **a dwelling at an address**: "Homes", "House", "Residences" … right before "at" and a house
///   number ("Hope Homes at 2418 Eighth St."): a housing development named by its street address;
/// - **a listed place's district**: "Karachi Division", "Kelmora Municipality";
/// - **a lower-case site head after a name**: "at Renmore barracks" (the barracks, a place, its
///   name run on), "from Oberstown detention centre" (the name alone is the place);
/// - **a courthouse after a county**: "the aging Lauderdale County Courthouse", where the run
///   stopped at the county and left the head alone.
///
/// Each keeps the organisation when the name is followed by a possessive, a speech verb, a past
/// tense or a third-person verb, the institution acting (`actsAfter40`).
extension EntityRecognizer {
    /// Words before an institution's head that make it a place of detention.
    static let detentionWords54: WordSet = ["correctional", "detention"]
    /// Heads after `detentionWords54`.
    static let detentionHeads54: WordSet = ["institution", "facility", "center", "centre", "complex"]
    /// Dwellings that are places where a street address follows.
    static let dwellingHeads54: WordSet = ["homes", "house", "residences", "villas", "lofts", "townhomes", "flats", "towers"]
    /// Heads of a district named after its town.
    static let districtHeads54: WordSet = ["division", "municipality"]
    /// Every last word the rules above read: one look-up rules out almost every mention.
    static let lastWordList54 = [
        "institution", "facility", "center", "centre", "complex", "homes", "house", "residences", "villas", "lofts",
        "townhomes", "flats", "towers", "division", "municipality",
    ]
    static let lastWords54 = WordSet(lastWordList54)
    /// Last letters of `lastWordList54`, for a byte test before any token look-up.
    static let lastLetters54 = Document.letters26(String(lastWordList54.compactMap { $0.last }))
    /// First letters of the lower-case heads read after a name: "courthouse", "barracks",
    /// "correctional", "detention".
    static let nextLetters54 = Document.letters26("cbd")

    /// The pass (see the file's comment).
    mutating func applySites54() {
        let count = mentions.count
        guard count > 0 else { return }
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let n = view.count
        let bytes = doc.bytes
        let nextLetters = EntityRecognizer.nextLetters54, lastLetters = EntityRecognizer.lastLetters54
        for m in 0..<count {
            let type = mentions[m].type
            guard type == .agency || type == .person || type == .place, !mentions[m].isCanonical, mentions[m].acronym == nil else {
                continue
            }
            // Byte tests before the token look-up (as speed round twenty-six's): a lower-case head
            // after the name opens with "c", "b" or "d"; a listed last word ends in one of
            // `lastLetters54`. Most mentions fail both (measured at the seventh session's end:
            // the pass cost 9.6 M instructions a round without them).
            let end = mentions[m].end
            guard Document.mayOpenNext26(bytes, after: end, letters: nextLetters)
                || type != .place && Document.mayEndWith26(bytes, end, letters: lastLetters),
                let i = doc.tokenIndex(of: mentions[m])
            else { continue }
            let j = i + mentions[m].tokenCount - 1
            guard j + 1 < n else { continue }
            if lowerSiteAfter54(viewTokens, m, i, j) { continue }
            guard type != .place, j > i, WordSet.mayHold(Bits43.lastWords54, doc.tokens, at: j), EntityRecognizer.lastWords54.contains(doc.tokens, at: j),
                !actsAfter40(j + 1)
            else { continue }
            if EntityRecognizer.detentionHeads54.contains(doc.tokens, at: j)
                    && EntityRecognizer.detentionWords54.contains(doc.tokens, at: j - 1)
                || EntityRecognizer.dwellingHeads54.contains(doc.tokens, at: j) && isAtAddress54(j + 1)
                || EntityRecognizer.districtHeads54.contains(doc.tokens, at: j) && j == i + 1 && view[i].isCapitalized
                    && !view[i].isAllCaps && input.shared.known(view[i].key)?.kind == .place
            {
                mentions[m].becomeCuedPlace()
            }
        }
    }

    /// "at 2418 Eighth St.": "at", a house number, a capitalised word, all in one sentence.
    private func isAtAddress54(_ k: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard k + 2 < view.count, view[k].kind == .word, view[k].key == "at", view[k + 1].kind == .number,
            view[k + 2].isCapitalized, view[k + 2].sentence == view[k].sentence
        else { return false }
        return true
    }

    /// A lower-case site head right after mention `m` (tokens `i...j`): "Renmore barracks" runs the
    /// name on and makes it a place; "Oberstown detention centre" makes the one-word name a place.
    /// `viewTokens` is the document's token array, passed by `applySites54` (borrowed; binding
    /// `doc.tokens` here retained it on each of about 9,300 calls a round).
    private mutating func lowerSiteAfter54(_ viewTokens: [Token], _ m: Int, _ i: Int, _ j: Int) -> Bool {
        let view = viewTokens.span
        // The next token read in place (a copy of it retained its key).
        let n = j + 1
        guard view[n].kind == .word, view[n].sentence == view[j].sentence else { return false }
        // "Lauderdale County Courthouse": the run was cut after the county, a place; the
        // courthouse's head, left alone as a common word, runs the name on.
        if view[n].key == "courthouse", mentions[m].type == .place {
            let nextStart = view[n].start
            if !mentions.contains(where: { $0.start == nextStart }) {
                mentions[m].recut(start: view[i].start, end: view[n].end, tokenCount: j + 2 - i, bytes: doc.bytes)
                return true
            }
        }
        guard !view[n].isCapitalized else { return false }
        if view[n].key == "barracks" {
            mentions[m].recut(start: view[i].start, end: view[n].end, tokenCount: j + 2 - i, bytes: doc.bytes)
            mentions[m].becomeCuedPlace()
            return true
        }
        if EntityRecognizer.detentionWords54.contains(doc.tokens, at: j + 1), j + 2 < view.count,
            view[j + 2].kind == .word, !view[j + 2].isCapitalized, EntityRecognizer.detentionHeads54.contains(doc.tokens, at: j + 2)
        {
            mentions[m].becomeCuedPlace()
            return true
        }
        return false
    }
}
