import Testing

@testable import LedeExtract

/// The lead's date rule of the twenty-first session: in an article dated only to its month, a
/// weekday followed by its date in brackets names that day (sentences written for the test).
@Suite struct LeadDates21Tests {
    typealias Row = DateRuleRow

    static let rows: [Row] = [
        // The bracketed date falls on the weekday: the weekday takes its day.
        Row(sentence: "Porters will strike from Tuesday (13 December) at six sites.", published: "2022-12", expression: "Tuesday", value: "2022-12-13", granularity: .day),
        Row(sentence: "The ferry resumes on Friday (3 March), the operator said.", published: "2023-03", expression: "Friday", value: "2023-03-03", granularity: .day),
        // The date keeps its own event.
        Row(sentence: "Porters will strike from Tuesday (13 December) at six sites.", published: "2022-12", expression: "13 December", value: "2022-12-13", granularity: .day),
        // A date on another weekday decides nothing: the month stays.
        Row(sentence: "Porters will strike from Monday (13 December) at six sites.", published: "2022-12", expression: "Monday", value: "2022-12", granularity: .month),
        // No bracket: the month, as before.
        Row(sentence: "Porters will strike on Tuesday at six sites.", published: "2022-12", expression: "Tuesday", value: "2022-12", granularity: .month),
    ]

    @Test(arguments: rows) func normalises(row: Row) {
        row.check(absence: .exact)
    }
}
