/// Helpers that make untrusted text fit one line of a status bar or log.
public enum OneLine {
    /// Collapses whitespace and control characters to single spaces and cuts at `limit` scalars.
    public static func clean(_ text: String, limit: Int) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = false
        var count = 0
        for scalar in text.unicodeScalars {
            let isSpaceLike = scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
                || scalar.properties.generalCategory == .format
            if isSpaceLike {
                if !lastWasSpace && count > 0 { out.append(" "); count += 1 }
                lastWasSpace = true
            } else {
                out.append(scalar)
                count += 1
                lastWasSpace = false
            }
            if count >= limit {
                out.append("…")
                break
            }
        }
        var s = String(out)
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    /// "1.5s", "30s", "250ms".
    public static func seconds(_ s: Double) -> String {
        if s < 1 { return "\(Int((s * 1000).rounded()))ms" }
        if s == s.rounded() { return "\(Int(s))s" }
        return "\((s * 10).rounded() / 10)s"
    }
}
