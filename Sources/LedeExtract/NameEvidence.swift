/// Round thirteen: the type of a name no list knows, from the evidence of all its mentions in
/// the article ("one sense per discourse"). A cue on any mention types the whole entity: a
/// person's ("X, who", "the Greek X", "striker X", "X's wife", "X … his") or an organisation's
/// ("X, which", "X's shares", "shares of X", "X … its"). Then a lone word or a name's tail that
/// repeats a person's full name joins that person ("Pramono" after "Pramono Anung", "Lo Celso"
/// after "Giovani Lo Celso").
///
/// Read once per entity group, only for groups no list or head word typed: a binary search for
/// the mention's first token and a look at a few tokens around it (the pronoun scan reads at
/// most the rest of the sentence).
extension EntityMerger {
    enum NameEvidence { case person, organisation }

    /// Words before a lone name that make it a person ("the Greek Tsitsipas", "Norwegian Casper
    /// Ruud"): nationalities written as adjectives.
    static let nationalities: WordSet = [
        "american", "british", "english", "scottish", "welsh", "irish", "french", "german", "italian", "spanish",
        "portuguese", "dutch", "belgian", "swiss", "austrian", "danish", "swedish", "norwegian", "finnish", "icelandic",
        "polish", "czech", "slovak", "hungarian", "romanian", "bulgarian", "greek", "turkish", "russian", "ukrainian",
        "belarusian", "serbian", "croatian", "bosnian", "slovenian", "albanian", "georgian", "armenian", "israeli",
        "iranian", "iraqi", "syrian", "lebanese", "egyptian", "moroccan", "algerian", "tunisian", "nigerian", "ghanaian",
        "kenyan", "ethiopian", "senegalese", "cameroonian", "ivorian", "argentine", "argentinian", "brazilian",
        "chilean", "colombian", "mexican", "peruvian", "uruguayan", "venezuelan", "canadian", "australian", "chinese",
        "japanese", "korean", "indian", "pakistani", "bangladeshi", "indonesian", "malaysian", "filipino", "thai",
        "vietnamese", "kazakh", "latvian", "lithuanian", "estonian", "montenegrin", "jamaican", "cuban",
    ]
    /// Nouns after a possessive that only a person has ("Rune's career", "Ndombele's knee").
    static let personalPossessions: WordSet = [
        "career", "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "family", "parents",
        "children", "girlfriend", "boyfriend", "life", "death", "hometown", "birthday", "funeral", "widow", "lawyer",
        "lawyers", "attorney", "attorneys", "agent", "knee", "ankle", "hamstring", "shoulder", "debut", "childhood",
        "resignation", "predecessor", "successor", "biography", "memoir",
    ]
    /// Words after a possessive, or right after the name, that only an organisation has.
    static let organisationPossessions: WordSet = [
        "shares", "share", "stock", "revenue", "revenues", "earnings", "profit", "sales", "ceo", "cfo", "board",
        "shareholders", "investors", "headquarters", "subsidiary", "subsidiaries", "employees", "workforce",
    ]
    /// Lower-case roles before a name that only a person holds (the titles list has the rest):
    /// "defending champion X", "Everton boss X", "veteran politician X", "suspect X".
    static let personRoles: WordSet = [
        "champion", "seed", "boss", "veteran", "politician", "lawmaker", "legislator", "activist", "candidate", "teenager",
        "youngster", "star", "playmaker", "skipper", "batsman", "batter", "bowler", "all-rounder", "centre-back",
        "center-back", "full-back", "fullback", "left-back", "right-back", "fly-half", "scrum-half", "jockey", "rider",
        "cyclist", "golfer", "boxer", "wrestler", "sprinter", "swimmer", "skier", "goalie", "linebacker", "receiver",
        "tailback", "cornerback", "teammate", "compatriot", "countryman", "countrywoman", "qualifier", "finalist",
        "semifinalist", "runner-up", "businessman", "businesswoman", "tycoon", "billionaire", "entrepreneur", "singer",
        "actor", "actress", "rapper", "musician", "author", "novelist", "writer", "journalist", "photographer", "designer",
        "architect", "scientist", "physician", "surgeon", "nurse", "teacher", "strategist", "historian", "barrister",
        "solicitor", "suspect", "victim", "defendant", "plaintiff", "firefighter", "paramedic", "constable", "inspector",
        "dissident", "seeded",
    ]
    static let employerPrepositions: WordSet = ["at", "with"]
    /// Roles whose "at X" or "with X" names an employer (the titles list has the rest).
    static let employerRoles: WordSet = [
        "strategist", "economist", "analyst", "analysts", "researcher", "partner", "trader", "banker", "consultant",
        "fellow", "associate", "executive", "executives", "official", "officials", "employee", "employees", "worker",
        "workers", "engineer", "scientist", "professor", "lecturer",
    ]
    static let buyVerbs: WordSet = ["buy", "buying", "bought", "acquire", "acquired", "acquiring", "purchase", "purchased"]
    static let ownedNouns: WordSet = [
        "acquisition", "purchase", "takeover", "subsidiary", "unit", "division", "shareholders", "headquarters", "parent",
        "stake", "shares",
    ]
    static let ofKey: WordSet = ["of"]
    static let personPronouns: WordSet = ["he", "she", "his", "her"]
    static let thingPronouns: WordSet = ["it", "its"]
    /// Words that may stand right before a clause's subject.
    static let subjectLeaders: WordSet = [
        ",", "and", "but", "when", "after", "as", "while", "because", "before", "since", "though", "although", "if", "that",
        "then", "once", "until",
    ]
    static let whoKey: WordSet = ["who"]
    static let whichKey: WordSet = ["which"]
    static let shareNouns: WordSet = ["shares", "stake", "stock"]
    static let ofOrIn: WordSet = ["of", "in"]
    static let prepositions: WordSet = ["of", "at", "for", "from", "with", "by", "to", "in", "on", "about", "against", "over"]

