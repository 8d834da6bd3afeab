import Testing

@testable import LedeExtract

/// Timeline round thirteen (`Events13.swift`): weekdays on the publication's weekday, "later"
/// before a weekday, counts of nouns, reported speech after a comma, days counted from an act,
/// years in spans, lists and modifiers, a month before an event noun, a quote's day. Sentences
/// written for the test.
@Suite struct Events13Tests {
    typealias Row = DateRuleRow

    static let rows: [Row] = [
        // A weekday ahead, written on that weekday, is today.
        Row(sentence: "The storm will reach the coast on Monday, forecasters said.", published: "2019-09-30", expression: "Monday", value: "2019-09-30", granularity: .day),
        Row(sentence: "The committee pledged to take up the bill again on Tuesday.", published: "2013-07-02", expression: "Tuesday", value: "2013-07-02", granularity: .day),
        // "later" before a weekday is no tense cue: the verb before it is.
        Row(sentence: "Troops kept patrolling the village later Thursday.", published: "2004-11-26", expression: "Thursday", value: "2004-11-25", granularity: .day),
        Row(sentence: "Hundreds gathered for a rally planned for later Wednesday.", published: "2024-04-17", expression: "Wednesday", value: "2024-04-17", granularity: .day),
        Row(sentence: "Crowds marched through the capital later on Friday.", published: "2024-04-20", expression: "Friday", value: "2024-04-19", granularity: .day),
        // A present "-s" word after a count is a noun, no verb.
        Row(sentence: "The bill was rejected by 190 to 140 votes on Wednesday after a long debate.", published: "2024-09-26", expression: "Wednesday", value: "2024-09-25", granularity: .day),
        Row(sentence: "Game 6 is Monday at the home park.", published: "2024-10-06", expression: "Monday", value: "2024-10-07", granularity: .day),
        // A cue after ", saying" dates what was said, not the act.
        Row(sentence: "The leader made her case in the chamber Tuesday, saying a new government would cut taxes.", published: "2024-09-25", expression: "Tuesday", value: "2024-09-24", granularity: .day),
        // A count of days or weeks "after" an act dates the act of its own sentence.
        Row(sentence: "Lawmakers have voted to censure the mayor, a week after a crowd stormed city hall.", published: "2021-01-13", expression: "a week after", value: "2021-01-13", granularity: .day),
        Row(sentence: "Officials evacuated the island yesterday, a week after mudslides killed dozens.", published: "2009-10-03", expression: "a week after", value: "2009-10-02", granularity: .day),
        Row(sentence: "Schools stayed shut for a week after the storm.", published: "2009-10-03", expression: "a week after", value: nil),
        // Years in spans longer than one year, in lists and before event phrases.
        Row(sentence: "The town hosted the title in 1992, 2011 and 2012.", published: "2024-03-25", expression: "2011", value: "2011", granularity: .year),
        Row(sentence: "Crime fell 8% last year compared with 2016.", published: "2018-01-06", expression: "2016", value: "2016", granularity: .year),
        Row(sentence: "Police were investigating a 2014 home invasion in the county.", published: "2015-07-02", expression: "2014", value: "2014", granularity: .year),
        Row(sentence: "The government will release its 2021 budget on Wednesday.", published: "2021-03-22", expression: "2021", value: "2021", granularity: .year),
        Row(sentence: "Funding rose in 2018-19, the ministry said.", published: "2021-03-22", expression: "2018-19", value: nil),
        Row(sentence: "The recall covers 2012-2018 Model S cars.", published: "2021-03-22", expression: "2012-2018", value: nil),
        // A month before an event noun is read as a plan.
        Row(sentence: "Troops killed 12 fighters on Saturday ahead of the May presidential election.", published: "2006-04-01", expression: "May", value: "2006-05", granularity: .month),
        // A month and day with a relative year after "of".
        Row(sentence: "It was her fifth visit since October 7 of the previous year.", published: "2024-08-22", expression: "October 7", value: "2023-10-07", granularity: .day),
        // A span's end after "into" lies after its start.
        Row(sentence: "Rain begins Tuesday night and lasts into Wednesday.", published: "2025-03-12", expression: "Wednesday", value: "2025-03-19", granularity: .day),
        // "today" in a quote with no day in its attribution takes the lead's day, in the week before publication.
        Row(sentence: "The coach praised his side after the final on Feb 10.\n“They were brilliant today,” the coach said.", published: "2024-02-11", expression: "today", value: "2024-02-10", granularity: .day),
        Row(sentence: "Rioting broke out on Feb 10.\n“The disorder yesterday was shameful,” a police chief said.", published: "2024-02-11", expression: "yesterday", value: "2024-02-10", granularity: .day),
    ]

    @Test(arguments: rows) func normalises(row: Row) {
        row.check(absence: .containing)
    }

    /// Both ends of a span of years are year events: "(1988-90)", "the 1973-1990 regime".
    @Test(arguments: [
        ("The club won three straight titles (1988-90).", "1988-90", ["1988", "1990"]),
        ("The country voted after the 1973-1990 regime ended.", "1973-1990", ["1973", "1990"]),
    ])
    func yearSpans(sentence: String, expression: String, values: [String]) {
        let extraction = Extractor().extract(text: sentence, published: PartialDate(iso: "2024-03-25"))
        let dates = extraction.events.filter { $0.expression == expression }.map(\.date).sorted()
        #expect(dates == values, "\(extraction.events.map { "\($0.expression) \($0.date)" })")
    }
}

extension Events13Tests {
    /// A cue closing its sentence after a comma is a source, as "…, police said" is; a measure
    /// declared for a weekday lies ahead.
    static let sourceRows: [Row] = [
        Row(sentence: "The storm was expected to reach the southern city on Tuesday, forecasts showed.", published: "2019-09-30", expression: "Tuesday", value: "2019-10-01", granularity: .day),
        // A measure a past verb declared for a weekday lies ahead of the act.
        Row(sentence: "The district officials have declared a holiday on Monday for all schools.", published: "2021-11-14", expression: "Monday", value: "2021-11-15", granularity: .day),
        Row(sentence: "The agency has issued amber warnings on Sunday for three counties.", published: "2024-01-20", expression: "Sunday", value: "2024-01-21", granularity: .day),
        Row(sentence: "The mayor issued a statement on Monday about the fire.", published: "2021-11-14", expression: "Monday", value: "2021-11-08", granularity: .day),
        // A headline's closing year is no modifier of the name on the next line.
        Row(sentence: "Doubts grow over a return to power in 2022\n\nReuters\n\nThe president said on Monday that voters were tired.", published: "2021-03-08", expression: "2022", value: "2022", granularity: .year),
    ]

    @Test(arguments: sourceRows) func sources(row: Row) {
        row.check(absence: .containing)
    }
}
