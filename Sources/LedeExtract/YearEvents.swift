/// Timeline round ten: a year or a quarter written as a modifier of the thing that happened.
/// "a bitter 2016 referendum", "the 2011 Oslo Festival shooting", "second-quarter sales",
/// "today's ruling": the modifier dates its noun, with or without a preposition before it.
extension TemporalTagger {
    /// Nouns of things that happen on a date: a year right before one ("the 2019 election"),
    /// or before a name that one follows ("the 2011 Oslo Festival shooting"), dates it.
    static let eventNouns: WordSet = [
        "referendum", "election", "elections", "primary", "primaries", "vote", "census", "bombing", "bombings",
        "attack", "attacks", "shooting", "shootings", "massacre", "riot", "riots", "uprising", "coup", "invasion",
        "earthquake", "quake", "tsunami", "flood", "floods", "flooding", "wildfire", "wildfires", "hurricane",
        "crash", "collapse", "explosion", "outbreak", "ruling", "verdict", "decision", "merger", "acquisition",
        "takeover", "ipo", "bankruptcy", "summit", "heatwave", "drought", "blackout",
    ]
    /// The hyphenated quarters: "second-quarter sales".
    static let hyphenQuarters: StringTable<Int> = [
        "first-quarter": 1, "second-quarter": 2, "third-quarter": 3, "fourth-quarter": 4,
    ]

    /// A year without a cue word before it that modifies an event noun: "the failed 2023
    /// referendum" (the guidelines: a year modifying a decision or ruling is an event).
    func yearBeforeEventNoun(_ i: Int, _ range: Range<Int>) -> Bool {
        i + 1 < range.upperBound && TemporalTagger.eventNouns.contains(tokens[i + 1])
    }

    /// "today's ruling", "today's first train" (at "today", followed by "'s"): the day, unless a
    /// word of the present age follows ("today's world", `timesOfToday`; timeline round twelve
    /// replaced round ten's list of acts, which held none of those words).
    func todayNamesTheDay(_ i: Int, _ range: Range<Int>) -> Bool {
        !(i + 2 < range.upperBound && TemporalTagger.timesOfToday.contains(tokens[i + 2]))
    }
}

extension TimelineBuilder {
    /// "the 2011 Oslo Festival shooting": the name after the year is a modifier when a
    /// lower-case event noun closes it within four words, so the year dates the event.
    func nameBeforeEventNoun(_ next: Int) -> Bool {
        var j = next
        while j < doc.tokens.count, j < next + 4, doc.tokens[j].isNameLike { j += 1 }
        return j > next && j < doc.tokens.count && !doc.tokens[j].isCapitalized
            && TemporalTagger.eventNouns.contains(doc.tokens[j])
    }
}

extension TemporalTagger {
    /// Linking verbs whose participle takes its tense from the verb before them: "is set to be
    /// made up on Saturday", "would become fully staffed Friday" (round ten: "become", and an
    /// "-ly" adverb between).
    static let linkingBeforeParticiple: WordSet = ["be", "being", "become", "becomes"]

    /// The participle at `index` follows "be", "being" or "become", perhaps with an "-ly" adverb between.
    func participleWithoutTense(_ index: Int, _ range: Range<Int>) -> Bool {
        var prior = index - 1
        if prior > range.lowerBound, tokens.span[prior].key.hasBytesSuffix("ly") { prior -= 1 }
        return prior >= range.lowerBound && TemporalTagger.linkingBeforeParticiple.contains(tokens[prior])
    }
}

extension TemporalTagger {
    /// Whether the cue at `verb` is a speech verb after a comma that follows the expression
    /// ending at `last`: "…, police said", "…, said the mayor".
    func attributionAfterComma(_ last: Int, _ verb: Int, _ range: Range<Int>) -> Bool {
        guard TimelineBuilder.speechVerbs.contains(tokens[verb]) else { return false }
        var j = last + 1
        while j < verb {
            if tokens.span[j].key == "," { return true }
            j += 1
        }
        return false
    }
}
