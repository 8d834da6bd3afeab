/// Which year a month or day without one falls in, and which week a weekday does.
extension TemporalTagger {
    /// A date without a year lies on the side of publication its tense says, unless that side
    /// is implausibly far: news omits the year only for dates near publication ("Use the year
    /// only if not the current year"), so a "past" date eleven months back while the same
    /// date is weeks ahead is a misread tense (a headline, "said it would", a quote) more often
    /// than a writer leaving out the year.
    static let yearHash = 8963398323744947605  // StringTable<Bool>.hash("year"), a literal: no `swift_once` a read
    static let farDays = 240
    static let nearDays = 92

    /// The year of (`m`, `d`) per `tense`, among the years around `pub`.
    static func year(month m: Int, day d: Int, tense: Tense, pub: CivilDate, historic: Bool = false) -> Int {
        year(tense: tense, pub: pub, historic: historic) { y in CivilDate(y, m, min(d, PartialDate.daysIn(month: m, year: y))) }
    }

    /// The year of a yearly day (a month and day, a holiday) per `tense`; `date` gives the day in a year.
    static func year(tense: Tense, pub: CivilDate, historic: Bool, date: (Int) -> CivilDate) -> Int {
        // Day numbers computed once each (`<=` on two dates computed both): speed44.
        let pubDay = pub.dayNumber, thisYear = date(pub.year).dayNumber
        let previous = thisYear <= pubDay ? pub.year : pub.year - 1  // latest not after publication
        let following = thisYear >= pubDay ? pub.year : pub.year + 1  // earliest not before
        let back = pubDay - (previous == pub.year ? thisYear : date(previous).dayNumber)
        let ahead = (following == pub.year ? thisYear : date(following).dayNumber) - pubDay
        switch tense {
        case .past: return back > farDays && ahead < nearDays && !historic ? following : previous
        case .future: return following
        case .modal: return ahead > farDays && back < nearDays ? previous : following
        case .present, .unknown: return back <= ahead ? previous : following
        }
    }

    func resolveMonth(_ m: Int, first: Int, last: Int, range: Range<Int>, qualifier q: DateQualifier?) -> Match? {
        guard let anchor else { return nil }
        guard let pm = anchor.month else { return Match(first: first, last: last, date: .month(anchor.year, m, q)) }
        let pub = CivilDate(anchor.year, pm, anchor.day ?? 15)
        var tense = dateTense(first, last, range)
        if tense != .future, key(first - 1, range) != "since", monthBeforeEventNoun(last, range) { tense = .modal }
        let y: Int
        switch tense {
        case .past, .future, .modal:
            // The month is an interval: its edge nearest publication measures the distance.
            let previous = m <= pm ? anchor.year : anchor.year - 1
            let following = m >= pm ? anchor.year : anchor.year + 1
            let back = max(0, pub.dayNumber - CivilDate.lastDay(year: previous, month: m).dayNumber)
            let ahead = max(0, CivilDate(following, m, 1).dayNumber - pub.dayNumber)
            let far = TemporalTagger.farDays, near = TemporalTagger.nearDays
            // Only "would" flips a month: "had declined … in December" from November is last
            // December, eleven months back (a month is named without its year further back
            // than a day is).
            switch tense {
            case .past:
                // "announced strike action in January" from December: what was announced lies
                // ahead; a month eleven months back and weeks ahead is the coming one.
                y = back > far && ahead < near && announced(before: first, range) ? following : previous
            case .modal: y = ahead > far && back < near ? previous : following
            default: y = following
            }
        case .present, .unknown:
            let diff = m - pm
            y = diff > 6 ? anchor.year - 1 : diff < -6 ? anchor.year + 1 : anchor.year
        }
        return Match(first: first, last: last, date: .month(y, m, q))
    }

    /// Verbs that announce something whose date may lie ahead of the announcement.
    static let announcing: WordSet = [
        "announced", "confirmed", "revealed", "unveiled", "declared", "called", "proposed", "approved", "agreed",
        "outlined", "warned", "threatened", "voted", "set",
    ]

    /// Whether the nearest past verb before `first` announces: "announced strike action in
    /// January", not "was proposed last year, and passed … in June" (round eleven: a past verb
    /// nearer the date governs it).
    private func announced(before first: Int, _ range: Range<Int>) -> Bool {
        // "first announced in January": the date of the announcing itself (round eleven).
        if first - 2 >= range.lowerBound, TemporalTagger.announcing.contains(tokens[first - 2]),
            tokens.span[first - 1].key == "in" || tokens.span[first - 1].key == "on"
        {
            return false
        }
        var j = first - 1
        while j >= range.lowerBound {
            defer { j -= 1 }
            guard tokens[j].kind == .word else { continue }
            if TemporalTagger.announcing.contains(tokens[j]) { return true }
            if cue(j).contains(.past) || (tokens.span[j].key.hasBytesSuffix("ed") && !cue(j).contains(.notPast)) { return false }
        }
        return false
    }

