/// Timeline round thirteen (session ten, events13): a weekday "later" on a named day, a count
/// of a noun ("120 votes") that is no verb, an attribution by participle (", saying …"), a day
/// counted from an event the sentence names ("a week after a mob stormed the Capitol"), years
/// in lists, ranges and modifiers, and the day of a quote the article's lead reports.
extension TemporalTagger {
    /// Where the tense of a weekday is read from: before "later" ("continued to patrol the town
    /// later Thursday", "will hit later on Monday"). "Later" places the time within the day,
    /// after the act just told; it says nothing of the day's side of publication.
    func weekdayTenseStart(_ i: Int, _ range: Range<Int>) -> Int {
        let previous = key(i - 1, range)
        if previous == "later" { return i - 1 }
        if previous == "on", key(i - 2, range) == "later" { return i - 2 }
        return i
    }

    /// Whether the word at `index` follows a count ("by 211 to 120 votes", "two runs"): a
    /// plural noun, no present-tense verb ("Game 5 is Monday" keeps its "is").
    func afterCount(_ index: Int, _ range: Range<Int>) -> Bool {
        guard index > range.lowerBound, !cue(index).contains(.beForm) else { return false }
        if tokens[index - 1].kind == .number { return true }
        let k = tokens.span[index - 1].key
        guard k != "a", k != "an", let n = TemporalTagger.numberWords.value(k, hash: tokens.span[index - 1].keyHash) else { return false }
        return n > 1
    }

    /// Participles that open reported speech after a comma: "…, saying a future government would …".
    static let reportingParticiples: WordSet = [
        "saying", "adding", "noting", "arguing", "warning", "claiming", "insisting", "telling", "stressing",
        "explaining", "suggesting", "calling", "vowing", "promising", "pledging",
    ]

    /// Whether a comma and a reporting participle stand between the expression ending at `last`
    /// and the cue at `verb`: the cue dates what was said, not the act the date belongs to. So
    /// does a comma before a cue that closes its sentence ("…, forecasts showed.", "…, data
    /// released on Friday showed" is no such close): a source, as "…, police said" is.
    func reportedAfterComma(_ last: Int, _ verb: Int, _ range: Range<Int>) -> Bool {
        if verb + 1 == range.upperBound || (verb + 1 < range.upperBound && tokens.span[verb + 1].key == "."),
            verb - 2 > last, tokens.span[verb - 2].key == ","
        {
            return true
        }
        var j = last + 1
        var comma = false
        while j < verb {
            if tokens.span[j].key == "," { comma = true }
            if comma, tokens[j].kind == .word, TemporalTagger.reportingParticiples.contains(tokens[j]) { return true }
            j += 1
        }
        return false
    }

    /// "a week after a mob stormed the Capitol", "a day after protesters stormed parliament":
    /// a count of days or weeks before "after" and a clause dates the act of its own sentence
    /// (resolved by `TimelineBuilder.placeClauseDays`: a day of that sentence, else the latest
    /// day told before it, else publication). Before a date ("a week after Jan. 6") the date is
    /// the event; after "for", "in", "within" it is a span ("for a week after the storm").
    func unitsAfterClause(at i: Int, range: Range<Int>) -> Match? {
        guard let pub = anchorDay, range.contains(i + 3), key(i + 2, range) == "after" else { return nil }
        if i > range.lowerBound, TemporalTagger.spanBefore.contains(tokens[i - 1]) { return nil }
        let unit = key(i + 1, range)
        guard unit == "day" || unit == "days" || unit == "week" || unit == "weeks" else { return nil }
        // A clause or a noun phrase ("a mob", "protesters", "Prime Minister"), not punctuation
        // or a date ("Jan. 6", "Christmas", "the 2020 election" is a noun phrase).
        guard tokens[i + 3].kind == .word,
            !(tokens[i + 3].isCapitalized && !tokens[i + 3].flags.isDisjoint(with: [.temporal, .holiday]))
        else { return nil }
        return Match(first: i, last: i + 2, date: .day(pub), clauseDay: true)
    }

    /// Words after a year that make it no event: "2012-2018 model years", a season's "2023-24".
    static let yearSpanNouns: WordSet = ["model", "model-year", "models", "season", "seasons", "school", "academic", "fiscal", "financial"]

    /// "(2005-07)", "Pinochet's 1973-1990 dictatorship": a range of years longer than one (a
    /// one-year span, "2023-24", is a season, school or fiscal year), not before a capitalised
    /// word ("2012-2018 Model S") or a word of seasons and model years. One token ("2005-07")
    /// or three ("1973", "-", "1990" written with a dash the tokenizer splits); the start
    /// year's match, and `yearSpanEnd` gives the end's.
    func yearSpanStart(at i: Int, range: Range<Int>) -> Match? {
        guard let span = yearSpan(at: i, range: range) else { return nil }
        return Match(first: i, last: i, date: .year(span.start))
    }

