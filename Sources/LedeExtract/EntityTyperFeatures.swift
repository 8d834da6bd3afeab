/// The learned typing stage's features of one merged group, and the stage itself (see
/// `EntityTyper.swift`). Features are read from the group's mentions (at most the first
/// `mentionsRead`), their tokens' list flags and the tokens around the first mention.
extension EntityMerger {
    /// Mentions read for the "any mention" features and the exemption.
    static let mentionsRead = 4
    /// Tokens looked back for an open quotation mark.
    static let quoteLookBack = 40

    /// Whether a group is exempt from the model: a listed name, a name with its acronym in
    /// parentheses, a name with a title or apposition, a body's formal name (a head word, then
    /// "of" or "for": "Office for Road Safety"), or a name the document's evidence made an
    /// organisation ("agreed to buy Corvane Tasko"), and since round thirteen any mention with such
    /// a cue or led by an acronym (`hasTypingCue`) keeps the rules' type. The training rows hold next
    /// to no formal names the lists miss, so the model would judge them by their common words.
    func isTypingExempt(_ group: Group, _ raw: [RawMention]) -> Bool {
        if group.typedByEvidence { return true }
        // Read in place, as `typingFeatures` does: a local copy of a mention is a retain per mention.
        let read = group.members.prefix(EntityMerger.mentionsRead)
        for i in read {
            if raw[i].isCanonical || raw[i].acronym != nil || raw[i].hasDescriptors49 { return true }
            if raw[i].tokenCount >= 3, let t = doc.tokenIndex(of: raw[i]), isFormalBodyName(t) { return true }
        }
        // The rules' organisation cues and acronym-led names (`TypingExemptions.swift`), which cost
        // far more to read, only once no mention is exempt by the tests above (the same answer).
        for i in read where hasTypingCue(raw[i]) { return true }
        // A body's unit after its parent's possessive (`Units27.swift`); a place's lower-case
        // court ("in Airdrie provincial court", `Agencies28.swift`).
        // A unit named by common words ("the Air Operations Division", `Agencies33.swift`).
        return isPossessiveUnit27(group, raw) || isLowerCourt28(group, raw) || isCommonWordUnit33(group, raw)
    }

    private func isFormalBodyName(_ t: Int) -> Bool {
        let tokens = doc.tokens.span
        guard t + 1 < tokens.count, tokens[t].flags.contains(.orgHead) else { return false }
        return tokens[t + 1].key == "of" || tokens[t + 1].key == "for"
    }

