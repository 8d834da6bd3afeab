/// Entities round thirty-four (entities34): an office title run into a body's or a place's
/// name. The span rules split a title from the person it names ("Ministry of Health Secretary
/// Jo Roe"), but a title with no person after it stays inside the run, and the run is typed an
/// organisation under a name nobody uses ("Kadena State Head of Service", "Perlis Mentri Besar",
/// "Managing Director of Korvax Holdings Bhd", "Member of Parliament for Tamsin" read from
/// "Parliament"). A pass over the finished mentions after `findSpans` (never inside
/// `processSpan`, which takes no more hooks), before round thirty-two's place pass: it reads only organisations of two or more words
/// that hold a title word, so most articles pay one flag test per word of such a mention.
///
/// - a title (and its portfolio) closing a run leaves the body or place before it ("Kadena
///   State Head of Service" → the place "Kadena State"; "Perlis Mentri Besar" → "Perlis");
/// - a title opening a run before "of"/"at" leaves the body or place after it when that is a
///   listed name or a company ("Managing Director of Korvax Holdings Bhd" → the company;
///   "Chief Justice of India" → India);
/// - "Parliament for X", what is left of "Member of Parliament for X", is the seat X, a place.
extension EntityRecognizer {
    /// Office titles the title list leaves out because they are no title before a name on their
    /// own: "Head of Service", the Malaysian "Mentri/Menteri Besar" (a state's chief minister),
    /// a mosque's imam.
    static let officeTitleWords34: WordSet = ["head", "mentri", "menteri", "imam"]
    /// Words joining a title to its portfolio ("Commissioner for Works", "Head of Service").
    static let portfolioWords34: WordSet = ["of", "for", "on", "and", "the"]

    /// The pass: organisations whose run holds an office title, cut to the body or place the
    /// title belongs to.
    mutating func applyOfficeTitleBounds() {
        let count = mentions.count
        guard count > 0 else { return }
        let viewTokens = doc.tokens
        let view = viewTokens.span
        for m in 0..<count {
            // The fields are read in place: a mention bound to a local was retained and released
            // for every mention of the article (speed round twenty-one).
            guard mentions[m].type == .agency, !mentions[m].isCanonical, mentions[m].tokenCount >= 2, mentions[m].tokenCount <= 9,
                let lo = doc.tokenIndex(of: mentions[m])
            else { continue }
            let hi = lo + mentions[m].tokenCount
            guard hi <= view.count, view[hi - 1].end == mentions[m].end else { continue }
            // The first title word of the run; most runs have none.
            var k = lo
            while k < hi, !isOfficeTitle(k) { k += 1 }
            if k == hi {
                if view[lo].key == "parliament", hi - lo >= 3 { seatAfterParliament(m, lo, hi) }
                continue
            }
            // "Japan Coast Guard": a closing title that is also a body's head stays (`Fixes39.swift`).
            if k == hi - 1, keepsClosingGuard39(k) { continue }
            if k == lo { cutTitleBefore(m, lo, hi) } else { cutTitleAfter(m, lo, k, hi) }
        }
    }

    /// A title word: the title list's, or one of this round's office words before a capital
    /// or "of" ("Head of Service", "Mentri Besar"), never a listed name's own word.
    private func isOfficeTitle(_ k: Int) -> Bool {
        // Read through a `Span`: the array's getter copied the token (its key retained and released).
        let viewTokens = doc.tokens
        let view = viewTokens.span
        guard view[k].kind == .word, view[k].isCapitalized, !view[k].flags.contains(.known) else { return false }
        if view[k].flags.contains(.title) { return true }
        guard WordSet.mayHold(Bits43.officeTitleWords34, doc.tokens, at: k), EntityRecognizer.officeTitleWords34.contains(doc.tokens, at: k),
            k + 1 < doc.tokens.count
        else { return false }
        return doc.tokens[k + 1].key == "of" || (doc.tokens[k + 1].isCapitalized && doc.tokens[k + 1].kind == .word)
    }

    /// "Kadena State Head of Service", "Perlis Mentri Besar": the name before the title (title
    /// words before the title word, "Deputy", go with it), when everything after is title words,
    /// portfolio joints and capitalised portfolio words (no given name: "… Minister Jo Roe" is a
    /// person the span rules split already). "Village Head of Rafin Gora": a common word before
    /// the title names nothing; the name after "of" is read as after a title opening the run.
    private func cutTitleAfter(_ m: Int, _ lo: Int, _ k: Int, _ hi: Int) {
        let tokens = doc.tokens
        var start = k
        // "State" is a title word ("Secretary of State") but ends a place's name ("Kadena State").
        while start > lo, tokens[start - 1].flags.contains(.titleWord), !tokens[start - 1].flags.contains(.known),
            tokens[start - 1].key != "state"
        {
            start -= 1
        }
        // "Managing Director of …": title words only before the title, so a title opens the run.
        if start == lo {
            cutTitleBefore(m, lo, hi)
            return
        }
        guard tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized else { return }
        for j in (k + 1)..<hi {
            let t = tokens[j]
            guard t.kind == .word, !t.flags.contains(.givenName) else { return }
            guard t.isCapitalized || EntityRecognizer.portfolioWords34.contains(tokens, at: j) else { return }
        }
        // "… Executive Committees Council": a body's head word right after title words closes a
        // body
        // ("… Head of Service" has a portfolio joint and is still a title).
        if hi - k >= 2, tokens[hi - 1].flags.contains(.orgHead),
            !((k + 1)..<hi).contains(where: { EntityRecognizer.portfolioWords34.contains(tokens, at: $0) })
        {
            return
        }
        let name = lo..<start
        if name.allSatisfy({ tokens[$0].flags.contains(.common) && !tokens[$0].flags.contains(.known) }) {
            var j = k + 1
            while j < hi, isOfficeTitle(j) || tokens[j].flags.contains(.titleWord) { j += 1 }
            cutToNameAfterOf(m, j, hi, placeNounBefore: name.count == 1 && EntityRecognizer.placeNouns.contains(tokens, at: lo))
        } else if let known = knownName(name) {
            reshape(m, name, type: known.kind == .place ? .place : .agency, canonical: known.canonical)
        } else {
            // Still typed by its own rule: round thirty-two's pass, next, reads "Kadena State" as
            // it reads "X State" alone.
            reshape(m, name, type: .agency, canonical: nil)
        }
    }

