/// Relative days inside a quotation count from the day the quote was said. "“It happened
/// this morning,” the chief said Sunday" in a Monday paper is Sunday morning; without a day in
/// the attribution the quote is taken as said on the publication day.
extension TimelineBuilder {
    /// Words that name a day relative to the speaker's: "yesterday", "today", "this morning".
    static let speakerDays: WordSet = ["yesterday", "today", "tonight", "tomorrow"]
    /// Verbs of an attribution: "… ,” the chief said Sunday", "Smith told reporters Friday: “…”".
    /// Not `EntityRecognizer.speechVerbs`: "recalled" attributes a quote here, but after a name
    /// it is as often a product recall ("Ford recalled 40,000 trucks"), no sign of a speaker.
    static let speechVerbs: WordSet = ["said", "says", "told", "added", "wrote", "stated", "explained", "recalled"]
    /// How far a quotation mark is sought from the expression, and an attribution from the mark.
    private static let quoteReach = 40
    private static let attributionReach = 8

    /// Moves each relative day inside a quotation by the days between publication and the
    /// weekday its attribution names.
    func placeQuotedDays(_ found: inout [(sentence: Int, match: TemporalTagger.Match)], tagger: TemporalTagger) {
        guard let publication = tagger.anchorDay else { return }
        // Most articles have no relative day at all: nothing is built for them.
        guard found.contains(where: { $0.match.weekday == nil && isSpeakerDay($0.match, tagger: tagger) }) else { return }
        // Weekdays by their first token: the attribution's day is one of them.
        var weekdays: [Int: CivilDate] = [:]
        for (_, match) in found where match.weekday != nil && match.date.granularity == .day {
            weekdays[match.first] = match.date.start
        }
        // The lead's day, for a quote whose attribution names none (round thirteen, Events13.swift).
        let lead = leadDay(found, publication: publication)
        guard !weekdays.isEmpty || lead != nil else { return }
        for n in found.indices where found[n].match.weekday == nil && found[n].match.date.granularity == .day {
            guard isSpeakerDay(found[n].match, tagger: tagger) else { continue }
            let said = attributionDay(after: found[n].match.last, weekdays, tagger)
                ?? attributionDay(before: found[n].match.first, weekdays, tagger)
                ?? (lead != nil && presentSpeakerDay(found[n].match) && insideQuote(found[n].match.first, tagger: tagger) ? lead : nil)
            guard let said, said.dayNumber != publication.dayNumber, abs(said.dayNumber - publication.dayNumber) <= 7 else { continue }
            found[n].match.date = .day(found[n].match.date.start.adding(days: said.dayNumber - publication.dayNumber))
        }
    }

    /// "yesterday", "today", "tonight", "tomorrow", "this morning", "last night".
    private func isSpeakerDay(_ match: TemporalTagger.Match, tagger: TemporalTagger) -> Bool {
        if WordSet.mayHold(Bits43.speakerDays, doc.tokens, at: match.first), TimelineBuilder.speakerDays.contains(doc.tokens, at: match.first) {
            return true
        }
        guard match.last == match.first + 1 else { return false }
        let k = doc.tokens[match.first].key
        return (k == "this" || k == "last") && TemporalTagger.partsOfDay.contains(doc.tokens[match.last])
    }

    /// The closing mark after the expression, then "said Sunday" (or "on Sunday … said") just after it.
    private func attributionDay(after last: Int, _ weekdays: [Int: CivilDate], _ tagger: TemporalTagger) -> CivilDate? {
        var i = last + 1
        while i < doc.tokens.count, i <= last + TimelineBuilder.quoteReach {
            if tagger.lineBreak(after: i - 1) { return nil }
            if isQuote(i) {
                let window = (i + 1)..<min(doc.tokens.count, i + 1 + TimelineBuilder.attributionReach)
                return attribution(in: window, backward: false, weekdays, tagger)
            }
            i += 1
        }
        return nil
    }

    /// The opening mark before the expression, then "Smith said Sunday:" just before it.
    private func attributionDay(before first: Int, _ weekdays: [Int: CivilDate], _ tagger: TemporalTagger) -> CivilDate? {
        var i = first - 1
        while i >= 0, i >= first - TimelineBuilder.quoteReach {
            if tagger.lineBreak(after: i) { return nil }
            if isQuote(i) {
                let window = max(0, i - TimelineBuilder.attributionReach)..<i
                return attribution(in: window, backward: true, weekdays, tagger)
            }
            i -= 1
        }
        return nil
    }

    /// A weekday in `window` next to a speech verb there, on the same line.
    /// The window is read outward from the quotation mark, and stops at a line break.
    private func attribution(
        in window: Range<Int>, backward: Bool, _ weekdays: [Int: CivilDate], _ tagger: TemporalTagger
    ) -> CivilDate? {
        var verb = false
        var day: CivilDate?
        let step = backward ? -1 : 1
        for j in stride(from: backward ? window.upperBound - 1 : window.lowerBound, to: backward ? window.lowerBound - 1 : window.upperBound, by: step) {
            if tagger.lineBreak(after: backward ? j : j - 1) { break }
            if isQuote(j) { break }
            if TimelineBuilder.speechVerbs.contains(doc.tokens[j]) { verb = true }
            if let d = weekdays[j] { day = d }
        }
        return verb ? day : nil
    }

    /// Whether the expression at `first` stands inside a quotation: an odd number of quotation
    /// marks before it on its line (a quote running over paragraphs opens each one again;
    /// round thirteen, `Events13.swift`).
    private func insideQuote(_ first: Int, tagger: TemporalTagger) -> Bool {
        var marks = 0
        var i = first - 1
        while i >= 0, !tagger.lineBreak(after: i) {
            if isQuote(i) { marks += 1 }
            i -= 1
        }
        return marks % 2 == 1
    }

    /// "today", "tonight", "this morning": the speaker's own day (a speaker day, `isSpeakerDay`,
    /// of the present).
    private func presentSpeakerDay(_ match: TemporalTagger.Match) -> Bool {
        let k = doc.tokens[match.first].key
        return k == "today" || k == "tonight" || (k == "this" && match.last == match.first + 1)
    }

    private func isQuote(_ i: Int) -> Bool {
        doc.tokens[i].kind == .punct && doc.tokens[i].key == "\""
    }
}
