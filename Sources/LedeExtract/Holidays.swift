/// Named holidays: "Christmas Eve", "Thanksgiving", "Memorial Day weekend", "Easter Sunday".
/// A holiday is a day whose date follows from its year, so it resolves like a month and day
/// without a year ("Christmas Day" in a story from December is this year's, "Memorial Day
/// weekend turned out to be …" from the Tuesday after it is the one just past).
extension TemporalTagger {
    /// How a holiday's date follows from its year.
    enum HolidayRule: Sendable {
        /// A fixed month and day ("Christmas Day": 12-25).
        case fixed(Int, Int)
        /// The `n`th weekday (0 = Monday) of a month; `n` = -1 is the last ("Memorial Day").
        case nth(month: Int, weekday: Int, n: Int)
        /// Days from Easter Sunday ("Good Friday": -2).
        case easter(Int)
        /// Days from the fourth Thursday of November ("Black Friday": +1).
        case thanksgiving(Int)
        /// The US Election Day: the Tuesday after the first Monday of November.
        case electionDay
        /// The Super Bowl's Sunday: the first of February from 2004, the second from 2022
        /// (the season grew by a week).
        case superBowl
        /// A day of a lunar or lunisolar calendar, from the generated table, plus days.
        case calendar(CalendarHoliday, Int)
        /// The Monday before a month's day (Canada's Victoria Day: before May 25).
        case mondayBefore(month: Int, day: Int)

        func date(in year: Int) -> CivilDate {
            switch self {
            case let .calendar(holiday, offset): return holiday.date(in: year).adding(days: offset)
            case let .mondayBefore(m, d):
                let day = CivilDate(year, m, d)
                return day.adding(days: -((day.weekday + 6) % 7 + 1))
            case let .fixed(m, d): return CivilDate(year, m, d)
            case let .nth(m, w, n): return TemporalTagger.nthWeekday(year: year, month: m, weekday: w, n: n)
            case let .easter(offset): return TemporalTagger.easterSunday(year).adding(days: offset)
            case let .thanksgiving(offset):
                return TemporalTagger.nthWeekday(year: year, month: 11, weekday: 3, n: 4).adding(days: offset)
            case .electionDay: return TemporalTagger.nthWeekday(year: year, month: 11, weekday: 0, n: 1).adding(days: 1)
            case .superBowl: return TemporalTagger.nthWeekday(year: year, month: 2, weekday: 6, n: year >= 2022 ? 2 : 1)
            }
        }
    }

    /// One way to write a holiday: the words after its first word, and whether the first
    /// word alone needs a cue before it ("on Thanksgiving", "this Easter"; not "the
    /// Thanksgiving crush", "Christmas inventories").
    struct HolidayName: Sendable {
        var rest: [String]
        var rule: HolidayRule
        var needsCue = false
    }