    /// What the words around one mention say it names, if anything. With `organisationOnly48`
    /// (speed round forty-eight: `hasTypingCue` asks only whether the answer is an
    /// organisation), `.organisation` exactly when it would be without it, and any other answer
    /// may be nil: the tests that can only answer a person, or nothing, are read after the
    /// pronoun's, and only when it names an organisation.
    func evidence(_ m: RawMention, organisationOnly48 only: Bool = false) -> NameEvidence? {
        guard let lo = doc.tokenIndex(of: m) else { return nil }
        let tokens = doc.tokens
        let hi = lo + m.tokenCount
        guard hi <= tokens.count, tokens[hi - 1].end == m.end else { return nil }
        // "the Tigers, who …": a name after "the" is no person's (a team, a body).
        let followsThe = lo > 0 && tokens[lo - 1].kind == .word && tokens[lo - 1].key == "the"
        // "the head of Instagram, who said": "who" is the head noun's, not the complement's.
        // The sets read only where their literal filters (`Bits42`) let the word through.
        let afterPreposition = lo > 0 && WordSet.mayHold(Bits42.prepositions, tokens, at: lo - 1)
            && EntityMerger.prepositions.contains(tokens, at: lo - 1)
        // "the high-scoring Saints, who gained …": a plural of a common word names a team or a group.
        // Read below only for a person's or no answer, which `only` does not tell apart.
        let afterThe = !only && (followsThe || isPluralNoun(hi - 1))
        if hi < tokens.count {
            let comma = tokens[hi].kind == .punct && tokens[hi].key == ","
            let k = comma ? hi + 1 : hi
            if k < tokens.count {
                if WordSet.mayHold(Bits42.whoKey, tokens, at: k), EntityMerger.whoKey.contains(tokens, at: k) {
                    return afterThe || afterPreposition ? nil : .person
                }
                if comma, WordSet.mayHold(Bits42.whichKey, tokens, at: k), EntityMerger.whichKey.contains(tokens, at: k) { return .organisation }
            }
            if tokens[hi].kind == .possessive, hi + 1 < tokens.count {
                if EntityMerger.personalPossessions.contains(tokens, at: hi + 1) { return afterThe ? nil : .person }
                if EntityMerger.organisationPossessions.contains(tokens, at: hi + 1) { return .organisation }
            }
            if tokens[hi].kind == .word, !tokens[hi].isCapitalized, WordSet.mayHold(Bits42.organisationPossessions, tokens, at: hi),
                EntityMerger.organisationPossessions.contains(tokens, at: hi)
            {
                return .organisation
            }
        }
        if lo > 0 {
            let b = lo - 1
            // "the Greek Tsitsipas", "Norwegian Casper Ruud": not "the Greek Orthodox Church" (a run).
            if tokens[b].isCapitalized, !tokens[b].isAllCaps, EntityMerger.nationalities.contains(tokens, at: b) { return .person }
            if b > 0, WordSet.mayHold(Bits42.ofOrIn, tokens, at: b), EntityMerger.ofOrIn.contains(tokens, at: b),
                EntityMerger.shareNouns.contains(tokens, at: b - 1)
            {
                return .organisation
            }
            // "an analyst with Canaccord Adams", "a strategist at X": a role's employer.
            if WordSet.mayHold(Bits42.employerPrepositions, tokens, at: b), EntityMerger.employerPrepositions.contains(tokens, at: b), b >= 1,
                tokens[b - 1].flags.contains(.title) || EntityMerger.employerRoles.contains(tokens, at: b - 1)
            {
                return .organisation
            }
            // "agreed to buy X", "the acquisition of X": things bought and sold are organisations.
            if WordSet.mayHold(Bits42.buyVerbs, tokens, at: b) && EntityMerger.buyVerbs.contains(tokens, at: b)
                || b >= 1 && WordSet.mayHold(Bits42.ofKey, tokens, at: b) && EntityMerger.ofKey.contains(tokens, at: b)
                    && EntityMerger.ownedNouns.contains(tokens, at: b - 1)
            {
                return .organisation
            }
            // "defending champion X", "the 33-year-old X", "coach X".
            if !only, tokens[b].kind == .word, !tokens[b].isCapitalized, tokens[b].flags.contains(.title) || isRole(b) { return .person }
        }
        // The typer's question: the tests below in another order (`Speed48.swift`).
        if only { return organisationAfterPronoun48(lo, hi, followsThe: followsThe) ? .organisation : nil }
        if afterThe { return nil }
        // "Mirza Abbas was arrested", "X as president" (`WorldPersons58.swift`).
        if worldPersonEvidence(lo, hi) { return .person }
        return pronounEvidence(lo, hi)
    }

