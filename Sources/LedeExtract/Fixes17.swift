/// Fixes round seventeen (fixes17, seventeenth session): shapes read from the misses of the
/// learning groups G10 (final81–85) and G11 (final86–90), each seen on two articles or more.
///
/// - **a trade measure on a nation's goods** (`isNationAdjectiveObject17`, read by
///   `findDescribedPolicies`): "a ban on Ukrainian grain imports", "tariffs against Chinese
///   steel": the object of a ban or a moratorium, and a tariff's after "against", may open with a
///   nation's adjective (a capitalised word of `nonnames.txt`) before a lower-case noun; "into"
///   ends a ban's object.
/// - **a body's role with no person after it** (`takeBodyBeforeRole17`, `role-heads.txt`): "United
///   Nations Secretary-General", "the UN Special Coordinator", "G7 Foreign Ministers": the run
///   names the body (an acronym or a listed body of two words or more), not a person or a body
///   called by the role.
/// - **a constituency named with its chamber** (`takeConstituency17`): "Arki Assembly seat",
///   "Mandi Lok Sabha seat", "the Uxbridge and South Ruislip by-election": the name before the
///   chamber and a word of seats or polls is the constituency, a place; plural seats ("Fatehpur
///   and Arki Assembly seats") are one place each.
/// - **Irish names with the article "An" or the particle "na"** (`takeIrishName17`): "An Bord
///   Pleanála", "An Garda Síochána", "Bord na Móna": one body (a place after "in" or before an
///   address's comma: "of An Sruthain, Castlebar"), not the words after "An" read as a person.
/// - **Portuguese particles inside names** (`isPortugueseParticle17`, read by `findSpans`): "Rio
///   Grande do Sul" (a listed state read as "Rio Grande" and "Sul"), "Rio Grande do Sul Civil
///   Defense".
/// - **"Heads of State and Government"** (`isStateAndGovernment17`, read by `splitAtConnectors`):
///   the fixed phrase of summit bodies is no coordination of two names.
extension EntityRecognizer {
    /// Last words of roles written after their body (`role-heads.txt`).
    static let roleHeads17 = WordSet(Lexicon.shared.roleHeads17)
    /// Words of seats and polls after a constituency's name: "Arki Assembly seat".
    static let constituencyWords17: WordSet = [
        "seat", "seats", "constituency", "constituencies", "bypoll", "bypolls", "by-poll", "by-polls", "by-election",
        "by-elections", "byelection", "byelections", "segment", "segments",
    ]
    /// The plural forms of `constituencyWords17`: several constituencies, one place each.
    static let pluralConstituencyWords17: WordSet = [
        "seats", "constituencies", "bypolls", "by-polls", "by-elections", "byelections", "segments",
    ]
    /// Words before an Irish name that make it a place: "in An Spidéal".
    static let irishPlaceLeads17: WordSet = ["in", "at", "near"]

    // MARK: The hooks in `processSpan`

    /// A run opened by "An" (by its bytes), read by the Irish-name rule before `processSpan` trims
    /// its function words; a run holding "na" is read by `splitAtConnectors`, where the particle
    /// would split it. Out of line and given `processSpan`'s array: a token read in `processSpan`
    /// copies the whole token, and reading `doc.tokens` here retains the array.
    @inline(never)
    mutating func takeIrishRun17(_ tokens: [Token], _ lo: Int, _ hi: Int) -> Bool {
        let view = tokens.span
        guard view[lo].end - view[lo].start == 2, doc.bytes[view[lo].start] == 65, doc.bytes[view[lo].start + 1] == 110 else {
            return false
        }
        return takeIrishName17(lo, hi)
    }

