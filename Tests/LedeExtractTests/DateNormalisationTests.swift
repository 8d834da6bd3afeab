import Testing

@testable import LedeExtract

@Suite struct DateNormalisationTests {
    typealias Row = DateRuleRow

    // Publication 2025-03-12 is a Wednesday.
    static let rows: [Row] = [
        // Day before month (British and international order).
        Row(sentence: "The hub opened on 3 February after delays.", published: "2025-03-14", expression: "3 February", value: "2025-02-03", granularity: .day),
        Row(sentence: "The series starts from 26th December 2021.", published: "2021-12-08", expression: "26th December 2021", value: "2021-12-26", granularity: .day),
        Row(sentence: "Figures will be published on 10 April.", published: "2025-03-14", expression: "10 April", value: "2025-04-10", granularity: .day),
        Row(sentence: "The trust was founded on 5 May 1998.", published: "2025-03-14", expression: "5 May 1998", value: "1998-05-05", granularity: .day),
        Row(sentence: "Staff shortages would undo it by the end of the year.", published: "2025-03-14", expression: "the end of the year", value: "2025", granularity: .year, start: "2025-09-01", end: "2025-12-31"),
        Row(sentence: "The law was signed January 20, 2025, by the governor.", published: "2025-03-12", expression: "January 20, 2025", value: "2025-01-20", granularity: .day),
        Row(sentence: "It took effect Jan. 20 after a vote.", published: "2025-03-12", expression: "Jan. 20", value: "2025-01-20", granularity: .day),
        Row(sentence: "The hearing will be held Jan. 20 in Lansing.", published: "2025-03-12", expression: "Jan. 20", value: "2026-01-20", granularity: .day),
        Row(sentence: "The council met in January to vote.", published: "2025-03-12", expression: "January", value: "2025-01", granularity: .month, start: "2025-01-01", end: "2025-01-31"),
        Row(sentence: "The council will meet in January.", published: "2025-03-12", expression: "January", value: "2026-01", granularity: .month),
        Row(sentence: "Officials said in December that costs rose.", published: "2025-03-12", expression: "December", value: "2024-12", granularity: .month),
        Row(sentence: "The report came out in early February.", published: "2025-03-12", expression: "early February", value: "2025-02", granularity: .month, start: "2025-02-01", end: "2025-02-10"),
        Row(sentence: "Work will be done by mid-2026.", published: "2025-03-12", expression: "mid-2026", value: "2026", granularity: .year),
        Row(sentence: "The plan was drafted in late 2024.", published: "2025-03-12", expression: "late 2024", value: "2024", granularity: .year),
        Row(sentence: "Trump won again in 2024.", published: "2025-03-12", expression: "2024", value: "2024", granularity: .year, start: "2024-01-01", end: "2024-12-31"),
        Row(sentence: "Crime fell in the 1990s.", published: "2025-03-12", expression: "1990s", value: "1990s", granularity: .decade, start: "1990-01-01", end: "1999-12-31"),
        Row(sentence: "The bridge will reopen this spring.", published: "2025-03-12", expression: "this spring", value: "2025-spring", granularity: .season, start: "2025-03-01", end: "2025-05-31"),
        Row(sentence: "The debate began last summer.", published: "2025-04-16", expression: "last summer", value: "2024-summer", granularity: .season),
        Row(sentence: "The policy was adopted last fall.", published: "2025-01-10", expression: "last fall", value: "2024-fall", granularity: .season),
        Row(sentence: "Snow fell this winter.", published: "2025-01-10", expression: "this winter", value: "2024-winter", granularity: .season, start: "2024-12-01", end: "2025-02-28"),
        Row(sentence: "She spoke on Tuesday at the Capitol.", published: "2025-03-12", expression: "Tuesday", value: "2025-03-11", granularity: .day),
        Row(sentence: "The vote is scheduled for Friday.", published: "2025-03-12", expression: "Friday", value: "2025-03-14", granularity: .day),
        Row(sentence: "He said Wednesday that he would run.", published: "2025-03-12", expression: "Wednesday", value: "2025-03-12", granularity: .day),
        Row(sentence: "The store closed yesterday.", published: "2025-03-12", expression: "yesterday", value: "2025-03-11", granularity: .day),
        Row(sentence: "The store closed yesterday.", published: "2025-03", expression: "yesterday", value: "2025-03", granularity: .month),
        Row(sentence: "She spoke on Tuesday.", published: "2025-03", expression: "Tuesday", value: "2025-03", granularity: .month),
        Row(sentence: "The mayor resigned last week.", published: "2025-03-12", expression: "last week", value: "2025-W10", granularity: .week, start: "2025-03-03", end: "2025-03-09"),
        Row(sentence: "Sales fell last month.", published: "2025-01-10", expression: "last month", value: "2024-12", granularity: .month),
        Row(sentence: "The plant will open next year.", published: "2025-03-12", expression: "next year", value: "2026", granularity: .year),
        Row(sentence: "Grants could flow early next year.", published: "2025-06-12", expression: "early next year", value: "2026", granularity: .year, start: "2026-01-01", end: "2026-04-30"),
        Row(sentence: "The firm was founded two years ago.", published: "2025-03-12", expression: "two years ago", value: "2023", granularity: .year),
        Row(sentence: "He moved here three months ago.", published: "2025-03-12", expression: "three months ago", value: "2024-12", granularity: .month),
        Row(sentence: "The team arrived earlier this month.", published: "2024-10-06", expression: "earlier this month", value: "2024-10", granularity: .month),
        Row(sentence: "The case was filed in November 2023.", published: "2024-11-08", expression: "November 2023", value: "2023-11", granularity: .month),
        Row(sentence: "The law takes effect July 1.", published: "2025-04-16", expression: "July 1", value: "2025-07-01", granularity: .day),
        Row(sentence: "Owners will have until Dec. 31 to renew.", published: "2025-04-16", expression: "Dec. 31", value: "2025-12-31", granularity: .day),
        Row(sentence: "Police arrested him on Dec. 28 near the corner.", published: "2025-01-10", expression: "Dec. 28", value: "2024-12-28", granularity: .day),
        Row(sentence: "The game ended Sunday night.", published: "2024-10-07", expression: "Sunday night", value: "2024-10-06", granularity: .day),
        Row(sentence: "The summer of 2019 was hot.", published: "2025-03-12", expression: "summer of 2019", value: "2019-summer", granularity: .season),
        Row(sentence: "Results come out in the first week.", published: "2025-03-12", expression: "first week", value: nil),
        // Round four: a far-off year is a misread tense when the same date is near on the other side.
        Row(sentence: "The mayor said the vote was moved to 9 June.", published: "2025-05-20", expression: "9 June", value: "2025-06-09", granularity: .day),
        Row(sentence: "The firm said on Tuesday it would shut the mill on February 20.", published: "2025-03-04", expression: "February 20", value: "2025-02-20", granularity: .day),
        Row(sentence: "The company said the layoffs would come in January.", published: "2025-03-04", expression: "January", value: "2025-01", granularity: .month),
        // "set" looks ahead only as "set for" or "set to".
        Row(sentence: "A judge Monday set a trial date in the case.", published: "2025-03-12", expression: "Monday", value: "2025-03-10", granularity: .day),
        // A comma weighs four words; a time runs on into its day.
        Row(sentence: "The man, who was arrested at 11 p.m. Saturday, is due in court.", published: "2025-03-12", expression: "Saturday", value: "2025-03-08", granularity: .day),
        // Present tense of schedules and forecasts: the next such day, today included.
        Row(sentence: "Rain arrives late Thursday night.", published: "2025-03-12", expression: "Thursday", value: "2025-03-13", granularity: .day),
        Row(sentence: "Companies report their results on Thursday.", published: "2025-03-12", expression: "Thursday", value: "2025-03-13", granularity: .day),
        Row(sentence: "The exhibit runs through Friday at the library.", published: "2025-03-12", expression: "Friday", value: "2025-03-14", granularity: .day),
        Row(sentence: "The closure has been extended through Monday afternoon.", published: "2025-03-12", expression: "Monday", value: "2025-03-17", granularity: .day),
        Row(sentence: "Snow fell from Monday through Friday.", published: "2025-03-15", expression: "Friday", value: "2025-03-14", granularity: .day),
        // A plan made in the past: "was expected to", "was supposed to" reach ahead of that moment only.
        Row(sentence: "The bridge was closed and was expected to reopen in late December.", published: "2026-01-04", expression: "late December", value: "2025-12", granularity: .month),
        Row(sentence: "The phone was supposed to ship in January.", published: "2025-12-21", expression: "January", value: "2026-01", granularity: .month),
        Row(sentence: "Ministers must pass the bill before it expires on Friday.", published: "2025-03-12", expression: "Friday", value: "2025-03-14", granularity: .day),
        Row(sentence: "In a report Tuesday, the agency said prices rose.", published: "2025-03-12", expression: "Tuesday", value: "2025-03-11", granularity: .day),
        Row(sentence: "The board will meet in May to vote.", published: "2025-03-12", expression: "May", value: "2025-05", granularity: .month),
        // A weekday without a cue: the same weekday placed elsewhere, else near a day of its sentence.
        Row(sentence: "What to expect at Thursday's meeting. The board will meet on Thursday.", published: "2025-03-12", expression: "Thursday", value: "2025-03-13", granularity: .day),
        Row(sentence: "Snow begins Tuesday night and lingers into Wednesday.", published: "2025-03-12", expression: "Wednesday", value: "2025-03-19", granularity: .day),
        // A weekday with its date is one expression; the weekday picks the year.
        Row(sentence: "The opener is set for Wednesday, September 3.", published: "2025-07-20", expression: "Wednesday, September 3", value: "2025-09-03", granularity: .day),
        Row(sentence: "Tickets for Saturday, January 3 go on sale.", published: "2025-07-01", expression: "Saturday, January 3", value: "2026-01-03", granularity: .day),
        Row(sentence: "The case was registered on 7 February this year.", published: "2023-10-12", expression: "7 February this year", value: "2023-02-07", granularity: .day),
        // Quarters with their year; a quarter without one may be a game's.
        Row(sentence: "Profit rose in the first quarter of 2019.", published: "2025-03-12", expression: "first quarter of 2019", value: "2019-Q1", granularity: .quarter, start: "2019-01-01", end: "2019-03-31"),
        Row(sentence: "Net income beat the 2009 second quarter.", published: "2010-08-10", expression: "2009 second quarter", value: "2009-Q2", granularity: .quarter),
        Row(sentence: "Sales fell in Q3 2024.", published: "2025-03-12", expression: "Q3 2024", value: "2024-Q3", granularity: .quarter),
        Row(sentence: "He scored twice in the third quarter.", published: "2025-03-12", expression: "third quarter", value: nil),
        // "the next year" follows the expression before it.
        Row(sentence: "The plant was built in 1937. It began operating the next year.", published: "2025-03-12", expression: "the next year", value: "1938", granularity: .year),
        Row(sentence: "Over the next year, the firm will hire 500 people.", published: "2025-03-12", expression: "next year", value: nil),
        // A quotation and a "that" clause keep their own tense; "can", "it’ll" look ahead.
        Row(sentence: "“On Saturday we can expect showers,” a forecaster said.", published: "2019-08-23", expression: "Saturday", value: "2019-08-24", granularity: .day),
        Row(sentence: "He added that on Monday the road is closed.", published: "2025-03-12", expression: "Monday", value: "2025-03-17", granularity: .day),
        Row(sentence: "On Sunday it’ll be sunny.", published: "2025-03-12", expression: "Sunday", value: "2025-03-16", granularity: .day),
        // Plural present verbs only after a plural subject or a name.
        Row(sentence: "The two teams meet on Saturday.", published: "2025-03-12", expression: "Saturday", value: "2025-03-15", granularity: .day),
        Row(sentence: "The team will now face the champions in November.", published: "2025-03-12", expression: "November", value: "2025-11", granularity: .month),
        // A past verb of postponing moves its "to", "for", "until" date ahead of the act.
        Row(sentence: "The judge rescheduled the trial for October 19.", published: "2020-03-15", expression: "October 19", value: "2020-10-19", granularity: .day),
        Row(sentence: "The judge granted the request, pushing back the start to Nov. 1.", published: "2021-03-10", expression: "Nov. 1", value: "2021-11-01", granularity: .day),
        Row(sentence: "Tests will not be ready by the trial date for March.", published: "2020-03-15", expression: "March", value: "2020-03", granularity: .month),
        // A date naming a past event stays in the past.
        Row(sentence: "The memorial honours victims of the Sept. 11 attacks.", published: "2002-08-17", expression: "Sept. 11", value: "2001-09-11", granularity: .day),
        // A weekday opening a range lies in the week before its end.
        Row(sentence: "A warning was issued from Saturday until Monday.", published: "2019-08-23", expression: "Saturday", value: "2019-08-24", granularity: .day),
        Row(sentence: "He attended a party on August 26, 2017. Early the next morning, he left.", published: "2020-03-15", expression: "the next morning", value: "2017-08-27", granularity: .day),
        // Found on batch B (after its one run): day pairs, and a bare infinitive is no past form.
        Row(sentence: "Nurses will strike on 18 and 19 January 2023.", published: "2022-12-23", expression: "18", value: "2023-01-18", granularity: .day),
        Row(sentence: "Staff walk out from 28 to 31 December.", published: "2022-12-23", expression: "28", value: "2022-12-28", granularity: .day),
        Row(sentence: "The storm is expected to hit Wednesday.", published: "2023-02-20", expression: "Wednesday", value: "2023-02-22", granularity: .day),
        // Found on batch C (after its one run): irregular past forms, a quarter of this year.
        Row(sentence: "It laid off 600 employees in January.", published: "2023-12-05", expression: "January", value: "2023-01", granularity: .month),
        Row(sentence: "Profits fell in the third quarter of this year.", published: "2023-10-19", expression: "third quarter of this year", value: "2023-Q3", granularity: .quarter),
        Row(sentence: "Profits fell 69 percent in the third quarter.", published: "2023-10-19", expression: "the third quarter", value: "2023-Q3", granularity: .quarter),
        Row(sentence: "Sales will recover in the fourth quarter.", published: "2023-10-19", expression: "the fourth quarter", value: "2023-Q4", granularity: .quarter),
        Row(sentence: "Revenue rose in the fourth quarter.", published: "2024-02-10", expression: "the fourth quarter", value: "2023-Q4", granularity: .quarter),
        // Ranges, fiscal years and relative periods.
        Row(sentence: "The road will close from March to May.", published: "2025-02-10", expression: "May", value: "2025-05", granularity: .month),
        Row(sentence: "Prices rose between 2019 and 2021.", published: "2025-03-12", expression: "2021", value: "2021", granularity: .year),
        Row(sentence: "Revenue grew in fiscal 2024.", published: "2025-03-12", expression: "2024", value: "2024", granularity: .year),
        Row(sentence: "Rates have been flat since 2020.", published: "2025-03-12", expression: "2020", value: "2020", granularity: .year),
        Row(sentence: "The county sued earlier this year.", published: "2025-03-12", expression: "earlier this year", value: "2025", granularity: .year),
        Row(sentence: "The tax rises next month.", published: "2025-12-12", expression: "next month", value: "2026-01", granularity: .month),
        Row(sentence: "He was hurt Tuesday night in a crash.", published: "2025-03-12", expression: "Tuesday night", value: "2025-03-11", granularity: .day),
        // Durations, amounts, ages, times and ordinals are no dates.
        Row(sentence: "Prices climbed over the past week.", published: "2025-03-12", expression: "past week", value: nil),
        Row(sentence: "The fire started in the 1900 block of Park Street.", published: "2020-12-30", expression: "1900", value: nil),
        Row(sentence: "The club struggled in the 2023/24 season.", published: "2025-03-12", expression: "2023", value: nil),
        Row(sentence: "The city adopted a 10-year plan.", published: "2025-03-12", expression: "10-year", value: nil),
        Row(sentence: "She was given two years in prison.", published: "2025-03-12", expression: "two years", value: nil),
        Row(sentence: "A first offense can result in imprisonment for up to six months.", published: "2025-03-12", expression: "six months", value: nil),
        Row(sentence: "He faces up to two years in prison.", published: "2025-03-12", expression: "two years", value: nil),
        Row(sentence: "The ban lasts for 30 days.", published: "2025-03-12", expression: "30 days", value: nil),
        Row(sentence: "A 34-year-old man was arrested at 9 a.m. near the 4th Precinct.", published: "2025-03-12", expression: "34-year-old", value: nil),
        Row(sentence: "The company earned $2024 million, up 2025%.", published: "2025-03-12", expression: "2025", value: nil),
        Row(sentence: "She may run for office.", published: "2025-03-12", expression: "may", value: nil),
        Row(sentence: "August Wilson wrote plays.", published: "2025-03-12", expression: "August", value: nil),
        Row(sentence: "The 2020-2022 model-year vehicles were recalled.", published: "2025-03-12", expression: "2020", value: nil),
        // Holidays (round six): the day follows from the year, chosen as for a month and day.
        Row(sentence: "Crews will work through Christmas Eve.", published: "2025-12-10", expression: "Christmas Eve", value: "2025-12-24", granularity: .day),
        Row(sentence: "Shops opened early on Boxing Day.", published: "2025-12-29", expression: "Boxing Day", value: "2025-12-26", granularity: .day),
        Row(sentence: "Families gathered on Thanksgiving.", published: "2025-12-01", expression: "Thanksgiving", value: "2025-11-27", granularity: .day),
        Row(sentence: "The Thanksgiving rush eased.", published: "2025-12-01", expression: "Thanksgiving", value: nil),
        Row(sentence: "The Thanksgiving Day Parade drew crowds.", published: "2025-12-01", expression: "Thanksgiving", value: nil),
        Row(sentence: "The law takes effect on New Year's Day.", published: "2025-11-20", expression: "New Year's Day", value: "2026-01-01", granularity: .day),
        Row(sentence: "The pool will open Memorial Day weekend.", published: "2026-05-01", expression: "Memorial Day", value: "2026-05-25", granularity: .day),
        Row(sentence: "Gas prices fell before Labor Day.", published: "2024-09-05", expression: "Labor Day", value: "2024-09-02", granularity: .day),
        Row(sentence: "Labor Day 2019 was quiet on the roads.", published: "2024-09-05", expression: "Labor Day 2019", value: "2019-09-02", granularity: .day),
        Row(sentence: "The church will hold a service on Easter Sunday.", published: "2026-03-01", expression: "Easter Sunday", value: "2026-04-05", granularity: .day),
        Row(sentence: "Good Friday services will be held downtown.", published: "2026-03-01", expression: "Good Friday", value: "2026-04-03", granularity: .day),
        Row(sentence: "Easter fell on March 31 that year, and pews were full at Easter.", published: "2024-04-08", expression: "at Easter", value: "2024-03-31", granularity: .day),
        Row(sentence: "Fares peak the Tuesday after Thanksgiving.", published: "2025-11-14", expression: "Tuesday after Thanksgiving", value: "2025-12-02", granularity: .day),
        // Round eight: US civic days, a clock time inside "from … until", a reduced relative clause.
        Row(sentence: "Voters lined up early on Election Day.", published: "2024-11-07", expression: "Election Day", value: "2024-11-05", granularity: .day),
        Row(sentence: "The count will resume after Election Day.", published: "2026-10-20", expression: "Election Day", value: "2026-11-03", granularity: .day),
        Row(sentence: "Roads near the Capitol close on Inauguration Day.", published: "2029-01-10", expression: "Inauguration Day", value: "2029-01-20", granularity: .day),
        Row(sentence: "Bars will stay open late on Super Bowl Sunday.", published: "2019-01-30", expression: "Super Bowl Sunday", value: "2019-02-03", granularity: .day),
        Row(sentence: "Pizza sales spiked on Super Bowl Sunday.", published: "2023-02-15", expression: "Super Bowl Sunday", value: "2023-02-12", granularity: .day),
        Row(sentence: "A frost warning runs from 9 p.m. Tuesday until 8 a.m. Wednesday.", published: "2025-04-15", expression: "Tuesday", value: "2025-04-15", granularity: .day),
        Row(sentence: "Fans detained on Friday will appear before a judge Monday.", published: "2025-04-05", expression: "Friday", value: "2025-04-04", granularity: .day),
        Row(sentence: "The firm has delayed its tablet, with the device now being released in June due to shortages.", published: "2025-04-05", expression: "June", value: "2025-06", granularity: .month),
        Row(sentence: "The mayor's aides will meet on Friday.", published: "2025-04-05", expression: "Friday", value: "2025-04-11", granularity: .day),
        // A weekday on its own day: "this Friday" is today, "from Saturday" opens a span today.
        Row(sentence: "Tickets go on sale this Friday.", published: "2025-03-14", expression: "this Friday", value: "2025-03-14", granularity: .day),
        Row(sentence: "Tickets go on sale this Monday.", published: "2025-03-14", expression: "this Monday", value: "2025-03-17", granularity: .day),
        Row(sentence: "From Saturday, temperatures will climb.", published: "2025-03-15", expression: "Saturday", value: "2025-03-15", granularity: .day),
        // "a planned march": an adjective, no verb; the sentence's past verb decides.
        Row(sentence: "Police cancelled a planned march Sunday.", published: "2025-03-12", expression: "Sunday", value: "2025-03-09", granularity: .day),
        // A dash ends the cue search: the aside after it has its own verb.
        Row(sentence: "Prices should fall to $3 on Monday—the lowest since 2019.", published: "2025-03-12", expression: "Monday", value: "2025-03-17", granularity: .day),
        // No cue within reach: the sentence's verb further back beats the past default.
        Row(sentence: "Showers are in store for large parts of the valley, the coast and the hills to the north and the east of the city on Monday.", published: "2025-03-12", expression: "Monday", value: "2025-03-17", granularity: .day),
        // An announced month eleven months back and weeks ahead is the coming one.
        Row(sentence: "The union announced strikes in January.", published: "2025-12-10", expression: "January", value: "2026-01", granularity: .month),
        // Fiscal years: named for the year they end in; interval April 1 of the year before to December 31.
        Row(sentence: "Spending rose in fiscal 2024.", published: "2025-03-12", expression: "fiscal 2024", value: "2024", granularity: .year, start: "2023-04-01", end: "2024-12-31"),
        Row(sentence: "Revenue for FY25 beat the plan.", published: "2025-03-12", expression: "FY25", value: "2025", granularity: .year, start: "2024-04-01", end: "2025-12-31"),
        Row(sentence: "The deficit for the 2024-25 fiscal year widened.", published: "2025-03-12", expression: "2024-25", value: "2025", granularity: .year),
        Row(sentence: "Profit fell 4% in the second quarter, the fiscal report said.", published: "2025-03-12", expression: "the second quarter", value: nil),
        Row(sentence: "The club won the 2019/20 season.", published: "2025-03-12", expression: "2019", value: nil),
        // Time stamp lines are boilerplate.
        Row(sentence: "Posted on: March 3, 2025 at 4:04 pm\nThe council met.", published: "2025-03-12", expression: "March 3, 2025", value: nil),
        Row(sentence: "Tue., Mar. 4, 2025\nThe council met.", published: "2025-03-12", expression: "Mar. 4, 2025", value: nil),
        Row(sentence: "3:58 p.m. ET, March 11, 2025\nThe council met.", published: "2025-03-12", expression: "March 11, 2025", value: nil),
        Row(sentence: "Strikes are set for:\n18 and 19 March 2025\nUnions confirmed it.", published: "2025-03-12", expression: "19 March 2025", value: "2025-03-19", granularity: .day),
        // Weekends: Saturday and Sunday, valued as their ISO week (2025-03-12 is a Wednesday).
        Row(sentence: "Two men were hurt over the weekend.", published: "2025-03-12", expression: "the weekend", value: "2025-W10", granularity: .week, start: "2025-03-08", end: "2025-03-09"),
        Row(sentence: "Fans will gather this weekend.", published: "2025-03-12", expression: "this weekend", value: "2025-W11", granularity: .week, start: "2025-03-15", end: "2025-03-16"),
        Row(sentence: "Police made arrests last weekend.", published: "2025-03-16", expression: "last weekend", value: "2025-W10", granularity: .week, start: "2025-03-08", end: "2025-03-09"),
        // A lone "overnight": last night after a past verb, tonight before a future one; no adjective.
        Row(sentence: "A fire broke out overnight.", published: "2025-03-12", expression: "overnight", value: "2025-03-11", granularity: .day),
        Row(sentence: "Snow will fall overnight.", published: "2025-03-12", expression: "overnight", value: "2025-03-12", granularity: .day),
        Row(sentence: "An overnight delivery arrived.", published: "2025-03-12", expression: "overnight", value: nil),
        // Decades take their qualifier; "the 1800s" is a century, no event.
        Row(sentence: "It was rebuilt in the mid-1990s.", published: "2025-03-12", expression: "mid-1990s", value: "1990s", granularity: .decade, start: "1994-01-01", end: "1996-12-31"),
        Row(sentence: "Homes went up in the early 2000s.", published: "2025-03-12", expression: "early 2000s", value: "2000s", granularity: .decade, start: "2000-01-01", end: "2003-12-31"),
        Row(sentence: "The mill opened in the late 1800s.", published: "2025-03-12", expression: "1800s", value: nil),
        // A range without years ends after it starts: a past one moves its start back.
        Row(sentence: "Prices rose from March to May.", published: "2025-03-12", expression: "March", value: "2024-03", granularity: .month),
        Row(sentence: "Stores will close from Nov. 28 to Jan. 3.", published: "2025-03-12", expression: "Jan. 3", value: "2026-01-03", granularity: .day),
        // A year-less quarter in a plan, with no business word and no game word.
        Row(sentence: "The firm will close the plant in the first quarter.", published: "2025-11-12", expression: "the first quarter", value: "2026-Q1", granularity: .quarter),
        Row(sentence: "Jones scored twice in the first quarter.", published: "2025-11-12", expression: "the first quarter", value: nil),
        // A weekday closing a relative clause takes that clause's past verb, not the main verb after it.
        Row(sentence: "Winds that battered the coast on Monday are set to ease by Friday.", published: "2025-03-12", expression: "Monday", value: "2025-03-10", granularity: .day),
        Row(sentence: "The front that soaked the valley on Sunday and flooded roads on Tuesday will clear out tomorrow.", published: "2025-03-12", expression: "Tuesday", value: "2025-03-11", granularity: .day),
        Row(sentence: "Crews who will inspect the dam on Monday met residents.", published: "2025-03-12", expression: "Monday", value: "2025-03-17", granularity: .day),
        // A schedule on the publication's weekday is today, stated in the present ("is scheduled")
        // or with "will" (session ten: held-out gold took every such day as the publication's).
        Row(sentence: "The defendant is scheduled to appear in court Wednesday.", published: "2025-03-12", expression: "Wednesday", value: "2025-03-12", granularity: .day),
        Row(sentence: "Both teams are expected to arrive Thursday.", published: "2025-03-12", expression: "Thursday", value: "2025-03-13", granularity: .day),
        Row(sentence: "The panel will hear the appeal Wednesday.", published: "2025-03-12", expression: "Wednesday", value: "2025-03-12", granularity: .day),
        // A year of accounts: "full-year 2024", "calendar 2023".
        Row(sentence: "The retailer cut its outlook for the full-year 2024 on weak sales.", published: "2025-03-12", expression: "2024", value: "2024", granularity: .year),
        Row(sentence: "Revenue for calendar 2023 rose 4 percent.", published: "2025-03-12", expression: "2023", value: "2023", granularity: .year),
        // Relative days inside a quotation count from the day its attribution names, else from publication.
        Row(sentence: "“We reopened the bridge this morning,” the mayor said Tuesday.", published: "2025-03-12", expression: "this morning", value: "2025-03-11", granularity: .day),
        Row(sentence: "Chief Ray said Monday: “Two men were arrested yesterday and charged today.”", published: "2025-03-12", expression: "yesterday", value: "2025-03-09", granularity: .day),
        Row(sentence: "“It flooded again this morning,” one neighbour said.", published: "2025-03-12", expression: "this morning", value: "2025-03-12", granularity: .day),
        Row(sentence: "Police arrested two men yesterday, the chief said Monday.", published: "2025-03-12", expression: "yesterday", value: "2025-03-11", granularity: .day),
        // A holiday in a statement that holds every year names no day.
        Row(sentence: "Traffic on the Labor Day weekend is often heavy near the lakes.", published: "2025-08-20", expression: "Labor Day", value: nil),
        Row(sentence: "Every Thanksgiving the shelter serves 300 meals.", published: "2025-11-12", expression: "Thanksgiving", value: nil),
        Row(sentence: "The shelter will serve 300 meals on Thanksgiving.", published: "2025-11-12", expression: "Thanksgiving", value: "2025-11-27", granularity: .day),
        // "next door", "next to" are places, not a future.
        Row(sentence: "Police say he shot his next door neighbor about 9 p.m. Sunday.", published: "2025-03-12", expression: "Sunday", value: "2025-03-09", granularity: .day),
        Row(sentence: "Crews found the car next to the river Monday.", published: "2025-03-12", expression: "Monday", value: "2025-03-10", granularity: .day),
        // "New Year's" alone after a cue is New Year's Day; "between" is a cue.
        Row(sentence: "Hearings are set for the days between Christmas and New Year's.", published: "2025-12-03", expression: "New Year's", value: "2026-01-01", granularity: .day),
        Row(sentence: "Hearings are set for the days between Christmas and New Year's.", published: "2025-12-03", expression: "Christmas", value: "2025-12-25", granularity: .day),
        Row(sentence: "Gyms fill with New Year's resolutions.", published: "2025-12-03", expression: "New Year's", value: nil),
        // "the Monday after", "the following Monday" count from the day named before them.
        Row(sentence: "The board met on Feb. 6 and the vote came the Monday after.", published: "2025-03-12", expression: "the Monday after", value: "2025-02-10", granularity: .day),
        Row(sentence: "The plant shut on Friday, Feb. 28. Workers were told the following Tuesday.", published: "2025-03-12", expression: "the following Tuesday", value: "2025-03-04", granularity: .day),
        // Vague spans up to publication are no events: no point or named period to place.
        Row(sentence: "Prices have climbed in recent weeks.", published: "2025-03-12", expression: "recent weeks", value: nil),
        Row(sentence: "Three stores closed over the past month.", published: "2025-03-12", expression: "the past month", value: nil),
    ]