    /// Appends the features of `group` to `f`; each also counts crossed with the rules' type
    /// (`TypingFeatureSpace.crossOffset`), added when scoring, not stored. Tokens are read
    /// through a `Span` (an array's getter copies a whole `Token` and retains its key).
    func typingFeatures<F: TypingFeatureCollector>(_ group: Group, _ raw: [RawMention], space: TypingFeatureSpace, into f: inout F) {
        let tokens = doc.tokens.span
        // The members, the first mention and each mention are read in place, never bound to a
        // local: each such local was a retain and a release (atomic) per group or per mention.
        let first = group.members[0]
        func add(_ t: TypingFeature) { f.add(t.rawValue) }
        add(.bias)
        if group.isWeak { add(.weak) }
        var defaultOnly = true
        var anyInitial = false, everyInitial = true, anyAfterThe = false, onlyInitialOrThe = true
        var possessive = false, speech = false, locativeOnly = true, placeContext = false
        var rules: UInt8 = 0
        var anyTitleCase = false, everyTitleCase = true
        var firstToken: Int? = nil
        for i in group.members.prefix(EntityMerger.mentionsRead) {
            if raw[i].inTitleCaseLine { anyTitleCase = true } else { everyTitleCase = false }
            if raw[i].rule != TypingRule.listedOrCued { rules |= 1 << raw[i].rule } else if !raw[i].isWeak { defaultOnly = false }
            if raw[i].beforeSpeechVerb { speech = true }
            if !raw[i].afterLocative { locativeOnly = false }
            if raw[i].inPlaceContext { placeContext = true }
            guard let t = doc.tokenIndex(of: raw[i]) else { continue }
            if i == first { firstToken = t }
            let hi = t + raw[i].tokenCount
            if hi < tokens.count, tokens[hi].kind == .possessive { possessive = true }
            let initial = isSentenceStart(t)
            let afterThe = t > 0 && tokens[t - 1].kind == .word && tokens[t - 1].keyHash == space.theHash && tokens[t - 1].key == "the"
            if initial { anyInitial = true } else { everyInitial = false }
            if afterThe { anyAfterThe = true }
            if !initial && !afterThe { onlyInitialOrThe = false }
        }
        if rules & (1 << TypingRule.fallbackRun) != 0 { add(.ruleFallbackRun) }
        if rules & (1 << TypingRule.shapePerson) != 0 { add(.ruleShapePerson) }
        if rules & (1 << TypingRule.ofRun) != 0 { add(.ruleOfRun) }
        if rules & (1 << TypingRule.capsFallback) != 0 { add(.ruleCapsFallback) }
        if defaultOnly && !speech && !placeContext && !locativeOnly { add(.ruleDefaultOnly) }
        if speech { add(.speechVerb) }
        if locativeOnly { add(.locativeOnly) }
        if placeContext { add(.placeContext) }
        if possessive { add(.possessiveAfter) }
        if anyTitleCase { add(.titleCaseLine) }
        if everyTitleCase { add(.everyMentionTitleCase) }
        if anyInitial { add(.anyMentionInitial) }
        if everyInitial { add(.everyMentionInitial) }
        if anyAfterThe { add(.anyAfterThe) }
        if onlyInitialOrThe { add(.onlySentenceInitialOrAfterThe) }
        switch group.members.count {
        case 1: add(.mentionedOnce)
        case 2: add(.mentionedTwice)
        case 3, 4: add(.mentionedThreeOrFour)
        default: add(.mentionedFiveOrMore)
        }
        switch raw[first].sentence {
        case 0: add(.firstSentence)
        case 1: add(.secondSentence)
        case 2...4: add(.sentenceThreeToFive)
        default: add(.laterSentence)
        }
        switch raw[first].tokenCount {
        case 1: add(.oneWord)
        case 2: add(.twoWords)
        case 3: add(.threeWords)
        default: add(.fourWordsOrMore)
        }
        for i in group.members.dropFirst() where raw[i].key != raw[first].key {
            add(.severalForms)
            break
        }
        if let lo = firstToken, lo + raw[first].tokenCount <= tokens.count {
            wordFeatures(lo, lo + raw[first].tokenCount, space: space, into: &f)
            cueFeatures(lo, lo + raw[first].tokenCount, into: &f)
        }
        shapeFeatures12(group, raw, into: &f)
    }