    /// "the high-scoring Saints": the plural of a common word (not a listed surname). The word
    /// read in place (a copy of the token retained its key).
    func isPluralNoun(_ t: Int) -> Bool {
        let view = doc.tokens.span
        return view[t].key.hasBytesSuffix("s") && !view[t].flags.contains(.surname)
            && lexicon.has(.common, String(view[t].key.droppingLastCharacter))
    }

    /// "Ruud reached … of his career": a name opening a clause, then "he", "his", "she" or "her"
    /// before any other capitalised word, quotation mark or the sentence's end; "it" or "its"
    /// the same way for an organisation. "He"/"She" opening the next sentence counts too.
    func pronounEvidence(_ lo: Int, _ hi: Int) -> NameEvidence? {
        let tokens = doc.tokens
        guard hi < tokens.count, tokens[hi].kind == .word, !tokens[hi].isCapitalized else { return nil }
        let sentence = tokens[lo].sentence
        let range = doc.sentenceTokens[sentence]
        var first = range.lowerBound
        while first < lo, tokens[first].kind == .punct { first += 1 }
        guard first == lo || EntityMerger.subjectLeaders.contains(tokens, at: lo - 1) else { return nil }
        var k = hi
        // Fields read in place through a `Span` (a copied token retains its key: speed round twenty-eight).
        let view = tokens.span
        while k < range.upperBound, k - hi < 30 {
            if view[k].kind == .punct, view[k].key == "\"" { return nil }
            if view[k].kind == .word {
                if view[k].isCapitalized { return nil }
                // The pronouns are all listed non-names: the flag rules out most words unread.
                if view[k].flags.contains(.nonName) {
                    if EntityMerger.personPronouns.contains(tokens, at: k) { return .person }
                    if EntityMerger.thingPronouns.contains(tokens, at: k) { return .organisation }
                }
            }
            k += 1
        }
        guard k == range.upperBound, sentence + 1 < doc.sentenceTokens.count else { return nil }
        let next = doc.sentenceTokens[sentence + 1]
        guard let w = next.first(where: { tokens[$0].kind == .word }), w - next.lowerBound <= 1 else { return nil }
        return tokens[w].key == "he" || tokens[w].key == "she" ? .person : nil
    }

