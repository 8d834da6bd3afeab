/// Entities round forty-four (entities44): lists that an area word introduces. Counted on the
/// seen pool plus final10–13 before it was written: a list after "areas, including" or under a
/// line "… suburbs … These included:" was read member by member, and each unlisted member became
/// whatever its own shape said — persons by shape ("Fuata Nyayo"), persons spread along the list,
/// or nothing at all where a name stood alone on its line at a sentence's start. The area word
/// says what every member is.
///
/// A pass over the finished mentions, last in `EntityRecognizer.run` (never inside
/// `processSpan`). Two triggers, both cheap to test first:
/// - **an inline list**: "areas, including A, B and C", "villages such as A and B", "suburbs
///   like A": a mention typed person or organisation (not a listed one, no title in it) that is
///   a member of a comma/"and" list whose opener ("including", "such as", "like", "namely",
///   "include", ":") follows a plural place noun (round twenty-one's `pluralPlaceNouns`, round
///   thirty-two's "areas", "localities", "upazilas", and "estates") is a place. Round
///   thirty-two's list rule reads the same nouns but only for default-typed members and with
///   the opener right after the noun (no comma: "areas, including" failed it);
/// - **one name a line**: a line ending in ":" whose sentence or the one before names a plural
///   place noun ("at least ten suburbs … have been affected. These included:"), followed by at
///   least three short lines (one to four words or codes each): every such line is a place; a
///   line no rule found (a lone unlisted word opening a sentence) gets a place mention.
/// - **a common word and a listed place**: "Town Madison" typed a person by shape alone, its
///   first word a common word and no given name or surname, its last a listed place the article
///   names alone as that listed place, is a place.
extension EntityRecognizer {
    /// Words between a plural place noun and the first member of its list ("areas, including A").
    static let areaListOpeners44: WordSet = [
        "including", "include", "includes", "included", "like", "namely", "such", "as",
        // Entities54: "the contiguous counties are: Curry, Lea and Quay", "the worst-hit areas were A and B".
        "are", "were",
    ]
    /// Plural nouns of areas that open a list besides `isPluralPlaceNoun32`'s ("housing estates such as A").
    static let moreAreaNouns44: WordSet = ["estates"]

    /// The pass (see the file's comment). The reading is one non-mutating call (`scanPlaceLists44`):
    /// its helpers called one by one from this mutating method copied the whole recognizer each time.
    /// `colons`: the ":" tokens `applyNameExtents42` noted in its walk (nil: walk for them here).
    mutating func applyPlaceLists44(colons: [Int]? = nil) {
        guard !mentions.isEmpty else { return }
        let found = scanPlaceLists44(colons: colons)
        for m in found.mentions { mentions[m].becomeCuedPlace() }
        for line in found.lines { placeLine44(line) }
    }

    /// What the pass retypes: mentions by index, and the token ranges of lines of a list of places.
    private func scanPlaceLists44(colons: [Int]?) -> (mentions: [Int], lines: [Range<Int>]) {
        var found: [Int] = []
        let byteList = doc.bytes
        let bytes = byteList.span
        for m in 0..<mentions.count {
            // The fields are read in place (no mention bound to a local: speed round twenty-one).
            let type = mentions[m].type
            guard type == .person || type == .agency, !mentions[m].isCanonical, mentions[m].tokenCount <= 4 else { continue }
            let start = mentions[m].start
            if mentions[m].tokenCount == 2, mentions[m].rule == TypingRule.shapePerson, let i = doc.tokenIndex(of: mentions[m]),
                isPlaceNamedWithCommonWord44(i)
            {
                found.append(m)
                continue
            }
            // Byte test first: a list's member has ", " or ": " before it, or a word that may
            // join or open a list ("and", "or", "including", "like", "as", "namely", "include(s/d)").
            guard start >= 4, bytes[start - 1] == 32 else { continue }
            let c = bytes[start - 2]
            if c != 44 && c != 58 {
                let b = bytes[start - 3], a = bytes[start - 4]
                let joins = (c == 100 && b == 110 && a == 97) || (c == 114 && b == 111 && a == 32) || (c == 103 && b == 110)
                    || (c == 101 && b == 107) || (c == 115 && b == 97 && a == 32) || (c == 121 && b == 108)
                    || (c == 101 && b == 100) || ((c == 115 || c == 100) && b == 101 && a == 100)
                guard joins else { continue }
            }
            guard let i = doc.tokenIndex(of: mentions[m]), i + mentions[m].tokenCount <= doc.tokens.count,
                isAreaListMember44(i, i + mentions[m].tokenCount)
            else { continue }
            found.append(m)
        }
        return (found, lineLists44(colons: colons ?? colonTokens44()))
    }

    /// Whether token `k` is a plural noun of areas ("suburbs", "areas", "estates").
    private func isAreaNoun44(_ k: Int) -> Bool {
        doc.tokens[k].kind == .word && !doc.tokens[k].isCapitalized
            && (isPluralPlaceNoun32(k) || EntityRecognizer.moreAreaNouns44.contains(doc.tokens, at: k))
    }

