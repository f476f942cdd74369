import ModelArts

/// Person-facing renderings of job times and durations, shared by `majobs list` and the browser.
/// Pure: the UTC offset is passed in, so output never depends on the machine it runs on.
public enum HumanFormat {
    /// `3h12m`, `47s`, `2d4h`, `15m3s`; `—` (or `-` in ASCII) for zero.
    public static func duration(ms: Int64, ascii: Bool = false) -> String {
        guard ms > 0 else { return ascii ? "-" : "—" }
        let total = ms / 1000
        if total < 1 { return "<1s" }
        let d = total / 86_400, h = total % 86_400 / 3600, m = total % 3600 / 60, s = total % 60
        if d > 0 { return h > 0 ? "\(d)d\(h)h" : "\(d)d" }
        if h > 0 { return m > 0 ? "\(h)h\(m)m" : "\(h)h" }
        if m > 0 { return s > 0 ? "\(m)m\(s)s" : "\(m)m" }
        return "\(s)s"
    }

    /// `2024-04-20 10:06` in the zone `utcOffsetSeconds` east of UTC; `—` for zero.
    public static func dateTime(epochMS: Int64, utcOffsetSeconds: Int, seconds: Bool = false, ascii: Bool = false)
        -> String
    {
        guard epochMS > 0 else { return ascii ? "-" : "—" }
        let f = CivilDate.fields(epochSeconds: CivilDate.floorDiv(epochMS, 1000) + Int64(utcOffsetSeconds))
        let pad = CivilDate.padded
        let date = "\(pad(f.year, 4))-\(pad(f.month, 2))-\(pad(f.day, 2))"
        let time = "\(pad(f.hour, 2)):\(pad(f.minute, 2))" + (seconds ? ":\(pad(f.second, 2))" : "")
        return "\(date) \(time)"
    }

    /// `14:02:33` in the zone `utcOffsetSeconds` east of UTC.
    public static func clock(epochMS: Int64, utcOffsetSeconds: Int) -> String {
        let full = dateTime(epochMS: epochMS, utcOffsetSeconds: utcOffsetSeconds, seconds: true)
        return String(full.split(separator: " ").last ?? "")
    }

    /// ISO 8601 UTC with milliseconds, `2024-04-20T02:06:30.635Z`, for machine-readable output.
    public static func iso8601(epochMS: Int64) -> String {
        let f = CivilDate.fields(epochSeconds: CivilDate.floorDiv(epochMS, 1000))
        let pad = CivilDate.padded
        let ms = epochMS - CivilDate.floorDiv(epochMS, 1000) * 1000
        return "\(pad(f.year, 4))-\(pad(f.month, 2))-\(pad(f.day, 2))T"
            + "\(pad(f.hour, 2)):\(pad(f.minute, 2)):\(pad(f.second, 2)).\(pad(ms, 3))Z"
    }
}
