/// Typing round seventy-five (typing75, fifteenth session): sites the rules typed an organisation.
/// On the learning sets the largest type swap was a gold place typed an agency (127 such pairs at
/// the round's start); read one by one, the multi-word ones mostly end in a head that only ever
/// names a site ("the Washington Monument", "Incirlik Air Base", "the Pennsylvania Turnpike", "in
/// the Union Buildings", "the Sonoma City Council Chambers"), and several hospitals with no
/// hospital's head were named where a casualty was taken ("was taken to UPMC Hamot", "taken to
/// Nebraska Medicine"). A pass over the finished mentions after `applyCaps68` (never inside
/// `processSpan`); it reads only organisations the rules did not take from a word list.
///
/// - **a site by its head** (`site-heads.txt`): a name of two or more words ending in a listed
///   head (one word, or two: "Air Base", "Care Home") after a capitalised word is a place, unless
///   the institution acts right after it (`actsAfter40`: "X Observatory said", "X Inn's owner";
///   a participle before "by" is passive there: "the X Air Base used by …"); a run typed a person by
///   shape too when its last word is no given name or surname ("at Rosslare Europort");
/// - **a site a casualty is taken to** (`carried-to.txt`): a name right after "taken|rushed|
///   airlifted … to (the)" is a place unless its last word is a body's head ("transferred to the
///   High Court" is no carrying verb; "taken to the County Court" keeps the court).
extension EntityRecognizer {
    /// Heads of one word, and the words before two-word heads by their last word ("base" → "air").
    static let siteHeads75: (single: WordSet, pairs: [String: [String]], last: WordSet) = {
        var single: [String] = [], pairs: [String: [String]] = [:], last: [String] = []
        for head in Lexicon.shared.siteHeads75 {
            let words = head.split(separator: " ").map(String.init)
            guard let tail = words.last else { continue }
            last.append(tail)
            if words.count == 1 { single.append(tail) } else if words.count == 2 { pairs[tail, default: []].append(words[0]) }
        }
        return (WordSet(single), pairs, WordSet(last))
    }()
    static let carriedTo75 = WordSet(Lexicon.shared.carriedTo75)

    /// The pass (see the file's comment).
    mutating func applySiteHeads75() {
        let count = mentions.count
        guard count > 0 else { return }
        let tokens = doc.tokens
        let view = tokens.span
        let n = view.count
        let heads = EntityRecognizer.siteHeads75
        let carried = EntityRecognizer.carriedTo75
        for m in 0..<count {
            let type = mentions[m].type
            guard type == .agency || type == .person, !mentions[m].isCanonical, mentions[m].acronym == nil,
                let i = doc.tokenIndex(of: mentions[m])
            else { continue }
            let j = i + mentions[m].tokenCount - 1
            guard j < n, view[j].kind == .word else { continue }
            // A person's run only when its last word is no name ("at Rosslare Europort", typed by shape).
            if j > i, view[j].isCapitalized, heads.last.contains(tokens, at: j),
                type == .agency || view[j].flags.isDisjoint(with: [.givenName, .surname]),
                isSiteHead75(i, j), !actsAfter40(j + 1)
            {
                mentions[m].becomeCuedPlace()
                continue
            }
            guard type == .agency else { continue }
            // "was taken to UPMC Hamot": a carrying verb, "to", an optional "the", then the name.
            var k = i - 1
            if k >= 0, view[k].kind == .word, view[k].key == "the" { k -= 1 }
            guard k >= 1, view[k].kind == .word, view[k].key == "to", view[k - 1].kind == .word, !view[k - 1].isCapitalized,
                carried.contains(tokens, at: k - 1),
                !view[j].flags.contains(.orgHead) || EntityRecognizer.hospitalHeads.contains(tokens, at: j)
            else { continue }
            mentions[m].becomeCuedPlace()
        }
    }

    /// Whether the listed head at `j` (its last word listed) is whole, after a capitalised word.
    private func isSiteHead75(_ i: Int, _ j: Int) -> Bool {
        let tokens = doc.tokens
        let view = tokens.span
        let heads = EntityRecognizer.siteHeads75
        if heads.single.contains(tokens, at: j) {
            return view[j - 1].kind == .word && view[j - 1].isCapitalized
        }
        // A two-word head ("Air Base") needs its first word and a capitalised word before both.
        guard j - 1 > i, let firsts = heads.pairs[view[j].key], firsts.contains(view[j - 1].key) else { return false }
        return view[j - 2].kind == .word && view[j - 2].isCapitalized
    }
}
