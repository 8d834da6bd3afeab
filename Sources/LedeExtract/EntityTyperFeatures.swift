/// The learned typing stage's features of one merged group, and the stage itself (see
/// `EntityTyper.swift`). Features are read from the group's mentions (at most the first
/// `mentionsRead`), their tokens' list flags and the tokens around the first mention.
extension EntityMerger {
    /// Mentions read for the "any mention" features and the name evidence.
    static let mentionsRead = 4
    static let quoteLookBack = 40

    /// Whether a group is exempt from the model: a listed name, an acronym with its expansion,
    /// or a person with a title or apposition keeps the rules' type.
    func isTypingExempt(_ group: Group, _ raw: [RawMention]) -> Bool {
        for i in group.members.prefix(EntityMerger.mentionsRead) {
            let m = raw[i]
            if m.isCanonical || m.acronym != nil || !m.descriptors.isEmpty { return true }
        }
        return false
    }

    /// Appends the features of `group` (typed `group.type` by the rules) to `f`, crossed with that type.
    func typingFeatures(_ group: Group, _ raw: [RawMention], space: TypingFeatureSpace, into f: inout [Int32]) {
        let tokens = doc.tokens
        let members = group.members
        let first = raw[members[0]]
        func add(_ t: TypingFeature) { f.append(t.rawValue) }
        add(.bias)
        if group.isWeak { add(.weak) }
        var defaultOnly = true
        var anyInitial = false, everyInitial = true, anyAfterThe = false, onlyInitialOrThe = true
        var possessive = false, speech = false, locativeOnly = true, placeContext = false
        var person = false, organisation = false
        var rules: UInt8 = 0
        var anyTitleCase = false, everyTitleCase = true
        for i in members.prefix(EntityMerger.mentionsRead) {
            let m = raw[i]
            if m.inTitleCaseLine { anyTitleCase = true } else { everyTitleCase = false }
            if m.isCanonical { add(.canonical) }
            if m.acronym != nil { add(.acronym) }
            if !m.descriptors.isEmpty { add(.descriptor) }
            if m.rule != TypingRule.listedOrCued { rules |= 1 << m.rule } else if !m.isWeak { defaultOnly = false }
            if m.beforeSpeechVerb { speech = true }
            if !m.afterLocative { locativeOnly = false }
            if m.inPlaceContext { placeContext = true }
            switch evidence(m) {
            case .person?: person = true
            case .organisation?: organisation = true
            case nil: break
            }
            guard let t = tokenIndex(at: m.start) else { continue }
            let hi = t + m.tokenCount
            if hi < tokens.count, tokens[hi].kind == .possessive { possessive = true }
            let initial = isSentenceStart(t)
            let afterThe = t > 0 && tokens[t - 1].kind == .word && tokens[t - 1].key == "the"
            if initial { anyInitial = true } else { everyInitial = false }
            if afterThe { anyAfterThe = true }
            if !initial && !afterThe { onlyInitialOrThe = false }
        }
        if rules & (1 << TypingRule.fallbackRun) != 0 { add(.ruleFallbackRun) }
        if rules & (1 << TypingRule.shapePerson) != 0 { add(.ruleShapePerson) }
        if rules & (1 << TypingRule.ofRun) != 0 { add(.ruleOfRun) }
        if rules & (1 << TypingRule.capsFallback) != 0 { add(.ruleCapsFallback) }
        if defaultOnly && !person && !organisation && !speech && !placeContext && !locativeOnly { add(.ruleDefaultOnly) }
        if person { add(.evidencePerson) }
        if organisation { add(.evidenceOrganisation) }
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
        switch members.count {
        case 1: add(.mentionedOnce)
        case 2: add(.mentionedTwice)
        case 3, 4: add(.mentionedThreeOrFour)
        default: add(.mentionedFiveOrMore)
        }
        switch first.sentence {
        case 0: add(.firstSentence)
        case 1: add(.secondSentence)
        case 2...4: add(.sentenceThreeToFive)
        default: add(.laterSentence)
        }
        switch first.tokenCount {
        case 1: add(.oneWord)
        case 2: add(.twoWords)
        case 3: add(.threeWords)
        default: add(.fourWordsOrMore)
        }
        for i in members.dropFirst() where raw[i].key != first.key {
            add(.severalForms)
            break
        }
        if let lo = tokenIndex(at: first.start), lo + first.tokenCount <= tokens.count {
            wordFeatures(lo, lo + first.tokenCount, space: space, into: &f)
        }
        // Crossed with the rule's type: the same word shape means one thing in a run the rules
        // called an organisation and another in one they called a person.
        let cross: Int32 = switch group.type {
        case .person: 1
        case .place: 2
        default: 3
        }
        let base = space.baseCount
        let n = f.count
        for k in 0..<n { f.append(f[k] + cross * base) }
    }