    /// The constituency, Garda-rank and body-before-role rules, each behind a test of stored
    /// fields and bytes: a lower-case word of seats or polls after the run ("se…", "co…", "by…"),
    /// "G" opening a word of five letters ("Garda"), an acronym or a listed name's first word
    /// opening it. Out of line for the same reason as `takeIrishRun17`.
    @inline(never)
    mutating func takeShapes17(_ tokens: [Token], _ lo: Int, _ hi: Int, depth: Int) -> Bool {
        let view = tokens.span
        // Bytes read in place, not through a bound array (`Speed49.swift`).
        if hi < view.count, view[hi].kind == .word, !view[hi].isCapitalized, view[hi].end - view[hi].start >= 4 {
            let b0 = textByte49(view[hi].start), b1 = textByte49(view[hi].start + 1)
            if b0 == 115 && b1 == 101 || b0 == 99 && b1 == 111 || b0 == 98 && b1 == 121, takeConstituency17(lo, hi) { return true }
        }
        let length = view[lo].end - view[lo].start
        if length == 5, textByte49(view[lo].start) == 71, takeGardaRank17(lo, hi) { return true }
        // Fixes22 rides here, out of `processSpan`'s own code: "the Office of the Attorney
        // General", an office named by its officer's title, and "City Council Member Jo Lendis",
        // a body's capitalised "Member" title (`Fixes22.swift`).
        if hi - lo >= 4, view[lo].keyHash == EntityRecognizer.officeHash22, takeOfficeOfTitle22(tokens, lo, hi) { return true }
        if hi - lo >= 3, takeMemberTitle22(tokens, lo, hi, depth: depth) { return true }
        guard view[lo].isAllCaps || view[lo].flags.contains(.knownPrefix)
            || length >= 2 && length <= 4 && textByte49(view[lo].start) >= 65 && textByte49(view[lo].start) <= 90
                && textByte49(view[lo].start + 1) >= 48 && textByte49(view[lo].start + 1) <= 57
        else { return false }
        if view[hi - 1].isCapitalized, view[hi - 1].end - view[hi - 1].start >= 5 || view[hi - 1].flags.contains(.title),
            takeBodyBeforeRole17(tokens, lo, hi, depth: depth)
        {
            return true
        }
        return false
    }

    // MARK: Trade measures on a nation's goods

    /// Whether word `k`, the first of a ban's or a tariff's object, is a nation's adjective before
    /// a lower-case word of the same sentence: "a ban on Ukrainian grain", "tariffs against
    /// Australian barley". A tariff "on" a nation's goods is left out: the dev set's gold counts
    /// "tariffs on Chinese goods" (cut to 30%) and "U.S. tariffs on Canadian steel" as no policy,
    /// where final84's counts "tariffs on Australian wine".
    func isNationAdjectiveObject17(_ k: Int, family: String, after preposition: Int) -> Bool {
        let tokens = doc.tokens
        guard family != "tariff" || tokens[preposition].key == "against", k + 1 < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized, !tokens[k].isAllCaps,
            tokens[k].flags.contains(.nonName), !tokens[k].flags.contains(.known),
            tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized, tokens[k + 1].sentence == tokens[k].sentence
        else { return false }
        return true
    }

    // MARK: A body's role with no person after it

    /// "United Nations Secretary-General", "UN Special Coordinator", "G7 Foreign Ministers": a run
    /// that ends with a role (its last word a title or a role head, the words before it titles,
    /// title words or common words) after a body (an acronym, or a listed body of two words or
    /// more) is the body alone. True when the run was taken.
    @inline(never)
    /// `tokens` is `takeShapes17`'s (borrowed; bound here from `doc` it was retained and
    /// released on each of about 5,400 calls a round).
    mutating func takeBodyBeforeRole17(_ tokens: [Token], _ lo: Int, _ hi: Int, depth: Int) -> Bool {
        let view = tokens.span
        guard hi - lo >= 2, hi - lo <= 7, view[hi - 1].kind == .word, view[hi - 1].isCapitalized,
            view[hi - 1].flags.contains(.title) || EntityRecognizer.roleHeads17.contains(tokens, at: hi - 1)
        else { return false }
        // The role's first word: back over title words, titles, role heads and common words.
        var k = hi - 1
        while k > lo + 1 {
            let f = tokens[k - 1].flags
            guard tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized, !tokens[k - 1].isAllCaps else { break }
            guard f.contains(.title) || f.contains(.titleWord) || f.contains(.common)
                || EntityRecognizer.roleHeads17.contains(tokens, at: k - 1)
            else { break }
            guard !f.contains(.known), !f.contains(.givenName), !f.contains(.orgHead) else { break }
            k -= 1
        }
        // A listed name that ends with a role word is left to the other rules.
        if knownName(lo..<hi) != nil { return false }
        // The body: one acronym ("UN", "G7", "UNHCR"), or a listed body of two words or more;
        // the role is shortened from the left until what is before it is one.
        for start in k..<hi {
            if start - lo == 1 {
                let t = tokens[lo]
                guard t.kind == .word, isAcronym17(lo), !t.flags.contains(.title),
                    !t.flags.contains(.nonEntityAcronym), !t.isAbbreviation
                else { continue }
                processSpan(tokens, lo..<start, depth: depth + 1)
                return true
            }
            if let known = knownName(lo..<start), known.kind == .agency {
                processSpan(tokens, lo..<start, depth: depth + 1)
                return true
            }
        }
        return false
    }