    /// Holidays by their first word, longest form first. US dates where countries differ
    /// (Labor Day, Mother's Day, Thanksgiving).
    static let holidays: StringTable<[HolidayName]> = [
        "christmas": [
            HolidayName(rest: ["eve"], rule: .fixed(12, 24)), HolidayName(rest: ["day"], rule: .fixed(12, 25)),
            HolidayName(rest: [], rule: .fixed(12, 25), needsCue: true),
        ],
        "new": [
            HolidayName(rest: ["year", "'s", "day"], rule: .fixed(1, 1)), HolidayName(rest: ["year", "'s", "eve"], rule: .fixed(12, 31)),
            HolidayName(rest: ["years", "day"], rule: .fixed(1, 1)), HolidayName(rest: ["years", "eve"], rule: .fixed(12, 31)),
            // "between Christmas and New Year's": the day, after a cue.
            HolidayName(rest: ["year", "'s"], rule: .fixed(1, 1), needsCue: true),
            // Round eleven: "over Christmas and New Year holidays".
            HolidayName(rest: ["year"], rule: .fixed(1, 1), needsCue: true),
        ],
        "thanksgiving": [HolidayName(rest: ["day"], rule: .thanksgiving(0)), HolidayName(rest: [], rule: .thanksgiving(0), needsCue: true)],
        "black": [HolidayName(rest: ["friday"], rule: .thanksgiving(1))],
        "cyber": [HolidayName(rest: ["monday"], rule: .thanksgiving(4))],
        "memorial": [HolidayName(rest: ["day"], rule: .nth(month: 5, weekday: 0, n: -1))],
        "labor": [HolidayName(rest: ["day"], rule: .nth(month: 9, weekday: 0, n: 1))],
        "labour": [HolidayName(rest: ["day"], rule: .nth(month: 9, weekday: 0, n: 1))],
        "presidents": [HolidayName(rest: ["day"], rule: .nth(month: 2, weekday: 0, n: 3))],
        "mlk": [HolidayName(rest: ["day"], rule: .nth(month: 1, weekday: 0, n: 3))],
        "martin": [HolidayName(rest: ["luther", "king", "jr.", "day"], rule: .nth(month: 1, weekday: 0, n: 3))],
        "mother": [HolidayName(rest: ["'s", "day"], rule: .nth(month: 5, weekday: 6, n: 2))],
        "father": [HolidayName(rest: ["'s", "day"], rule: .nth(month: 6, weekday: 6, n: 3))],
        "easter": [
            HolidayName(rest: ["sunday"], rule: .easter(0)), HolidayName(rest: ["monday"], rule: .easter(1)),
            HolidayName(rest: [], rule: .easter(0), needsCue: true),
        ],
        "good": [HolidayName(rest: ["friday"], rule: .easter(-2))],
        "boxing": [HolidayName(rest: ["day"], rule: .fixed(12, 26))],
        "independence": [HolidayName(rest: ["day"], rule: .fixed(7, 4))],
        "fourth": [HolidayName(rest: ["of", "july"], rule: .fixed(7, 4))],
        "juneteenth": [HolidayName(rest: [], rule: .fixed(6, 19))],
        "veterans": [HolidayName(rest: ["day"], rule: .fixed(11, 11))],
        "remembrance": [HolidayName(rest: ["day"], rule: .fixed(11, 11))],
        "armistice": [HolidayName(rest: ["day"], rule: .fixed(11, 11))],
        "canada": [HolidayName(rest: ["day"], rule: .fixed(7, 1))],
        "halloween": [HolidayName(rest: [], rule: .fixed(10, 31), needsCue: true)],
        "valentine": [HolidayName(rest: ["'s", "day"], rule: .fixed(2, 14))],
        "st.": [HolidayName(rest: ["patrick", "'s", "day"], rule: .fixed(3, 17))],
        // US civic days: the presidential inauguration (January 20 since 1937) and the
        // federal Election Day.
        "inauguration": [HolidayName(rest: ["day"], rule: .fixed(1, 20))],
        "election": [HolidayName(rest: ["day"], rule: .electionDay)],
        "super": [HolidayName(rest: ["bowl", "sunday"], rule: .superBowl)],
        // Round nine: other countries' and faiths' days. Lunar and lunisolar ones come from
        // the table `scripts/gen-holiday-dates` writes; a lone "Eid" (which one?) is none.
        "lunar": [HolidayName(rest: ["new", "year"], rule: .calendar(.lunarNewYear, 0))],
        "chinese": [HolidayName(rest: ["new", "year"], rule: .calendar(.lunarNewYear, 0))],
        "eid": [
            HolidayName(rest: ["al-fitr"], rule: .calendar(.eidAlFitr, 0)), HolidayName(rest: ["ul-fitr"], rule: .calendar(.eidAlFitr, 0)),
            HolidayName(rest: ["el-fitr"], rule: .calendar(.eidAlFitr, 0)), HolidayName(rest: ["al", "fitr"], rule: .calendar(.eidAlFitr, 0)),
            HolidayName(rest: ["ul", "fitr"], rule: .calendar(.eidAlFitr, 0)), HolidayName(rest: ["al-adha"], rule: .calendar(.eidAlAdha, 0)),
            HolidayName(rest: ["ul-adha"], rule: .calendar(.eidAlAdha, 0)), HolidayName(rest: ["el-adha"], rule: .calendar(.eidAlAdha, 0)),
            HolidayName(rest: ["al", "adha"], rule: .calendar(.eidAlAdha, 0)), HolidayName(rest: ["ul", "adha"], rule: .calendar(.eidAlAdha, 0)),
            HolidayName(rest: ["ul-zuha"], rule: .calendar(.eidAlAdha, 0)),
        ],
        "eid-al-fitr": [HolidayName(rest: [], rule: .calendar(.eidAlFitr, 0))],
        "eid-ul-fitr": [HolidayName(rest: [], rule: .calendar(.eidAlFitr, 0))],
        "eid-al-adha": [HolidayName(rest: [], rule: .calendar(.eidAlAdha, 0))],
        "eid-ul-adha": [HolidayName(rest: [], rule: .calendar(.eidAlAdha, 0))],
        "eid-ul-zuha": [HolidayName(rest: [], rule: .calendar(.eidAlAdha, 0))],
        "rosh": [HolidayName(rest: ["hashanah"], rule: .calendar(.roshHashanah, 0)), HolidayName(rest: ["hashana"], rule: .calendar(.roshHashanah, 0))],
        "yom": [HolidayName(rest: ["kippur"], rule: .calendar(.yomKippur, 0))],
        "passover": [HolidayName(rest: [], rule: .calendar(.passover, 0), needsCue: true)],
        "hanukkah": [HolidayName(rest: [], rule: .calendar(.hanukkah, 0), needsCue: true)],
        "chanukah": [HolidayName(rest: [], rule: .calendar(.hanukkah, 0), needsCue: true)],
        "ash": [HolidayName(rest: ["wednesday"], rule: .easter(-46))],
        "shrove": [HolidayName(rest: ["tuesday"], rule: .easter(-47))],
        "mardi": [HolidayName(rest: ["gras"], rule: .easter(-47), needsCue: true)],
        "palm": [HolidayName(rest: ["sunday"], rule: .easter(-7))],
        "maundy": [HolidayName(rest: ["thursday"], rule: .easter(-3))],
        "ascension": [HolidayName(rest: ["day"], rule: .easter(39))],
        "whit": [HolidayName(rest: ["monday"], rule: .easter(50)), HolidayName(rest: ["sunday"], rule: .easter(49))],
        "pentecost": [HolidayName(rest: ["sunday"], rule: .easter(49)), HolidayName(rest: [], rule: .easter(49), needsCue: true)],
        "st": [
            HolidayName(rest: ["patrick", "'s", "day"], rule: .fixed(3, 17)), HolidayName(rest: ["andrew", "'s", "day"], rule: .fixed(11, 30)),
            HolidayName(rest: ["david", "'s", "day"], rule: .fixed(3, 1)), HolidayName(rest: ["george", "'s", "day"], rule: .fixed(4, 23)),
        ],
        "saint": [HolidayName(rest: ["patrick", "'s", "day"], rule: .fixed(3, 17))],
        "bastille": [HolidayName(rest: ["day"], rule: .fixed(7, 14))],
        "australia": [HolidayName(rest: ["day"], rule: .fixed(1, 26))],
        "anzac": [HolidayName(rest: ["day"], rule: .fixed(4, 25))],
        "waitangi": [HolidayName(rest: ["day"], rule: .fixed(2, 6))],
        "guy": [HolidayName(rest: ["fawkes", "night"], rule: .fixed(11, 5)), HolidayName(rest: ["fawkes", "day"], rule: .fixed(11, 5))],
        "bonfire": [HolidayName(rest: ["night"], rule: .fixed(11, 5))],
        "burns": [HolidayName(rest: ["night"], rule: .fixed(1, 25))],
        "hogmanay": [HolidayName(rest: [], rule: .fixed(12, 31))],
        "earth": [HolidayName(rest: ["day"], rule: .fixed(4, 22))],
        "flag": [HolidayName(rest: ["day"], rule: .fixed(6, 14))],
        "patriot": [HolidayName(rest: ["day"], rule: .fixed(9, 11))],
        "cinco": [HolidayName(rest: ["de", "mayo"], rule: .fixed(5, 5))],
        "kwanzaa": [HolidayName(rest: [], rule: .fixed(12, 26), needsCue: true)],
        "columbus": [HolidayName(rest: ["day"], rule: .nth(month: 10, weekday: 0, n: 2))],
        "indigenous": [
            HolidayName(rest: ["peoples", "day"], rule: .nth(month: 10, weekday: 0, n: 2)),
            HolidayName(rest: ["peoples", "'", "day"], rule: .nth(month: 10, weekday: 0, n: 2)),
            HolidayName(rest: ["peoples'", "day"], rule: .nth(month: 10, weekday: 0, n: 2)),
        ],
        "victoria": [HolidayName(rest: ["day"], rule: .mondayBefore(month: 5, day: 25))],
    ]
    /// Words before a lone "Thanksgiving", "Easter" or "Christmas" that make it a day.
    static let holidayCues: WordSet = [
        "this", "last", "next", "on", "before", "after", "until", "till", "by", "since", "through", "for", "over", "at",
        "around", "during", "of", "from", "to", "and", "following", "past", "near", "ahead", "between",
    ]