    /// The features of the first mention's words and of the tokens around it.
    private func wordFeatures(_ lo: Int, _ hi: Int, space: TypingFeatureSpace, into f: inout [Int32]) {
        let tokens = doc.tokens
        func add(_ t: TypingFeature) { f.append(t.rawValue) }
        let firstFlags = tokens[lo].flags, lastFlags = tokens[hi - 1].flags
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
        if firstFlags.isEmpty { add(.firstUnlisted) }
        if lastFlags.contains(.givenName) { add(.lastGiven) }
        if lastFlags.contains(.surname) { add(.lastSurname) }
        if lastFlags.contains(.common) { add(.lastCommon) }
        if lastFlags.contains(.known) { add(.lastKnown) }
        if lastFlags.contains(.orgHead) { add(.lastOrgHead) }
        if lastFlags.contains(.placeHead) { add(.lastPlaceHead) }
        if lastFlags.contains(.policyHead) { add(.lastPolicyHead) }
        if lastFlags.contains(.eventHead) { add(.lastEventHead) }
        if lastFlags.contains(.city) { add(.lastCity) }
        if lastFlags.isEmpty { add(.lastUnlisted) }
        var allCaps = true, anyCaps = false, digit = false, hyphen = false, abbreviation = false
        var allCommon = true, innerOrgHead = false
        for k in lo..<hi {
            let t = tokens[k]
            if t.kind == .word, !(t.flags.contains(.common) && t.flags.isDisjoint(with: [.givenName, .surname, .known])) { allCommon = false }
            if k < hi - 1, t.flags.contains(.orgHead) { innerOrgHead = true }
            if t.isAllCaps { anyCaps = true } else if t.kind == .word { allCaps = false }
            if t.startsWithDigit || t.kind == .number { digit = true }
            if t.isAbbreviation { abbreviation = true }
            if t.key.utf8.contains(45) { hyphen = true }
        }
        if allCommon { add(.allWordsCommon) }
        if innerOrgHead { add(.innerOrgHead) }
        // "the Opposition" … "the opposition": a one-word name also written in lower case in the
        // article is a common noun with a capital. Read only for single unlisted words (a scan of
        // the tokens' hashes).
        if hi - lo == 1, !tokens[lo].isAllCaps, !tokens[lo].flags.contains(.known) {
            let hash = tokens[lo].keyHash
            let span = tokens.span
            for t in span.indices where span[t].keyHash == hash && !span[t].isCapitalized && span[t].kind == .word {
                add(.lowerCaseElsewhere)
                break
            }
        }
        if allCaps && anyCaps { add(.allCaps) }
        if anyCaps { add(.anyAllCaps) }
        if digit { add(.hasDigit) }
        if hyphen { add(.hasHyphen) }
        if abbreviation { add(.abbreviation) }
        let lastKey = tokens[hi - 1].key.utf8
        if lastKey.last == 115 { add(.endsInS) }
        if hi - lo == 1 && lastKey.count <= 3 { add(.shortWord) }
        if isSentenceStart(lo) { add(.firstMentionInitial) }
        if lo > 0 {
            let p = tokens[lo - 1]
            if p.kind == .word && p.key == "the" { add(.afterThe) }
            if p.kind == .word && p.isCapitalized { add(.previousCapitalised) }
            if p.kind == .number { add(.previousNumber) }
            if p.kind == .punct {
                switch p.key {
                case ",": add(.previousComma)
                case ":": add(.previousColon)
                case "\"", "'": add(.previousQuote)
                case "(": add(.previousOpenParen)
                default: break
                }
            }
            if p.flags.contains(.title) { add(.previousTitle) }
            if p.flags.contains(.titleWord) { add(.previousTitleWord) }
            if p.kind == .word, !p.isCapitalized, p.flags.contains(.common) { add(.previousCommonLower) }
            if lineBreakBefore(lo) { add(.previousLineBreak) }
            if let w = space.previousWord(p) { f.append(w) }
        } else {
            add(.previousLineBreak)
        }
        if hi < tokens.count {
            let n = tokens[hi]
            if n.kind == .word && n.isCapitalized { add(.nextCapitalised) }
            if n.kind == .number { add(.nextNumber) }
            if n.kind == .punct {
                switch n.key {
                case ",": add(.nextComma)
                case ":": add(.nextColon)
                case "\"", "'": add(.nextQuote)
                case ")": if lo > 0 && tokens[lo - 1].key == "(" { add(.inParentheses) }
                default: break
                }
            }
            if n.sentence != tokens[hi - 1].sentence { add(.nextSentenceEnd) }
            if n.kind == .word, !n.isCapitalized, n.key.utf8.last == 115, n.flags.contains(.common) { add(.nextLowerPlural) }
            if let w = space.nextWord(n) { f.append(w) }
        } else {
            add(.nextSentenceEnd)
        }
        // Inside a quotation: an odd number of straight double quotes (curly ones are folded to
        // them) between the sentence's start and the mention.
        let sentenceStart = doc.sentenceTokens[tokens[lo].sentence].lowerBound
        var quotes = 0
        var k = lo - 1
        while k >= sentenceStart, lo - k <= EntityMerger.quoteLookBack {
            if tokens[k].kind == .punct, tokens[k].key == "\"" { quotes += 1 }
            k -= 1
        }
        if quotes & 1 == 1 { add(.inQuotation) }
    }