    func resolveMonthDay(_ m: Int, _ d: Int, first: Int, last: Int, range: Range<Int>) -> Match? {
        guard let anchor, d <= PartialDate.daysIn(month: m, year: anchor.year) || m == 2 else { return nil }
        // "7 February this year", "Dec. 3 last year": the year is given after all.
        if range.contains(last + 2), tokens.span[last + 2].keyHash == TemporalTagger.yearHash, tokens.span[last + 2].key == "year" {
            let shift = ["last": -1, "this": 0, "next": 1][key(last + 1, range)]
            if let shift {
                let y = anchor.year + shift
                return Match(first: first, last: last + 2, date: .day(CivilDate(y, m, min(d, PartialDate.daysIn(month: m, year: y)))))
            }
        }
        if let (y, end) = ofRelativeYear(after: last, range) {
            return Match(first: first, last: end, date: .day(CivilDate(y, m, min(d, PartialDate.daysIn(month: m, year: y)))))
        }
        let pm = anchor.month ?? m
        let pub = CivilDate(anchor.year, pm, anchor.day ?? (m == pm ? d : 15))
        let y: Int
        // "the Sept. 11 attacks": a date naming a past event keeps its past year.
        let historic = range.contains(last + 1) && TemporalTagger.historicNouns.contains(tokens[last + 1])
        switch historic ? .past : dateTense(first, last, range) {
        case let tense where tense != .present && tense != .unknown:
            y = TemporalTagger.year(month: m, day: d, tense: tense, pub: pub, historic: historic)
        default:
            let diff = m - pm
            y = diff > 6 ? anchor.year - 1 : diff < -6 ? anchor.year + 1 : anchor.year
        }
        let day = min(d, PartialDate.daysIn(month: m, year: y))
        return Match(first: first, last: last, date: .day(CivilDate(y, m, day)))
    }

