import Testing

@testable import LedeExtract

/// Timeline round ten: one row per rule, with sentences written for the test.
@Suite struct Time10RuleTests {
    typealias Row = DateRuleRow

    static let rows: [Row] = [
        // A hyphenated quarter modifying a noun of results: the quarter ended by publication (past).
        Row(sentence: "The retailer posted weaker second-quarter sales, sending its shares down 8%.", published: "2024-08-14", expression: "second-quarter", value: "2024-Q2", granularity: .quarter),
        Row(sentence: "The bank reported fourth-quarter profit of $2 billion on Tuesday.", published: "2025-01-21", expression: "fourth-quarter", value: "2024-Q4", granularity: .quarter),
        // Looking ahead: the first such quarter not yet ended.
        Row(sentence: "The company expects third-quarter revenue of about $5 billion.", published: "2025-08-01", expression: "third-quarter", value: "2025-Q3", granularity: .quarter),
        // A period of a game, a noun use, or a sentence about a fiscal year: no event.
        Row(sentence: "He scored a third-quarter goal to put the side ahead.", published: "2025-03-02", expression: "third-quarter", value: nil),
        Row(sentence: "It gave a weak outlook for the year and the second-quarter.", published: "2025-04-20", expression: "second-quarter", value: nil),
        Row(sentence: "The firm reported first-quarter sales for fiscal 2025 on Monday.", published: "2024-09-10", expression: "first-quarter", value: nil),
        // A year modifying an event noun, with no preposition before it.
        Row(sentence: "Turnout fell sharply after the disputed 2019 election, officials said.", published: "2025-03-12", expression: "2019", value: "2019", granularity: .year),
        Row(sentence: "Voters rejected the plan in a bitter 2016 referendum.", published: "2025-03-12", expression: "2016", value: "2016", granularity: .year),
        // A year before a name that an event noun closes dates the event; a year before a name alone does not.
        Row(sentence: "Survivors of the 2011 Oslo Festival shooting gathered at the memorial.", published: "2025-03-12", expression: "2011", value: "2011", granularity: .year),
        Row(sentence: "Firefighters recalled the 2018 Woolsey Fire at the hearing.", published: "2025-03-12", expression: "2018", value: nil),
        // "today's" before an act is publication's day; "today's world" is no day.
        Row(sentence: "Today's ruling halts the plan while the appeal is heard.", published: "2025-02-03", expression: "Today", value: "2025-02-03", granularity: .day),
        Row(sentence: "The governor welcomed today's announcement of new funds.", published: "2025-02-03", expression: "today", value: "2025-02-03", granularity: .day),
        Row(sentence: "In today's world, every firm needs a website.", published: "2025-02-03", expression: "today", value: nil),
        // A participle after "become" (an "-ly" adverb may stand between) takes the tense of the verb before.
        Row(sentence: "The shelter would become fully staffed Friday morning, the county said.", published: "2025-06-11", expression: "Friday morning", value: "2025-06-13", granularity: .day),
        Row(sentence: "The new line will become officially opened on Monday.", published: "2025-06-11", expression: "Monday", value: "2025-06-16", granularity: .day),
        Row(sentence: "The road was closed on Monday after a crash.", published: "2025-06-11", expression: "Monday", value: "2025-06-09", granularity: .day),
        // An attribution after a comma dates the saying, not the clause before it.
        Row(sentence: "The council plans to bid for the grant in February, the mayor said.", published: "2025-01-16", expression: "February", value: "2025-02", granularity: .month),
        Row(sentence: "The final is on Monday, organisers said.", published: "2025-06-11", expression: "Monday", value: "2025-06-16", granularity: .day),
        Row(sentence: "He was arrested on Monday, police said.", published: "2025-06-11", expression: "Monday", value: "2025-06-09", granularity: .day),
    ]

    @Test(arguments: rows) func normalises(row: Row) {
        row.check(absence: .containing)
    }
}
