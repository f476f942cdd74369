import TerminalUI

/// Wraps already-safe text into lines of at most `width` cells, preferring to break at spaces.
public enum TextWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = "", used = 0
        var lastSpace: String.Index?
        for g in text {
            let w = DisplayWidth.of(g)
            if used + w > width {
                if let space = lastSpace, space > current.startIndex {
                    let rest = String(current[current.index(after: space)...])
                    lines.append(String(current[..<space]))
                    current = rest
                    used = DisplayWidth.of(rest)
                } else {
                    lines.append(current)
                    current = ""
                    used = 0
                }
                lastSpace = nil
            }
            if g == " " { lastSpace = current.endIndex }
            current.append(g)
            used += w
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