    /// Prepositions before "the" and a lone holiday: "over the Easter and … holidays".
    static let holidaySpanPrepositions: WordSet = ["over", "during", "before", "after", "until", "through", "since", "throughout"]

    /// Nouns after a lone holiday that make it the day: "the Easter weekend", "the Christmas holiday".
    static let holidayNouns: WordSet = ["weekend", "holiday", "holidays"]

    /// The holiday starting at token `i` (its first and last token and its rule), if any.
    /// The caller has checked the token's `.holiday` flag.
    func holiday(at i: Int, range: Range<Int>) -> (last: Int, rule: HolidayRule)? {
        guard tokens[i].isCapitalized || tokens[i].isAllCaps, let names = TemporalTagger.holidays.value(tokens.span[i].key, hash: tokens.span[i].keyHash) else { return nil }
        for name in names {
            var j = i + 1
            var fits = true
            for word in name.rest {
                guard range.contains(j), tokens.span[j].key == word else {
                    fits = false
                    break
                }
                j += 1
            }
            guard fits else { continue }
            // "the Easter weekend", "their Thanksgiving weekend": the weekend makes it the day too;
            // so does "holiday" ("for the Christmas holiday", "New Year holidays": round eleven).
            if name.needsCue, !TemporalTagger.holidayNouns.contains(key(j, range)) {
                // "over the Easter and royal wedding bank holidays": a preposition before "the" (round eleven).
                let cue = i > range.lowerBound && TemporalTagger.holidayCues.contains(tokens[i - 1])
                let cueBeforeThe = i - 2 >= range.lowerBound && tokens.span[i - 1].key == "the"
                    && TemporalTagger.holidaySpanPrepositions.contains(tokens[i - 2])
                guard cue || cueBeforeThe else { continue }
            }
            // "the Thanksgiving Day Parade", "Labor Day Committee": a name, not the day.
            // (A headline in capitals, "CHRISTMAS EVE STORMS", is no name.)
            if range.contains(j), tokens[j].isNameLike, !tokens[j].isAllCaps, tokens.span[j].key != "weekend" { return nil }
            return (j - 1, name.rule)
        }
        return nil
    }

