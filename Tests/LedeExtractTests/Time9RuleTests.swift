import Testing

@testable import LedeExtract

/// Timeline round nine: one row per rule, with sentences written for the test.
@Suite struct Time9RuleTests {
    typealias Row = DateRuleRow

    static let rows: [Row] = [
        // A comma between a day-first date and its year.
        Row(sentence: "Officers were called to the house on 6 December, 2023, after a blast.", published: "2024-11-18", expression: "6 December, 2023", value: "2023-12-06", granularity: .day),
        // "the 16th of March": an ordinal day, "of" and the month.
        Row(sentence: "The inquest will resume on the 16th of March.", published: "2025-03-12", expression: "16th of March", value: "2025-03-16", granularity: .day),
        Row(sentence: "She was born on the 3rd of May 1990 in Leeds.", published: "2025-03-12", expression: "3rd of May 1990", value: "1990-05-03", granularity: .day),
        // A month with a relative year after it.
        Row(sentence: "The depot burned down in December last year.", published: "2025-03-12", expression: "December last year", value: "2024-12", granularity: .month),
        Row(sentence: "The firm will open a second site in October next year.", published: "2025-03-12", expression: "October next year", value: "2026-10", granularity: .month),
        // The second day of a pair written with one month.
        Row(sentence: "Drivers will walk out between May 7 and 9, the union said.", published: "2025-05-02", expression: "9", value: "2025-05-09", granularity: .day),
        Row(sentence: "Drivers will walk out between May 7 and 9, the union said.", published: "2025-05-02", expression: "May 7", value: "2025-05-07", granularity: .day),
        Row(sentence: "The bridge closes April 15-18 for repairs.", published: "2025-04-02", expression: "15-18", value: "2025-04-18", granularity: .day),
        Row(sentence: "The bridge closes April 15-18 for repairs.", published: "2025-04-02", expression: "April 15-18", value: "2025-04-15", granularity: .day),
        Row(sentence: "Talks ran from 28-30 March in Geneva.", published: "2025-04-10", expression: "28-30", value: "2025-03-30", granularity: .day),
        // A count after the pair is no day.
        Row(sentence: "Police said on May 7 and 9 others were hurt in the crash.", published: "2025-05-12", expression: "9", value: nil),
        // A change of date is no span: it does not wrap into next year.
        Row(sentence: "The board moved the count from June 4 to June 2.", published: "2024-03-17", expression: "June 2", value: "2024-06-02", granularity: .day),
        Row(sentence: "The road will close from Nov. 28 to Jan. 3 for work.", published: "2025-11-01", expression: "Jan. 3", value: "2026-01-03", granularity: .day),
        // A range's start without a year lies in the twelve months before an end with one.
        Row(sentence: "Layoffs will run from October through March 2026, the notice said.", published: "2025-08-05", expression: "October", value: "2025-10", granularity: .month),
        Row(sentence: "Prices were frozen from November to February 2025.", published: "2025-06-01", expression: "November", value: "2024-11", granularity: .month),
        // "was to" + verb: a plan made in the past.
        Row(sentence: "The plan was to reopen the bridge on Monday.", published: "2025-03-16", expression: "Monday", value: "2025-03-17", granularity: .day),
        Row(sentence: "They were to meet in June, officials said.", published: "2025-05-10", expression: "June", value: "2025-06", granularity: .month),
        // A weekday a past act was "for" lies ahead of it.
        Row(sentence: "A wind warning was issued for Friday and Saturday.", published: "2024-09-19", expression: "Friday", value: "2024-09-20", granularity: .day),
        Row(sentence: "A wind warning was issued for Friday and Saturday.", published: "2024-09-19", expression: "Saturday", value: "2024-09-21", granularity: .day),
        Row(sentence: "He was arrested on Friday near the station.", published: "2024-09-19", expression: "Friday", value: "2024-09-13", granularity: .day),
        // "of the weekend".
        Row(sentence: "The storm ruined the rest of the weekend for campers.", published: "2025-03-16", expression: "the weekend", value: "2025-W11", granularity: .week),
        // "the 18th" after a dated expression: that month's day.
        Row(sentence: "The final is on September 19. The semi-final is on the 18th.", published: "2022-09-11", expression: "the 18th", value: "2022-09-18", granularity: .day),
        Row(sentence: "The church dates from the 18th century, records show.", published: "2025-03-12", expression: "the 18th", value: nil),
        Row(sentence: "Rain fell on March 3. He bogeyed the 18th hole.", published: "2025-03-12", expression: "the 18th", value: nil),
        Row(sentence: "He said he was there on the 18th.", published: "2025-03-12", expression: "the 18th", value: nil),
        // Counted from the date just named.
        Row(sentence: "He was arrested on March 3. Two days later he was charged.", published: "2025-03-12", expression: "Two days later", value: "2025-03-05", granularity: .day),
        Row(sentence: "The storm hit on March 1. Three weeks later, crews were still working.", published: "2025-04-12", expression: "Three weeks later", value: "2025-03-22", granularity: .day),
        Row(sentence: "The plant opened in June 2019. Two years later it closed.", published: "2025-03-12", expression: "Two years later", value: "2021", granularity: .year),
        Row(sentence: "The vote was on Feb. 20. The following day, the mayor resigned.", published: "2025-03-12", expression: "The following day", value: "2025-02-21", granularity: .day),
        Row(sentence: "The trial opened on Jan. 6. The day before, protesters gathered.", published: "2025-03-12", expression: "The day before", value: "2025-01-05", granularity: .day),
        Row(sentence: "The trial opened on Jan. 6. Protesters gathered the day before the vote.", published: "2025-03-12", expression: "the day before", value: nil),
        Row(sentence: "Two days later he was charged with theft.", published: "2025-03-12", expression: "Two days later", value: nil),
        // A weekday in brackets beside a date names that date.
        Row(sentence: "The bench adjourned the case to June 12 (Thursday) at noon.", published: "2025-06-10", expression: "Thursday", value: "2025-06-12", granularity: .day),
        Row(sentence: "A court note released on Tuesday (November 19) said so.", published: "2024-11-19", expression: "Tuesday", value: "2024-11-19", granularity: .day),
        // An "-ed" word after a determiner is an adjective, no past cue.
        Row(sentence: "She must hand in a sealed envelope on Thursday.", published: "2025-06-10", expression: "Thursday", value: "2025-06-12", granularity: .day),
        // Other countries' and faiths' holidays (lunar ones from the generated table).
        Row(sentence: "The parade on Sunday marks the Lunar New Year.", published: "2024-02-12", expression: "Lunar New Year", value: "2024-02-10", granularity: .day),
        Row(sentence: "Shops will close for Eid al-Fitr next month.", published: "2024-03-20", expression: "Eid al-Fitr", value: "2024-04-10", granularity: .day),
        Row(sentence: "Markets were busy before Eid-ul-Adha in the city.", published: "2023-06-30", expression: "Eid-ul-Adha", value: "2023-06-28", granularity: .day),
        Row(sentence: "Services were held on Yom Kippur across the city.", published: "2023-09-27", expression: "Yom Kippur", value: "2023-09-25", granularity: .day),
        Row(sentence: "The family will gather for Passover in April.", published: "2025-03-12", expression: "Passover", value: "2025-04-13", granularity: .day),
        Row(sentence: "The Passover story is told every year.", published: "2025-03-12", expression: "Passover", value: nil),
        Row(sentence: "Crowds lined the streets on Ash Wednesday.", published: "2025-03-12", expression: "Ash Wednesday", value: "2025-03-05", granularity: .day),
        Row(sentence: "Offices shut on Victoria Day.", published: "2025-05-20", expression: "Victoria Day", value: "2025-05-19", granularity: .day),
        Row(sentence: "Fireworks lit the sky on Bonfire Night.", published: "2024-11-06", expression: "Bonfire Night", value: "2024-11-05", granularity: .day),
        Row(sentence: "Crowds are expected on St Patrick's Day.", published: "2025-03-12", expression: "St Patrick's Day", value: "2025-03-17", granularity: .day),
        // Slashed dates: the larger number is the day; either way, the article's other dates decide.
        Row(sentence: "The order of 23/11/2023 was upheld.", published: "2025-03-12", expression: "23/11/2023", value: "2023-11-23", granularity: .day),
        Row(sentence: "The filing dated 11/23/2023 was late.", published: "2025-03-12", expression: "11/23/2023", value: "2023-11-23", granularity: .day),
        Row(sentence: "The notice dated 05/03/2024 was signed.", published: "2025-03-12", expression: "05/03/2024", value: "2024-05-03", granularity: .day),
        Row(sentence: "The notice dated 05/03/2024 was signed on 3 February.", published: "2025-03-12", expression: "05/03/2024", value: "2024-03-05", granularity: .day),
        Row(sentence: "He scored 3/4 of the goals in 2024.", published: "2025-03-12", expression: "3/4", value: nil),
        // "this past weekend"; "a week from Friday".
        Row(sentence: "The fair ran this past weekend.", published: "2025-03-12", expression: "this past weekend", value: "2025-W10", granularity: .week),
        Row(sentence: "The vote comes a week from Friday.", published: "2025-03-12", expression: "a week from Friday", value: "2025-03-21", granularity: .day),
        // Schedule verbs in the present: the coming day.
        Row(sentence: "The trial starts Monday in Denver.", published: "2025-03-12", expression: "Monday", value: "2025-03-17", granularity: .day),
        Row(sentence: "The city council votes Tuesday on the plan.", published: "2025-03-12", expression: "Tuesday", value: "2025-03-18", granularity: .day),
        Row(sentence: "The law expires Friday unless renewed.", published: "2025-03-12", expression: "Friday", value: "2025-03-14", granularity: .day),
        Row(sentence: "They counted the votes Tuesday night.", published: "2025-03-12", expression: "Tuesday night", value: "2025-03-11", granularity: .day),
        // Not a step from a date: a count inside a span, a mid-sentence count with no date of its own sentence.
        Row(sentence: "Nurses struck for the first time in over 106 years earlier this month.", published: "2022-12-15", expression: "earlier this month", value: "2022-12", granularity: .month),
        Row(sentence: "He appeared in court on Monday. Police say he lit a fire three days later.", published: "2020-01-15", expression: "three days later", value: nil),
        Row(sentence: "It was the 17th and last election of the year, held on December 21.", published: "2014-12-24", expression: "the 17th", value: nil),
        // "the end of the week": publication's week.
        Row(sentence: "Repairs will finish by the end of the week.", published: "2024-05-29", expression: "the end of the week", value: "2024-W22", granularity: .week),
        // Prompted by batch B (after its single run): a lone holiday before "weekend"; "all weekend";
        // an "-ly" adverb between auxiliary and participle; a past plan for today's weekday.
        Row(sentence: "Travellers face delays over their Easter weekend journeys.", published: "2025-04-16", expression: "Easter weekend", value: "2025-04-20", granularity: .day),
        Row(sentence: "No trains will run from the station all weekend.", published: "2025-04-16", expression: "all weekend", value: "2025-W16", granularity: .week),
        Row(sentence: "The station will be completely closed on Saturday.", published: "2025-04-18", expression: "Saturday", value: "2025-04-19", granularity: .day),
        Row(sentence: "The match had been scheduled for Tuesday night but was called off.", published: "2020-01-14", expression: "Tuesday night", value: "2020-01-14", granularity: .day),
        Row(sentence: "The match will be played on Tuesday night.", published: "2020-01-14", expression: "Tuesday night", value: "2020-01-14", granularity: .day),
        // A headline's weekday is the one the body places.
        Row(sentence: "Forecasters warned of snow Friday\nSnow will fall across the region on Friday, they said.", published: "2025-03-12", expression: "snow Friday", value: "2025-03-14", granularity: .day),
        // A weekday is the date of its sentence that falls on it within a week; "due to" a cause is no
        // schedule; a participle after "be"/"being" has no tense of its own.
        Row(sentence: "Friday's game scheduled for 6 p.m., March 26, was postponed.", published: "2004-03-26", expression: "Friday", value: "2004-03-26", granularity: .day),
        Row(sentence: "The game was postponed on Friday night due to rain.", published: "2021-05-28", expression: "Friday night", value: "2021-05-28", granularity: .day),
        Row(sentence: "The suspect is due to appear in court on Friday.", published: "2021-05-26", expression: "Friday", value: "2021-05-28", granularity: .day),
        Row(sentence: "The game is set to be made up on Saturday.", published: "2021-05-28", expression: "Saturday", value: "2021-05-29", granularity: .day),
        // ISO dates.
        Row(sentence: "The order is dated 2024-03-05 in the court record.", published: "2025-03-12", expression: "2024-03-05", value: "2024-03-05", granularity: .day),
        Row(sentence: "The code 2024-13-45 is no date.", published: "2025-03-12", expression: "2024-13-45", value: nil),
    ]

    @Test(arguments: rows) func normalises(row: Row) {
        row.check(absence: .exact)
    }
}
