/// Entities round fifty-three (entities53): runs in which a title, a body and a person (or a
/// place) were read as one name. The span rules split a title from the person after it
/// (`titleSplit`), but not when a body's head word stands between them, when the title's
/// object is a place with no "of", or when a body's acronym opens the person's run:
///
/// - **a title, a body, a name**: "Director Tamsin Water Board Ama" (South Asian style, no
///   "of" and no comma) is the body "Tamsin Water Board" and the person "Ama", the title the
///   person's descriptor;
/// - **a title and a listed place**: "the post of Commissioner Tamsin" names the place (the
///   office is no body);
/// - **an acronym before a person**: "Chairman P&D Ama Osei" left "P&D Ama Osei", which is the
///   body "P&D" and the person;
/// - **a name "of" an acronym**: "farmer Ama of KDP" is a person and a party.
///
/// A pass over the finished mentions (never inside `processSpan`), after round fifty-two's
/// it reads organisations and persons of two to nine words, most of them one flag test each.
extension EntityRecognizer {
    /// The pass: each run cut to its body, place or person, and the other part pushed as a
    /// mention of its own.
    mutating func applyTitledRuns53() {
        let count = mentions.count
        guard count > 0 else { return }
        for m in 0..<count {
            let type = mentions[m].type
            guard type == .agency || type == .person, !mentions[m].isCanonical, mentions[m].tokenCount >= 2,
                mentions[m].tokenCount <= 12, let lo = doc.tokenIndex(of: mentions[m])
            else { continue }
            let hi = lo + mentions[m].tokenCount
            guard hi <= doc.tokens.count, doc.tokens[hi - 1].end == mentions[m].end else { continue }
            if doc.tokens[lo].key == "cr", doc.tokens[lo].isCapitalized, !doc.tokens[lo].isAllCaps {
                councillorBeforeName53(m, lo, hi)
            } else if hi - lo >= 3, doc.tokens[lo].isAllCaps || doc.tokens[lo + 1].key == "&", !doc.tokens[lo].flags.contains(.title) {
                splitAcronymBeforePerson53(m, lo, hi, typedPerson: type == .person)
            } else if type == .person {
                if hi - lo == 2, EntityRecognizer.adminUnits53.contains(doc.tokens, at: lo + 1) { placeWithUnit53(m, lo) }
                continue
            } else if doc.tokens[lo].flags.contains(.title) {
                splitTitledRun53(m, lo, hi)
            } else if hi - lo == 3, doc.tokens[lo + 1].key == "of" {
                splitPersonOfAcronym53(m, lo, hi)
            } else if hi < doc.tokens.count, doc.tokens[hi].flags.contains(.title), doc.tokens[hi].isCapitalized {
                splitSeatAndParty53(m, lo, hi)
            }
        }
    }

    /// Titles that also open names as adjectives or as a royal's style: "General Service Unit",
    /// "Premier League Board", "Principal Officers of the Ministry", "King County Council".
    static let adjectivalTitles53: WordSet = [
        "general", "premier", "principal", "chief", "major", "executive", "king", "queen", "prince", "princess",
        "sultan", "emir", "pope", "bishop", "father", "sir", "dame",
    ]

    /// "Cr Ann Roe", "Cr Roe": the Australian councillor's title (written "Cr" without a point;
    /// lower case, "cr" is a crore, so the title list does not hold it) before a person's name.
    private mutating func councillorBeforeName53(_ m: Int, _ lo: Int, _ hi: Int) {
        let tokens = doc.tokens
        guard hi - lo <= 4, ((lo + 1)..<hi).allSatisfy({ isNameShaped(tokens[$0]) && tokens[$0].flags.isDisjoint(with: [.orgHead, .placeHead, .known]) })
        else { return }
        mentions[m].recut(start: tokens[lo + 1].start, end: mentions[m].end, tokenCount: hi - lo - 1, bytes: doc.bytes)
        mentions[m].type = .person
        mentions[m].isWeak = false
        mentions[m].inPlaceContext = false
        mentions[m].rule = TypingRule.listedOrCued
        mentions[m].appendDescriptor("Cr")
    }

    /// Where the title opening `lo` ends: title words count only when another title follows
    /// ("Deputy Commissioner", not "Director Karachi Water …").
    private func titleEnd53(_ lo: Int, _ hi: Int) -> Int {
        let tokens = doc.tokens
        var end = lo + 1, j = lo + 1
        while j < hi, isTitle(j) || tokens[j].flags.contains(.titleWord) {
            if isTitle(j) { end = j + 1 }
            j += 1
        }
        return end
    }

