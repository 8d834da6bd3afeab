/// HTTP dates (RFC 9110 §5.6.7), from Unix time by integer arithmetic alone.
package enum HTTPDate {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Sun, 06 Nov 1994 08:49:37 GMT` for the given seconds since 1970-01-01T00:00:00Z.
    package static func imfFixdate(epochSeconds: Int) -> String {
        let days = floorDivide(epochSeconds, 86_400)
        let secondOfDay = epochSeconds - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        // 1970-01-01 was a Thursday (index 4 when Sunday is 0).
        let weekday = weekdays[(days % 7 + 11) % 7]
        var text = weekday + ", " + twoDigits(day) + " " + months[month - 1] + " "
        text += String(year) + " " + twoDigits(secondOfDay / 3600) + ":"
        text += twoDigits(secondOfDay / 60 % 60) + ":" + twoDigits(secondOfDay % 60) + " GMT"
        return text
    }

    /// Year, month (1–12) and day (1–31) of a day count since 1970-01-01 in the proleptic
    /// Gregorian calendar (Howard Hinnant's `civil_from_days`).
    package static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468  // days since 0000-03-01
        let era = floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153  // 0 = March
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }
}

/// The `Date` value for the current second, formatted once per second rather than per
/// response (Hummingbird's `DateCache` idea). One per event loop; not shared.
package struct HTTPDateCache: Sendable {
    private var second = Int.min
    private var text = ""

    package init() {}

    /// The IMF-fixdate for `epochSeconds`, reusing the last string within the same second.
    package mutating func value(epochSeconds: Int) -> String {
        if epochSeconds != second {
            second = epochSeconds
            text = HTTPDate.imfFixdate(epochSeconds: epochSeconds)
        }
        return text
    }
}
