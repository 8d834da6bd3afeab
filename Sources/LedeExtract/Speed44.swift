/// Speed round forty-four (speed44): the timeline stage with fewer instructions, its output
/// byte-identical. The helpers here are called from `TemporalTagger` and `TimelineBuilder`.
extension TemporalTagger {
    /// `mayStart` of a number token: whether `match(at:range:)` can return an expression at it.
    /// A number opens one only in these shapes (read off `match(at:range:qualifier:)`, whose
    /// every branch for a number is listed here, each test looser than the branch's own):
    /// - a listed word's flags (a trigger's or a holiday's key), as any word;
    /// - four bytes (`year`: "2024") or seven and more (`isoDate`, `fiscalSpanToken`,
    ///   `yearSpanStart`: "2024-05-03", "2023-24" written as one token);
    /// - a month after it ("3 February") or three after it ("18 and 19 January");
    /// - a slash after it ("05/03/2024");
    /// - "ago", "later" or "earlier" two after it ("30 days ago": `countedUnit`; the test read,
    ///   `countedUnitMayFollow`, takes "after" too).
    /// Most numbers ("5", "100", "2.5") are none of these and were matched in full for nothing
    /// (about 400 instructions each, some 6,000 numbers a corpus round).
    @inline(never)
    func numberMayStart44(_ i: Int) -> Bool {
        let view = tokens.span
        if !view[i].flags.isDisjoint(with: [.temporal, .holiday]) { return true }
        let count = view[i].key.utf8.count
        if count == 4 || count >= 7 { return true }
        if i + 1 < view.count {
            if view[i + 1].keyHash == TemporalTagger.slashHash { return true }
            if view[i + 1].isCapitalized, view[i + 1].flags.contains(.temporal) { return true }
        }
        if i + 3 < view.count, view[i + 3].isCapitalized, view[i + 3].flags.contains(.temporal) { return true }
        return countedUnitMayFollow(i)
    }
}

extension TemporalTagger {
    /// `StringTable<Bool>.hash("a")` and `hash("an")`, literals: no `swift_once` a read.
    static let aHash44 = -5808556874707881792
    static let anHash44 = 620432454571375617

    /// Whether token `i` is "a" or "an", by its stored hash and then its key: the commonest
    /// trigger words (number words, "a week later"), which `listedMayStart` turns away.
    @inline(__always)
    func isAOrAn44(_ i: Int) -> Bool {
        let h = tokens[i].keyHash
        guard h == TemporalTagger.aHash44 || h == TemporalTagger.anHash44 else { return false }
        let k = tokens.span[i].key
        return k == "a" || k == "an"
    }
}

extension TimelineBuilder {
    /// Whether a mention of `entity` in `mentions[from..<before]` ends by `end`: whether the
    /// clause's ids already hold that entity's id (ids are unique to their entities).
    static func entityTaken44(
        _ mentions: [(start: Int, end: Int, entity: Int)], _ entity: Int, from: Int, before: Int, end: Int
    ) -> Bool {
        var j = from
        while j < before {
            if mentions[j].entity == entity, mentions[j].end <= end { return true }
            j += 1
        }
        return false
    }
}

/// The strings of a year's event (value "2024", start "2024-01-01", end "2024-12-31") for the
/// years news names most, made once: each was an array and a `String(decoding:)` per event,
/// about 270 instructions (`CivilDate.description`), and `String(y)` for the value. Other
/// years, and other dates, are written as before (nil here).
enum YearTexts44 {
    static let first = 1950
    static let count = 100
    static let texts: [(value: String, start: String, end: String)] = (0..<count).map { k in
        let y = first + k
        return (String(y), CivilDate(y, 1, 1).description, CivilDate(y, 12, 31).description)
    }

    /// The text of `d` when it is January 1 of a listed year.
    @inline(__always)
    static func start(_ d: CivilDate) -> String? {
        guard d.month == 1, d.day == 1, d.year >= first, d.year < first + count else { return nil }
        return texts[d.year - first].start
    }

    /// The text of `d` when it is December 31 of a listed year.
    @inline(__always)
    static func end(_ d: CivilDate) -> String? {
        guard d.month == 12, d.day == 31, d.year >= first, d.year < first + count else { return nil }
        return texts[d.year - first].end
    }

    /// `d.value` when `d` names a listed year.
    @inline(__always)
    static func value(_ d: ResolvedDate) -> String? {
        guard case .year(let y) = d.label, y >= first, y < first + count else { return nil }
        return texts[y - first].value
    }
}

extension TemporalTagger {
    /// `StringTable<Bool>.hash` of the qualifier words, literals: no `swift_once` a read.
    private static let earlyHash44 = 9165767880010337615
    private static let beginningHash44 = 8412769540089855402
    private static let startHash44 = -1270692747678797134
    private static let midHash44 = 573150230445427548
    private static let middleHash44 = 6628976001310762741
    private static let midwayHash44 = -1401007005540906871
    private static let lateHash44 = 309888202198276524
    private static let endHash44 = -4400013433477311726