    /// The features of the first mention's words and of the tokens around it.
    private func wordFeatures<F: TypingFeatureCollector>(_ lo: Int, _ hi: Int, space: TypingFeatureSpace, into f: inout F) {
        let tokens = doc.tokens.span
        func add(_ t: TypingFeature) { f.add(t.rawValue) }
        let firstFlags = tokens[lo].flags
        var lastFlags = tokens[hi - 1].flags
        // "County Court-at-Law": a hyphenated last word is unlisted, but its parts may hold the head.
        if lastFlags.isEmpty, tokens[hi - 1].key.hasHyphenByte { lastFlags = hyphenPartHeads(tokens[hi - 1].key) }
        if firstFlags.contains(.givenName) { add(.firstGiven) }
        if firstFlags.contains(.surname) { add(.firstSurname) }
        if firstFlags.contains(.common) { add(.firstCommon) }
        if firstFlags.contains(.known) { add(.firstKnown) }
        if firstFlags.contains(.title) { add(.firstTitle) }
        if firstFlags.contains(.titleWord) { add(.firstTitleWord) }
        if firstFlags.contains(.nonName) { add(.firstNonName) }
        if firstFlags.contains(.city) { add(.firstCity) }
        if firstFlags.contains(.state) { add(.firstState) }
        if firstFlags.contains(.orgHead) { add(.firstOrgHead) }
        if firstFlags.contains(.placeHead) { add(.firstPlaceHead) }
        if firstFlags.subtracting(.speedGates41).isEmpty { add(.firstUnlisted) }
        if lastFlags.contains(.givenName) { add(.lastGiven) }
        if lastFlags.contains(.surname) { add(.lastSurname) }
        if lastFlags.contains(.common) { add(.lastCommon) }
        if lastFlags.contains(.known) { add(.lastKnown) }
        if lastFlags.contains(.orgHead) { add(.lastOrgHead) }
        if lastFlags.contains(.placeHead) { add(.lastPlaceHead) }
        if lastFlags.contains(.policyHead) { add(.lastPolicyHead) }
        if lastFlags.contains(.eventHead) { add(.lastEventHead) }
        if lastFlags.contains(.city) { add(.lastCity) }
        if lastFlags.subtracting(.speedGates41).isEmpty { add(.lastUnlisted) }
        var allCaps = true, anyCaps = false, digit = false, hyphen = false, abbreviation = false
        var allCommon = true, innerOrgHead = false
        for k in lo..<hi {
            let flags = tokens[k].flags
            let isWord = tokens[k].kind == .word
            if isWord, !(flags.contains(.common) && flags.isDisjoint(with: [.givenName, .surname, .known])) { allCommon = false }
            if k < hi - 1, flags.contains(.orgHead) { innerOrgHead = true }
            if tokens[k].isAllCaps { anyCaps = true } else if isWord { allCaps = false }
            if tokens[k].startsWithDigit || tokens[k].kind == .number { digit = true }
            if tokens[k].isAbbreviation { abbreviation = true }
            if tokens[k].key.hasHyphenByte { hyphen = true }
        }
        if allCommon { add(.allWordsCommon) }
        if innerOrgHead { add(.innerOrgHead) }
        if allCaps && anyCaps { add(.allCaps) }
        if anyCaps { add(.anyAllCaps) }
        if digit { add(.hasDigit) }
        if hyphen { add(.hasHyphen) }
        if abbreviation { add(.abbreviation) }
        if tokens[hi - 1].key.hasBytesSuffix("s") { add(.endsInS) }
        if hi - lo == 1 && tokens[lo].end - tokens[lo].start <= 3 { add(.shortWord) }
        if isSentenceStart(lo) { add(.firstMentionInitial) }
        if lo > 0 {
            let p = lo - 1
            let kind = tokens[p].kind
            if kind == .word && tokens[p].keyHash == space.theHash && tokens[p].key == "the" { add(.afterThe) }
            if kind == .word && tokens[p].isCapitalized { add(.previousCapitalised) }
            if kind == .number { add(.previousNumber) }
            if kind == .punct {
                switch doc.bytes[tokens[p].start] {
                case 44: add(.previousComma)
                case 58: add(.previousColon)
                case 34, 39, 0xE2: if isQuote(tokens[p].keyHash, space) && (tokens[p].key == "\"" || tokens[p].key == "'") { add(.previousQuote) }
                case 40: add(.previousOpenParen)
                default: break
                }
            }
            let flags = tokens[p].flags
            if flags.contains(.title) { add(.previousTitle) }
            if flags.contains(.titleWord) { add(.previousTitleWord) }
            if kind == .word, !tokens[p].isCapitalized, flags.contains(.common) { add(.previousCommonLower) }
            if lineBreakBefore(lo) { add(.previousLineBreak) }
            if kind == .word, let w = space.previousWord(key: tokens[p].key, hash: tokens[p].keyHash) { f.add(w) }
        } else {
            add(.previousLineBreak)
        }
        if hi < tokens.count {
            let kind = tokens[hi].kind
            if kind == .word && tokens[hi].isCapitalized { add(.nextCapitalised) }
            if kind == .number { add(.nextNumber) }
            if kind == .punct {
                switch doc.bytes[tokens[hi].start] {
                case 44: add(.nextComma)
                case 58: add(.nextColon)
                case 34, 39, 0xE2: if isQuote(tokens[hi].keyHash, space) && (tokens[hi].key == "\"" || tokens[hi].key == "'") { add(.nextQuote) }
                case 41: if lo > 0 && tokens[lo - 1].kind == .punct && doc.bytes[tokens[lo - 1].start] == 40 { add(.inParentheses) }
                default: break
                }
            }
            if tokens[hi].sentence != tokens[hi - 1].sentence { add(.nextSentenceEnd) }
            if kind == .word, !tokens[hi].isCapitalized, tokens[hi].flags.contains(.common), tokens[hi].key.hasBytesSuffix("s") {
                add(.nextLowerPlural)
            }
            if kind == .word, let w = space.nextWord(key: tokens[hi].key, hash: tokens[hi].keyHash) { f.add(w) }
        } else {
            add(.nextSentenceEnd)
        }
        // Inside a quotation: an odd number of double quotes (straight or curly; the key folds
        // curly ones to straight) between the sentence's start and the mention.
        let sentenceStart = doc.sentenceTokens[tokens[lo].sentence].lowerBound
        var quotes = 0
        var k = lo - 1
        while k >= sentenceStart, lo - k <= EntityMerger.quoteLookBack {
            if tokens[k].kind == .punct, tokens[k].keyHash == space.doubleQuoteHash, tokens[k].key == "\"" { quotes += 1 }
            k -= 1
        }
        if quotes & 1 == 1 { add(.inQuotation) }
    }

    /// Whether a stored key hash may be a quote's.
    @inline(__always) private func isQuote(_ hash: Int, _ space: TypingFeatureSpace) -> Bool {
        hash == space.doubleQuoteHash || hash == space.singleQuoteHash
    }

