/// Turns log text (server data) into what may be drawn: SGR colour sequences become styles, every
/// other escape sequence is dropped (CSI to its final byte, OSC/DCS/SOS/PM/APC to BEL or ST or the end
/// of the line, other `ESC x` pairs), the remaining C0 and C1 controls and DEL become visible control
/// pictures (`␀`…`␟`, `␡`, `�` for C1), a line rewritten with `\r` shows its final state, and tabs
/// expand to 8-column stops. Styles start plain on every line. One pass over the line's scalars.
public enum LogText {
    /// A stretch of a line in one style.
    public struct Run: Hashable, Sendable {
        /// Safe text: no control scalar, tabs already spaces.
        public var text: String
        public var style: LogStyle
        /// Display width in cells.
        public var width: Int
        /// Every scalar is printable ASCII, so the width is the UTF-8 count and any byte offset is a column.
        public var isASCII: Bool
        /// The text stands for control characters (drawn as placeholders, not as server text).
        public var isControlPicture: Bool

        public init(text: String, style: LogStyle, width: Int, isASCII: Bool, isControlPicture: Bool = false) {
            self.text = text
            self.style = style
            self.width = width
            self.isASCII = isASCII
            self.isControlPicture = isControlPicture
        }
    }

    /// One log line ready to draw.
    public struct Line: Hashable, Sendable {
        public var runs: [Run]
        /// Display width in cells.
        public var width: Int

        public init(runs: [Run]) {
            self.runs = runs
            width = runs.reduce(0) { $0 + $1.width }
        }

        /// The text as shown, without styles.
        public var text: String { runs.count == 1 ? runs[0].text : runs.map(\.text).joined() }
    }

    /// One raw line (no `\n` expected; one shows as `␊`).
    public static func line(_ raw: String) -> Line { line(raw[...]) }

    /// One raw line (no `\n` expected; one shows as `␊`).
    public static func line(_ raw: Substring) -> Line { line(raw, keepingTabs: false) }

    /// One raw line; with `keepingTabs` a tab stays a tab character (a stream keeps the server's columns).
    static func line(_ raw: Substring, keepingTabs: Bool) -> Line {
        if isPlainASCII(raw.utf8) {
            guard !raw.isEmpty else { return Line(runs: []) }
            return Line(runs: [Run(text: String(raw), style: .plain, width: raw.utf8.count, isASCII: true)])
        }
        var raw = raw
        return raw.withUTF8 { bytes in
            var builder = LogLineBuilder()
            builder.keepsTabs = keepingTabs
            var i = 0
            var stretch = 0
            var stretchASCII = true
            while i < bytes.count {
                let (v, length) = scalar(in: bytes, at: i)
                guard isSpecial(v) else {
                    if v >= 0x80 { stretchASCII = false }
                    i += length
                    continue
                }
                builder.appendText(UnsafeBufferPointer(rebasing: bytes[stretch..<i]), ascii: stretchASCII)
                switch v {
                case 0x1B:
                    i = LogEscapeParser.skip(bytes, escapeAt: i, style: &builder.style)
                case 0x09:
                    builder.tab()
                    i += 1
                case 0x0D:
                    builder.carriageReturn()
                    i += 1
                default:
                    if let picture = picture(for: v) { builder.appendPicture(picture) }
                    i += length
                }
                stretch = i
                stretchASCII = true
            }
            builder.appendText(UnsafeBufferPointer(rebasing: bytes[stretch..<i]), ascii: stretchASCII)
            return builder.finish()
        }
    }

    /// The scalar whose UTF-8 starts at `i` (a scalar boundary of valid UTF-8) and its length in bytes.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[i])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
        let two = (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | two, 3) }
        return ((lead & 0x07) << 18 | two << 6 | UInt32(bytes[i + 3] & 0x3F), 4)
    }

    /// The text as shown (`line(raw).text`), without building runs when the line needs no work.
    public static func displayText(_ raw: Substring) -> String {
        isPlainASCII(raw.utf8) ? String(raw) : line(raw).text
    }

    /// Log text (lines separated by `\n`) by the same rules, as text for a stream (`majobs logs`): SGR
    /// kept only when `keepingColors` (written back as one `ESC[0;…m` per change, reset at each line's
    /// end), every other sequence dropped, controls made visible, `\r` rewrites applied; tabs stay tabs, so
    /// tab-separated fields survive for `cut` and `awk`.
    public static func plain(_ text: String, keepingColors: Bool) -> String {
        if isPlainASCII(text.utf8, allowingNewlines: true) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var first = true
        for raw in splitLines(text) {
            if !first { out.append("\n") }
            first = false
            var current = LogStyle.plain
            for run in line(raw, keepingTabs: true).runs {
                if keepingColors, run.style != current {
                    out += run.style == .plain ? "\u{1B}[0m" : run.style.sgr
                    current = run.style
                }
                out += run.text
            }
            if keepingColors, current != .plain { out += "\u{1B}[0m" }
        }
        return out
    }

    /// The lines of `text`, split at every `\n` byte; a `\r` before it stays with its line (and is applied
    /// there). By bytes, not by `Character`: `\r\n` is one `Character`, and breaking 5 MB into graphemes
    /// only to find newlines took most of the time to the first frame.
    public static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == 0x0A {
                lines.append(Substring(utf8[start..<i]))
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        lines.append(Substring(utf8[start..<utf8.endIndex]))
        return lines
    }

    /// Every byte printable ASCII (and `\n` where allowed): nothing to sanitise.
    static func isPlainASCII(_ bytes: some Collection<UInt8>, allowingNewlines: Bool = false) -> Bool {
        for b in bytes where b < 0x20 || b >= 0x7F {
            if allowingNewlines, b == 0x0A { continue }
            return false
        }
        return true
    }

    /// Scalars that are not plain text: controls, DEL, C1, and the bidi, separator and invisible
    /// format characters `SafeText` handles.
    static func isSpecial(_ v: UInt32) -> Bool {
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return true }
        if v < 0x61C { return false }
        switch v {
        case 0x061C, 0x200B, 0x200C, 0x200E, 0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF, 0xFFF9...0xFFFB:
            return true
        default: return false
        }
    }

    /// The visible stand-in for a special scalar, or nil for one that is dropped (zero-width format).
    static func picture(for v: UInt32) -> String? {
        switch v {
        case 0x00..<0x20: return String(Unicode.Scalar(0x2400 + v).map(Character.init) ?? "?")
        case 0x7F: return "␡"
        case 0x80..<0xA0: return "�"
        case 0x2028, 0x2029: return "↵"
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return "⁇"
        default: return nil  // 0x200B, 0x200C, 0x2060…2064, BOM, FFF9…FFFB: invisible, dropped
        }
    }
}