    /// Retypes the groups no list or head word typed by the evidence of their mentions, then
    /// joins a lone word or a name's tail to the one person whose full name it repeats.
    func retypeByEvidence(_ groups: inout [Group], _ raw: [RawMention], _ groupIndex: StringTable<GroupsByType>) {
        let tokens = doc.tokens
        /// A group of one to three unlisted words without a head word or an acronym.
        func isUnlisted(_ g: Int) -> Bool {
            // Fields read through the arrays, no local copy of the members or of the first mention:
            // each was a retain and a release (atomic) per group.
            guard !groups[g].members.isEmpty, groups[g].type == .agency || groups[g].type == .person else { return false }
            let first = groups[g].members[0]
            let tokenCount = raw[first].tokenCount
            guard tokenCount <= 3 else { return false }
            for k in groups[g].members.indices where raw[groups[g].members[k]].isCanonical || raw[groups[g].members[k]].acronym != nil {
                return false
            }
            guard let t = doc.tokenIndex(of: raw[first]), t + tokenCount <= tokens.count else { return false }
            let last = t + tokenCount - 1
            return !tokens[t].isAllCaps && !tokens[last].isAllCaps && tokens[last].flags.isDisjoint(with: [.orgHead, .placeHead])
        }
        var candidates: [Int] = []
        candidates.reserveCapacity(groups.count)
        for g in groups.indices where isUnlisted(g) { candidates.append(g) }
        guard !candidates.isEmpty else { return }
        // Evidence is read only for the groups a rule may change: two bits a group, 0 = unread.
        var cues = [UInt8](filled: 0, count: groups.count)
        func cue(_ g: Int) -> (person: Bool, organisation: Bool) {
            if cues[g] == 0 {
                var c: UInt8 = 4
                for i in groups[g].members {
                    switch evidence(raw[i]) {
                    case .person?: c |= 1
                    case .organisation?: c |= 2
                    case nil: break
                    }
                }
                cues[g] = c
            }
            return (cues[g] & 1 != 0, cues[g] & 2 != 0)
        }
        func move(_ g: Int, into p: Int) {
            groups[p].members += groups[g].members
            groups[g].members = []
        }
        for g in candidates {
            if groups[g].type == .person {
                // "Kelvanta said …; Kelvanta cut its forecast": a lone word made a person only by a
                // speech verb is the organisation its other cues say it is.
                // "an analyst with Canaccord Adams", "agreed to buy Activision Blizzard": a full name
                // typed a person by its shape alone (no title, no listed given name) that an
                // organisation's cue follows is that organisation.
                guard groups[g].isWeak || isShapeOnlyPerson(groups[g], raw) else { continue }
                let c = cue(g)
                guard c.organisation, !c.person else { continue }
                groups[g].type = .agency
                groups[g].typedByEvidence = true
                if !groups[g].isWeak, let slots = groupIndex[raw[groups[g].members[0]].key], let a = slots[2], a != g,
                    groups[a].type == .agency, !groups[a].members.isEmpty
                {
                    move(g, into: a)
                    groups[a].typedByEvidence = true
                }
                continue
            }
            let c = cue(g)
            guard c.person, !c.organisation else { continue }
            groups[g].type = .person
            if let slots = groupIndex[raw[groups[g].members[0]].key], let p = slots[0], p != g, groups[p].type == .person,
                !groups[p].members.isEmpty
            {
                move(g, into: p)
            }
        }
        // "Pramono" after "Pramono Anung", "Zheng" after "Zheng Qinwen": the first word of one
        // person's full name (listed given names are joined earlier); "Lo Celso" after "Giovani
        // Lo Celso": the tail of one. Persons are few: their keys are compared byte by byte.
        var persons: [Int] = []
        persons.reserveCapacity(groups.count)
        for g in groups.indices where groups[g].type == .person && !groups[g].members.isEmpty && raw[groups[g].members[0]].tokenCount > 1 {
            persons.append(g)
        }
        guard !persons.isEmpty else { return }
        for g in candidates where !groups[g].members.isEmpty {
            let m = raw[groups[g].members[0]]
            let single = m.tokenCount == 1
            // A tail opens with no listed given name ("Lo Celso", not "Ann Ruiz").
            guard single || groups[g].type == .person && doc.tokenIndex(of: m).map({ !tokens[$0].flags.contains(.givenName) }) == true
            else { continue }
            let key = m.key
            var owner = -1
            for p in persons where p != g && !groups[p].members.isEmpty {
                let full = raw[groups[p].members[0]].key
                guard single ? full.hasWordPrefix(key) : full.hasWordSuffix(key) else { continue }
                if owner >= 0 { owner = -2; break }
                owner = p
            }
            guard owner >= 0 else { continue }
            if single {
                guard !lexicon.has(.givenName, key) else { continue }
                // "Activision" and "Activision Blizzard" taken for a person: a full name typed by its
                // shape alone whose last word is a common word ("Blizzard") is too weak to join.
                guard groups[g].type == .person || cue(owner).person || !lastWordIsCommon(raw[groups[owner].members[0]]) else { continue }
                // "the Activision deal": a name after "the" is no person's.
                guard groups[g].type == .person || !cue(g).organisation && !groups[g].members.contains(where: { followsThe(raw[$0]) })
                else { continue }
            }
            move(g, into: owner)
        }
    }

