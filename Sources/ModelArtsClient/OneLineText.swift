/// Small text helpers for messages about configuration values.
enum OneLineText {
    /// `'value'`, cleaned to one line and shortened.
    static func quote(_ value: String, limit: Int = 80) -> String {
        var out = ""
        for s in value.unicodeScalars {
            if out.unicodeScalars.count >= limit {
                out += "…"
                break
            }
            out.unicodeScalars.append(s.properties.generalCategory == .control ? " " : s)
        }
        return "'\(out)'"
    }
}