    /// The first word of its sentence (after any opening punctuation).
    private func isSentenceStart(_ t: Int) -> Bool {
        let tokens = doc.tokens
        let start = doc.sentenceTokens[tokens[t].sentence].lowerBound
        var k = start
        while k < t, tokens[k].kind == .punct { k += 1 }
        return k == t
    }

    /// A line break between the token and the one before it.
    private func lineBreakBefore(_ t: Int) -> Bool {
        guard t > 0 else { return true }
        let tokens = doc.tokens
        for b in tokens[t - 1].end..<tokens[t].start where doc.bytes[b] == 10 { return true }
        return false
    }

    /// The learned stage: features of every person, place or agency group the rules typed and
    /// no list or cue makes exempt; the model retypes or drops it. With a `sink`, every such
    /// group's features are also recorded (for training).
    func applyLearnedTyping(_ groups: inout [Group], _ raw: [RawMention], model: EntityTyperModel?, space: TypingFeatureSpace,
                            sink: TypingFeatureSink?)
    {
        var f: [Int32] = []
        for g in groups.indices where !groups[g].members.isEmpty && groups[g].type != .policy {
            let rule = switch groups[g].type {
            case .person: 0
            case .place: 1
            default: 2
            }
            if sink == nil && isTypingExempt(groups[g], raw) { continue }
            if f.capacity == 0 { f.reserveCapacity(96) }
            f.removeAll(keepingCapacity: true)
            typingFeatures(groups[g], raw, space: space, into: &f)
            if let sink {
                let firstMember = groups[g].members.min()!
                sink.rows.append((raw[firstMember].start, groups[g].type, isTypingExempt(groups[g], raw), f))
                continue
            }
            guard let model, let c = model.decide(f, rule: rule) else { continue }
            switch c {
            case 0: groups[g].type = .person
            case 1: groups[g].type = .place
            case 2: groups[g].type = .agency
            default: groups[g].members = []
            }
        }
    }
}
