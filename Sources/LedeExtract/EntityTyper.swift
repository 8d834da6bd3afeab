/// Round eighteen: a learned last word on an entity's type (on by default; `Extractor(learnedTyping: false)` gives the rules alone).
/// After the merger's rules have typed a group as an organisation, a feature vector of the group
/// (which rule typed it, what the word lists and cue sets say of its words, its shape, where and
/// how often it is mentioned) is scored by an averaged multi-class perceptron over person, place,
/// agency and none; the model may retype the group or drop it (`none`) when it beats the rule's
/// own class by a margin.
///
/// Licence: every feature is drawn from closed vocabularies the repository ships (the word
/// lists' flags, the cue sets, `function-words.txt`), word shapes and rule flags, never from
/// raw words of the training articles, so the weights file (`entity-typer.txt`) holds no
/// third-party text. Training (`scripts/train-entity-typer`) and export are described in
/// `docs/extraction.md` and `docs/extraction-history.md` (round seven).

/// How the recogniser typed a mention, when it was by default rather than by a list, a head
/// word or a cue (`RawMention.rule`).
enum TypingRule {
    static let listedOrCued: UInt8 = 0
    /// An unlisted run with no head word: an organisation by default (`classify`'s last line).
    static let fallbackRun: UInt8 = 1
    /// Two or three name-shaped unlisted words: a person by shape alone.
    static let shapePerson: UInt8 = 2
    /// An unlisted run with "of" in it: an organisation by default.
    static let ofRun: UInt8 = 3
    /// A lone unlisted acronym: an organisation by default.
    static let capsFallback: UInt8 = 4
}

extension EntityRecognizer {
    /// Marks the mentions pushed since `count` as typed by default rule `rule`.
    mutating func markRule(_ rule: UInt8, since count: Int) {
        for k in count..<mentions.count { mentions[k].rule = rule }
    }
}

/// The fixed features (one bit each); `TypingFeatureSpace` adds the function-word features
/// and every feature's cross with the rule's type.
enum TypingFeature: Int32, CaseIterable {
    case bias, weak
    case ruleFallbackRun, ruleShapePerson, ruleOfRun, ruleCapsFallback, ruleDefaultOnly
    case speechVerb, locativeOnly, placeContext
    case firstGiven, firstSurname, firstCommon, firstKnown, firstTitle, firstTitleWord, firstNonName, firstCity, firstState
    case firstOrgHead, firstPlaceHead, firstUnlisted
    case lastGiven, lastSurname, lastCommon, lastKnown, lastOrgHead, lastPlaceHead, lastPolicyHead, lastEventHead, lastCity
    case lastUnlisted
    case oneWord, twoWords, threeWords, fourWordsOrMore
    case allCaps, anyAllCaps, hasDigit, hasHyphen, endsInS, shortWord, abbreviation
    case possessiveAfter, mentionedOnce, mentionedTwice, mentionedThreeOrFour, mentionedFiveOrMore
    case firstSentence, secondSentence, sentenceThreeToFive, laterSentence
    case firstMentionInitial, everyMentionInitial, anyMentionInitial, onlySentenceInitialOrAfterThe
    case afterThe, anyAfterThe, inParentheses, inQuotation
    case previousCapitalised, previousNumber, previousComma, previousColon, previousQuote, previousOpenParen
    case previousTitle, previousTitleWord, previousCommonLower, previousLineBreak
    case nextCapitalised, nextNumber, nextComma, nextColon, nextQuote, nextSentenceEnd, nextLowerPlural
    case severalForms, titleCaseLine, everyMentionTitleCase, allWordsCommon, innerOrgHead
    /// Typer round ten (`TypingCues.swift`): a member's noun and "of" before the name, a business
    /// word near it in its sentence (both also exempt an organisation, so they show in exported
    /// rows only), a list of capitalised names around it.
    case cueMemberOf, cueBusinessWord, inNameList
    /// Typer round twelve (`TypingShapes12.swift`).
    case anyAfterPlacePreposition, anyAfterActorPreposition, placeNounAfter, sportsStory, placeLedPlural
    case pluralInSportsStory, wholeNameTown, innerCapital
}

