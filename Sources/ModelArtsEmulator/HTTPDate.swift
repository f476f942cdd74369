import ModelArts

/// The `Date` response header as RFC 9110 wants it (IMF-fixdate, `Sun, 06 Nov 1994 08:49:37 GMT`), formatted per
/// response from `CivilDate`'s integer arithmetic: no formatter or locale state, and no once-a-second refresh timer
/// to wake an idle process (Hummingbird's `DateCache` did that; docs/PERFORMANCE.md, idle wake-ups).
enum HTTPDate {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The current system time as an IMF-fixdate.
    static func now() -> String {
        imfFixdate(epochSeconds: CivilDate.floorDiv(EmulatorTime.systemNowMS(), 1000))
    }

    /// `epochSeconds` (UTC, may be negative) as an IMF-fixdate.
    static func imfFixdate(epochSeconds: Int64) -> String {
        let f = CivilDate.fields(epochSeconds: epochSeconds)
        let pad = CivilDate.padded
        return
            "\(weekdays[CivilDate.weekday(epochSeconds: epochSeconds)]), \(pad(f.day, 2)) \(months[Int(f.month) - 1]) "
            + "\(pad(f.year, 4)) \(pad(f.hour, 2)):\(pad(f.minute, 2)):\(pad(f.second, 2)) GMT"
    }
}
