import TerminalUI

/// One row of the log view: the raw line it shows part of and which part, with the search's matches
/// highlighted. Everything the row's cells depend on is here, so equal views draw equal rows and the
/// renderer can keep, or move, a row drawn before.
struct LogRowView: Equatable {
    /// The line as received (made safe by `LogText` when drawn).
    var raw: String
    /// Which of the line's wrapped rows (0 without wrap).
    var row: Int
    var wrap: Bool
    /// The first column shown without wrap (0 with it).
    var column: Int
    var width: Int
    /// The search whose matches are highlighted.
    var query: String?

    /// A line laid out once for the rows of it one frame draws (a wrapped 1 MB line has many).
    struct Layout {
        var raw: String
        var line: LogText.Line
        var starts: [Int]
    }

    /// Draws the row on line `y`, laying its line out unless `layout` already holds it.
    func draw(y: Int, into buffer: inout ScreenBuffer, layout: inout Layout?) {
        if layout?.raw != raw {
            let line = LogText.line(raw)
            let starts = wrap && line.width > width ? line.rowStarts(width: width) : [0]
            layout = Layout(raw: raw, line: line, starts: starts)
        }
        guard let line = layout?.line, let starts = layout?.starts else { return }
        let from: Int, to: Int
        if wrap {
            from = starts[min(row, starts.count - 1)]
            to = row + 1 < starts.count ? starts[row + 1] : line.width
        } else {
            from = column
            to = column + width
        }
        buffer.putLogRuns(line.slice(from: from, to: to), x: 0, y: y, maxWidth: width)
        guard let search = query.flatMap(LogSearch.init) else { return }
        for match in search.columns(in: line) where match.upperBound > from && match.lowerBound < to {
            let start = max(match.lowerBound, from)
            buffer.restyle(x: start - from, y: y, width: min(match.upperBound, to) - start, role: .logMatch)
        }
    }
}
