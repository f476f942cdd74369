/// The `Date` response header as RFC 9110 wants it (IMF-fixdate, `Sun, 06 Nov 1994 08:49:37 GMT`), formatted per
/// response with integer arithmetic: no formatter or locale state, and no once-a-second refresh timer to wake an
/// idle process (Hummingbird's `DateCache` did that; docs/PERFORMANCE.md, idle wake-ups).
enum HTTPDate {
    private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]  // 1970-01-01 was a Thursday
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The current system time as an IMF-fixdate.
    static func now() -> String {
        imfFixdate(epochSeconds: floorDiv(EmulatorTime.systemNowMS(), 1000))
    }

    /// `epochSeconds` (UTC, may be negative) as an IMF-fixdate.
    static func imfFixdate(epochSeconds: Int64) -> String {
        let days = floorDiv(epochSeconds, 86_400)
        let secondOfDay = epochSeconds - days * 86_400
        let (year, month, day) = civil(daysSinceEpoch: days)
        let weekday = weekdays[Int(days - floorDiv(days, 7) * 7)]
        return "\(weekday), \(two(day)) \(months[Int(month) - 1]) \(four(year)) "
            + "\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60)) GMT"
    }

    /// Year, month (1-12) and day (1-31) of a day count since 1970-01-01, proleptic Gregorian
    /// (Howard Hinnant's days-to-civil: eras of 400 years, years starting in March so leap days come last).
    private static func civil(daysSinceEpoch: Int64) -> (Int64, Int64, Int64) {
        let z = daysSinceEpoch + 719_468
        let era = floorDiv(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153  // 0 = March
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : (a - b + 1) / b
    }

    private static func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func four(_ n: Int64) -> String {
        let digits = "\(n)"
        return digits.count >= 4 ? digits : String(repeating: "0", count: 4 - digits.count) + digits
    }
}
