import Testing

@testable import LedeExtract

/// Timeline round dates37 (twenty-second session): a day counted from a holiday, a weekday pair
/// with its bracketed dates in a month-dated article, and "That November" in a narrative
/// (sentences written for the test).
@Suite struct Dates37Tests {
    typealias Row = DateRuleRow

    static let rows: [Row] = [
        // A count of days or weeks before or after a holiday: the holiday's day moved.
        Row(sentence: "Long queues one day after Christmas left shoppers waiting outside the mall.", published: "2023-12-29", expression: "one day after Christmas", value: "2023-12-26", granularity: .day),
        Row(sentence: "The plant announced the closure two weeks before Christmas, staff said.", published: "2019-12-12", expression: "two weeks before Christmas", value: "2019-12-11", granularity: .day),
        // The year is chosen for the moved day: three weeks before this Christmas is yesterday.
        Row(sentence: "The mill confirmed the cuts yesterday three weeks before Christmas.", published: "2015-12-05", expression: "three weeks before Christmas", value: "2015-12-04", granularity: .day),
        Row(sentence: "Voters will return three days after Thanksgiving for the runoff.", published: "2024-11-10", expression: "three days after Thanksgiving", value: "2024-12-01", granularity: .day),
        // A span ("for two weeks after …") is no day.
        Row(sentence: "The shop stayed shut for two weeks after Christmas last year.", published: "2024-03-01", expression: "two weeks after Christmas", value: nil),
        // A weekday pair with its two dates in brackets, in an article dated only to its month.
        Row(sentence: "Guards will walk out on Monday and Tuesday (5-6 June) at four depots.", published: "2023-06", expression: "Monday", value: "2023-06-05", granularity: .day),
        Row(sentence: "Guards will walk out on Monday and Tuesday (5-6 June) at four depots.", published: "2023-06", expression: "Tuesday", value: "2023-06-06", granularity: .day),
        // The bracketed date on another weekday: the month, as before.
        Row(sentence: "Guards will walk out on Sunday and Monday (5-6 June) at four depots.", published: "2023-06", expression: "Sunday", value: "2023-06", granularity: .month),
        // "The following month|year": one step after the date before it, as "the next year".
        Row(sentence: "The depot flooded in June 2019. The following month, crews began repairs.", published: "2024-05-02", expression: "The following month", value: "2019-07", granularity: .month),
        Row(sentence: "The mine shut in 2016 and reopened the following year under new owners.", published: "2024-05-02", expression: "the following year", value: "2017", granularity: .year),
        // "That November" after a dated narrative: that year's November.
        Row(sentence: "The bridge closed in March 2021. That November, the council voted to rebuild it.", published: "2024-05-02", expression: "November", value: "2021-11", granularity: .month),
        // Without "That" opening it ("said that November …"): the tense decides, as before.
        Row(sentence: "The bridge closed in March 2021. Officials said that November was the wettest month.", published: "2024-05-02", expression: "November", value: "2023-11", granularity: .month),
    ]

    @Test(arguments: rows) func normalises(row: Row) {
        row.check(absence: .containing)
    }
}