    /// The end year of a span `yearSpanStart` matched.
    func yearSpanEnd(after m: Match, range: Range<Int>) -> Match? {
        guard m.date.granularity == .year, m.first == m.last, m.date.qualifier == nil, tokens[m.first].kind == .number,
            let span = yearSpan(at: m.first, range: range)
        else { return nil }
        return Match(first: span.endToken, last: span.endToken, date: .year(span.end))
    }

    private func yearSpan(at i: Int, range: Range<Int>) -> (start: Int, end: Int, endToken: Int)? {
        let k = tokens.span[i].key
        var y: Int, tail: Substring, endToken = i
        if k.utf8.count == 4 {
            guard range.contains(i + 2), tokens.span[i + 1].key == "-", tokens[i + 1].start == tokens[i].end,
                tokens[i + 2].start == tokens[i + 1].end, tokens[i + 2].kind == .number, let start = Int(k)
            else { return nil }
            (y, tail, endToken) = (start, Substring(tokens.span[i + 2].key), i + 2)
        } else {
            guard k.utf8.count == 7 || k.utf8.count == 9, let dash = k.utf8.firstIndex(of: 45),
                k.utf8.distance(from: k.utf8.startIndex, to: dash) == 4, let start = Int(k[..<dash])
            else { return nil }
            (y, tail) = (start, k[k.utf8.index(after: dash)...])
        }
        guard y >= 1800, y <= 2200, tail.utf8.count == 2 || tail.utf8.count == 4, let n = Int(tail) else { return nil }
        let end = tail.utf8.count == 4 ? n : (y / 100) * 100 + n
        guard end > y + 1, end - y < 100 else { return nil }
        if range.contains(endToken + 1) {
            let next = endToken + 1
            if tokens[next].isCapitalized || TemporalTagger.yearSpanNouns.contains(tokens[next]) { return nil }
            if tokens[next].kind == .punct, tokens.span[next].key == "-" || tokens.span[next].key == "/" { return nil }
        }
        return (y, end, endToken)
    }

    /// A year no cue word precedes that still names a year: one listed after another ("in
    /// 1992, 2011 and 2012"), or compared with ("compared with 2016").
    func listedYear(_ i: Int, _ range: Range<Int>) -> Bool {
        guard i - 2 >= range.lowerBound else { return false }
        let previous = tokens.span[i - 1].key
        if previous == "," { return year(i - 2, range) != nil }
        return previous == "with" && (tokens.span[i - 2].key == "compared" || tokens.span[i - 2].key == "compare")
    }

    /// More things that happen in a year: "its 2021 budget", "a 2019 candidate".
    static let yearEventNouns: WordSet = [
        "budget", "report", "campaign", "candidate", "trial", "conviction", "arrest", "murder", "murders", "killing",
        "killings", "protest", "protests", "strike", "strikes", "visit", "meeting", "race", "contest", "win",
        "victory", "defeat", "incident", "accident", "disaster", "war", "storm",
    ]

    /// A year before an event noun with one lower-case word between ("a 2014 home invasion",
    /// "a 2016 parliamentary election"), or before a noun of `yearEventNouns`.
    func yearBeforeEventPhrase(_ i: Int, _ range: Range<Int>) -> Bool {
        guard range.contains(i + 1), tokens[i + 1].kind == .word, !tokens[i + 1].isCapitalized else { return false }
        if TemporalTagger.yearEventNouns.contains(tokens[i + 1]) { return true }
        guard range.contains(i + 2), tokens[i + 2].kind == .word, !tokens[i + 2].isCapitalized else { return false }
        return TemporalTagger.eventNouns.contains(tokens[i + 2]) || TemporalTagger.yearEventNouns.contains(tokens[i + 2])
    }

    /// "the May presidential election", "the October vote": a month naming when a scheduled
    /// event falls takes no tense from the verb ("killed 22 rebels … during campaigning for the
    /// May presidential election" is the coming May): it is read as a plan (modal), ahead
    /// unless far ahead and lately past.
    func monthBeforeEventNoun(_ last: Int, _ range: Range<Int>) -> Bool {
        guard last > range.lowerBound, tokens.span[last - 1].key == "the", range.contains(last + 1), tokens[last + 1].kind == .word,
            !tokens[last + 1].isCapitalized
        else { return false }
        if TemporalTagger.eventNouns.contains(tokens[last + 1]) { return true }
        return range.contains(last + 2) && !tokens[last + 2].isCapitalized && TemporalTagger.eventNouns.contains(tokens[last + 2])
    }

