/// The tagger's word tables: month, weekday, season and number words, and the cue words a bare
/// month or year needs before it. Split out of `TemporalTagger.swift` (2026-11-30).
extension TemporalTagger {
    static let months: StringTable<Int> = [
        "january": 1, "jan.": 1, "jan": 1, "february": 2, "feb.": 2, "feb": 2, "march": 3, "mar.": 3, "april": 4, "apr.": 4,
        "may": 5, "june": 6, "jun.": 6, "july": 7, "jul.": 7, "august": 8, "aug.": 8, "september": 9, "sept.": 9,
        "sep.": 9, "october": 10, "oct.": 10, "november": 11, "nov.": 11, "december": 12, "dec.": 12,
        // Round eleven: wire style without the period ("PARIS, Oct 27 (Reuters)"), a month only
        // before a day (`monthExpression`): "Jun" and "Mar" are names and words too.
        "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    static let periodlessAbbreviations: WordSet = ["mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    static let weekdays: StringTable<Int> = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ]
    /// "last year", "this year", "next year" after a date: the year it shifts publication's by.
    static let relativeYears: StringTable<Int> = ["last": -1, "this": 0, "next": 1]
    static let seasons: StringTable<Int> = ["spring": 0, "summer": 1, "fall": 2, "autumn": 2, "winter": 3]
    /// "in the spring", "during the summer": prepositions before "the" and a season.
    static let seasonPrepositions: WordSet = ["in", "during", "by", "until", "since", "through", "over"]
    static let partsOfDay: WordSet = ["morning", "afternoon", "evening", "night", "overnight"]
    static let numberWords: StringTable<Int> = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "several": 3, "few": 3,
    ]
    static let monthCues: WordSet = [
        "in", "since", "until", "till", "by", "of", "during", "last", "next", "this", "early", "mid", "late", "before",
        "after", "through", "from", "between", "and", "or", "to", "the", "on", "each", "every", "for",
    ]
    static let yearCues: WordSet = [
        "in", "since", "by", "until", "from", "during", "before", "after", "between", "and", "through", "to", "of",
        "early", "mid", "late", "the", "year", "spring", "summer", "fall", "autumn", "winter", "fiscal", "around", "circa",
        "as", "ca.", "or",
        // "guidance for the full-year 2020", "calendar 2024": a year of accounts, not an amount.
        "full-year", "calendar",
        // "the acts booked for 2020", "moving back to May for 2022" (round eleven)
        "for",
    ]
}
