import LedeCalendar

/// HTTP dates (RFC 9110 §5.6.7), from Unix time by integer arithmetic alone.
package enum HTTPDate {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Sun, 06 Nov 1994 08:49:37 GMT` for the given seconds since 1970-01-01T00:00:00Z.
    package static func imfFixdate(epochSeconds: Int) -> String {
        let days = CivilCalendar.floorDivide(epochSeconds, 86_400)
        let secondOfDay = epochSeconds - days * 86_400
        let (year, month, day) = CivilCalendar.civil(fromDays: days)
        // 1970-01-01 was a Thursday (index 4 when Sunday is 0).
        let weekday = weekdays[(days % 7 + 11) % 7]
        var text = weekday + ", " + twoDigits(day) + " " + months[month - 1] + " "
        text += String(year) + " " + twoDigits(secondOfDay / 3600) + ":"
        text += twoDigits(secondOfDay / 60 % 60) + ":" + twoDigits(secondOfDay % 60) + " GMT"
        return text
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