    /// Whether word `k` is written in capitals and digits only, two or more, a capital first
    /// ("UN", "G7", "UNHCR").
    func isAcronym17(_ k: Int) -> Bool {
        let t = doc.tokens[k]
        guard t.end - t.start >= 2, t.end - t.start <= 8 else { return false }
        for b in t.start..<t.end {
            let c = doc.bytes[b]
            if b == t.start ? !(c >= 65 && c <= 90) : !(c >= 65 && c <= 90 || c >= 48 && c <= 57) { return false }
        }
        return true
    }

    // MARK: A constituency named with its chamber

    /// "Arki Assembly seat", "Dadra and Nagar Haveli Lok Sabha seat", "the Uxbridge and South
    /// Ruislip by-election": the constituency is a place. True when the run was taken.
    @inline(never)
    mutating func takeConstituency17(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        let view = tokens.span
        guard hi < view.count, hi - lo >= 2, view[hi].kind == .word, !view[hi].isCapitalized, view[hi].end - view[hi].start >= 4,
            view[hi].sentence == view[hi - 1].sentence, EntityRecognizer.constituencyWords17.contains(tokens, at: hi)
        else { return false }
        // The chamber: "Assembly", "Lok Sabha", "Vidhan Sabha".
        var cut = hi
        if tokens[hi - 1].key == "assembly" {
            cut = hi - 1
        } else if hi - lo >= 3, tokens[hi - 1].key == "sabha", tokens[hi - 2].key == "lok" || tokens[hi - 2].key == "vidhan" {
            cut = hi - 2
        }
        guard cut > lo, cut - lo <= 7 else { return false }
        // Every word a capitalised name's, "and" and commas between them; no body's head and no
        // listed body ("the Labour and Tory by-election campaigns").
        var parts: [Range<Int>] = []
        var start = lo
        for k in lo..<cut {
            let t = tokens[k]
            if t.kind == .word, !t.isCapitalized {
                guard t.key == "and", k > start else { return false }
                parts.append(start..<k)
                start = k + 1
                continue
            }
            if t.kind == .punct, t.key == "," {
                guard k > start else { return false }
                parts.append(start..<k)
                start = k + 1
                continue
            }
            guard t.kind == .word, !t.flags.contains(.orgHead), !t.flags.contains(.title) else { return false }
        }
        guard start < cut else { return false }
        parts.append(start..<cut)
        for p in parts {
            if let known = knownName(p), known.kind != .place { return false }
            if p.count == 1, tokens[p.lowerBound].flags.contains(.nonName) { return false }
        }
        // Without a chamber only a name with "and" is read here: "the Selby by-election" is a
        // place by the other rules already.
        if cut == hi, parts.count < 2 { return false }
        let plural = EntityRecognizer.pluralConstituencyWords17.contains(tokens, at: hi)
        if plural || parts.count == 1 {
            for p in parts { addConstituency17(p) }
        } else {
            addConstituency17(lo..<cut)
        }
        return true
    }