    /// `qualifier(key)` of token `i`, by its stored hash and then one compare: the first-byte
    /// test and the `switch` of string cases cost about 150 instructions a trigger word.
    func qualifier44(_ i: Int) -> DateQualifier? {
        let q: DateQualifier, word: String
        switch tokens[i].keyHash {
        case TemporalTagger.earlyHash44: (q, word) = (.early, "early")
        case TemporalTagger.beginningHash44: (q, word) = (.early, "beginning")
        case TemporalTagger.startHash44: (q, word) = (.early, "start")
        case TemporalTagger.midHash44: (q, word) = (.mid, "mid")
        case TemporalTagger.middleHash44: (q, word) = (.mid, "middle")
        case TemporalTagger.midwayHash44: (q, word) = (.mid, "midway")
        case TemporalTagger.lateHash44: (q, word) = (.late, "late")
        case TemporalTagger.endHash44: (q, word) = (.late, "end")
        default: return nil
        }
        return tokens.span[i].key == word ? q : nil
    }
}

extension TemporalTagger {
    /// Whether word `i` may end as `cueTense` reads a word without a listed cue: "-ed", "-en",
    /// "-ll" or "-s". Read off the token's text, its last two bytes with ASCII capitals folded:
    /// a key is its text lower-cased, with curly apostrophes and Unicode dashes folded to ASCII,
    /// so its last two bytes are those ASCII letters exactly when the text's are (no other
    /// character folds to an ASCII letter but the Kelvin sign, to "k"). True when unsure.
    @inline(__always)
    func mayEndLikeCue44(_ i: Int) -> Bool {
        let start = tokens[i].start, end = tokens[i].end
        guard end > start, end <= bytes.count else { return true }
        func folded(_ b: UInt8) -> UInt8 { b &- 65 < 26 ? b | 0x20 : b }
        let last = folded(bytes[end - 1]), penultimate: UInt8 = end - start >= 2 ? folded(bytes[end - 2]) : 0
        return last == UInt8(ascii: "s") || (penultimate == UInt8(ascii: "e") && (last == UInt8(ascii: "d") || last == UInt8(ascii: "n")))
            || (penultimate == UInt8(ascii: "l") && last == UInt8(ascii: "l"))
    }
}

/// `StringTable<Bool>.hash` of words the date matcher compares tokens with, literals: no
/// `swift_once` a read (checked against `StringTable.hash` by `Speed44Tests`).
enum Words44 {
    static let the = 6266135566078975077
    static let following = -6966820272350479065
    static let from = 9188557618889724109
    static let this = 2704337836341888174
    static let last = 312668867103987060
    static let next = -1931643217886536558
    static let since = 3135206070831065042
    static let starting = 4954272614718559880
    static let beginning = 8412769540089855402
    static let through = 8789493306029371341
    static let thru = 2684355312010233835
    static let not = 2403468754099128659
    static let nt = 2457212882453571131  // "n't"
    static let also = -8878188593965101487
    static let already = 7271659404663542564
    static let still = 3686156357701566396
    static let being = -6015392523767037610
    static let be = 623237308735022663
    static let been = 8499515823271898968
    static let isWord = 628046572594865362  // "is"
    static let are = -1777012989457198508
    static let was = 6822364204990815531
    static let were = 4446163296674574458
    static let has = 3699728092461762138
    static let have = 3334851530571696919
    static let had = 3699715997833857675
    static let spring = 814440220797233436
    static let summer = -8283222984494654720
    static let fall = -1221530506302095271
    static let autumn = -226459834604959415
    static let winter = -1904063958580525530

    /// Whether `hash` is the hash of one of `TemporalTagger.seasons`' five words.
    @inline(__always)
    static func isSeasonHash(_ hash: Int) -> Bool {
        hash == spring || hash == summer || hash == fall || hash == autumn || hash == winter
    }
}

extension TemporalTagger {
    /// Whether token `i`'s key is `word`, whose hash is `hash`: the stored hash first, so most
    /// tokens are answered without a string compare.
    @inline(__always)
    func hasKey44(_ i: Int, _ word: String, _ hash: Int) -> Bool {
        tokens[i].keyHash == hash && tokens.span[i].key == word
    }

    /// `cue(i).contains(.adverb)`: the six `adverbsBeforeParticiple`, by stored hash.
    func isAdverbBeforeParticiple44(_ i: Int) -> Bool {
        switch tokens[i].keyHash {
        case Words44.not: hasKey44(i, "not", Words44.not)
        case Words44.nt: hasKey44(i, "n't", Words44.nt)
        case Words44.also: hasKey44(i, "also", Words44.also)
        case Words44.already: hasKey44(i, "already", Words44.already)
        case Words44.still: hasKey44(i, "still", Words44.still)
        case Words44.being: hasKey44(i, "being", Words44.being)
        default: false
        }
    }

    /// `auxiliaries[key]` of token `i`, by stored hash: "be" defers to the word before it.
    func auxiliary44(_ i: Int) -> Auxiliary? {
        let word: String, value: Auxiliary
        switch tokens[i].keyHash {
        case Words44.be: (word, value) = ("be", .bare)
        case Words44.been: (word, value) = ("been", .past)
        case Words44.isWord: (word, value) = ("is", .present)
        case Words44.are: (word, value) = ("are", .present)
        case Words44.was: (word, value) = ("was", .past)
        case Words44.were: (word, value) = ("were", .past)
        case Words44.has: (word, value) = ("has", .past)
        case Words44.have: (word, value) = ("have", .past)
        case Words44.had: (word, value) = ("had", .past)
        default: return nil
        }
        return tokens.span[i].key == word ? value : nil
    }
}