    /// Whether the run `lo..<hi` is a member of a list that an area noun and an opener introduce.
    private func isAreaListMember44(_ lo: Int, _ hi: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let sentence = view[lo].sentence
        // A loop, not `allSatisfy`: a closure over the span crashed the release build's optimiser.
        for j in lo..<hi where !view[j].isNameLike || view[j].flags.contains(.title) { return false }
        var k = lo - 1
        var members = 0
        // Walk back over earlier members: separators, then a capitalised run of up to four words.
        while members < 12, k >= 1, view[k].sentence == sentence, isComma(k) || view[k].key == "and" || view[k].key == "or" {
            var j = k - 1
            while j >= 0, view[j].sentence == sentence, isComma(j) || view[j].key == "and" || view[j].key == "or" { j -= 1 }
            var first = j
            while first >= 0, view[first].sentence == sentence, view[first].isNameLike, j - first < 4 { first -= 1 }
            // No capitalised run before the separator: the comma after the opener ("areas, including").
            if first == j { break }
            k = first
            members += 1
        }
        // The opener: "including", "such as", "like", ":", then an optional comma and the noun.
        guard k >= 1, view[k].sentence == sentence else { return false }
        var opened = false
        while k >= 1, view[k].sentence == sentence,
            view[k].kind == .word && !view[k].isCapitalized && EntityRecognizer.areaListOpeners44.contains(doc.tokens, at: k)
                || view[k].kind == .punct && doc.bytes[view[k].start] == 58
        {
            k -= 1
            opened = true
        }
        guard opened, k >= 0 else { return false }
        if isComma(k), k >= 1 { k -= 1 }
        return view[k].sentence == sentence && isAreaNoun44(k)
    }

    /// "Town Madison" by shape alone: a first word that is no given name, title or head, and a
    /// last word that is a listed place the article names alone as a place.
    private func isPlaceNamedWithCommonWord44(_ i: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard i + 1 < view.count, view[i].kind == .word, view[i + 1].kind == .word, view[i].flags.contains(.common),
            view[i].flags.isDisjoint(with: [.givenName, .surname, .title, .titleWord, .orgHead, .known]),
            view[i + 1].flags.contains(.known), !view[i + 1].flags.contains(.givenName) || view[i + 1].flags.contains(.city)
        else { return false }
        let key = view[i + 1].key
        // A listed place the article names alone ("exploring Madison as a site"), not a name a
        // place rule read into a surname.
        for p in 0..<mentions.count where mentions[p].type == .place && mentions[p].isCanonical && mentions[p].tokenCount == 1
            && mentions[p].key == key
        {
            return true
        }
        return false
    }

    /// Lines of one name each under a line that ends in ":" and speaks of areas (see the file's
    /// comment): their token ranges, sought at the ":" tokens `colons` (in text order) alone.
    private func lineLists44(colons: [Int]) -> [Range<Int>] {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let n = view.count
        var found: [Range<Int>] = []
        // A ":" inside lines already taken is passed over, as the walk over every token did.
        var next = 0
        for c in colons where c >= next && c < n - 1 {
            // A ":" that ends its line and follows words about areas.
            guard lineBreakBefore(c + 1), introducesAreas44(c) else { continue }
            // The short lines after it.
            var lines: [Range<Int>] = []
            var j = c + 1
            while j < n {
                var e = j + 1
                while e < n, !lineBreakBefore(e) { e += 1 }
                guard e - j <= 4, isListLine44(j, e) else { break }
                lines.append(j..<e)
                j = e
            }
            if lines.count >= 3 { found += lines }
            next = max(c + 1, j)
        }
        return found
    }

    /// The ":" tokens after the first, in text order (the first has no words before it to speak
    /// of areas), when `applyNameExtents42` noted none.
    private func colonTokens44() -> [Int] {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        var colons: [Int] = []
        var c = 1
        while c < view.count {
            // The tokenizer's note first: one byte test a token (speed round twenty-seven).
            if view[c].notes.contains(.colon), view[c].kind == .punct, doc.bytes[view[c].start] == 58 { colons.append(c) }
            c += 1
        }
        return colons
    }

    /// Whether every token of `lo..<hi` may make up a line of a list of places.
    private func isListLine44(_ lo: Int, _ hi: Int) -> Bool {
        for k in lo..<hi where !isListLineToken44(k) { return false }
        return true
    }

    /// A word or code that may make up a line of a list of places: capitalised, or a code with
    /// a capital and digits ("D1060"), or a hyphen or an apostrophe inside a name.
    private func isListLineToken44(_ k: Int) -> Bool {
        let t = doc.tokens[k]
        if t.kind == .word { return t.isCapitalized || t.isAllCaps }
        if t.kind == .punct {
            let b = doc.bytes[t.start]
            return b == 45 || b == 39
        }
        return false
    }

    /// Whether the sentence of the ":" at `c`, or the one before it, names a plural place noun.
    private func introducesAreas44(_ c: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let sentence = view[c].sentence
        var k = c - 1
        while k >= 0, c - k <= 80, view[k].sentence + 1 >= sentence {
            if view[k].kind == .word, !view[k].isCapitalized, isAreaNoun44(k) { return true }
            k -= 1
        }
        return false
    }

    /// One line of a list of places: its mentions become places, or it gets one.
    private mutating func placeLine44(_ line: Range<Int>) {
        let lo = doc.tokens[line.lowerBound].start, hi = doc.tokens[line.upperBound - 1].end
        var covered = false
        for m in 0..<mentions.count where mentions[m].start >= lo && mentions[m].end <= hi {
            covered = true
            if (mentions[m].type == .person || mentions[m].type == .agency) && !mentions[m].isCanonical {
                mentions[m].becomeCuedPlace()
            }
        }
        guard !covered, doc.tokens[line.lowerBound].kind == .word, doc.tokens[line.lowerBound].isCapitalized else { return }
        // A word of the lists' other kinds is no place of its own ("Police", "Monday").
        if line.count == 1, !doc.tokens[line.lowerBound].flags.isDisjoint(with: [.title, .titleWord, .orgHead, .temporal, .nonName]) {
            return
        }
        addMention(.place, name: nil, range: line)
        mentions[mentions.count - 1].becomeCuedPlace()
    }
}