    private mutating func addConstituency17(_ range: Range<Int>) {
        if let known = knownName(range), known.kind == .place {
            addMention(.place, name: known.canonical, range: range, canonical: true)
        } else {
            addMention(.place, name: nil, range: range)
        }
    }

    // MARK: Irish names

    /// "An Bord Pleanála", "An Garda Síochána", "Bord na Móna": a run opening with a capitalised
    /// "An" before an unlisted, uncommon capitalised word, or holding the particle "na" between
    /// capitalised words, is one Irish name: a body, or a place after "in", "at", "near" or before
    /// an address's comma ("of An Sruthain, Castlebar"). True when the run was taken.
    @inline(never)
    mutating func takeIrishName17(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        guard hi - lo >= 2, hi - lo <= 6 else { return false }
        let opensWithAn = tokens[lo].key == "an" && tokens[lo].isCapitalized && !tokens[lo].isAllCaps
        if opensWithAn {
            // "An Ubee’s worker", "An Acme spokesman": at a sentence's start the article may be
            // English; there the name needs two words after it and no possessive.
            if sentenceInitial.contains(lo) || lo == 0 || tokens[lo - 1].sentence != tokens[lo].sentence {
                guard hi - lo >= 3, hi >= tokens.count || tokens[hi].kind != .possessive else { return false }
            }
            let f = tokens[lo + 1].flags
            guard tokens[lo + 1].kind == .word, tokens[lo + 1].isCapitalized, !tokens[lo + 1].isAllCaps,
                f.isDisjoint(with: [.common, .nonName, .known, .givenName, .title, .titleWord, .temporal])
            else { return false }
        }
        var particle = false
        for k in (lo + 1)..<hi {
            let t = tokens[k]
            guard t.kind == .word else { return false }
            if !t.isCapitalized {
                guard t.key == "na", k > lo, k + 1 < hi, tokens[k - 1].isCapitalized, tokens[k + 1].isCapitalized else { return false }
                particle = true
            }
        }
        guard opensWithAn || particle else { return false }
        // "Bord na Móna": the particle's name opens with a capitalised word that is no function word.
        if !opensWithAn, tokens[lo].flags.contains(.nonName) || EntityRecognizer.functionWords.contains(tokens, at: lo) { return false }
        let placeLead = lo > 0 && EntityRecognizer.irishPlaceLeads17.contains(tokens, at: lo - 1)
        let address = lo > 0 && tokens[lo - 1].key == "of" && hi + 1 < tokens.count && tokens[hi].key == ","
            && tokens[hi + 1].isCapitalized && (tokens[hi + 1].flags.contains(.known) || tokens[hi + 1].flags.contains(.knownPrefix))
        addMention(placeLead || address ? .place : .agency, name: nil, range: lo..<hi)
        return true
    }

    // MARK: The Irish police rank

    /// "Garda Laura O’Connor", "Garda O’Reilly": "Garda" before a given name, or before one
    /// word no list knows, is an Irish officer's rank (the word also opens "Garda station" and names the
    /// force, so it is no title of `titles.txt`). True when the run was taken.
    @inline(never)
    mutating func takeGardaRank17(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        let view = tokens.span
        guard hi - lo >= 2, hi - lo <= 4, doc.bytes[view[lo].start] == 71, view[lo + 1].kind == .word, view[lo + 1].isCapitalized,
            !view[lo + 1].isAllCaps, tokens[lo].key == "garda"
        else { return false }
        let f = tokens[lo + 1].flags
        if hi - lo >= 3 {
            guard f.contains(.givenName), !f.contains(.orgHead), !f.contains(.placeHead), !f.contains(.known) else { return false }
        } else {
            // "Garda O’Connor" after "Garda Laura O’Connor": the surname named in full before
            // (the word may be a listed town too); else a word no list knows.
            guard f.isDisjoint(with: [.common, .orgHead, .placeHead, .known, .knownPrefix, .title, .titleWord, .temporal, .nonName])
                || namedInFullBefore17(lo + 1)
            else { return false }
        }
        if knownName(lo..<hi) != nil { return false }
        for k in (lo + 1)..<hi where tokens[k].kind != .word || !tokens[k].isCapitalized || tokens[k].flags.contains(.orgHead) {
            return false
        }
        addPerson(tokens, (lo + 1)..<hi, descriptor: Document.text(doc.bytes, tokens[lo].start, tokens[lo].end))
        return true
    }