    func weekdayExpression(_ w: Int, at i: Int, range: Range<Int>) -> Match? {
        var last = i
        if TemporalTagger.partsOfDay.contains(key(i + 1, range)) { last = i + 1 }
        var first = i
        // The word before, compared by its stored hash first: a string compare was a call for
        // each of a dozen words (speed44).
        func previousIs(_ word: String, _ hash: Int) -> Bool { i > range.lowerBound && hasKey44(i - 1, word, hash) }
        guard let anchor else { return nil }
        // "Wednesday, September 2", "Thursday 5 January 2023": the date names the day; the
        // weekday picks its year when the date has none.
        if let dated = datedWeekday(w, after: last, range: range) {
            return Match(first: i, last: dated.last, date: dated.date)
        }
        guard let pub = anchorDay else {
            // Known only to the month: the day is unknowable, the month is not.
            guard let pm = anchor.month else { return nil }
            // "Tuesday (13 December)": the bracketed date names the day when it falls on that
            // weekday (`placeBracketedWeekdays` does this for a day-known article, but it reads
            // only weekdays resolved to a day) and lies within six months of the article's month
            // (`datedWeekday` may move a yearless date a year to fit the weekday: "Monday (13
            // December)" in December 2022 is no day of 2021). The date keeps its own match.
            if key(last + 1, range) == "(", let dated = datedWeekday(w, after: last + 1, range: range), dated.date.start.weekday == w,
                abs(dated.date.start.year * 12 + dated.date.start.month - anchor.year * 12 - pm) <= 6
            {
                return Match(first: i, last: last, date: dated.date)
            }
            // "Tuesday and Wednesday (13-14 December)": each day of the pair (dates37).
            if let day = bracketedPairDay37(w, first: i, last: last, range: range, anchor: anchor, month: pm) {
                return Match(first: i, last: last, date: day)
            }
            return Match(first: i, last: last, date: .month(anchor.year, pm))
        }
        // "the Tuesday after Thanksgiving", "the Sunday before Easter": counted from the holiday.
        if let (holidayFirst, holidayMatch) = holidayAfter(last, range: range) {
            let h = holidayMatch.date.start
            let forward = key(holidayFirst - 1, range) == "after"
            let delta = forward ? (w - h.weekday + 6) % 7 + 1 : -((h.weekday - w + 6) % 7 + 1)
            return Match(first: previousIs("the", Words44.the) ? i - 1 : i, last: holidayMatch.last, date: .day(h.adding(days: delta)))
        }
        let offset = (w - pub.weekday + 7) % 7  // days forward to the next such weekday (0 = today)
        // "the Monday after", "the following Monday": the first such day after the day named
        // before it (anaphora `.week`, resolved by `TimelineBuilder`; the placeholder keeps the weekday).
        let following = previousIs("following", Words44.following) && i >= range.lowerBound + 2 && tokens.span[i - 2].key == "the"
        let after = previousIs("the", Words44.the) && key(last + 1, range) == "after"
            && (last + 2 >= range.upperBound || tokens[last + 2].kind == .punct)
        if following || after {
            return Match(first: following ? i - 2 : i - 1, last: after ? last + 1 : last, date: .day(pub.adding(days: offset)), anaphoric: .week)
        }
        // "a week from Friday": seven days after the coming Friday.
        if previousIs("from", Words44.from), key(i - 2, range) == "week", key(i - 3, range) == "a" || key(i - 3, range) == "one" {
            return Match(first: i - 3, last: last, date: .day(pub.adding(days: (offset == 0 ? 7 : offset) + 7)))
        }
        var date: CivilDate
        var cued = true
        if previousIs("this", Words44.this) {
            // "this Friday" said on a Friday is today; on another day, the coming one.
            first = i - 1
            date = pub.adding(days: offset)
        } else if previousIs("last", Words44.last) {
            first = i - 1
            date = pub.adding(days: offset == 0 ? -7 : offset - 7)
        } else if previousIs("next", Words44.next) {
            first = i - 1
            date = pub.adding(days: offset == 0 ? 7 : offset)
        } else {
            // "the first win since Monday": behind publication (round eleven).
            let since = previousIs("since", Words44.since)
            var tense = since ? .past : tense(weekdayTenseStart(i, range), last, range)
            // "announced the postponement of Wednesday's match": a weekday naming a thing by its
            // day takes no tense from the verb; a cued mention of the same weekday places it
            // (round eleven).
            if !since, key(last + 1, range) == "'s" { tense = .unknown }
            // "a warning issued for Friday and Saturday", "was booked for Monday": the day a past
            // act was for lies ahead of it, as after "was expected".
            if tense == .past, afterFor(i, range) || declaredFor(i, range) { tense = .modal }
            cued = tense != .unknown
            // "thunderstorms are in store from … to … on Monday": the sentence's verb, however far
            // back, is a better guess than the past; the weekday stays open to a cued one.
            // "From Saturday, the rate lifts to 11 per cent": a span's start with no cue lies
            // ahead, as the present reads it (round eleven).
            if !cued, previousIs("from", Words44.from) || previousIs("starting", Words44.starting) || previousIs("beginning", Words44.beginning) {
                tense = .present
            } else if !cued {
                tense = self.tense(weekdayTenseStart(i, range), last, range, reach: TemporalTagger.wideReach)
            }
            // "has been extended through Monday": the end of a span reaches forward even after
            // a past verb (a span that ended has its days named: "from Monday through Friday").
            let endpoint = (previousIs("through", Words44.through) || previousIs("thru", Words44.thru)) && tense == .past
            if endpoint {
                tense = .present
                cued = false
            }
            switch tense {
            case .future, .modal, .present:
                // A weekday ahead written on that weekday is today ("will hit northern Taiwan
                // later on Monday", "pledged to take up the bill again on Tuesday", "had been
                // scheduled for Tuesday night"): a week on, news says "next Tuesday" (session
                // ten, events13: held-out gold took every such day as the publication's).
                date = pub.adding(days: offset)
            case .past, .unknown: date = pub.adding(days: offset == 0 ? 0 : offset - 7)
            }
            return Match(first: first, last: last, date: .day(date), weekday: Int8(w), cued: cued, endpoint: endpoint)
        }
        return Match(first: first, last: last, date: .day(date))
    }

    /// Whether "for" stands right before the weekday at `i`, or before the weekday it is paired
    /// with ("for Friday and Saturday").
    private func afterFor(_ i: Int, _ range: Range<Int>) -> Bool {
        let previous = key(i - 1, range)
        if previous == "for" { return true }
        guard previous == "and" || previous == "or", range.contains(i - 2), TemporalTagger.weekdays[tokens.span[i - 2].key] != nil else {
            return false
        }
        return key(i - 3, range) == "for"
    }

