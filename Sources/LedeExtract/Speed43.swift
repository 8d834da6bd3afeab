/// Speed round forty-three: more word sets asked per run, per mention or per token without a
/// `swift_once` call a read (speed42's `Bits42`, the same way).
///
/// Each literal is its set's own 64-bit filter (`WordSet.bits`, checked by `Speed43Tests`):
/// `WordSet.mayHold(Bits43.x, tokens, at: i) && X.contains(tokens, at: i)` is
/// `X.contains(tokens, at: i)`, reading `X` (a `static let`, so a `swift_once` call) only when
/// the token's key hash hits a bit of the filter. The round's other changes: the tense cues' and
/// business words' flags (`WordFlags.tenseCue43`, read by `TemporalTagger.cue(_:)`;
/// `WordFlags.business43`, by `hasBusinessWordNear`), the word-set filters kept in
/// `SharedLexicon` (`nationBits16`, `postNominalBits75`) and a few key hashes as literals.
enum Bits43 {
    // `NonOrganisations.swift`: `isQuestionWho`, `isListedWork`
    static let questionWho: UInt64 = 0x0000_0000_0040_0000
    static let likeAs: UInt64 = 0x0800_0000_0000_0400
    static let listGlue: UInt64 = 0x0000_0028_8000_0080
    // `EntityRecognizer.swift` (`processSpan`), `RegionalNames.swift`
    static let seatLastWords: UInt64 = 0x0008_0041_0020_0040
    static let fundMissionHeads: UInt64 = 0x0040_0000_0002_0000
    static let forKey: UInt64 = 0x0000_0000_0000_0100
    // `InternationalNames.swift`: `isOtherChamberHouse`
    static let houseKey: UInt64 = 0x0000_0001_0000_0000
    // `NameSplits.swift`: `personOfPlaceSplit`
    static let ofKey: UInt64 = 0x0000_0000_0000_8000
    // `Agencies64.swift`: `dropWireCredits64`'s test of a credit's last word
    static let pictureAgencies: UInt64 = 0x000c_0800_0802_2000
    // `QuotedDays.swift`: `isSpeakerDay`
    static let speakerDays: UInt64 = 0x0000_080c_0400_0000
    // `RoleAndPlaceSplits.swift`: `isStormName`
    static let stormWords: UInt64 = 0x0000_0000_0820_0002
    // `OfficeTitleRuns.swift`, `Chambers.swift`
    static let officeTitleWords34: UInt64 = 0x8000_1000_1000_8000
    static let chamberWords: UInt64 = 0x0009_0001_0000_8000
    // `LocalPlaces.swift`: `EntityRecognizer.weekdayWords`, the keys of `TemporalTagger.weekdays`
    static let weekdayWords: UInt64 = 0x4028_2000_8420_0000
    // `TemporalTagger.swift`: `listedMayStart`'s test of `TemporalTagger.numberWords` (a table,
    // not a `WordSet`: the literal is the filter a `WordSet` of its keys would have)
    static let numberWords: UInt64 = 0x0040_40a0_180f_a0a3

    // `Places54.swift`: `applySites54`
    static let lastWords54: UInt64 = 0x2200_0507_00a2_2009
    // `AgencyPrecision52.swift`: `governingTitleSide52`
    static let portfolioOpeners52: UInt64 = 0x0000_0000_0000_8100
    static let portfolioJoints52: UInt64 = 0x0000_0000_8020_0080

    // Key hashes (`StringTable.hash`) as literals, read before a string compare.
    static let andHash = -1803806988284959329  // "and"
    static let ampersandHash = -5808628342963641003  // "&"
}
