/// Makes untrusted text (job names, descriptions, server messages) safe to draw: no control
/// character or escape sequence ever reaches the terminal. Each C0/C1 control, DEL, and bidi
/// override or isolate becomes a visible placeholder; zero-width format characters are dropped.
public enum SafeText {
    /// The visible stand-in for a control scalar, or nil when the scalar is safe as it is.
    public static func placeholder(for s: Unicode.Scalar) -> String? {
        let v = s.value
        switch v {
        case 0x09: return "→"  // tab
        case 0x0A, 0x0D, 0x2028, 0x2029: return "↵"  // newline, carriage return, line/paragraph separator
        case 0x1B: return "␛"  // ESC: the start of every escape sequence
        case 0x00..<0x20: return String(Unicode.Scalar(0x2400 + v) ?? "?")  // ␀ … ␟
        case 0x7F: return "␡"
        case 0x80..<0xA0: return "�"  // C1 controls (CSI 0x9B, OSC 0x9D …)
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return "⁇"  // bidi controls
        default: return nil
        }
    }

    /// Text with every control replaced by its placeholder and zero-width format characters
    /// (other than ZWJ inside emoji) removed.
    public static func visible(_ text: String) -> String {
        var needsWork = false
        for s in text.unicodeScalars
        where s.value < 0x20 || (s.value >= 0x7F && s.value < 0xA0) || s.value == 0x061C || s.value >= 0x200B {
            needsWork = true
            break
        }
        guard needsWork else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if let p = placeholder(for: s) {
                out.append(contentsOf: p.unicodeScalars)
            } else if isInvisible(s) {
                continue
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// Zero-width format characters that only hide or reorder text. ZWJ (U+200D) stays: emoji need it.
    private static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x200B, 0x200C, 0x2060...0x2064, 0xFEFF, 0xFFF9...0xFFFB: return true
        default: return false
        }
    }

    /// Whether `g` is one of the placeholders `visible` puts in place of a control character.
    public static func isPlaceholder(_ g: Character) -> Bool {
        guard g.unicodeScalars.count == 1, let s = g.unicodeScalars.first else { return false }
        switch s.value {
        case 0x2192, 0x21B5, 0x2400...0x241F, 0x2421, 0xFFFD, 0x2047: return true
        default: return false
        }
    }

    /// Whether `text` (already made visible) holds any placeholder.
    public static func containsPlaceholder(_ text: String) -> Bool { text.contains(where: isPlaceholder) }

    /// True when `text` would be drawn exactly as it is.
    static func isSafe(_ text: String) -> Bool { visible(text) == text }
}