/// The feature ids: the fixed features, then "previous word is W" and "next word is W" for every
/// function word W; then all of those again crossed with each rule type (person, place, agency).
struct TypingFeatureSpace: Sendable {
    /// Function word → its index.
    let functionWords: StringTable<Int32>
    let functionWordList: [String]
    var fixedCount: Int32 { Int32(TypingFeature.allCases.count) }
    /// Features before crossing.
    var baseCount: Int32 { fixedCount + 2 * Int32(functionWordList.count) }
    /// Every feature id is below this.
    var count: Int { Int(baseCount) * 4 }

    init(functionWords list: [String]) {
        var table = StringTable<Int32>(minimumCapacity: list.count * 2)
        var unique: [String] = []
        for word in list where table[word] == nil {
            table[word] = Int32(unique.count)
            unique.append(word)
        }
        functionWords = table
        functionWordList = unique
    }

    /// Stored hashes of keys the features compare: a token whose stored hash differs is ruled
    /// out before any string compare (a `Span` of tokens passed to a helper here crashed the
    /// optimiser, so the tests are written out where they are used).
    let theHash = StringTable<Bool>.hash("the")
    let doubleQuoteHash = StringTable<Bool>.hash("\"")
    let singleQuoteHash = StringTable<Bool>.hash("'")

    /// What to add to a feature's id for its cross with the rules' type (0 person, 1 place, 2 agency).
    @inline(__always) func crossOffset(rule: Int) -> Int32 { Int32(rule + 1) * baseCount }

    /// The id of "the previous word is this function word", if it is one (a word token's key and hash).
    @inline(__always) func previousWord(key: String, hash: Int) -> Int32? {
        guard let i = functionWords.value(key, hash: hash) else { return nil }
        return fixedCount + i
    }

    @inline(__always) func nextWord(key: String, hash: Int) -> Int32? {
        guard let i = functionWords.value(key, hash: hash) else { return nil }
        return fixedCount + Int32(functionWordList.count) + i
    }

    /// A feature's name, as in the weights file ("lastCommon", "prev=the", "agency&prev=the").
    func name(_ id: Int32) -> String {
        let cross = id / baseCount, base = id % baseCount
        let prefix = cross == 0 ? "" : ["person", "place", "agency"][Int(cross) - 1] + "&"
        if base < fixedCount { return prefix + String(describing: TypingFeature(rawValue: base)!) }
        let w = Int(base - fixedCount)
        return w < functionWordList.count ? prefix + "prev=" + functionWordList[w] : prefix + "next=" + functionWordList[w - functionWordList.count]
    }

    /// Every feature's name by id (for loading a weights file and for export).
    func allNames() -> [String] { (0..<Int32(count)).map(name) }
}

/// The averaged perceptron's weights: a flat array, four classes a feature.
struct EntityTyperModel: Sendable {
    /// Class order of the weights: person, place, agency, none.
    static let classNames = ["person", "place", "agency", "none"]
    let space: TypingFeatureSpace
    let weights: [Float]
    /// For each uncrossed feature, its weights plus those of its cross with agency.
    let agencyWeights: [Float]
    /// The same with the cross with person (typer round twelve: the rules' persons are scored too).
    let personWeights: [Float]
    /// Whether any weight is crossed with person: weights trained on organisations alone (before
    /// typer round twelve) never judged a person, so such a model leaves persons to the rules.
    let scoresPersons: Bool
    /// The model overrides the rule's type only when its best class scores this much above it.
    let margin: Float

    /// Parses `feature<TAB>class<TAB>weight` lines (and `@margin<TAB>-<TAB>value`). Any line
    /// naming an unknown feature or class, or a weight that is no number, makes the whole file
    /// invalid: a half-read model would type differently from the one trained.
    init(lines: [Substring], space: TypingFeatureSpace) throws(TyperLoadError) {
        self.space = space
        var index: [String: Int] = [:]
        for (i, name) in space.allNames().enumerated() { index[name] = i }
        var weights = [Float](repeating: 0, count: space.count * 4)
        var margin: Float = 0
        var read = 0
        for (n, line) in lines.enumerated() {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 3, let w = Float(parts[2]), w.isFinite else { throw .malformed(line: n + 1, text: String(line.prefix(80))) }
            if parts[0] == "@margin" {
                margin = w
                continue
            }
            guard let f = index[String(parts[0])] else { throw .unknownFeature(line: n + 1, name: String(parts[0])) }
            guard let c = EntityTyperModel.classNames.firstIndex(of: String(parts[1])) else {
                throw .malformed(line: n + 1, text: String(line.prefix(80)))
            }
            weights[f * 4 + c] = w
            read += 1
        }
        guard read > 0 else { throw .empty }
        self.weights = weights
        self.margin = margin
        let base = Int(space.baseCount), cross = Int(space.crossOffset(rule: 2)), personCross = Int(space.crossOffset(rule: 0))
        agencyWeights = (0..<(base * 4)).map { weights[$0] + weights[cross * 4 + $0] }
        personWeights = (0..<(base * 4)).map { weights[$0] + weights[personCross * 4 + $0] }
        scoresPersons = weights[(personCross * 4)..<(personCross * 4 + base * 4)].contains { $0 != 0 }
    }

