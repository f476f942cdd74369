/// The `X-Sdk-Date` format, `YYYYMMDDTHHMMSSZ` (UTC), computed without locale or calendar state.
public enum SDKDate {
    /// Formats seconds since 1970 as `20240101T000000Z`.
    public static func format(epochSeconds: Int64) -> String {
        let f = CivilDate.fields(epochSeconds: epochSeconds)
        let pad = CivilDate.padded
        return "\(pad(f.year, 4))\(pad(f.month, 2))\(pad(f.day, 2))"
            + "T\(pad(f.hour, 2))\(pad(f.minute, 2))\(pad(f.second, 2))Z"
    }

    /// Parses `20240101T000000Z` into seconds since 1970; nil when malformed or not a real date and
    /// time (see `CivilDate.epochSeconds`), so every accepted text formats back to itself.
    public static func parse(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        guard b.count == 16, b[8] == UInt8(ascii: "T"), b[15] == UInt8(ascii: "Z") else { return nil }
        let num = { (r: Range<Int>) in CivilDate.digits(b, r) }
        guard let y = num(0..<4), let mo = num(4..<6), let d = num(6..<8), let h = num(9..<11),
            let mi = num(11..<13), let s = num(13..<15)
        else { return nil }
        return CivilDate.epochSeconds((y, mo, d, h, mi, s))
    }
}