    /// Whether the mention's last word is a common English word and no listed surname.
    private func lastWordIsCommon(_ m: RawMention) -> Bool {
        guard let t = doc.tokenIndex(of: m), t + m.tokenCount <= doc.tokens.count else { return true }
        let flags = doc.tokens[t + m.tokenCount - 1].flags
        return flags.contains(.common) && !flags.contains(.surname)
    }

    private func followsThe(_ m: RawMention) -> Bool {
        guard let t = doc.tokenIndex(of: m), t > 0 else { return false }
        return doc.tokens[t - 1].kind == .word && doc.tokens[t - 1].key == "the"
    }

    /// `EntityRecognizer.isPersonRole` for the merger.
    func isRole(_ i: Int) -> Bool {
        let tokens = doc.tokens
        if EntityMerger.personRoles.contains(tokens, at: i) { return true }
        // The key borrowed through a `Span` (`let key = tokens[i].key` copied the token).
        let view = tokens.span
        return view[i].key.hasBytesSuffix("-year-old") || view[i].key.hasBytesSuffix("-ranked") || view[i].key.hasBytesSuffix("-seeded")
    }

    /// A person group whose only evidence is the shape of its name: several words, no
    /// descriptor (title), the first word no listed given name.
    private func isShapeOnlyPerson(_ group: Group, _ raw: [RawMention]) -> Bool {
        for i in group.members where raw[i].hasDescriptors49 { return false }
        let m = raw[group.members[0]]
        guard m.tokenCount >= 2, let t = doc.tokenIndex(of: m) else { return false }
        return !doc.tokens[t].flags.contains(.givenName)
    }
}

extension String {
    /// Whether the key's first word is `word` ("zheng qinwen" opens with "zheng"), on bytes.
    func hasWordPrefix(_ word: String) -> Bool {
        let bytes = utf8.span, head = word.utf8.span
        guard bytes.count > head.count, bytes[head.count] == 32 else { return false }
        for j in head.indices where bytes[j] != head[j] { return false }
        return true
    }

    /// Whether the key ends with the words of `tail` after a space ("giovani lo celso", "lo celso").
    func hasWordSuffix(_ tail: String) -> Bool {
        let bytes = utf8.span, end = tail.utf8.span
        guard bytes.count > end.count else { return false }
        let offset = bytes.count - end.count
        guard bytes[offset - 1] == 32 else { return false }
        for j in end.indices where bytes[offset + j] != end[j] { return false }
        return true
    }
}
