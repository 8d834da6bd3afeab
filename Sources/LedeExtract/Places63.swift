/// Places round sixty-three (places63, ninth session of 2026-11-30).
///
/// - **numbered districts**: "District 6 and District 8", "District 9 Councilman …", "a candidate
///   in Constituency 8": a numbered electoral or council district is a place, like "Ward 22"
///   (`wardNumberEnd`). "District" is an organisation head (`org-heads.txt`), so its lone
///   capitalised word reached the head branch of `classify` and was dropped as a bare common
///   head ("the District"); the number never joined it. Only the word alone in its run: with a
///   capitalised word before it ("School District 23", "Fourth District") or a head after it
///   ("District Court") the run is longer and keeps its old reading; a quoted title ("“District
///   9”") is a film, not a place.
extension EntityRecognizer {
    /// Capitalised heads of an electoral or council district named by its number alone. Not
    /// "precinct": the DevSet's guideline makes a police precinct an agency (a unit).
    static let numberedDistrictHeads63: WordSet = ["district", "constituency"]

    /// The end of "District 6" when the run `lo..<lo + 1` is the head alone before its number.
    func numberedDistrictEnd63(_ lo: Int) -> Int? {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let n = view.count
        // The number first: a stored field, and almost no run is followed by one.
        guard lo + 1 < n, view[lo + 1].kind == .number, view[lo].isCapitalized, !view[lo].isAllCaps,
            EntityRecognizer.numberedDistrictHeads63.contains(doc.tokens, at: lo),
            view[lo + 1].key.utf8.count <= 3, view[lo + 1].key.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
            view[lo + 1].sentence == view[lo].sentence, view[lo + 1].start == view[lo].end + 1, !claimed[lo + 1]
        else { return nil }
        // "“District 9”": a quoted title.
        if lo > 0, view[lo - 1].kind == .punct, EntityRecognizer.isQuoteFirstByte(doc.bytes[view[lo - 1].start]),
            view[lo - 1].end == view[lo].start
        {
            return nil
        }
        return lo + 2
    }
}

/// Places round sixty-three, lists: "cut off in four sections of Kaombe, Walemera, Dwangwa and
/// Mkoma": a plural noun of a place's parts before "of" opens a list of places as round
/// thirty-two's plural place nouns do ("the towns of A, B"; `PlaceLists.swift`), where each
/// unlisted member was typed an organisation by default. Only with "of" right after the noun
/// and only for a list of two or more default-typed members (the list rule's own gates): "bids
/// came from Corvane, Delmont and Tessaro" has no such cue and keeps its organisations.
extension EntityRecognizer {
    /// Plural nouns of a place's parts that open a list of places with "of".
    static let placePartNouns63: WordSet = ["sections", "parts", "portions", "stretches", "pockets"]

    /// Whether token `k` is such a noun with "of" after it ("sections of").
    func isPlacePartsOf63(_ k: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        return k + 1 < view.count && view[k + 1].key == "of" && !view[k].isCapitalized
            && EntityRecognizer.placePartNouns63.contains(doc.tokens, at: k)
    }

    /// Whether the list ending before `last` shares a lower-case plural head after it ("parts of
    /// the Grand and Battlement mesas"): its members are then parts of one name, not places.
    func isSharedPluralHead63(_ last: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard last < view.count, last > 0, view[last].kind == .word, !view[last].isCapitalized,
            view[last].sentence == view[last - 1].sentence
        else { return false }
        let key = view[last].key.utf8
        return key.count >= 4 && key.last == UInt8(ascii: "s") && !EntityRecognizer.functionWords.contains(doc.tokens, at: last)
    }
}
