/// Log text made safe for a terminal or a file: a minimal stand-in for `TerminalUI.LogText.plain`
/// (the coordinator swaps it in). Escape sequences are dropped except SGR colours (`ESC [ … m`), kept only
/// with `keepingColors`; other C0 and C1 controls are dropped except tab and newline; a line rewritten with
/// `\r` (a progress bar) keeps its final state.
enum LogPlainText {
    static func plain(_ text: String, keepingColors: Bool) -> String {
        var out = String.UnicodeScalarView()
        var first = true
        // Split by scalar: "\r\n" is one Character, and its "\r" must be seen.
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if !first { out.append("\n") }
            first = false
            out.append(
                contentsOf: clean(finalState(text[line.startIndex..<line.endIndex]), keepingColors: keepingColors))
        }
        return String(out)
    }

    /// The part of a line after its last `\r` that is followed by anything (a trailing `\r`, as in
    /// `\r\n`, rewrites nothing).
    static func finalState(_ line: Substring) -> Substring.UnicodeScalarView {
        let scalars = line.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex, scalars[scalars.index(before: end)] == "\r" {
            end = scalars.index(before: end)
        }
        let kept = scalars[scalars.startIndex..<end]
        guard let cr = kept.lastIndex(of: "\r") else { return kept }
        return kept[kept.index(after: cr)...]
    }

    /// The scalars without control characters and escape sequences, SGR kept when asked.
    static func clean(_ scalars: Substring.UnicodeScalarView, keepingColors: Bool) -> String.UnicodeScalarView {
        var out = String.UnicodeScalarView()
        var i = scalars.startIndex
        let end = scalars.endIndex
        while i < end {
            let s = scalars[i]
            let v = s.value
            if v == 0x1B {
                i = skipEscape(scalars, from: i, keepingColors: keepingColors, into: &out)
                continue
            }
            if (v < 0x20 && v != 0x09) || (0x7F...0x9F).contains(v) {
                i = scalars.index(after: i)
                continue
            }
            out.append(s)
            i = scalars.index(after: i)
        }
        return out
    }

    /// Skips the escape sequence starting at `start` (an ESC), appending it to `out` when it is an SGR
    /// to keep; returns the index after it.
    static func skipEscape(
        _ scalars: Substring.UnicodeScalarView, from start: Substring.UnicodeScalarView.Index, keepingColors: Bool,
        into out: inout String.UnicodeScalarView
    ) -> Substring.UnicodeScalarView.Index {
        let end = scalars.endIndex
        var i = scalars.index(after: start)
        guard i < end else { return end }
        let kind = scalars[i]
        i = scalars.index(after: i)
        switch kind {
        case "[":
            // CSI: parameters 0x30–0x3F, intermediates 0x20–0x2F, one final byte 0x40–0x7E.
            let paramsStart = i
            while i < end, (0x20...0x3F).contains(scalars[i].value) { i = scalars.index(after: i) }
            guard i < end, (0x40...0x7E).contains(scalars[i].value) else { return i }
            let final = scalars[i]
            let params = scalars[paramsStart..<i]
            let isSGR = final == "m" && params.allSatisfy { ("0"..."9").contains($0) || $0 == ";" || $0 == ":" }
            if keepingColors && isSGR { out.append(contentsOf: scalars[start...i]) }
            return scalars.index(after: i)
        case "]", "P", "X", "^", "_":
            // OSC, DCS, SOS, PM, APC: up to BEL or ST (ESC \), or the end of the line.
            while i < end {
                if scalars[i] == "\u{07}" || scalars[i] == "\u{9C}" { return scalars.index(after: i) }
                if scalars[i] == "\u{1B}" {
                    let next = scalars.index(after: i)
                    // ST ends it; any other ESC starts the next sequence.
                    return next < end && scalars[next] == "\\" ? scalars.index(after: next) : i
                }
                i = scalars.index(after: i)
            }
            return end
        default:
            // A two-character escape (ESC 7, ESC c …), or ESC with intermediates then a final.
            var j = scalars.index(before: i)
            while j < end, (0x20...0x2F).contains(scalars[j].value) { j = scalars.index(after: j) }
            return j < end ? scalars.index(after: j) : end
        }
    }
}
