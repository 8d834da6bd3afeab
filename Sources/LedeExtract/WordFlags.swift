/// What the word lists say about one word, looked up once per token so that rules test
/// bits instead of hashing strings again.
struct WordFlags: OptionSet, Sendable {
    let rawValue: UInt32

    static let givenName = WordFlags(rawValue: 1 << 0)
    static let surname = WordFlags(rawValue: 1 << 1)
    static let common = WordFlags(rawValue: 1 << 2)
    static let nonName = WordFlags(rawValue: 1 << 3)
    static let title = WordFlags(rawValue: 1 << 4)
    static let titleWord = WordFlags(rawValue: 1 << 5)
    static let orgHead = WordFlags(rawValue: 1 << 6)
    static let policyHead = WordFlags(rawValue: 1 << 7)
    static let placeHead = WordFlags(rawValue: 1 << 8)
    static let eventHead = WordFlags(rawValue: 1 << 9)
    static let city = WordFlags(rawValue: 1 << 10)
    static let known = WordFlags(rawValue: 1 << 11)
    static let state = WordFlags(rawValue: 1 << 12)
    static let nonEntityAcronym = WordFlags(rawValue: 1 << 13)
    /// Starts some longer known name ("new" of "New York"): worth a multi-word look-up.
    static let knownPrefix = WordFlags(rawValue: 1 << 14)
    /// Can open a temporal expression ("January", "last", "yesterday").
    static let temporal = WordFlags(rawValue: 1 << 15)
    /// Opens a holiday's name ("Christmas", "Memorial", "Good").
    static let holiday = WordFlags(rawValue: 1 << 16)
    /// One of `EntityRecognizer.sportsWords`: the tokenizer counts them from this bit
    /// (`Document.sportsWordCount`) instead of probing a filter and the set per word.
    static let sports = WordFlags(rawValue: 1 << 17)
    /// A word `findCitations` tests a capitalised token for (`EntityRecognizer.citationGateWords`):
    /// a capital without it, not in capitals and before no policy head, opens no citation, so the
    /// walk skips the dozen tests (speed round twenty-seven).
    static let citationWord = WordFlags(rawValue: 1 << 18)
    /// A word of a field body's name (`field-bodies.txt`: "police", "economic", "development"):
    /// `applyAgencies70` reads its byte tests only for a mention at or after one (speed round
    /// thirty-nine; `AgencyGates39.swift`).
    static let fieldWord70 = WordFlags(rawValue: 1 << 19)
    /// A body's, armed body's or utility's head (`EntityRecognizer.bodyHeads70`, `forceHeads70`,
    /// `utilityHeads70`): `applyAgencies70` retypes only a mention ending in one.
    static let bodyHead70 = WordFlags(rawValue: 1 << 20)
    /// A word `cues64` looks for (`EntityRecognizer.cueWords64`: storm words, region heads, "Dow",
    /// "Treasury", "Standard", "TV"): an article none of whose tokens carries it skips that walk
    /// (`Document.flagUnion`; speed round forty-one).
    static let cue64 = WordFlags(rawValue: 1 << 21)
    /// "police": `addUnclaimedPoliceStations40` walks an article only when a token carries it.
    static let police40 = WordFlags(rawValue: 1 << 22)
    /// The cues of a quoted title ("titled", "called", "named", "dubbed", "entitled", and "known"
    /// of "known as"): `findTitledPolicies` walks an article only when a token carries one.
    static let titleCue41 = WordFlags(rawValue: 1 << 23)
    /// "republic": `applyAgencyPrecision59` reads a mention's bytes for "Republic " only then.
    static let republic59 = WordFlags(rawValue: 1 << 24)
    /// A key of `TemporalTagger.cueWords` (the tense cue lists): `TemporalTagger.cue(_:)` reads
    /// the table only for a token that carries it (or a possessive "'s", which carries no flags;
    /// speed round forty-three, `Speed43.swift`).
    static let tenseCue43 = WordFlags(rawValue: 1 << 25)
    /// A key of `EntityMerger.businessWordsNear`: `hasBusinessWordNear` reads the set only at a
    /// token that carries it, and not at all in an article none of whose tokens does (speed
    /// round forty-three).
    static let business43 = WordFlags(rawValue: 1 << 26)
    /// The flags that mark words for a speed gate only: a word that carries nothing else is
    /// still unlisted to the rules that ask whether a word is listed at all.
    static let speedGates41: WordFlags = [.cue64, .police40, .titleCue41, .republic59, .tenseCue43, .business43]
}

extension Lexicon {
    /// Builds the flags of every listed word from the loaded lists.
    mutating func buildFlags() {
        var flags = StringTable<WordFlags>(minimumCapacity: 40000)
        func mark(_ words: Set<String>, _ flag: WordFlags) {
            for word in words { flags[word, default: []].insert(flag) }
        }
        mark(givenNames, .givenName)
        mark(surnames, .surname)
        mark(commonWords, .common)
        mark(nonNames, .nonName)
        mark(titles, .title)
        mark(titleWords, .titleWord)
        mark(orgHeads, .orgHead)
        mark(policyHeads, .policyHead)
        mark(placeHeads, .placeHead)
        mark(eventHeads, .eventHead)
        mark(cities, .city)
        mark(nonEntityAcronyms, .nonEntityAcronym)
        for (key, _) in states.entries { flags[key, default: []].insert(.state) }
        for (key, _) in known.entries {
            if key.contains(" ") {
                if let first = key.split(separator: " ").first { flags[String(first), default: []].insert(.knownPrefix) }
            } else {
                flags[key, default: []].insert(.known)
            }
        }
        mark(TemporalTagger.triggers, .temporal)
        mark(Set(TemporalTagger.holidays.keys), .holiday)
        mark(Set(EntityRecognizer.sportsWordList), .sports)
        mark(Set(EntityRecognizer.citationGateWords), .citationWord)
        // The field words keyed as `EntityRecognizer.fieldBodies70` keys them (that table reads
        // `Lexicon.shared`, which is being built here).
        mark(Set(fieldBodies70.flatMap { $0.split(separator: " ").map { Lexicon.key($0) } }), .fieldWord70)
        mark(Set(EntityRecognizer.agencyHeads39), .bodyHead70)
        mark(Set(EntityRecognizer.cueWords64), .cue64)
        mark(["police"], .police40)
        mark(Set(EntityRecognizer.titleCueWords41), .titleCue41)
        mark(["republic"], .republic59)
        mark(Set(TemporalTagger.cueWords.keys), .tenseCue43)
        mark(Set(EntityMerger.businessWordsNear.words), .business43)
        interned = WordInterner(flags.entries)
        // The lists live on as flags: the sets are only needed to build them (about 2 MB).
        (givenNames, surnames, commonWords, titles, titleWords) = ([], [], [], [], [])
        (orgHeads, policyHeads, placeHeads, eventHeads, nonNames, nonEntityAcronyms) = ([], [], [], [], [], [])
        (cities, countries, stateAbbreviations) = ([], [], [])
    }

    /// Whether a listed key has `flag` ("is this a common word?").
    func has(_ flag: WordFlags, _ key: String) -> Bool { interned.flags(of: key)?.contains(flag) ?? false }

    /// Flags of a token: of its key, and for an abbreviation of the key without its period.
    func flags(of token: Token) -> WordFlags {
        guard token.kind == .word else { return [] }
        var f = interned.flags(of: token.key) ?? []
        if token.isAbbreviation, let bare = interned.flags(of: String(token.bare)) { f.formUnion(bare) }
        return f
    }
}
