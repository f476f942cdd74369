/// UTC dates and times on the proleptic Gregorian calendar, computed without locale or calendar state:
/// the one place that turns seconds since 1970 into year ... second and back, and reads the digits of
/// a timestamp. Every date format is a thin layer over it: `SDKDate` (`X-Sdk-Date`), ModelArtsClient's ISO 8601
/// parser (IAM's `expires_at`), the emulator's HTTP `Date` header and `HumanFormat`'s person-facing times.
public enum CivilDate {
    /// A UTC date and time; every field as on a clock, the month and day from 1.
    public typealias Fields = (year: Int64, month: Int64, day: Int64, hour: Int64, minute: Int64, second: Int64)

    /// Seconds since 1970 for a UTC date and time; nil when it is not a real one (as Python's `strptime`
    /// refuses them: year 0, February 30, hour 24, second 60), so every accepted value formats back to itself.
    public static func epochSeconds(_ f: Fields) -> Int64? {
        guard f.year >= 1, (1...12).contains(f.month), (1...daysIn(month: f.month, year: f.year)).contains(f.day),
            (0..<24).contains(f.hour), (0..<60).contains(f.minute), (0..<60).contains(f.second)
        else { return nil }
        return days(fromCivil: f.year, f.month, f.day) * 86_400 + f.hour * 3600 + f.minute * 60 + f.second
    }

    /// The UTC date and time `epochSeconds` after 1970 (before it when negative).
    public static func fields(epochSeconds: Int64) -> Fields {
        let days = floorDiv(epochSeconds, 86_400)
        let secs = epochSeconds - days * 86_400
        let (y, m, d) = civil(fromDays: days)
        return (y, m, d, secs / 3600, secs % 3600 / 60, secs % 60)
    }

    /// The day of the week of the UTC date `epochSeconds` after 1970: 0 for Sunday ... 6 for Saturday.
    public static func weekday(epochSeconds: Int64) -> Int {
        let days = floorDiv(epochSeconds, 86_400)
        return Int(days + 4 - floorDiv(days + 4, 7) * 7)  // 1970-01-01 was a Thursday (4)
    }

    /// The number written in ASCII decimal digits at `bytes[range]`, or nil when any byte is not a digit.
    /// `range` must lie within `bytes`.
    public static func digits(_ bytes: [UInt8], _ range: Range<Int>) -> Int64? {
        var v: Int64 = 0
        for i in range {
            guard bytes[i] >= 0x30, bytes[i] <= 0x39 else { return nil }
            v = v * 10 + Int64(bytes[i] - 0x30)
        }
        return v
    }

    /// `v` in decimal, padded with zeros on the left to `width` digits.
    public static func padded(_ v: Int64, _ width: Int) -> String {
        let s = String(v)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// Division rounding towards minus infinity (`b > 0`), so times before 1970 fall in the right day.
    package static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : (a - b + 1) / b }

    private static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's civil-from-days / days-from-civil.
    private static func civil(fromDays z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    private static func days(fromCivil y0: Int64, _ m: Int64, _ d: Int64) -> Int64 {
        let y = m <= 2 ? y0 - 1 : y0
        let era = floorDiv(y, 400)
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