    /// Whether the word at `k` closed a name opened by a given name earlier in the article.
    func namedInFullBefore17(_ k: Int) -> Bool {
        let tokens = doc.tokens
        let hash = tokens[k].keyHash
        var j = k - 2
        while j >= 1 {
            if tokens[j].keyHash == hash, tokens[j].isCapitalized, tokens[j - 1].flags.contains(.givenName), tokens[j - 1].isCapitalized,
                tokens[j].key == tokens[k].key
            {
                return true
            }
            j -= 1
        }
        return false
    }

    // MARK: Portuguese particles

    /// Portuguese "of the" inside names (`nameParticles` holds "da" and "dos").
    static let portugueseParticles17: WordSet = ["do", "das"]

    /// Whether the lower-case word at `k` is a Portuguese particle inside a name: "Rio Grande do
    /// Sul", "Banco do Brasil", "Ilha das Flores". The words on both sides are capitalised, the
    /// one after no common word, no adjective of a nation and three letters or more (so "Why do
    /// Americans", "How do I" stay as they were).
    @inline(__always)
    func isPortugueseParticle17(_ k: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard k >= 1, k + 1 < view.count, view[k].end - view[k].start <= 3, view[k].end - view[k].start >= 2,
            doc.bytes[view[k].start] == 100, view[k].kind == .word, !view[k].isCapitalized
        else { return false }
        return isPortugueseParticleTail17(k)
    }

    @inline(never)
    func isPortugueseParticleTail17(_ k: Int) -> Bool {
        let tokens = doc.tokens
        let view = tokens.span
        guard EntityRecognizer.portugueseParticles17.contains(tokens, at: k) else { return false }
        return view[k - 1].isNameLike && view[k + 1].isNameLike && view[k + 1].sentence == view[k].sentence
            && view[k + 1].end - view[k + 1].start >= 3 && !view[k + 1].isAllCaps
            && view[k + 1].flags.isDisjoint(with: [.common, .nonName, .temporal, .title])
            && !EntityRecognizer.functionWords.contains(tokens, at: k - 1)
    }

    // MARK: Heads of State and Government

    /// Whether the "and" at `k` is the one of "Heads of State and Government".
    func isStateAndGovernment17(_ k: Int) -> Bool {
        let tokens = doc.tokens
        guard k >= 3, k + 1 < tokens.count else { return false }
        return tokens[k + 1].key == "government" && tokens[k - 1].key == "state" && tokens[k - 2].key == "of"
            && (tokens[k - 3].key == "heads" || tokens[k - 3].key == "head")
    }
}

extension EntityRecognizer {
    /// Whether word `k` is the lower-case particle "na", by its bytes.
    func isIrishParticle17(_ k: Int) -> Bool {
        let view = doc.tokens.span
        return view[k].end - view[k].start == 2 && doc.bytes[view[k].start] == 110 && doc.bytes[view[k].start + 1] == 97
    }

}

extension EntityMerger {
    /// An Irish name (`takeIrishName17`) keeps the rules' type in the learned typing stage: "An
    /// Garda Síochána", "Bord na Móna" (the article or the particle is the rules' cue).
    func isIrishName17(_ lo: Int, _ hi: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let bytes = doc.bytes
        guard hi - lo >= 2, hi <= view.count else { return false }
        if view[lo].end - view[lo].start == 2, bytes[view[lo].start] == 65, bytes[view[lo].start + 1] == 110 { return true }
        var k = lo + 1
        while k < hi - 1 {
            if view[k].end - view[k].start == 2, bytes[view[k].start] == 110, bytes[view[k].start + 1] == 97 { return true }
            k += 1
        }
        return false
    }
}
