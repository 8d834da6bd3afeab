import Testing

@testable import LedeExtract

/// Timeline round eleven: one row per rule, with sentences written for the test.
@Suite struct Time11RuleTests {
    typealias Row = DateRuleRow

    static let rows: [Row] = [
        // An "-ing" cue after a preposition is a gerund, no schedule: the clause's past verb decides.
        Row(sentence: "Since starting talks on Wednesday, the two sides have met daily.", published: "2025-06-12", expression: "Wednesday", value: "2025-06-11", granularity: .day),
        // "Starting Monday," opens a span: the verb after it gives the tense.
        Row(sentence: "Starting Monday, workers paved the west lane of the bridge.", published: "2025-06-12", expression: "Monday", value: "2025-06-09", granularity: .day),
        Row(sentence: "Starting Monday, the west lane will be closed to traffic.", published: "2025-06-12", expression: "Monday", value: "2025-06-16", granularity: .day),
        // "is|are to" + a verb is a plan stated now: ahead of publication.
        Row(sentence: "The vote is to be held on March 20, the clerk said.", published: "2025-06-12", expression: "March 20", value: "2026-03-20", granularity: .day),
        Row(sentence: "The two leaders are to meet in February.", published: "2025-06-12", expression: "February", value: "2026-02", granularity: .month),
        // "the upcoming week", "the coming month": the next one; "the coming weeks" is a span, no date.
        Row(sentence: "Crews will work on the ramp during the upcoming week.", published: "2025-06-12", expression: "the upcoming week", value: "2025-W25", granularity: .week),
        Row(sentence: "Rents are set to rise over the coming month.", published: "2025-06-12", expression: "the coming month", value: "2025-07", granularity: .month),
        Row(sentence: "Prices may rise in the coming weeks.", published: "2025-06-12", expression: "coming weeks", value: nil),
        // A lone holiday before "holiday(s)" is the day; "New Year" after a cue or before "holidays" too.
        Row(sentence: "The office will close for the Christmas holiday.", published: "2025-12-10", expression: "Christmas", value: "2025-12-25", granularity: .day),
        Row(sentence: "Crews took a break over Christmas and New Year holidays.", published: "2026-01-14", expression: "New Year", value: "2026-01-01", granularity: .day),
        Row(sentence: "Buses run a Sunday service on the New Year's holiday.", published: "2025-12-20", expression: "New Year's", value: "2026-01-01", granularity: .day),
        // "the new year" near New Year is the year that begins: the coming one late in a year, the current one early.
        Row(sentence: "Prices are expected to climb as we head into the new year.", published: "2025-12-04", expression: "the new year", value: "2026", granularity: .year),
        Row(sentence: "Lawmakers returned to work after the new year.", published: "2026-01-09", expression: "the new year", value: "2026", granularity: .year),
        Row(sentence: "Students prepared for the new year of classes.", published: "2025-06-12", expression: "the new year", value: nil),
        // British bank holidays: early May (first Monday), spring (last Monday of May), August (last Monday of August).
        Row(sentence: "Traffic was heavy over the August bank holiday weekend.", published: "2025-09-02", expression: "August bank holiday weekend", value: "2025-W34", granularity: .week, start: "2025-08-23", end: "2025-08-25"),
        Row(sentence: "Shops will open as usual on the early May bank holiday.", published: "2025-04-20", expression: "May bank holiday", value: "2025-05-05", granularity: .day),
        Row(sentence: "Engineering work is planned for the spring bank holiday.", published: "2025-04-20", expression: "spring bank holiday", value: "2025-05-26", granularity: .day),
        // A season after a preposition without "the": as "in the fall", the tense picks the side.
        Row(sentence: "In fall through mid-December, crews finished the drainage work.", published: "2026-01-14", expression: "fall", value: "2025-fall", granularity: .season),
        Row(sentence: "The school expects to open by spring.", published: "2025-11-10", expression: "spring", value: "2026-spring", granularity: .season),
        Row(sentence: "He hit well in spring training.", published: "2025-11-10", expression: "spring", value: nil),
        // A year after the second day of a pair is the pair's.
        Row(sentence: "Tickets cover the shows on May 13 and 14 2026.", published: "2025-09-20", expression: "May 13", value: "2026-05-13", granularity: .day),
        Row(sentence: "Tickets cover the shows on May 13 and 14 2026.", published: "2025-09-20", expression: "14 2026", value: "2026-05-14", granularity: .day),
        Row(sentence: "The club plays home games on July 7 and 9, 2026.", published: "2025-09-20", expression: "July 7", value: "2026-07-07", granularity: .day),
        // A year with a possessive is the year, whatever stands before it; so is a year after "for".
        Row(sentence: "At 2022's festival, crowds were larger.", published: "2025-06-12", expression: "2022", value: "2022", granularity: .year),
        Row(sentence: "Many of the acts booked for 2020 are set to return.", published: "2022-01-17", expression: "2020", value: "2020", granularity: .year),
        // A date written with its own weekday does not move the other mention of that weekday;
        // a span still ahead ends on the first such weekday after its start ("noon" between changes nothing).
        Row(sentence: "The state will lift lane closures from noon Thursday until noon Monday, and again from noon Thursday, Jan. 1.", published: "2025-12-21", expression: "Thursday", value: "2025-12-25", granularity: .day),
        Row(sentence: "The state will lift lane closures from noon Thursday until noon Monday, and again from noon Thursday, Jan. 1.", published: "2025-12-21", expression: "Monday", value: "2025-12-29", granularity: .day),
        // "won't" is a future cue (the token is not the past "won"); negated modals are modal.
        Row(sentence: "The change won't reach shops in November, the company said.", published: "2025-03-02", expression: "November", value: "2025-11", granularity: .month),
        // A clause opened by "after", "because" … after the date has its own verb: the one before wins.
        Row(sentence: "Sales will resume at the plant in June after a fire closed it.", published: "2025-03-02", expression: "June", value: "2025-06", granularity: .month),
        // A date after "since" is behind publication, whatever the verb.
        Row(sentence: "The team looked set to lose for the first time since February.", published: "2025-12-03", expression: "February", value: "2025-02", granularity: .month),
        // Only the nearest past verb announces: "passed … in June" is last June even after "proposed".
        Row(sentence: "The bill was proposed last year, and passed the lower house in June.", published: "2025-04-28", expression: "June", value: "2024-06", granularity: .month),
        // An "-ed" cue after a determiner and an "-ly" adverb is an adjective.
        Row(sentence: "The board met for a regularly scheduled meeting on Monday morning.", published: "2025-06-12", expression: "Monday morning", value: "2025-06-09", granularity: .day),
        // "overnight" before a weekday is that weekday's night: no day of its own.
        Row(sentence: "Rain won't arrive until overnight Wednesday.", published: "2019-03-11", expression: "overnight", value: nil),
        // "Thursday into Friday": a span whose end follows its start.
        Row(sentence: "Rain arrives Thursday. More rain Thursday into Friday.", published: "2023-03-06", expression: "Friday", value: "2023-03-10", granularity: .day),
        // A finite "-ed" plan verb is a plan made in the past: ahead of that act, not of publication.
        Row(sentence: "The judge had originally scheduled the hearing for Oct. 6.", published: "2011-11-15", expression: "Oct. 6", value: "2011-10-06", granularity: .day),
        Row(sentence: "The watchdog said on Friday that it planned to announce its decision on Monday.", published: "2014-10-27", expression: "Monday", value: "2014-10-27", granularity: .day),
        // "first announced in January": the announcing's own date, no flip to next January.
        Row(sentence: "Approval came for the deal, first announced in January, earlier this month.", published: "2018-10-18", expression: "January", value: "2018-01", granularity: .month),
        // "Q3" alone in a sentence about results, or with a relative year; not in a game.
        Row(sentence: "For Q3, revenue rose 7 per cent.", published: "2018-10-18", expression: "Q3", value: "2018-Q3", granularity: .quarter),
        Row(sentence: "Revenue was up from Q3 last year.", published: "2018-10-18", expression: "Q3 last year", value: "2017-Q3", granularity: .quarter),
        Row(sentence: "He scored twice in Q3.", published: "2018-10-18", expression: "Q3", value: nil),
        // Wire style months without a period, only before a day.
        Row(sentence: "PARIS, Oct 27 (Reuters) - The firm swung to a loss.", published: "2014-10-27", expression: "Oct 27", value: "2014-10-27", granularity: .day),
        Row(sentence: "Kim Jun said the plan was ready.", published: "2014-10-27", expression: "Jun", value: nil),
        // A stamp line whose time is written "11:37am" is no event.
        Row(sentence: "By Jane Roe\n\n19th Sep 2024, 11:37am\n\nThe warm week ends on Friday.", published: "2024-09-19", expression: "19th Sep 2024", value: nil),
        // An "-ly" adverb after "is" keeps a schedule ahead; after "had" the plan is a past one (above).
        Row(sentence: "The break is currently scheduled to begin on Dec. 24.", published: "2020-03-18", expression: "Dec. 24", value: "2020-12-24", granularity: .day),
        // A weekday opening a span with no cue lies ahead; plural "come" is a present cue.
        Row(sentence: "From Saturday, the levy lifts to 11 per cent.", published: "2023-06-30", expression: "Saturday", value: "2023-07-01", granularity: .day),
        Row(sentence: "The new rules come into force on Saturday.", published: "2023-06-30", expression: "Saturday", value: "2023-07-01", granularity: .day),
        // "this past January": the latest such month before publication.
        Row(sentence: "This past January I moved to the coast.", published: "2009-05-06", expression: "This past January", value: "2009-01", granularity: .month),
        // "January of last year", "the summer of next year": the month or season of that year.
        Row(sentence: "The mayor took office in January of last year.", published: "2025-06-12", expression: "January of last year", value: "2024-01", granularity: .month),
        Row(sentence: "The pool will reopen in the summer of next year.", published: "2025-06-12", expression: "summer of next year", value: "2026-summer", granularity: .season),
        // An infinitive after an "-ing" word looks ahead of a past verb further back.
        Row(sentence: "The delays have left several matches needing to be played in February.", published: "2022-01-26", expression: "February", value: "2022-02", granularity: .month),
        // A dateline's day before a colon and a space (not a time such as "5:30").
        Row(sentence: "London, Jan 6: The league confirmed new dates.", published: "2022-01-06", expression: "Jan 6", value: "2022-01-06", granularity: .day),
        // "the following week": the week after the day named just before it.
        Row(sentence: "Two games will be played on January 11. Three more are set for the following week.", published: "2022-01-06", expression: "the following week", value: "2022-W03", granularity: .week),
        // A possessive weekday names a thing by its day: a cued mention of that weekday places it.
        Row(sentence: "The league on Monday announced the postponement of Wednesday's match. Spurs will now play Fulham on Wednesday.", published: "2021-01-11", expression: "Wednesday", value: "2021-01-13", granularity: .day),
        // "between the 18th and the 22nd of September": the month after the pair's second day.
        Row(sentence: "The shop closes between the 18th and the 22nd of September.", published: "2013-09-03", expression: "the 18th", value: "2013-09-18", granularity: .day),
        // A lone holiday after a preposition and "the", coordinated with another holiday noun.
        Row(sentence: "Crews will not strike over the Easter and spring bank holidays.", published: "2011-04-15", expression: "Easter", value: "2011-04-24", granularity: .day),
    ]

    @Test(arguments: rows) func normalises(row: Row) {
        row.check(absence: .containing)
    }
}
