/// Entities round thirty-seven (entities37, agency precision on ordinary news): names the rules
/// typed organisations by default that the words around them put on a map ("X residents" is
/// round twenty-six's, which spares given names and surnames), and a title's "at
/// Large" run into a person's name. A pass over the finished mentions after round thirty-five's
/// place cues (never inside `processSpan`); it reads only organisations typed by default (or
/// ending in a site's head word), so most articles pay one type test per mention.
///
/// - **a locator**: "next to the X Center", "across from X", "opposite X", "beside X",
///   "adjacent to X": what a reader is sent to is a site (the guidelines' venues used as
///   locators are places);
/// - **a part of town**: "downtown X", "uptown X", "midtown X";
/// - **an address**: "at X, Y" with Y a place ("at Glenmore, Kilkenny"): the name before the
///   place it lies in;
/// - **"at Large"**: "Councilwoman at Large Jo Roe", "Member at Large Jo Roe": the title's last
///   word is no part of the name after it.
extension EntityRecognizer {
    /// Lower-case words right before a name that send the reader to a site ("opposite X").
    static let locatorWords37: WordSet = ["opposite", "beside"]
    /// Two-word locators, by their first word: "next to", "adjacent to", "across from".
    static let locatorPairs37: WordSet = ["next", "adjacent", "across"]
    /// Parts of a town written before its name ("downtown Raleigh").
    static let townParts37: WordSet = ["downtown", "uptown", "midtown"]

    /// The pass (see the file's comment).
    mutating func applyLocatorPlaces() {
        let count = mentions.count
        guard count > 0 else { return }
        // Bound once for the pass and passed to the tests below: each bound `doc.tokens` itself,
        // a retain and a release per candidate (speed round fifty).
        let tokens = doc.tokens
        for m in 0..<count {
            let type = mentions[m].type
            // A person is read only when it opens with "Large" (its bytes, before any token search).
            // Tested through the array before the mention is bound (a retain and a release).
            guard type == .agency || (type == .person && mentions[m].name.utf8.starts(with: "Large ".utf8)), !mentions[m].isCanonical,
                mentions[m].acronym == nil
            else { continue }
            // The mention's fields read in place, not bound: a retain and a release on each of
            // ~5,800 candidates a round (speed round fifty-one).
            guard let i = mentionTokenIndex51(tokens, m) else { continue }
            let tokenCount = mentions[m].tokenCount
            let j = i + tokenCount - 1
            guard j < tokens.count else { continue }
            // "Large Jo Roe" after "Councilwoman at", typed a person or a body.
            if tokenCount >= 3, tokens[i].key == "large", cutAtLarge37(m, i, j) { continue }
            guard type == .agency else { continue }
            if !mentions.isDefaultTyped(m) {
                // A run the rules typed by its head: only a site's head sends a locator there.
                if tokenCount >= 2, EntityRecognizer.siteHeads.contains(tokens, at: j), isAfterLocator37(tokens, i) {
                    mentions[m].becomeCuedPlace()
                }
                continue
            }
            if isAfterLocator37(tokens, i) || isPlaceByNeighbours37(tokens, i, j, lone: tokenCount == 1) {
                mentions[m].becomeCuedPlace()
            }
        }
    }

    /// Whether a locator ("next to", "across from", "opposite", with or without "the") ends
    /// right before token `i`.
    private func isAfterLocator37(_ viewTokens: [Token], _ i: Int) -> Bool {
        let view = viewTokens.span
        let sentence = view[i].sentence
        var k = i - 1
        guard isLowerWord37(viewTokens, k, sentence) else { return false }
        if view[k].key == "the" { k -= 1 }
        guard isLowerWord37(viewTokens, k, sentence) else { return false }
        if EntityRecognizer.locatorWords37.contains(viewTokens, at: k) { return true }
        let key = view[k].key
        guard key == "to" || key == "from", isLowerWord37(viewTokens, k - 1, sentence), EntityRecognizer.locatorPairs37.contains(viewTokens, at: k - 1)
        else { return false }
        // "next to", "adjacent to", "across from" (not "across to").
        return (key == "from") == (view[k - 1].key == "across")
    }

    /// A part of town before a lone name, or "at X, Y" with Y a place mention.
    private func isPlaceByNeighbours37(_ viewTokens: [Token], _ i: Int, _ j: Int, lone: Bool) -> Bool {
        let view = viewTokens.span
        let n = view.count
        let sentence = view[i].sentence
        if lone, isLowerWord37(viewTokens, i - 1, sentence), EntityRecognizer.townParts37.contains(viewTokens, at: i - 1) { return true }
        if isLowerWord37(viewTokens, i - 1, sentence), view[i - 1].key == "at", j + 2 < n, isComma(j + 1), view[j + 2].sentence == sentence,
            view[j + 2].kind == .word, view[j + 2].isCapitalized
        {
            // The place may be cued only elsewhere ("the village of Y"), typed in the merger.
            let start = view[j + 2].start
            guard let y = mentions.firstIndex(where: { $0.start == start }) else { return false }
            let key = mentions[y].key
            return mentions.contains { $0.key == key && ($0.type == .place || $0.inPlaceContext) }
        }
        return false
    }

    /// "Councilwoman at Large Jo Roe": token `i` is "Large" after "at" and a capitalised word,
    /// and a given name follows; the mention becomes the person after "Large".
    @discardableResult
    private func cutAtLarge37(_ m: Int, _ i: Int, _ j: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard i >= 2, view[i - 1].key == "at", view[i - 1].kind == .word,
            view[i - 2].kind == .word, view[i - 2].isCapitalized, view[i + 1].flags.contains(.givenName)
        else { return false }
        let mention = mentions[m]
        mention.recut(start: view[i + 1].start, end: view[j].end, tokenCount: j - i, bytes: doc.bytes)
        mention.type = .person
        mention.isWeak = false
        mention.rule = TypingRule.shapePerson
        return true
    }

    /// A lower-case word token at `k` in sentence `sentence` (false off either end of the text).
    private func isLowerWord37(_ tokens: [Token], _ k: Int, _ sentence: Int) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].sentence == sentence && tokens[k].kind == .word && !tokens[k].isCapitalized
    }
}
