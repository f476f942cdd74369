import JobBrowser
import ModelArts
import TerminalUI

/// The log view: a title line naming the job and what is read (and how much of it a truncated preview
/// holds), then the visible lines, each made safe by `LogText` when drawn (never the whole log), with
/// search matches highlighted. While choosing, the tasks or files to pick from. `FrameRenderer.drawLog`
/// draws it line by line: the lines of the log as `LogRowView`s, so a scroll moves what is on screen.
struct LogView {
    var session: LogSession
    var options: ViewOptions

    /// Draws what the view shows instead of lines while it is not reading (picking, loading) on `rows`.
    func drawStage(rows: Range<Int>, into buffer: inout ScreenBuffer) {
        let top = rows.lowerBound
        switch session.stage {
        case .choosing:
            buffer.put(
                " finding the job's " + (session.job.api == .v2 ? "tasks…" : "log files…"), x: 0, y: top, role: .dim)
        case .picking(let picker):
            drawPicker(picker, y: top, rows: rows.count, into: &buffer)
        case .opening:
            buffer.put(" loading the log…", x: 0, y: top, role: .dim)
        case .reading:
            break
        }
    }

    /// What each of `count` rows shows while reading, top down (fewer when the log ends above the bottom).
    func rowViews(count: Int, width: Int) -> [LogRowView] {
        let lines = session.lines
        let viewport = LogViewport(width: width, height: count, wrap: session.wrap)
        let query = session.search.map(\.query)
        return viewport.rows(from: viewport.resolve(session.top, lines), lines).map { position in
            LogRowView(
                raw: lines[position.line], row: session.wrap ? position.row : 0, wrap: session.wrap,
                column: session.wrap ? 0 : session.column, width: viewport.width, query: query)
        }
    }

    /// The title line's view.
    var title: LogTitleView {
        LogTitleView(
            name: session.job.name, source: session.source, truncated: session.truncatedBytes, options: options)
    }

    private func drawPicker(_ picker: LogPicker, y: Int, rows: Int, into buffer: inout ScreenBuffer) {
        let title =
            session.job.api == .v2
            ? " Which task's log?" : picker.versionIDs.isEmpty ? " Which log file?" : " Which version?"
        buffer.put(title, x: 0, y: y, role: .emphasis)
        let first = max(0, picker.index - (rows - 2))
        for (n, i) in (first..<picker.items.count).enumerated() where n < rows - 1 {
            let selected = i == picker.index
            let row = y + 1 + n
            if selected { buffer.fill(y: row, role: .selectedRow) }
            buffer.putServerText("   " + picker.items[i], x: 0, y: row, role: selected ? .selectedRow : .normal)
        }
    }
}
