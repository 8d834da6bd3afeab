/// Agency round twenty-six (agencies26, twentieth session): missed bodies. See
/// `docs/extraction-history.md`, "Agency round twenty-six".
///
/// **A body named after a lower-case noun of its kind** (`isBodyApposition26`, read by
/// `classify` beside the company nouns, after its own inline test of the noun): "the water regulator Ofwat said", "figures from exams
/// regulator Ofqual", "public broadcaster Norvik TV", "trade union Fórsa". The company nouns
/// ("company", "airline", "lender" …) already made the name after them a company; a regulator,
/// a watchdog, a broadcaster or a union did not, so a lone unlisted name was typed a person by
/// its "said" or dropped as a word seen once. A noun of `body-appositions.txt` right before the
/// run (lower case, a word the common list holds) makes it a body, unless the run is a
/// person's shape (a given name opening two words or more) or holds a title.
extension EntityRecognizer {
    static let bodyAppositions26 = WordSet(Lexicon.shared.bodyAppositions26)

    /// The run `lo..<hi` after such a noun (the caller has read the noun at `lo - 1`: a lower-case
    /// common word of the list) is that body's name.
    func isBodyApposition26(_ lo: Int, _ hi: Int) -> Bool {
        // The noun on the name's own line: a headline ending "… in court" opens no body below it.
        if lineBreakBefore(lo) { return false }
        let view = doc.tokens.span
        if hi - lo >= 2, view[lo].flags.contains(.givenName) { return false }
        for k in lo..<hi where view[k].flags.contains(.title) { return false }
        return true
    }
}

/// **An acronym that spells a common word, in a list of acronyms** (`isAcronymInList26`, read
/// by `isShoutedCommonWord`): "scientists from NASA, NOAA, the Army …", "sharing with FIA,
/// INTERPOL, and other agencies". A word of four letters or more in capitals that the common
/// list holds ("noaa", "interpol" are in it: the list is drawn from word counts) was read as a
/// shouted word and dropped; beside another acronym across a comma, "and" or "or" (a listed
/// body's, or one that spells no common word: "LIVE and FREE" are shouted), in a line with
/// lower-case words near it (not a shouted headline), it is a body's acronym.
extension EntityRecognizer {
    static let listJoins26: WordSet = [",", "and", "or"]

    /// A word in capitals of two letters or more that may be a body's acronym in a list.
    private func isListAcronym26(_ k: Int) -> Bool {
        let tokens = doc.tokens
        guard k >= 0, k < tokens.count else { return false }
        let t = tokens.span[k]
        return t.kind == .word && t.isAllCaps && t.end - t.start >= 2
            && !input.shared.has(.nonEntityAcronym, String(t.bare).replacingDots())
            // A listed body's acronym or one that spells no common word: "LIVE and FREE" are shouted.
            && (!t.flags.contains(.common) || input.shared.known(t.key, hash: t.keyHash)?.kind == .agency)
    }

    func isAcronymInList26(_ i: Int) -> Bool {
        let view = doc.tokens.span
        let n = view.count
        let before = i >= 2 && EntityRecognizer.listJoins26.contains(doc.tokens, at: i - 1) && isListAcronym26(i - 2)
        let after = i + 2 < n && EntityRecognizer.listJoins26.contains(doc.tokens, at: i + 1) && isListAcronym26(i + 2)
        guard before || after else { return false }
        // Lower-case words near it, on its line: a shouted headline has none.
        var k = max(0, i - 4)
        while k < min(n, i + 5) {
            if view[k].kind == .word, !view[k].isCapitalized, k != i {
                let (a, b) = k < i ? (view[k].end, view[i].start) : (view[i].end, view[k].start)
                var broken = false
                for p in a..<b where doc.bytes[p] == 10 { broken = true }
                if !broken { return true }
            }
            k += 1
        }
        return false
    }
}
