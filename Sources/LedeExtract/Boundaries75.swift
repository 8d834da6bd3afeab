/// Boundary round seventy-five (boundary75): names found with the wrong extent, each a false and
/// a missed entity. Two shapes of English news writing, each seen in two articles or more of the
/// learning sets:
///
/// - **a post-nominal after a person's name**: "Michael Smith MCC", "Gerard Fogarty MTC" (Irish
///   councillors), "Mian Dawar Advocate" (a profession written after the name in South Asian
///   news). The letters or the word are no part of the name (`post-nominals.txt`); the span rule
///   that already trimmed a title in capitals ("Anthony Albanese MP") now trims these too. A
///   post-nominal word that is not in capitals ("Advocate") needs two capitalised words before it
///   with no title, head or listed name among them ("the Public Advocate" keeps its office);
/// - **a campus after a university's comma**: "the University of Massachusetts, Dartmouth, will
///   …", "the Federal University, Gashua, said …": a university's name, a comma, one or two
///   capitalised words that are no state or country, and a comma before a lower-case word are one
///   body (the annotators' name); the campus town was a place of its own. "Harvard University,
///   Massachusetts" and "… University, Lagos and Abuja" stay apart;
/// - **an embassy in a city**: "the Israeli embassy in Stockholm", "the Embassy of the State of
///   Qatar in Abu Dhabi", "the UAE embassy in Doha": an embassy or consulate and "in" a city are
///   one place, as the annotators name the post (a country after "in" stays apart: "the Indian
///   embassy in Iran", and so does a capitalised head after the country: "the U.S. Consulate in
///   Istanbul");
/// - **a person of a street or a township**: "Timothy Murphy of Colonial Road", "Sherri-Anne
///   Patenaude of Tay Township": a name that opens with a given name, "of", and two or three
///   capitalised words ending in a place's head are a person and a place (the run was one place).
extension EntityRecognizer {
    /// Post-nominals by key (`post-nominals.txt`).
    static let postNominals75 = WordSet(Lexicon.shared.postNominals75)
    /// Flags that keep a word before a lower-case-written post-nominal out of a personal name.
    private static let notPersonWords75: WordFlags = [.title, .titleWord, .orgHead, .placeHead, .policyHead, .eventHead, .known, .state]

    /// Whether run `lo..<hi` ends in a post-nominal after a personal name (see the file's comment).
    func endsWithPostNominal75(_ lo: Int, _ hi: Int) -> Bool {
        let tokens = doc.tokens
        guard hi - lo >= 2, tokens[hi - 1].kind == .word, WordSet.mayHold(input.shared.postNominalBits75, tokens, at: hi - 1),
            EntityRecognizer.postNominals75.contains(tokens, at: hi - 1),
            tokens[hi - 2].kind == .word, tokens[hi - 2].isCapitalized, !tokens[hi - 2].isAllCaps
        else { return false }
        if tokens[hi - 1].isAllCaps { return true }
        // "Mian Dawar Advocate": two capitalised words or more, none a title, head or listed name.
        guard hi - lo >= 3, tokens[hi - 1].isCapitalized else { return false }
        for k in lo..<(hi - 1) {
            guard tokens[k].kind == .word, tokens[k].isCapitalized, !tokens[k].isAllCaps,
                tokens[k].flags.isDisjoint(with: EntityRecognizer.notPersonWords75)
            else { return false }
        }
        return true
    }

    /// Joins a university's name and its campus after a comma (see the file's comment). A pass
    /// over the finished mentions; most pay a look at the two bytes after them.
    mutating func joinCampusNames75() {
        guard mentions.count > 1 else { return }
        let bytes = doc.bytes
        let count = bytes.count
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let n = view.count
        var drop: [Int] = []
        for m in mentions.indices {
            let e = mentions[m].end
            guard e + 4 < count else { continue }
            if bytes[e] == 32, bytes[e + 1] == 105, bytes[e + 2] == 110, bytes[e + 3] == 32, mentions[m].type != .policy,
                mentions[m].type != .person, let c = embassyCity75(m)
            {
                drop.append(c)
                continue
            }
            guard mentions[m].type == .agency, bytes[e] == 44, bytes[e + 1] == 32,
                let i = doc.tokenIndex(of: mentions[m])
            else { continue }
            let j = i + mentions[m].tokenCount - 1
            // Plain loops: a closure capturing the `Span` crashes the release build's optimiser (Swift 6.3.1).
            var university = false
            for k in i...j where EntityRecognizer.universityKeys75.contains(doc.tokens, at: k) {
                university = true
                break
            }
            guard university else { continue }
            // The campus: the next mention, one or two capitalised words right after the comma.
            guard let c = mentions.firstIndex(where: { $0.start == e + 2 }), !drop.contains(c), mentions[c].type != .policy, mentions[c].tokenCount <= 2,
                let ci = doc.tokenIndex(of: mentions[c])
            else { continue }
            let cj = ci + mentions[c].tokenCount - 1
            var words = true
            for k in ci...cj where view[k].kind != .word || !view[k].isCapitalized || view[k].isAllCaps {
                words = false
                break
            }
            guard words, ci == j + 2, cj + 2 < n, view[cj].sentence == view[i].sentence, !isStateOrCountry75(ci, cj),
                // A comma, then a lower-case word that is no list's "and"/"or".
                view[cj + 1].kind == .punct, bytes[view[cj + 1].start] == 44,
                view[cj + 2].kind == .word, !view[cj + 2].isCapitalized, view[cj + 2].sentence == view[cj].sentence,
                !EntityRecognizer.listJoiners75.contains(doc.tokens, at: cj + 2)
            else { continue }
            mentions[m].recut(start: view[i].start, end: view[cj].end, tokenCount: cj - i + 1, bytes: bytes)
            for k in i...cj { claimed[k] = true }
            drop.append(c)
        }
        for k in Set(drop).sorted().reversed() { mentions.remove(at: k) }
    }

