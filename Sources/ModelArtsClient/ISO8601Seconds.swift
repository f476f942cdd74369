import ModelArts

/// Parses the ISO 8601 timestamps IAM sends (`2024-01-02T03:04:05.123000Z`, `+08:00` offsets)
/// without locale or calendar state; the date arithmetic is `CivilDate`'s.
enum ISO8601Seconds {
    /// Seconds since 1970, or nil when `text` is not such a timestamp.
    static func parse(_ text: String) -> Double? {
        let b = Array(text.utf8)
        guard b.count >= 19, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54 || b[10] == 0x20, b[13] == 0x3A,
            b[16] == 0x3A
        else { return nil }
        let num = { (r: Range<Int>) in CivilDate.digits(b, r) }
        guard let y = num(0..<4), let mo = num(5..<7), let d = num(8..<10), let h = num(11..<13),
            let mi = num(14..<16), let s = num(17..<19),
            let base = CivilDate.epochSeconds((y, mo, d, h, mi, s))
        else { return nil }
        var i = 19
        var fraction = 0.0
        if i < b.count, b[i] == 0x2E {
            i += 1
            var scale = 0.1
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                fraction += Double(b[i] - 0x30) * scale
                scale /= 10
                i += 1
            }
        }
        var offset: Int64 = 0
        if i < b.count {
            if b[i] == 0x5A, i == b.count - 1 {
                offset = 0
            } else if b[i] == 0x2B || b[i] == 0x2D, b.count == i + 6, b[i + 3] == 0x3A,
                let oh = num(i + 1..<i + 3), let om = num(i + 4..<i + 6)
            {
                offset = (oh * 3600 + om * 60) * (b[i] == 0x2B ? 1 : -1)
            } else {
                return nil
            }
        }
        return Double(base - offset) + fraction
    }
}
