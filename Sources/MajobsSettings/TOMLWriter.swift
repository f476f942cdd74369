/// Writes values and keys of the TOML subset so that `TOMLSubset.parse` reads back exactly what was
/// written: basic strings with every quote, backslash and control character escaped.
public enum TOMLWriter {
    /// `"text"` with `\"`, `\\`, the short escapes and `\uXXXX` for other control characters.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A value as it appears after `key = `.
    public static func value(_ value: TOMLValue) -> String {
        switch value {
        case .string(let s): return quoted(s)
        case .integer(let n): return String(n)
        case .boolean(let b): return b ? "true" : "false"
        case .strings(let items): return "[" + items.map(quoted).joined(separator: ", ") + "]"
        }
    }

    /// A key: bare when it is letters, digits, `_` and `-`, else quoted.
    public static func key(_ key: String) -> String {
        !key.isEmpty && key.unicodeScalars.allSatisfy(TOMLParser.isBareKey) ? key : quoted(key)
    }

    /// `key = value`.
    public static func line(_ key: String, _ value: TOMLValue) -> String {
        "\(self.key(key)) = \(self.value(value))"
    }
}