    /// A listed given name, or two joined by a hyphen ("Sherri-Anne").
    private func isGivenLike75(_ j: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        if view[j].flags.contains(.givenName) { return true }
        guard view[j].kind == .word, view[j].key.hasHyphenByte else { return false }
        let parts = view[j].key.split(separator: "-")
        return parts.count == 2 && parts.allSatisfy { lexicon.givenNames.contains(String($0)) }
    }

    static let universityKeys75: WordSet = ["university"]
    static let embassyKeys75: WordSet = ["embassy", "consulate"]

    /// "the Israeli embassy in Stockholm": grows mention `m` over " in " and the city's mention
    /// after it, a place; the city's mention index, nil when the shape is not there.
    private mutating func embassyCity75(_ m: Int) -> Int? {
        let e = mentions[m].end
        guard let i = doc.tokenIndex(of: mentions[m]) else { return nil }
        let viewTokens = doc.tokens
        let view = viewTokens.span
        let j = i + mentions[m].tokenCount - 1
        var embassy = false
        // A lower-case head ("the Israeli embassy") or one that opens the name ("Embassy of …");
        // "the U.S. Consulate in Istanbul" is a proper name before a locator, as annotated.
        for k in i...j where EntityRecognizer.embassyKeys75.contains(doc.tokens, at: k) && (k == i || !view[k].isCapitalized) {
            embassy = true
            break
        }
        guard embassy, let c = mentions.firstIndex(where: { $0.start == e + 4 }), c != m, mentions[c].type == .place,
            mentions[c].tokenCount <= 2, let ci = doc.tokenIndex(of: mentions[c])
        else { return nil }
        let cj = ci + mentions[c].tokenCount - 1
        guard ci == j + 2, view[cj].sentence == view[i].sentence, !isStateOrCountry75(ci, cj) else { return nil }
        mentions[m].recut(start: view[i].start, end: view[cj].end, tokenCount: cj - i + 1, bytes: doc.bytes)
        mentions[m].becomeCuedPlace()
        for k in i...cj { claimed[k] = true }
        return c
    }

    /// Whether a run opening with a given name, "of" at `k`, and two or three capitalised words
    /// ending in a place's head ("Timothy Murphy of Colonial Road") is a person of a place. A
    /// sentence's capitalised first word may stand before the name ("Voter Timothy Murphy of …").
    func personOfHeadedPlace75(_ span: Range<Int>, _ k: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        var lo = span.lowerBound
        let hi = span.upperBound
        if !isGivenLike75(lo), sentenceInitial.contains(lo), view[lo].flags.contains(.common) { lo += 1 }
        guard k - lo >= 2, k - lo <= 3, hi - k - 1 >= 2, hi - k - 1 <= 3, isGivenLike75(lo),
            view[hi - 1].flags.contains(.placeHead)
        else { return false }
        for j in lo..<hi where j != k {
            guard view[j].kind == .word, view[j].isCapitalized, !view[j].isAllCaps,
                j == hi - 1 || view[j].flags.isDisjoint(with: [.orgHead, .placeHead, .policyHead, .title, .titleWord])
            else { return false }
        }
        return true
    }
    static let listJoiners75: WordSet = ["and", "or"]

    /// Whether tokens `i...j` name a state or a country ("Harvard University, Massachusetts").
    private func isStateOrCountry75(_ i: Int, _ j: Int) -> Bool {
        let viewTokens = doc.tokens
        let view = viewTokens.span
        if i == j, view[i].flags.contains(.state) { return true }
        let key = i == j ? view[i].key : Lexicon.key(Document.text(doc.bytes, view[i].start, view[j].end))
        return lexicon.countryNames.contains(key) || input.shared.state(key) != nil
    }
}