    /// A holiday as an expression: its year written after it ("Labor Day 2018", "Memorial Day
    /// weekend in 2019"), given by "this/last/next", or taken from the tense like a month and
    /// day without a year.
    func holidayExpression(at i: Int, range: Range<Int>) -> Match? {
        guard let (last, rule) = holiday(at: i, range: range), let anchor else { return nil }
        var j = last + 1
        if key(j, range) == "weekend" { j += 1 }
        if let y = year(j, range) { return Match(first: i, last: j, date: .day(rule.date(in: y))) }
        if key(j, range) == "in" || key(j, range) == "of" || key(j, range) == ",", let y = year(j + 1, range) {
            return Match(first: i, last: last, date: .day(rule.date(in: y)))
        }
        let pm = anchor.month ?? 6
        let pub = anchorDay ?? CivilDate(anchor.year, pm, 15)
        var first = i
        let y: Int
        if let named = holidayYear(rule, pub: pub, namedBefore: i, range) {
            (y, first) = named
        } else {
            // "the Memorial Day weekend is often deadly", "every Thanksgiving": any year's, no day.
            if isHabitual(around: i, last, range) { return nil }
            let tense = dateTense(i, last, range)
            y = TemporalTagger.year(tense: tense == .present ? .unknown : tense, pub: pub, historic: false) { rule.date(in: $0) }
        }
        return Match(first: first, last: last, date: .day(rule.date(in: y)))
    }

    /// The year "last", "this" or "next" before the holiday at `i` names ("last Easter" is the
    /// latest before publication), with the expression's first token; nil without such a word.
    func holidayYear(_ rule: HolidayRule, pub: CivilDate, namedBefore i: Int, _ range: Range<Int>) -> (year: Int, first: Int)? {
        switch i > range.lowerBound ? tokens.span[i - 1].key : "" {
        case "last": return (rule.date(in: pub.year) < pub ? pub.year : pub.year - 1, i - 1)
        case "next": return (rule.date(in: pub.year) > pub ? pub.year : pub.year + 1, i - 1)
        case "this": return (pub.year, i - 1)
        default: return nil
        }
    }

    /// Words that make a statement hold every year: "often", "usually", "every", "annually".
    static let habitualWords: WordSet = [
        "often", "usually", "typically", "traditionally", "always", "generally", "historically", "annually", "every",
        "tends", "tend", "routinely", "normally",
    ]

    /// Whether a habitual word stands within eight words of the holiday at `first…last`.
    private func isHabitual(around first: Int, _ last: Int, _ range: Range<Int>) -> Bool {
        let lo = max(range.lowerBound, first - 8), hi = min(range.upperBound, last + 9)
        for j in lo..<hi where tokens[j].kind == .word && TemporalTagger.habitualWords.contains(tokens[j]) { return true }
        return false
    }

    static func nthWeekday(year: Int, month: Int, weekday: Int, n: Int) -> CivilDate {
        if n < 0 {
            let end = CivilDate.lastDay(year: year, month: month)
            return end.adding(days: -((end.weekday - weekday + 7) % 7))
        }
        let first = CivilDate(year, month, 1)
        return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1))
    }

    /// Easter Sunday of the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus).
    static func easterSunday(_ year: Int) -> CivilDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year, month, day)
    }
}
