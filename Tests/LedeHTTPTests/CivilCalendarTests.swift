import LedeCalendar
import Testing

@Suite("Civil calendar")
struct CivilCalendarTests {
    @Test(
        "known days",
        arguments: [
            (0, 1970, 1, 1, 3),  // a Thursday
            (-1, 1969, 12, 31, 2),
            (11_016, 2000, 2, 29, 1),
            (19_782, 2024, 2, 29, 3),
            (47_541, 2100, 3, 1, 0),
            (-719_468, 0, 3, 1, 2),
            (-141_427, 1582, 10, 15, 4),  // the first Gregorian day, a Friday
        ])
    func knownDays(days: Int, year: Int, month: Int, day: Int, weekday: Int) {
        #expect(CivilCalendar.days(year: year, month: month, day: day) == days)
        let civil = CivilCalendar.civil(fromDays: days)
        #expect(civil.year == year && civil.month == month && civil.day == day)
        #expect(CivilCalendar.isoWeekday(ofDays: days) == weekday)
    }

    @Test("every day from year -400 to 2400 round-trips and follows the day before it")
    func roundTrip() {
        let first = CivilCalendar.days(year: -400, month: 1, day: 1)
        let last = CivilCalendar.days(year: 2400, month: 12, day: 31)
        var previous = CivilCalendar.civil(fromDays: first - 1)
        var failures = 0
        for days in first...last {
            let civil = CivilCalendar.civil(fromDays: days)
            if CivilCalendar.days(year: civil.year, month: civil.month, day: civil.day) != days { failures += 1 }
            let next = civil.day == previous.day + 1 && civil.month == previous.month && civil.year == previous.year
            let newMonth = civil.day == 1 && (civil.month == previous.month + 1 || (civil.month == 1 && previous.month == 12 && civil.year == previous.year + 1))
            if !(next || newMonth) { failures += 1 }
            previous = civil
        }
        #expect(failures == 0)
    }
}