    /// A name word of a person after a body: shaped as a name, no head, title or listed name,
    /// and an everyday word only when a name list has it too.
    private func isPersonWord53(_ k: Int) -> Bool {
        let t = doc.tokens[k]
        guard isNameShaped(t), t.flags.isDisjoint(with: [.orgHead, .placeHead, .policyHead, .known, .title, .titleWord]) else {
            return false
        }
        return !t.flags.contains(.common) || !t.flags.isDisjoint(with: .givenOrSurname)
    }

    /// "Commissioner Tamsin" → the place; "Director Tamsin Water Board Ama" → the body and the person.
    private mutating func splitTitledRun53(_ m: Int, _ lo: Int, _ hi: Int) {
        let tokens = doc.tokens
        guard tokens[lo].isCapitalized, !tokens[lo].isAllCaps, !EntityRecognizer.adjectivalTitles53.contains(tokens, at: lo) else { return }
        let t = titleEnd53(lo, hi)
        guard t < hi, tokens[t].isCapitalized, tokens[t].kind == .word else { return }
        if hi - t <= 3, let known = knownName(t..<hi), known.kind == .place {
            guard mentions[m].acronym == nil else { return }
            mentions[m].recut(start: tokens[t].start, end: tokens[hi - 1].end, tokenCount: hi - t, bytes: doc.bytes)
            mentions[m].becomeCuedPlace()
            return
        }
        // The body's head word, then one or two words of a person's name to the run's end.
        var b = hi - 2
        if b > t, !tokens[b].flags.contains(.orgHead) { b -= 1 }
        guard b > t, tokens[b].flags.contains(.orgHead), hi - b - 1 >= 1, ((b + 1)..<hi).allSatisfy({ isPersonWord53($0) }),
            (t..<b).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized || EntityRecognizer.portfolioJoints52.contains(tokens, at: $0) })
        else {
            // "Chairman Tamsin Standing Committee on Finance": the title before a body's name,
            // no person after it, is the office of someone unnamed; the body stays.
            // A body named after a person ("Bishop Ireton High School") keeps the title: the
            // body's first word must be an everyday word or a listed name, none a person's name.
            if hi - t >= 2, !isConnector(t), (t..<hi).contains(where: { tokens[$0].flags.contains(.orgHead) }),
                !tokens[t].flags.isDisjoint(with: [.common, .known, .city, .state]), tokens[t].flags.isDisjoint(with: .givenOrSurname)
            {
                mentions[m].recut(start: tokens[t].start, end: mentions[m].end, tokenCount: hi - t, bytes: doc.bytes)
            }
            return
        }
        let descriptor = Document.text(doc.bytes, tokens[lo].start, tokens[t - 1].end)
        // The run becomes the person; the body is a mention made afresh, as `processSpan` makes
        // one (the run's typing state, a default-typed run, must not follow it).
        mentions[m].recut(start: tokens[b + 1].start, end: mentions[m].end, tokenCount: hi - b - 1, bytes: doc.bytes)
        mentions[m].acronym = nil
        mentions[m].type = .person
        mentions[m].isWeak = false
        mentions[m].inPlaceContext = false
        mentions[m].appendDescriptor(descriptor)
        let body = makeMention(.agency, name: nil, range: t..<(b + 1))
        body.acronym = nil
        mentions.append(body)
    }

    /// "P&D Ama Osei": an acronym of three or more characters (two-letter ones are often a
    /// person's initials: "AJ Lam") opening a person's run, then two or three name words.
    /// An organisation's run needs a listed given name after the acronym ("PPPP Ama Osei").
    private mutating func splitAcronymBeforePerson53(_ m: Int, _ lo: Int, _ hi: Int, typedPerson: Bool) {
        let tokens = doc.tokens
        // "PPPP", or "P&D" (three tokens: a lone capital is no all-capitals word).
        var a = lo + 1
        if tokens[lo + 1].key == "&" {
            guard lo + 3 < hi, tokens[lo].kind == .word, tokens[lo].isCapitalized, tokens[lo].isAllCaps || tokens[lo].key.utf8.count == 1,
                tokens[lo + 2].kind == .word, tokens[lo + 2].isCapitalized, tokens[lo + 2].isAllCaps || tokens[lo + 2].key.utf8.count == 1
            else { return }
            a = lo + 3
        }
        guard hi - a >= 2, hi - a <= 3, tokens[a - 1].kind == .word,
            tokens[lo].flags.isDisjoint(with: [.title, .givenName, .known, .city, .state, .nonEntityAcronym]),
            tokens[a].flags.contains(.givenName) || typedPerson && tokens[a].flags.isDisjoint(with: [.common, .surname]),
            (a..<hi).allSatisfy({ isPersonWord53($0) })
        else { return }
        let acronym = Document.text(doc.bytes, tokens[lo].start, tokens[a - 1].end)
        guard acronym.utf8.count >= 3, knownName(lo..<a) == nil else { return }
        mentions[m].recut(start: tokens[a].start, end: mentions[m].end, tokenCount: hi - a, bytes: doc.bytes)
        if !typedPerson {
            mentions[m].type = .person
            mentions[m].isWeak = false
            mentions[m].inPlaceContext = false
        }
        let body = makeMention(.agency, name: nil, range: lo..<a)
        body.acronym = nil
        mentions.append(body)
    }

    /// "Tamsin East Labour MSP Ann Roe", "Ohio Republican Sen. Jo Roe": what `titleSplit` left
    /// before the title is a seat or a state, then a listed party (a name the lists give as an
    /// organisation, one word): the place and the party.
    private mutating func splitSeatAndParty53(_ m: Int, _ lo: Int, _ hi: Int) {
        let tokens = doc.tokens
        guard hi - lo >= 2, hi - lo <= 4, let party = knownName((hi - 1)..<hi), party.kind == .agency,
            (lo..<(hi - 1)).allSatisfy({ isNameShaped(tokens[$0]) && tokens[$0].flags.isDisjoint(with: [.orgHead, .title, .titleWord, .givenName]) })
        else { return }
        let seat = lo..<(hi - 1)
        // "Opposition Liberal Leader …": an everyday word opening the seat names no place.
        if let known = knownName(seat) {
            guard known.kind == .place else { return }
        } else if !tokens[lo].flags.isDisjoint(with: [.common, .nonName]) {
            return
        }
        mentions[m].recut(start: tokens[lo].start, end: tokens[hi - 2].end, tokenCount: hi - 1 - lo, bytes: doc.bytes)
        mentions[m].acronym = nil
        mentions[m].becomeCuedPlace()
        let body = makeMention(.agency, name: party.canonical, range: (hi - 1)..<hi)
        body.isCanonical = true
        body.acronym = nil
        mentions.append(body)
    }

    /// Administrative units that no list gives as a place's head ("Karachi Division", a tehsil,
    /// a taluk, a mandal, an upazila): after a title ("Commissioner Karachi Division") the run
    /// was read as a titled person.
    static let adminUnits53: WordSet = ["division", "tehsil", "taluk", "taluka", "mandal", "upazila"]

    /// "Karachi Division" typed a person: a listed place and an administrative unit are a place.
    private mutating func placeWithUnit53(_ m: Int, _ lo: Int) {
        let tokens = doc.tokens
        guard tokens[lo + 1].isCapitalized, knownName(lo..<(lo + 1))?.kind == .place, !tokens[lo].flags.contains(.givenName) else { return }
        mentions[m].becomeCuedPlace()
        mentions[m].descriptors = []
    }

    /// "Ama of KDP": one unlisted name word "of" an acronym (no listed place) is a person of
    /// that body.
    private mutating func splitPersonOfAcronym53(_ m: Int, _ lo: Int, _ hi: Int) {
        let tokens = doc.tokens
        guard tokens[lo + 1].key == "of", tokens[hi - 1].kind == .word, tokens[hi - 1].isAllCaps, tokens[hi - 1].key.utf8.count >= 3,
            tokens[hi - 1].flags.isDisjoint(with: [.known, .city, .state, .nonEntityAcronym, .title]),
            isPersonWord53(lo), tokens[lo].flags.isDisjoint(with: [.city, .state]), !sentenceInitial.contains(lo)
        else { return }
        mentions[m].recut(start: tokens[hi - 1].start, end: mentions[m].end, tokenCount: 1, bytes: doc.bytes)
        mentions.append(makeMention(.person, name: nil, range: lo..<(lo + 1)))
    }
}
