import LedeCalendar

/// A day of the proleptic Gregorian calendar, with the arithmetic the timeline needs.
struct CivilDate: Comparable, Hashable, Sendable, CustomStringConvertible {
    var year: Int
    var month: Int
    var day: Int

    init(_ year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01.
    var dayNumber: Int { CivilCalendar.days(year: year, month: month, day: day) }

    init(dayNumber: Int) {
        let (year, month, day) = CivilCalendar.civil(fromDays: dayNumber)
        self.init(year, month, day)
    }

    /// 0 = Monday … 6 = Sunday.
    var weekday: Int { CivilCalendar.isoWeekday(ofDays: dayNumber) }

    func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    static func lastDay(year: Int, month: Int) -> CivilDate {
        CivilDate(year, month, PartialDate.daysIn(month: month, year: year))
    }

    /// ISO 8601 week-numbering year and week of this day.
    var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 3 - weekday)
        let jan1 = CivilDate(thursday.year, 1, 1)
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    var description: String {
        // Built from digits: string interpolation of three integers cost more than resolving the date.
        guard year >= 1000, year <= 9999, month >= 0, month <= 99, day >= 0, day <= 99 else {
            return "\(year)-\(CivilDate.pad(month))-\(CivilDate.pad(day))"
        }
        func digit(_ n: Int) -> UInt8 { UInt8(48 + n % 10) }
        // An array and `String(decoding:)`: the same bytes on the stack through `UTF8Span` and
        // `String(copying:)` measured more (speed round forty-one).
        let bytes: [UInt8] = [
            digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), 45, digit(month / 10), digit(month), 45,
            digit(day / 10), digit(day),
        ]
        return String(decoding: bytes, as: UTF8.self)
    }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }
}

/// A resolved temporal expression: the period it names and how precisely.
struct ResolvedDate: Equatable, Sendable {
    /// What the normalised value names, as numbers: its string is made only for the events
    /// written out (speed round thirty-one). A string made for every match, and for every
    /// candidate a resolution tried, was an allocation, and every copy of a match a retain.
    enum Label: Equatable, Sendable {
        case day(CivilDate)
        case week(year: Int, week: Int)
        case month(year: Int, month: Int)
        case season(year: Int, index: Int)
        case quarter(year: Int, quarter: Int)
        case year(Int)
        case decade(Int)
    }

    var label: Label
    var granularity: DateGranularity
    var qualifier: DateQualifier?
    var start: CivilDate
    var end: CivilDate

    /// The normalised value: `2025-01-20`, `2025-W05`, `2025-01`, `2025-spring`, `2025-Q1`, `2025`, `2020s`.
    var value: String {
        switch label {
        case .day(let d): d.description
        case .week(let y, let w): ResolvedDate.fixedWidth41(y, marker: 87, w, digits: 2) ?? "\(y)-W\(CivilDate.pad(w))"
        case .month(let y, let m): ResolvedDate.fixedWidth41(y, marker: 0, m, digits: 2) ?? "\(y)-\(CivilDate.pad(m))"
        case .season(let y, let index): "\(y)-\(ResolvedDate.seasonNames[index])"
        case .quarter(let y, let q): ResolvedDate.fixedWidth41(y, marker: 81, q, digits: 1) ?? "\(y)-Q\(q)"
        case .year(let y): String(y)
        case .decade(let first): "\(first)s"
        }
    }

