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
        let local = CivilDate.floorDiv(epochMS, 1000) + Int64(utcOffsetSeconds)
        let stamp = SDKDate.format(epochSeconds: local)  // YYYYMMDDTHHMMSSZ
        let c = Array(stamp)
        let date = "\(String(c[0..<4]))-\(String(c[4..<6]))-\(String(c[6..<8]))"
        let time = "\(String(c[9..<11])):\(String(c[11..<13]))" + (seconds ? ":\(String(c[13..<15]))" : "")
        return "\(date) \(time)"
    }

    /// `14:02:33` in the zone `utcOffsetSeconds` east of UTC.
    public static func clock(epochMS: Int64, utcOffsetSeconds: Int) -> String {
        let full = dateTime(epochMS: epochMS, utcOffsetSeconds: utcOffsetSeconds, seconds: true)
        return String(full.split(separator: " ").last ?? "")
    }

    /// ISO 8601 UTC with milliseconds, `2024-04-20T02:06:30.635Z`, for machine-readable output.
    public static func iso8601(epochMS: Int64) -> String {
        let stamp = Array(SDKDate.format(epochSeconds: CivilDate.floorDiv(epochMS, 1000)))
        let ms = ((epochMS % 1000) + 1000) % 1000
        let msText = String(ms)
        return "\(String(stamp[0..<4]))-\(String(stamp[4..<6]))-\(String(stamp[6..<8]))T"
            + "\(String(stamp[9..<11])):\(String(stamp[11..<13])):\(String(stamp[13..<15]))."
            + String(repeating: "0", count: 3 - msText.count) + msText + "Z"
    }
}