    /// "October 7 of the previous year", "May 3 of last year": the year after a month and day
    /// ending at `last` (the publication's year shifted), with the last token of the phrase.
    func ofRelativeYear(after last: Int, _ range: Range<Int>) -> (year: Int, last: Int)? {
        guard let anchor, key(last + 1, range) == "of" else { return nil }
        if key(last + 2, range) == "the", key(last + 4, range) == "year" {
            let k = key(last + 3, range)
            if k == "previous" || k == "past" { return (anchor.year - 1, last + 4) }
            return nil
        }
        guard key(last + 3, range) == "year", let shift = TemporalTagger.relativeYears[key(last + 2, range)] else { return nil }
        return (anchor.year + shift, last + 3)
    }
}

extension TimelineBuilder {
    /// `found[n]` counted from an act its sentence tells ("a week after a mob stormed …"): the
    /// day of that act, written in the sentence ("bore down yesterday, a week after flash
    /// floods"), else the latest day told within `narrativeReach` sentences before, else the
    /// publication day the tagger gave it.
    static func placeClauseDays(_ found: inout [(sentence: Int, match: TemporalTagger.Match)]) {
        for n in found.indices where found[n].match.clauseDay {
            let sentence = found[n].sentence
            // The tagger gave it the publication day. The act told lies not after it: "by
            // Christmas" in a headline is no day of the story told.
            let publication = found[n].match.date.start
            func isDay(_ k: Int) -> Bool {
                k != n && found[k].match.anaphoric == nil && !found[k].match.clauseDay && found[k].match.date.granularity == .day
                    && found[k].match.date.start <= publication
            }
            if let k = found.indices.first(where: { found[$0].sentence == sentence && isDay($0) }) {
                found[n].match.date = found[k].match.date
                continue
            }
            var k = n - 1
            while k >= 0, sentence - found[k].sentence <= narrativeReach {
                if isDay(k) {
                    found[n].match.date = found[k].match.date
                    break
                }
                k -= 1
            }
        }
    }

    /// The day the article's lead reports: its first day, when that lies in the week before
    /// publication ("… on Feb 11" in a paper of Feb 12). A quote with no day in its attribution
    /// was said then: "“He was emotional today,” Reid said" is the game's day ("today",
    /// "tonight", "this morning" only: "the disorder yesterday" in a statement is as often
    /// issued the morning after).
    func leadDay(_ found: [(sentence: Int, match: TemporalTagger.Match)], publication: CivilDate) -> CivilDate? {
        guard let first = found.first(where: { $0.match.anaphoric == nil && $0.match.date.granularity == .day }) else { return nil }
        let day = first.match.date.start
        let back = publication.dayNumber - day.dayNumber
        return back >= 1 && back <= 7 ? day : nil
    }

    /// "Snow begins Tuesday night and lingers into Wednesday": a weekday after "into",
    /// "through", "until" or "till" ends a span that an earlier weekday of its sentence starts,
    /// so it lies after that day (the first such weekday after it), whatever tense each took.
    func orderSpanEnds(_ found: inout [(sentence: Int, match: TemporalTagger.Match)]) {
        for n in found.indices.dropFirst() {
            guard let w = found[n].match.weekday, found[n].match.first > 0 else { continue }
            switch doc.tokens[found[n].match.first - 1].key {
            case "into", "through", "until", "till": break
            default: continue
            }
            let sentence = found[n].sentence
            guard let k = found[..<n].lastIndex(where: { $0.sentence == sentence && $0.match.weekday != nil }),
                found[k].match.date.granularity == .day, found[n].match.date.granularity == .day
            else { continue }
            let start = found[k].match.date.start
            guard found[n].match.date.start < start else { continue }
            found[n].match.date = .day(start.adding(days: (Int(w) - start.weekday + 6) % 7 + 1))
        }
    }
}

extension TemporalTagger {
    /// Verbs that put a measure in place for a day to come.
    static let declaringVerbs: WordSet = ["declared", "announced", "issued", "ordered", "imposed", "called"]
    /// Measures declared for a day: "declared a holiday on Monday", "issued amber warnings on Sunday".
    static let declaredMeasures: WordSet = [
        "holiday", "holidays", "warning", "warnings", "alert", "alerts", "curfew", "curfews", "closure", "closures",
        "shutdown", "lockdown", "strike", "strikes", "ban", "bandh", "hartal",
    ]

    /// "have declared a holiday on Monday for schools": the day of a measure a past verb
    /// declared lies ahead of that act (as a day after "for" does), not behind publication.
    /// The measure stands right before "on" and the weekday, the verb at most three words before it.
    func declaredFor(_ i: Int, _ range: Range<Int>) -> Bool {
        guard key(i - 1, range) == "on", range.contains(i - 2), TemporalTagger.declaredMeasures.contains(tokens[i - 2]) else { return false }
        var j = i - 3
        while j >= range.lowerBound, j >= i - 6, tokens[j].kind == .word {
            if TemporalTagger.declaringVerbs.contains(tokens[j]) { return true }
            j -= 1
        }
        return false
    }
}