    /// "YYYY-Www", "YYYY-MM", "YYYY-Qq" from digits on the stack (speed round forty-one: the
    /// interpolations cost about 600 instructions a value): a four-digit year, a hyphen, the
    /// marker byte unless it is 0, and `n` in `digits` digits, as `CivilDate.pad` and the
    /// interpolation write it; nil when the numbers do not fit (the caller interpolates).
    static func fixedWidth41(_ year: Int, marker: UInt8, _ n: Int, digits: Int) -> String? {
        guard year >= 1000, year <= 9999, n >= 0, n < (digits == 2 ? 100 : 10) else { return nil }
        func digit(_ n: Int) -> UInt8 { UInt8(48 + n % 10) }
        var bytes: InlineArray<8, UInt8> = [digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), 45, 0, 0, 0]
        var count = 5
        if marker != 0 {
            bytes[count] = marker
            count += 1
        }
        if digits == 2 {
            bytes[count] = digit(n / 10)
            count += 1
        }
        bytes[count] = digit(n)
        count += 1
        guard let text = try? UTF8Span(validating: bytes.span.extracting(0..<count)) else { return nil }
        return String(copying: text)
    }

    static func day(_ d: CivilDate) -> ResolvedDate { ResolvedDate(label: .day(d), granularity: .day, start: d, end: d) }

    static func week(containing d: CivilDate) -> ResolvedDate {
        let monday = d.adding(days: -d.weekday)
        let (y, w) = monday.isoWeek
        return ResolvedDate(label: .week(year: y, week: w), granularity: .week, start: monday, end: monday.adding(days: 6))
    }

    static func month(_ year: Int, _ month: Int, _ qualifier: DateQualifier? = nil) -> ResolvedDate {
        var r = ResolvedDate(label: .month(year: year, month: month), granularity: .month,
                             start: CivilDate(year, month, 1), end: CivilDate.lastDay(year: year, month: month))
        r.qualify(qualifier)
        return r
    }

    static let seasonNames = ["spring", "summer", "fall", "winter"]

    /// Meteorological seasons; a winter belongs to the year of its December.
    static func season(_ year: Int, _ index: Int, _ qualifier: DateQualifier? = nil) -> ResolvedDate {
        let startMonth = 3 + index * 3
        let start = CivilDate(year, startMonth, 1)
        let endMonth = startMonth + 2
        let end = endMonth > 12 ? CivilDate.lastDay(year: year + 1, month: endMonth - 12) : CivilDate.lastDay(year: year, month: endMonth)
        var r = ResolvedDate(label: .season(year: year, index: index), granularity: .season, start: start, end: end)
        r.qualify(qualifier)
        return r
    }

    static func quarter(_ year: Int, _ q: Int) -> ResolvedDate {
        ResolvedDate(label: .quarter(year: year, quarter: q), granularity: .quarter, start: CivilDate(year, q * 3 - 2, 1),
                     end: CivilDate.lastDay(year: year, month: q * 3))
    }

    static func year(_ year: Int, _ qualifier: DateQualifier? = nil) -> ResolvedDate {
        var r = ResolvedDate(label: .year(year), granularity: .year, start: CivilDate(year, 1, 1), end: CivilDate(year, 12, 31))
        r.qualify(qualifier)
        return r
    }

    static func decade(_ first: Int) -> ResolvedDate {
        ResolvedDate(label: .decade(first), granularity: .decade, start: CivilDate(first, 1, 1), end: CivilDate(first + 9, 12, 31))
    }

    /// Narrows the interval to its first, middle or last third: days 1–10, 11–20 and 21–end
    /// of a month; whole months of a season or a year (January–April, May–August,
    /// September–December); years 0–3, 4–6 and 7–9 of a decade.
    mutating func qualify(_ q: DateQualifier?) {
        guard let q else { return }
        qualifier = q
        switch granularity {
        case .month:
            switch q {
            case .early: end = CivilDate(start.year, start.month, 10)
            case .mid: (start, end) = (CivilDate(start.year, start.month, 11), CivilDate(start.year, start.month, 20))
            case .late: start = CivilDate(start.year, start.month, 21)
            }
        case .season, .quarter, .year:
            let months = granularity == .year ? 12 : 3
            let part = months / 3
            let first = start.year * 12 + start.month - 1 + (q == .early ? 0 : q == .mid ? part : 2 * part)
            let last = first + part - 1
            start = CivilDate(first / 12, first % 12 + 1, 1)
            end = CivilDate.lastDay(year: last / 12, month: last % 12 + 1)
        case .decade:
            let base = start.year
            switch q {
            case .early: end = CivilDate(base + 3, 12, 31)
            case .mid: (start, end) = (CivilDate(base + 4, 1, 1), CivilDate(base + 6, 12, 31))
            case .late: start = CivilDate(base + 7, 1, 1)
            }
        case .day, .week:
            break
        }
    }
}
