/// Collects one log line's runs as `LogText.line` reads it: the current style, the column (for tab
/// stops), and the earlier states of a line rewritten with `\r`, laid over each other at the end.
struct LogLineBuilder {
    var style = LogStyle.plain
    /// Keeps a tab as the tab character (for a text stream), still advancing to the next stop.
    var keepsTabs = false
    private var runs: [LogText.Run] = []
    private var column = 0
    /// Each state the line had before a `\r`, oldest first.
    private var earlier: [[LogText.Run]] = []

    /// Appends ordinary text (no special scalar) in the current style.
    mutating func appendText(_ utf8: UnsafeBufferPointer<UInt8>, ascii: Bool) {
        guard !utf8.isEmpty else { return }
        let text = String(decoding: utf8, as: UTF8.self)
        append(text, width: ascii ? text.utf8.count : DisplayWidth.of(text), ascii: ascii, picture: false)
    }

    /// Appends the visible stand-in for a control character.
    mutating func appendPicture(_ picture: String) {
        append(picture, width: DisplayWidth.of(picture), ascii: false, picture: true)
    }

    /// Spaces to the next multiple of 8 columns.
    mutating func tab() {
        let count = 8 - column % 8
        if keepsTabs {
            append("\t", width: count, ascii: false, picture: false)
        } else {
            append(String(repeating: " ", count: count), width: count, ascii: true, picture: false)
        }
    }

    /// Later text overwrites the line from column 0.
    mutating func carriageReturn() {
        earlier.append(runs)
        runs = []
        column = 0
    }

    /// The line's final state: the last state, then whatever each earlier, wider state shows past it.
    mutating func finish() -> LogText.Line {
        guard !earlier.isEmpty else { return LogText.Line(runs: runs) }
        var result = runs
        var covered = column
        for state in earlier.reversed() {
            let width = state.reduce(0) { $0 + $1.width }
            guard width > covered else { continue }
            result += LogText.Line(runs: state).slice(from: covered)
            covered = width
        }
        return LogText.Line(runs: result)
    }

    private mutating func append(_ text: String, width: Int, ascii: Bool, picture: Bool) {
        column += width
        if let last = runs.last, last.style == style, last.isControlPicture == picture {
            runs[runs.count - 1].text += text
            runs[runs.count - 1].width += width
            runs[runs.count - 1].isASCII = last.isASCII && ascii
            return
        }
        runs.append(LogText.Run(text: text, style: style, width: width, isASCII: ascii, isControlPicture: picture))
    }
}
