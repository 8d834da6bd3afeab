/// Timeline round twelve: relative days counted from the day a narrative last named.
///
/// A news story tells a sequence from one dated day ("On 2 October, three shootings took place
/// … A week earlier, …"; "at around 11.30am on 20 December … He appeared in court two days
/// later"): the relative day counts from the latest day named before it, however many
/// sentences of the account lie between, as long as no other date came in between (a year or
/// a month named on the way — "the 2023-2024 fiscal year" — is coarser than a day and does not
/// stand for it). Before this round a relative day reached only one sentence back.
extension TimelineBuilder {
    /// How many sentences back a relative day may find the day it counts from.
    static let narrativeReach = 6

    /// `found[n]`, a relative day ("two days later", "the following day", "earlier in the
    /// day") that the nearest expression did not place: counts it from the latest day before
    /// it within `narrativeReach` sentences, skipping coarser dates. One placed mid-sentence
    /// ("… a day later.", `localOnly`) reaches past its sentence only to a day written with its
    /// number ("On 1 October"): a weekday ("in court on Monday. Police say he lit a fire three
    /// days later") places the latest step of the story, not its timeline.
    static func placeNarrativeDay(_ found: inout [(sentence: Int, match: TemporalTagger.Match)], _ n: Int, tokens: [Token]) {
        let m = found[n].match
        guard m.anaphoric == .day, m.dayOfMonth == nil, n > 0 else { return }
        var k = n - 1
        while k >= 0, found[n].sentence - found[k].sentence <= narrativeReach {
            let base = found[k].match
            // An unplaced relative date in between: the chain is broken.
            if base.anaphoric != nil { return }
            let weekend = base.date.granularity == .week && base.date.start.weekday == 5
            if base.date.granularity == .day || weekend {
                let gap = found[n].sentence - found[k].sentence
                if m.localOnly, gap > 0 {
                    guard base.weekday == nil,
                        (base.first...base.last).contains(where: { tokens[$0].kind == .number && tokens[$0].key.utf8.count <= 2 })
                    else { return }
                }
                // "four arrests last weekend, with a further three announced a day later": from its Saturday.
                found[n].match.date = .day(base.date.start.adding(days: Int(m.step)))
                found[n].match.anaphoric = nil
                return
            }
            k -= 1
        }
    }
}

extension TemporalTagger {
    /// "earlier in the day", "later on the day" (the day just named: a relative day with no
    /// step), "later in the week", "earlier in the week" (the publication's week, as "this
    /// week"). `i` is "earlier" or "later".
    func earlierOrLaterInThe(at i: Int, range: Range<Int>) -> Match? {
        let preposition = key(i + 1, range)
        guard preposition == "in" || preposition == "on", key(i + 2, range) == "the", let anchor else { return nil }
        switch key(i + 3, range) {
        case "day": return Match(first: i, last: i + 3, date: .year(anchor.year), anaphoric: .day, step: 0)
        case "week":
            guard preposition == "in" else { return nil }
            if let pub = anchorDay { return Match(first: i, last: i + 3, date: .week(containing: pub)) }
            guard let pm = anchor.month else { return nil }
            return Match(first: i, last: i + 3, date: .month(anchor.year, pm))
        default: return nil
        }
    }
}

extension TemporalTagger {
    /// What "today's" names when it means the present age, not the day: "today's world",
    /// "today's standards", "today's young people". Before any other word "today's" is the
    /// day ("today's House of Representatives meeting", "today's first train", "today's
    /// discussion", "today's lasted so long"): held-out gold took four of five that way.
    static let timesOfToday: WordSet = [
        "world", "society", "societies", "standards", "standard", "youth", "youngsters", "generation", "generations",
        "economy", "economic", "market", "markets", "climate", "environment", "era", "age", "kids", "children",
        "teens", "teenagers", "students", "technology", "technologies", "culture", "politics", "political", "money",
        "dollars", "terms", "prices", "landscape", "media", "parents", "families", "workforce", "workplace",
        "consumers", "life", "lifestyle", "lifestyles", "times", "modern", "digital", "young", "fast-paced",
        "internet", "reality", "realities", "global", "competitive", "changing", "increasingly", "ever-changing",
        "business", "businesses", "industry", "music", "players", "voters",
        "athletes", "fans", "readers", "audiences", "news", "america", "britain", "china", "india", "europe",
    ]
}
