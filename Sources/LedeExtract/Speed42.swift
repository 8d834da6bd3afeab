/// Speed round forty-two: word sets asked per mention without a `swift_once` call a read.
///
/// A `static let` word set is built at first use, so every read of it goes through `swift_once`
/// (a call of about 10 instructions with its caller's side), and functions called once per run
/// or per mention (`isMarketIndex`, `isOutletCue50`, `evidence`, `isNonNameRun`, `productStart`)
/// read a set or several on each call, almost always to find the word absent. Each set's 64-bit
/// filter (`WordSet.bits`: a bit at each word's hash's low six bits) is written here as an
/// integer literal, which needs no initialisation: a clear bit proves the token's word absent
/// before the set is read at all. The literals are the sets' own filters (`Speed42Tests`), so
/// every answer is the set's.
enum Bits42 {
    // `MarketIndexes.swift`
    static let marketIndexNouns: UInt64 = 0x0800_6000_0100_0018
    static let indexNames: UInt64 = 0x02a4_01e0_0529_ae92
    // `NewsOutlets50.swift`, `RecognizerWords.swift`
    static let stationHeads50: UInt64 = 0x0008_1100_0800_0920
    static let outletHeads: UInt64 = 0x4881_0c80_12a9_2544
    static let mastheadHeads50: UInt64 = 0xc122_034a_4021_5010
    static let reportVerbs50: UInt64 = 0x0100_0208_0000_1000
    static let staffNouns50: UInt64 = 0x0010_0300_2002_5004
    // `NameEvidence.swift`
    static let prepositions: UInt64 = 0x0280_a008_8808_a100
    static let whoKey: UInt64 = 0x0000_0000_0040_0000
    static let whichKey: UInt64 = 0x0000_0400_0000_0000
    static let organisationPossessions: UInt64 = 0x8602_1011_0193_a202
    static let ofOrIn: UInt64 = 0x0200_0000_0000_8000
    static let employerPrepositions: UInt64 = 0x0000_8000_8000_0000
    static let buyVerbs: UInt64 = 0x1004_2104_0004_0060
    static let ofKey: UInt64 = 0x0000_0000_0000_8000
    // `UnlistedNames.swift`
    static let monthWords: UInt64 = 0x27dd_2820_8980_0024
    static let leagueKey: UInt64 = 0x0000_0400_0000_0000
    static let indexNouns: UInt64 = 0x0800_0000_0000_0010
    static let industrialKey: UInt64 = 0x0000_0100_0000_0000
    // `SpanFinding.swift`: `particleChainEnd`, `isNameParticle`
    static let nameParticles: UInt64 = 0x1820_21a0_2246_2000
    // `FacilitySites.swift`: `applyFacilitySites40`
    static let policeKey40: UInt64 = 0x0000_0000_0800_0000
    static let facilityLastWords40: UInt64 = 0x4220_9484_0306_2509
    static let hospitalHeads: UInt64 = 0x0020_0000_0000_2000
    // `MentionBuilding.swift` (`push`), `InternationalNames.swift`, `processSpan`
    static let speechVerbs: UInt64 = 0x0100_0540_8802_0010
    static let pradhanKey: UInt64 = 0x0000_0000_0000_0010
    static let internationalNameLastWords: UInt64 = 0x0024_0008_0000_2008
    static let functionWords: UInt64 = 0x2fbf_c5ff_9d7f_e723
    // `Products.swift`: `productEnds` (both lists) and `indexWords`
    static let productEnds: UInt64 = 0xf135_d97f_b0b2_cff0
    static let indexWords: UInt64 = 0x0004_0000_0409_2880
}

extension WordSet {
    /// False only when the token's key is in no set whose filter is `bits` (a `Bits42` literal):
    /// `mayHold(Bits42.x, tokens, at: i) && X.contains(tokens, at: i)` is `X.contains(tokens, at: i)`,
    /// reading `X` only when the bit is set.
    @inline(__always)
    static func mayHold(_ bits: UInt64, _ tokens: [Token], at i: Int) -> Bool {
        bits & bit(tokens.span[i].keyHash) != 0
    }
}
