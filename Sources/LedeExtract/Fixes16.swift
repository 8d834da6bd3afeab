/// Fixes round sixteen (fixes16, sixteenth session): faults the fifteenth session's last read named
/// and left, each mended as a shape of English news text.
///
/// - **a participle before "by" is passive** (`isPassiveBy16`, read by `actsAfter40`): "the X
///   Observatory used by …", "X Airport operated by …": the site is acted on, not acting.
/// - **a county and its county town** (`Lexicon.countyTownVariants16`): a region's bare name that
///   the same country's town list names too ("County Wexford|Co Wexford|Wexford" and the town
///   "Wexford") is the town, not a variant of the county: "at a Garda station in Wexford … in Co
///   Wexford" names two places.
/// - **a region named with its head is no company** (`namesRegionByHead16`): "in Saitama
///   Prefecture, the railroad operator imposed …": the business apposition belongs to the
///   sentence's subject, not to the region (`region-heads.txt`).
/// - **places that read as persons**: a compass abbreviation before a listed country ("In N.
///   Pakistan"), a listed place's head before it ("District Hafizabad"), and a place in a list of
///   places each with a count in brackets ("three districts - Hooghly (8), Howrah (7) and …"),
///   where a lone name before a bracketed number is otherwise an age's person ("Nazrin (3)").
extension EntityRecognizer {
    /// Region heads by key (`region-heads.txt`).
    static let regionHeads16 = WordSet(Lexicon.shared.regionHeads16)
    /// Compass abbreviations before a country: "N.", "S.", "E.", "W." and their pairs.
    static let compassAbbreviations16: WordSet = ["n.", "s.", "e.", "w.", "n.e.", "n.w.", "s.e.", "s.w."]

    /// Whether word `k` (a participle) stands before "by": "used by", "operated by".
    func isPassiveBy16(_ k: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        return k + 1 < view.count && view[k + 1].kind == .word && view[k + 1].key == "by"
    }

    /// A run the person rules would misread as a name and what it is instead; true when the run
    /// was taken. Called by `classify` for runs of two or three words; out of line, so that the
    /// long `classify` pays one call a run (inlined, its own code grew by 1.9 M instructions a
    /// corpus round).
    @inline(never)
    mutating func takeHeadedOrAbbreviatedPlace16(_ lo: Int, _ hi: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        // Flags first: a listed word after an initial, a title word or a place's head.
        let first = view[lo].flags, second = view[lo + 1].flags
        guard second.contains(.known) || second.contains(.knownPrefix),
            view[lo].isAbbreviation || first.contains(.titleWord) || first.contains(.placeHead)
        else { return false }
        let tokens = doc.tokens
        guard hi - lo <= 3, view[lo].kind == .word, view[lo + 1].kind == .word, view[lo + 1].isCapitalized else { return false }
        // "In N. Pakistan", "S. Korea": a compass initial, then a listed country.
        if view[lo].isAbbreviation, EntityRecognizer.compassAbbreviations16.contains(tokens, at: lo),
            let place = knownName((lo + 1)..<hi), place.kind == .place, input.shared.lexicon.countryNames.contains(Lexicon.key(place.canonical))
        {
            classify(tokens, (lo + 1)..<hi)
            return true
        }
        // "District Hafizabad", "Province Punjab": a region's head before a listed place is that
        // place, named as listed, the headed form its alias.
        if view[lo].isCapitalized, !view[lo].isAllCaps, EntityRecognizer.regionHeads16.contains(tokens, at: lo),
            let place = knownName((lo + 1)..<hi), place.kind == .place
        {
            addMention(.place, name: place.canonical, range: lo..<hi, canonical: true)
            mentions[mentions.count - 1].appendAlias(Document.text(doc.bytes, view[lo].start, view[hi - 1].end))
            return true
        }
        return false
    }

    /// "Hooghly (8), Howrah (7) and South 24 Parganas (16)": whether the lone name at `lo` (a
    /// bracketed number after it at `lo + 1`) is a member of a list whose next or previous member
    /// is a listed place with a bracketed number too: a count by place, not an age.
    func isInPlaceCountList16(_ lo: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let n = view.count
        let sentence = view[lo].sentence
        // The next member: ", " or "and" after the ")", then one to three words and a "(".
        var k = lo + 5
        if k < n, isComma(lo + 4) || view[lo + 4].kind == .word && view[lo + 4].key == "and" {
            if k < n, view[k].kind == .word, view[k].key == "and" { k += 1 }
            var e = k
            while e < n, e - k < 3, view[e].sentence == sentence, view[e].kind == .word || view[e].kind == .number, view[e].isCapitalized || view[e].kind == .number {
                e += 1
            }
            if e > k, e < n, followedByBracketedAge58(e), knownName(k..<e)?.kind == .place { return true }
        }
        // The previous member: "(n)" then ", " or "and" before the name (numbers and capitals of
        // the name's own words skipped: "South 24 Parganas").
        var b = lo - 1
        while b >= 0, lo - b <= 3, view[b].sentence == sentence, view[b].kind == .number || view[b].kind == .word && view[b].isCapitalized {
            b -= 1
        }
        guard b >= 4, isComma(b) || view[b].kind == .word && view[b].key == "and" else { return false }
        var close = b - 1
        if view[close].kind == .punct, isComma(close) { close -= 1 }
        guard close >= 3, view[close].kind == .punct, doc.bytes[view[close].start] == 41 else { return false }
        let open = close - 2
        guard followedByBracketedAge58(open) else { return false }
        var s = open
        while s > 0, open - s < 3, view[s - 1].sentence == sentence, view[s - 1].kind == .word, view[s - 1].isCapitalized { s -= 1 }
        // The longest listed place ending before the bracket.
        for start in s..<open where knownName(start..<open)?.kind == .place { return true }
        return false
    }
}

extension EntityMerger {
    /// Whether the place mention names a region by its head: "Saitama Prefecture", "Kiambu
    /// County", "County Laois" (`region-heads.txt`).
    func namesRegionByHead16(_ m: RawMention) -> Bool {
        guard m.tokenCount >= 2, let lo = doc.tokenIndex(of: m), lo + m.tokenCount <= doc.tokens.count else { return false }
        let tokens = doc.tokens
        return EntityRecognizer.regionHeads16.contains(tokens, at: lo + m.tokenCount - 1)
            || EntityRecognizer.regionHeads16.contains(tokens, at: lo)
    }
}

extension Lexicon {
    /// The keys of regions' bare-name variants that a town of the same country also bears
    /// ("Wexford" of "County Wexford|Co Wexford|Co. Wexford|Wexford|IE", with "Wexford|IE|" among
    /// the towns): such a name is the town, and the county keeps its headed forms.
    static func countyTownVariants16(_ subdivisions: [Substring], cities: [Substring]) -> Set<String> {
        var towns = Set<String>()
        for line in cities {
            let fields = line.listFields()
            guard fields.count >= 2 else { continue }
            towns.insert(Lexicon.key(String(fields[0])) + "|" + String(fields[1]))
        }
        var variants = Set<String>()
        for line in subdivisions {
            let fields = line.listFields()
            guard fields.count >= 3, let country = fields.last else { continue }
            let name = Lexicon.key(String(fields[0]))
            for variant in fields.dropFirst().dropLast() {
                let key = Lexicon.key(String(variant))
                // Only a bare name the headed name holds: "wexford" of "county wexford".
                guard !key.utf8.contains(32), name.hasWordSuffix(key) || name.hasWordPrefix(key) else { continue }
                if towns.contains(key + "|" + String(country)) { variants.insert(key) }
            }
        }
        return variants
    }
}