    /// "Managing Director of Korvax Holdings Bhd", "Chief Justice of India": the title words,
    /// then the name after "of" or "at".
    private func cutTitleBefore(_ m: Int, _ lo: Int, _ hi: Int) {
        let tokens = doc.tokens
        var j = lo
        while j < hi, isOfficeTitle(j) || tokens[j].flags.contains(.titleWord) { j += 1 }
        cutToNameAfterOf(m, j, hi, placeNounBefore: false)
    }

    /// `j` is "of" or "at" after a title: the name after it (a leading "the" dropped) when it is
    /// a listed name, a company or body (a legal form or a body's head word last), a site (a
    /// place's head word last: "Imam of Goran Chatbari Mosque") or, after a place noun's title
    /// ("Village Head of …"), an unlisted name.
    private func cutToNameAfterOf(_ m: Int, _ j: Int, _ hi: Int, placeNounBefore: Bool) {
        let tokens = doc.tokens
        guard j < hi - 1, tokens[j].key == "of" || tokens[j].key == "at", !tokens[j].isCapitalized else { return }
        var from = j + 1
        if tokens[from].key == "the", from < hi - 1 { from += 1 }
        let name = from..<hi
        guard name.allSatisfy({ tokens[$0].isCapitalized || tokens[$0].kind != .word }) else { return }
        let last = tokens[hi - 1]
        if let known = knownName(name) {
            reshape(m, name, type: known.kind == .place ? .place : .agency, canonical: known.canonical)
        } else if name.count >= 2, EntityRecognizer.legalForms.contains(tokens, at: hi - 1) || last.flags.contains(.orgHead) {
            reshape(m, name, type: .agency, canonical: nil)
        } else if name.count >= 2, last.flags.contains(.placeHead) {
            reshape(m, name, type: .place, canonical: nil)
        } else if placeNounBefore, name.allSatisfy({ isNameShaped(tokens[$0]) && tokens[$0].flags.isDisjoint(with: [.common, .orgHead, .title]) }) {
            reshape(m, name, type: .place, canonical: nil)
        }
    }

    /// "Member of Parliament for Tamsin" reached the mentions as "Parliament for Tamsin": the seat.
    private func seatAfterParliament(_ m: Int, _ lo: Int, _ hi: Int) {
        let tokens = doc.tokens
        guard tokens[lo + 1].key == "for", hi - lo <= 4,
            ((lo + 2)..<hi).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].flags.contains(.orgHead) })
        else { return }
        let name = (lo + 2)..<hi
        reshape(m, name, type: .place, canonical: knownName(name).map { $0.kind == .place ? $0.canonical : nil } ?? nil)
    }

    /// The mention `m` cut to `range` and typed `type`; a listed name's canonical form when given.
    private func reshape(_ m: Int, _ range: Range<Int>, type: EntityType, canonical: String?) {
        let tokens = doc.tokens
        let mention = mentions[m]
        // "Chief Justice of India (CJI)": the acronym names the title, and it stays one
        // mention of the run; a place cut from it would leave the acronym a body of its own.
        if type == .place, mention.acronym != nil { return }
        // "(APLI)" after "CEO of APL Industries Bhd" still follows the cut name, and its mention
        // (pushed right after the run's, under the run's key) follows the new key.
        let oldKey = mention.key, oldEnd = mention.end
        if oldEnd != tokens[range.upperBound - 1].end { mention.acronym = nil }
        let text = Document.text(doc.bytes, tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
        mention.name = canonical ?? text
        mention.key = Lexicon.key(mention.name)
        mention.keyIsFoldedName = true
        mention.start = tokens[range.lowerBound].start
        mention.end = tokens[range.upperBound - 1].end
        mention.nameIsText = canonical == nil
        mention.tokenCount = range.count
        mention.isCanonical = canonical != nil
        mention.type = type
        mention.isWeak = false
        if canonical != nil || type == .place { mention.rule = TypingRule.listedOrCued }
        if type == .place { mention.inPlaceContext = true }
        if mention.acronym != nil, m + 1 < mentions.count, mentions[m + 1].key == oldKey, mentions[m + 1].start > oldEnd {
            mentions[m + 1].key = mention.key
            mentions[m + 1].type = type
            mentions[m + 1].rule = mention.rule
        }
    }
}