    /// The class to give a group the rules typed as an organisation, or nil to keep that type:
    /// 0 person, 1 place, 2 agency (kept), 3 drop. Each feature counts with its cross with the
    /// organisation type, folded into `agencyWeights` at load: four loads a feature, not eight.
    /// (The stage scores only the rules' organisations; scoring persons or places would add each
    /// feature's cross with that type from `weights`.)
    func decideForOrganisation(_ features: [Int32]) -> Int? {
        var score = OrganisationScore(agencyWeights)
        for f in features { score.add(f) }
        return decide(score)
    }

    /// The class a group's summed scores give (see `decideForOrganisation`).
    func decide(_ score: OrganisationScore, rule: Int = 2) -> Int? {
        // No array of the four (an allocation per entity): the scores are read by index.
        var best = rule
        for c in 0..<4 where score[c] > score[best] { best = c }
        return best != rule && score[best] - score[rule] > margin ? best : nil
    }

    /// The class to give a group the rules typed as a person (nil keeps it), as
    /// `decideForOrganisation` does with the person weights (for tests).
    func decideForPerson(_ features: [Int32]) -> Int? {
        var score = OrganisationScore(personWeights)
        for f in features { score.add(f) }
        return decide(score, rule: 0)
    }
}

/// Where a group's features go as they are found: a list (export, tests) or a running score.
protocol TypingFeatureCollector {
    mutating func add(_ feature: Int32)
    /// Whether the features that exempt a group (`TypingCues.swift`) are looked for: a list of
    /// every group's features holds them; a running score of a scored group never meets them.
    static var listsExemptCues: Bool { get }
}

/// The feature ids in the order they were found.
struct TypingFeatureList: TypingFeatureCollector {
    static var listsExemptCues: Bool { true }
    var ids: [Int32] = []
    mutating func add(_ feature: Int32) { ids.append(feature) }
}

/// The four class scores of a group the rules typed as an organisation (or, with the person
/// weights, as a person), summed feature by feature in the order the features are found (float
/// sums depend on the order).
struct OrganisationScore: TypingFeatureCollector {
    static var listsExemptCues: Bool { false }
    let weights: [Float]
    var s0: Float = 0, s1: Float = 0, s2: Float = 0, s3: Float = 0

    init(_ weights: [Float]) { self.weights = weights }

    @inline(__always) mutating func add(_ feature: Int32) {
        let o = Int(feature) &* 4
        s0 += weights[o]
        s1 += weights[o + 1]
        s2 += weights[o + 2]
        s3 += weights[o + 3]
    }

    subscript(c: Int) -> Float {
        switch c {
        case 0: s0
        case 1: s1
        case 2: s2
        default: s3
        }
    }
}

/// Why the weights file could not be used; extraction then keeps the rules' types.
enum TyperLoadError: Error, CustomStringConvertible, Sendable {
    case missing
    case empty
    case malformed(line: Int, text: String)
    case unknownFeature(line: Int, name: String)

    var description: String {
        switch self {
        case .missing: "entity-typer.txt not found beside the word lists: entity types are the rules' alone"
        case .empty: "entity-typer.txt holds no weights: entity types are the rules' alone"
        case .malformed(let line, let text): "entity-typer.txt line \(line) is not feature<TAB>class<TAB>weight: \(text)"
        case .unknownFeature(let line, let name): "entity-typer.txt line \(line) names an unknown feature \(name)"
        }
    }
}

/// Collects each typed group's features for export (`extractForTyping`): by the byte offset
/// of the group's first mention, which is also its entity's first mention.
final class TypingFeatureSink {
    var rows: [(start: Int, ruleType: EntityType, exempt: Bool, features: [Int32])] = []
}