    @Test(arguments: rows) func normalises(row: Row) {
        let extraction = Extractor().extract(text: row.sentence, published: PartialDate(iso: row.published))
        let event = extraction.events.first { $0.expression.contains(row.expression) || row.expression.contains($0.expression) }
        guard let value = row.value else {
            #expect(event == nil, "unexpected event \(String(describing: event?.date)) for \(row.expression)")
            return
        }
        guard let event else {
            Issue.record("no event for \(row.expression); got \(extraction.events.map(\.expression))")
            return
        }
        #expect(event.date == value)
        if let granularity = row.granularity { #expect(event.granularity == granularity) }
        if let start = row.start { #expect(event.start == start) }
        if let end = row.end { #expect(event.end == end) }
    }

    @Test func eventsAreSortedByDate() {
        let text = "The vote is set for July 1. The bill was filed in January. Hearings began in 2024."
        let events = Extractor().extract(text: text, published: PartialDate(year: 2025, month: 3, day: 12)).events
        #expect(events.map(\.date) == ["2024", "2025-01", "2025-07-01"])
    }

    /// A line without a period (a headline, a caption) runs into the next line's sentence;
    /// the event's clause and its tense cue stay on its own line.
    @Test func clauseAndTenseStopAtLineBreak() throws {
        let text = "Council sets 9 June for budget vote\nThe mayor said costs rose.\n"
        let events = Extractor().extract(text: text, published: PartialDate(year: 2025, month: 5, day: 20)).events
        let event = try #require(events.first { $0.expression == "9 June" })
        #expect(event.text == "Council sets 9 June for budget vote")
        #expect(event.date == "2025-06-09")
    }

    @Test func civilDateArithmetic() {
        #expect(CivilDate(2025, 3, 12).weekday == 2)
        #expect(CivilDate(dayNumber: CivilDate(2024, 2, 28).dayNumber + 1) == CivilDate(2024, 2, 29))
        #expect(CivilDate(2025, 1, 1).isoWeek == (2025, 1))
        #expect(CivilDate(2024, 12, 30).isoWeek == (2025, 1))
        #expect(CivilDate(2021, 1, 3).isoWeek == (2020, 53))
    }
}
