import Testing

@testable import LedeExtract

/// Timeline round twelve: relative days counted from the day a narrative last named, and
/// "earlier in the day", "the previous day", "later in the week". Sentences written for the test.
@Suite struct Events12Tests {
    typealias Row = DateRuleRow

    static let rows: [Row] = [
        // A relative day opening its sentence counts from the day named sentences before it.
        Row(sentence: "Three shootings took place on 2 October. The first was aimed at a flat. A week earlier, a teenager was caught with a gun.", published: "2024-10-10", expression: "A week earlier", value: "2024-09-25", granularity: .day),
        Row(sentence: "On June 29, the two men appeared in court. The report was not ready. The police objected to bail. They were remanded to the following day.", published: "2024-07-21", expression: "the following day", value: "2024-06-30", granularity: .day),
        // One in mid-sentence reaches back only to a day written with its number.
        Row(sentence: "Shots were fired at the embassy on 1 October. Media linked the attack to a gang. Grenades were thrown at the embassy in Copenhagen a day later.", published: "2024-10-10", expression: "a day later", value: "2024-10-02", granularity: .day),
        Row(sentence: "He appeared in court on Monday. He was questioned. Police say he lit a fire three days later.", published: "2020-01-15", expression: "three days later", value: nil),
        // A year named on the way is coarser than a day: the day before it is the base.
        Row(sentence: "The council voted at its June 20 meeting to approve the budget for the 2023-2024 fiscal year. No one spoke at a hearing earlier in the day.", published: "2023-06-25", expression: "earlier in the day", value: "2023-06-20", granularity: .day),
        Row(sentence: "Three men were held on Saturday night after a rally held earlier on the day.", published: "2022-12-05", expression: "earlier on the day", value: "2022-12-03", granularity: .day),
        // "the previous day": one day before the day just named.
        Row(sentence: "In a statement on Tuesday morning, police said two men were arrested at 6pm the previous day.", published: "2023-06-06", expression: "the previous day", value: "2023-06-05", granularity: .day),
        // A weekend's relative day counts from its Saturday.
        Row(sentence: "Police made four arrests last weekend, with three more announced a day later.", published: "2021-05-28", expression: "a day later", value: "2021-05-23", granularity: .day),
        // "later in the week": the publication's week.
        Row(sentence: "River levels are expected to rise again later in the week.", published: "2015-12-30", expression: "later in the week", value: "2015-W53", granularity: .week),
        Row(sentence: "The board met earlier in the week to discuss the plan.", published: "2024-03-14", expression: "earlier in the week", value: "2024-W11", granularity: .week),
        // "rain on Friday, Saturday and Monday": a list of weekdays, not a weekday and its date.
        Row(sentence: "There is a yellow warning for rain on Friday, Saturday and Monday for much of Yorkshire.", published: "2020-02-20", expression: "Friday", value: "2020-02-21", granularity: .day),
        Row(sentence: "There is a yellow warning for rain on Friday, Saturday and Monday for much of Yorkshire.", published: "2020-02-20", expression: "Saturday", value: "2020-02-22", granularity: .day),
        // "today's" is the day unless it names the present age.
        Row(sentence: "The ministers will meet to continue today's discussion, he said.", published: "2014-08-17", expression: "today", value: "2014-08-17", granularity: .day),
        Row(sentence: "It has been very crowded since today's first train.", published: "2021-10-08", expression: "today", value: "2021-10-08", granularity: .day),
        Row(sentence: "By today's standards, the house was small.", published: "2021-10-08", expression: "today", value: nil),
    ]

    @Test(arguments: rows) func normalises(row: Row) {
        row.check(absence: .containing)
    }
}