    /// The head flags (organisation, place, policy, event) of a hyphenated key's parts.
    func hyphenPartHeads(_ key: String) -> WordFlags {
        let heads: WordFlags = [.orgHead, .placeHead, .policyHead, .eventHead]
        var found: WordFlags = []
        for part in key.split(separator: "-") {
            if let flags = lexicon.interned.flags(of: String(part)) { found.formUnion(flags.intersection(heads)) }
        }
        return found
    }


    /// The first word of its sentence (after any opening punctuation).
    private func isSentenceStart(_ t: Int) -> Bool {
        let tokens = doc.tokens.span
        let start = doc.sentenceTokens[tokens[t].sentence].lowerBound
        var k = start
        while k < t, tokens[k].kind == .punct { k += 1 }
        return k == t
    }

    /// A line break between the token and the one before it.
    private func lineBreakBefore(_ t: Int) -> Bool {
        guard t > 0 else { return true }
        let tokens = doc.tokens.span
        for b in tokens[t - 1].end..<tokens[t].start where doc.bytes[b] == 10 { return true }
        return false
    }

    /// The learned stage: features of every group the rules typed as an organisation (and, with
    /// weights crossed with person, as a person) that is not exempt; the model retypes or drops it. With a `sink`, nothing changes and the features of
    /// every person, place and organisation group are recorded instead (for training).
    func applyLearnedTyping(_ groups: inout [Group], _ raw: [RawMention], model: EntityTyperModel?, space: TypingFeatureSpace,
                            sink: TypingFeatureSink?)
    {
        if let sink {
            exportTypingFeatures(groups, raw, space: space, sink: sink)
            return
        }
        guard let model else { return }
        // Only the rules' organisations are scored (the cheapest gate that kept the gain; see
        // docs/extraction-history.md, round seven). Each feature's weights are added as it is
        // found, in the order the features were listed before (the same float sums, so the same
        // decisions), with no array of feature ids per group.
        var decisions: [TypingDecision] = []
        // Since typer round twelve the rules' persons too, when the weights judge them: on the
        // learning sets' cross-validation the model drops many a non-person the rules typed
        // person by shape (docs/extraction-history.md, typer round twelve).
        let persons = model.scoresPersons
        // A person of one word is left to the rules: it is mostly a short form that a later pass
        // (`reviewPersonGroups`) joins to its full name, which a retyped group would escape.
        for g in groups.indices where !groups[g].members.isEmpty
            && (groups[g].type == .agency || persons && groups[g].type == .person && raw[groups[g].members[0]].tokenCount >= 2)
        {
            // Room for every group at the first: grown from empty, the list reallocated at 1, 2, 4 and 8.
            if decisions.isEmpty { decisions.reserveCapacity(groups.count - g) }
            if isTypingExempt(groups[g], raw) {
                decisions.append(TypingDecision(group: g, choice: nil, scored: false))
                continue
            }
            let rule = groups[g].type == .person ? 0 : 2
            var score = OrganisationScore(rule == 0 ? model.personWeights : model.agencyWeights)
            typingFeatures(groups[g], raw, space: space, into: &score)
            // A default-typed name of common words only is nothing (`TypingBareNames12.swift`).
            let choice = rule == 2 && isBareCommonName(groups[g], raw) ? 3 : model.decide(score, rule: rule)
            decisions.append(TypingDecision(group: g, choice: choice, scored: true))
        }
        // One list's members are decided alike, or keep the rules' type (`TypingLists.swift`).
        reconcileListDecisions(&decisions, groups, raw)
        for d in decisions {
            guard let c = d.choice else { continue }
            let g = d.group
            switch c {
            case 0: groups[g].type = .person
            case 1: groups[g].type = .place
            case 2: groups[g].type = .agency
            default: groups[g].members = []
            }
        }
    }

    /// For training: the features of every person, place and organisation group, types unchanged.
    private func exportTypingFeatures(_ groups: [Group], _ raw: [RawMention], space: TypingFeatureSpace, sink: TypingFeatureSink) {
        for g in groups.indices where !groups[g].members.isEmpty && groups[g].type != .policy {
            let rule = switch groups[g].type {
            case .person: 0
            case .place: 1
            default: 2
            }
            var f = TypingFeatureList()
            typingFeatures(groups[g], raw, space: space, into: &f)
            let cross = space.crossOffset(rule: rule)
            let firstMember = groups[g].members.min()!
            sink.rows.append((raw[firstMember].start, groups[g].type, isTypingExempt(groups[g], raw), f.ids + f.ids.map { $0 + cross }))
        }
    }
}
