/// Fitting text into a number of cells by display width.
public enum TextFit {
    /// Cuts the end: `a long descrip…`.
    public static func truncateEnd(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let budget = width - DisplayWidth.of(ellipsis)
        guard budget > 0 else { return prefix(ellipsis, fitting: width) }
        return prefix(text, fitting: budget) + ellipsis
    }

    /// The longest leading run of whole graphemes that fits in `width` cells.
    public static func prefix(_ text: String, fitting width: Int) -> String {
        var out = "", used = 0
        for g in text {
            let w = DisplayWidth.of(g)
            if used + w > width { break }
            out.append(g)
            used += w
        }
        return out
    }

    /// Cuts the middle, keeping both ends: `resnet50-imag…-finetune-v3`.
    public static func truncateMiddle(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let budget = width - DisplayWidth.of(ellipsis)
        guard budget > 1 else { return truncateEnd(text, to: width, ellipsis: ellipsis) }
        // The tail gets whatever the head left over, so a wide grapheme at the cut wastes no cell.
        let head = prefix(text, fitting: (budget + 1) / 2)
        let tailBudget = budget - DisplayWidth.of(head)
        var tail: [Character] = []
        var used = 0
        for g in text.reversed() {
            let w = DisplayWidth.of(g)
            if used + w > tailBudget { break }
            tail.append(g)
            used += w
        }
        return head + ellipsis + String(tail.reversed())
    }

    /// Pads with spaces on the right to exactly `width` cells (truncating the end if longer).
    public static func padRight(_ text: String, to width: Int) -> String {
        let t = truncateEnd(text, to: width)
        return t + String(repeating: " ", count: max(0, width - DisplayWidth.of(t)))
    }

    /// Pads with spaces on the left to exactly `width` cells.
    public static func padLeft(_ text: String, to width: Int) -> String {
        let t = truncateEnd(text, to: width)
        return String(repeating: " ", count: max(0, width - DisplayWidth.of(t))) + t
    }
}
