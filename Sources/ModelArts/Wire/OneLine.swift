/// Helpers that make untrusted text fit one line of a status bar or log.
public enum OneLine {
    /// Collapses whitespace, control and format characters to single spaces, trims both ends, and
    /// keeps at most `limit` scalars, ending in `…` only when something was cut.
    public static func clean(_ text: String, limit: Int) -> String {
        var out = String.UnicodeScalarView()
        var count = 0
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let p = scalar.properties
            if p.isWhitespace || p.generalCategory == .control || p.generalCategory == .format {
                pendingSpace = count > 0
                continue
            }
            if count + (pendingSpace ? 2 : 1) > limit {
                out.append("…")
                break
            }
            if pendingSpace {
                out.append(" ")
                count += 1
                pendingSpace = false
            }
            out.append(scalar)
            count += 1
        }
        return String(out)
    }

    /// `'value'` for a message about a config or flag value: control characters become spaces and at
    /// most `limit` scalars are kept (then `…`), but other whitespace stays as written, unlike `clean`,
    /// so a stray or doubled space that made the value invalid can be seen.
    public static func quoted(_ value: String, limit: Int = 80) -> String {
        var out = String.UnicodeScalarView()
        var count = 0
        for scalar in value.unicodeScalars {
            if count >= limit {
                out.append("…")
                break
            }
            out.append(scalar.properties.generalCategory == .control ? " " : scalar)
            count += 1
        }
        return "'\(String(out))'"
    }

    /// "1.5s", "30s", "250ms".
    public static func seconds(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "?s" : (value > 0 ? "∞s" : "-∞s") }
        // Clamped so the integer conversions below cannot trap.
        let s = min(max(value, -1e12), 1e12)
        if s < 1 { return "\(Int((s * 1000).rounded()))ms" }
        if s == s.rounded() { return "\(Int(s))s" }
        return "\((s * 10).rounded() / 10)s"
    }
}