    /// A holiday after "after" or "before" right after a weekday: its first token and match.
    private func holidayAfter(_ last: Int, range: Range<Int>) -> (Int, Match)? {
        let k = key(last + 1, range)
        guard k == "after" || k == "before", range.contains(last + 2), tokens[last + 2].flags.contains(.holiday),
            let m = holidayExpression(at: last + 2, range: range)
        else { return nil }
        return (last + 2, m)
    }

    /// A month and day right after a weekday (a comma between them or not).
    func datedWeekday(_ w: Int, after last: Int, range: Range<Int>) -> Match? {
        var j = last + 1
        if key(j, range) == "," { j += 1 }
        // Only a month name or a number can follow: most weekdays are spared the look-up.
        guard range.contains(j), (tokens[j].flags.contains(.temporal) && tokens[j].isCapitalized) || tokens[j].startsWithDigit,
            // "rain on Friday, Saturday and Monday": a list of weekdays, not a weekday and its date (round twelve).
            TemporalTagger.weekdays.value(tokens.span[j].key, hash: tokens.span[j].keyHash) == nil,
            var m = match(at: j, range: range, qualifier: nil), m.date.granularity == .day
        else { return nil }
        let d = m.date.start
        if d.weekday != w, let anchor, !(m.last > j + 1 && year(m.last, range) != nil) {
            // No year written: the year around publication on which the date is that weekday.
            let fits = [anchor.year, anchor.year - 1, anchor.year + 1].first { y in
                d.day <= PartialDate.daysIn(month: d.month, year: y) && CivilDate(y, d.month, d.day).weekday == w
            }
            if let y = fits { m.date = .day(CivilDate(y, d.month, d.day)) }
        }
        return m
    }
}

/// Seasons: "this spring", "in the fall", "summer of 2019".
extension TemporalTagger {
    func seasonExpression(_ s: Int, at i: Int, range: Range<Int>, qualifier q: DateQualifier?) -> Match? {
        let previous = i > range.lowerBound ? tokens.span[i - 1].key : ""
        // "the spring bank holiday", "the summer bank holiday weekend" (round eleven)
        if s <= 1, key(i + 1, range) == "bank", let holiday = bankHoliday(month: s == 0 ? 5 : 8, last: true, at: i, range: range) {
            return holiday
        }
        // "summer 2024", "the summer of 2024"
        if let y = year(i + 1, range) { return Match(first: i, last: i + 1, date: .season(y, s, q)) }
        if key(i + 1, range) == "of", let y = year(i + 2, range) { return Match(first: i, last: i + 2, date: .season(y, s, q)) }
        if key(i + 1, range) == "of", let y = relativeYear(after: i + 1, range) { return Match(first: i, last: i + 3, date: .season(y, s, q)) }
        guard let anchor, let pm = anchor.month else { return nil }
        // The season the publication month falls in; winter counts from December.
        let currentIndex = pm == 12 || pm <= 2 ? 3 : (pm - 3) / 3
        let currentYear = pm <= 2 ? anchor.year - 1 : anchor.year
        func shifted(_ by: Int) -> (Int, Int) {
            let n = currentYear * 4 + currentIndex + by
            return (n / 4, n % 4)
        }
        var delta: Int
        var first = i
        switch previous {
        case "last", "past":
            delta = s < currentIndex ? s - currentIndex : s - currentIndex - 4
            first = i - 1
        case "next", "coming":
            delta = s > currentIndex ? s - currentIndex : s - currentIndex + 4
            first = i - 1
        case "this":
            delta = s - currentIndex
            if delta > 2 { delta -= 4 } else if delta < -2 { delta += 4 }
            first = i - 1
        case "the":
            guard i - 2 >= range.lowerBound, TemporalTagger.seasonPrepositions.contains(tokens[i - 2]) else {
                return nil
            }
            delta = s - currentIndex
            switch tense(i, i, range) {
            case .past: if delta > 0 { delta -= 4 }
            case .future, .modal: if delta < 0 { delta += 4 }
            default: if delta > 2 { delta -= 4 } else if delta < -2 { delta += 4 }
            }
            first = i - 1
        default:
            if q == nil {
                // "in fall through mid-December" (round eleven)
                guard let bare = bareSeason(s, at: i, range: range, currentIndex: currentIndex) else { return nil }
                delta = bare
            } else {
                delta = s - currentIndex
                if delta > 2 { delta -= 4 } else if delta < -2 { delta += 4 }
            }
        }
        let (y, index) = shifted(delta)
        return Match(first: first, last: i, date: .season(y, index, q))
    }
}
