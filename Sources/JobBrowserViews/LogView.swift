import JobBrowser
import ModelArts
import TerminalUI

/// The log view: a title line naming the job and what is read (and how much of it a truncated preview
/// holds), then the visible lines, each made safe by `LogText` when drawn (never the whole log), with
/// search matches highlighted. While choosing, the tasks or files to pick from.
struct LogView {
    var session: LogSession
    var options: ViewOptions

    /// Draws the title on the table's header row and the lines below it, down to the status line.
    func draw(in layout: BrowserLayout, into buffer: inout ScreenBuffer) {
        for y in layout.tableHeaderRow..<layout.statusRow { buffer.fill(y: y, role: .normal) }
        drawTitle(y: layout.tableHeaderRow, into: &buffer)
        let top = layout.tableTop
        switch session.stage {
        case .choosing:
            buffer.put(
                " finding the job's " + (session.job.api == .v2 ? "tasks…" : "log files…"), x: 0, y: top, role: .dim)
        case .picking(let picker):
            drawPicker(picker, y: top, rows: layout.tableRows, into: &buffer)
        case .opening:
            buffer.put(" loading the log…", x: 0, y: top, role: .dim)
        case .reading:
            drawLines(y: top, into: &buffer)
        }
    }

    private func drawTitle(y: Int, into buffer: inout ScreenBuffer) {
        buffer.fill(y: y, role: .tableHeader)
        let sep = " " + options.glyphs.separator + " "
        var what = ""
        switch session.source {
        case .v2(_, let task): what = sep + "task " + task
        case .v1(_, let version, let file): what = sep + "version \(version)" + sep + file
        case nil: break
        }
        var note = ""
        if let cut = session.truncatedBytes {
            note = sep + "last \(Self.megabytes(cut.shown)) of \(Self.megabytes(cut.full))"
        }
        let x = buffer.put(" Log" + sep, x: 0, y: y, role: .tableHeader)
        let room = buffer.width - x - DisplayWidth.of(what + note) - 1
        var used = x
        used += buffer.putServerText(
            TextFit.truncateEnd(session.job.name, to: max(1, room), ellipsis: options.glyphs.ellipsis), x: used, y: y,
            role: .tableHeader)
        used += buffer.putServerText(what, x: used, y: y, role: .tableHeader)
        buffer.put(note, x: used, y: y, role: .tableHeader)
    }

    /// `5.0 MB` (one decimal, 1 MB = 1,000,000 bytes, as the API counts), or `300 KB` below 1 MB.
    static func megabytes(_ bytes: Int) -> String {
        guard bytes >= 1_000_000 else { return "\((bytes + 500) / 1000) KB" }
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10).\(tenths % 10) MB"
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

    private func drawLines(y: Int, into buffer: inout ScreenBuffer) {
        let lines = session.lines
        let viewport = LogViewport(size: buffer.size, wrap: session.wrap)
        let search = session.search.flatMap { LogSearch($0.query) }
        var current: (index: Int, line: LogText.Line, starts: [Int])?
        for (n, position) in viewport.rows(from: viewport.resolve(session.top, lines), lines).enumerated() {
            if current?.index != position.line {
                let line = LogText.line(lines[position.line])
                let starts = session.wrap && line.width > viewport.width ? line.rowStarts(width: viewport.width) : [0]
                current = (position.line, line, starts)
            }
            guard let (_, line, starts) = current else { continue }
            let from: Int, to: Int
            if session.wrap {
                from = starts[min(position.row, starts.count - 1)]
                to = position.row + 1 < starts.count ? starts[position.row + 1] : line.width
            } else {
                from = session.column
                to = session.column + viewport.width
            }
            let row = y + n
            buffer.putLogRuns(line.slice(from: from, to: to), x: 0, y: row, maxWidth: viewport.width)
            guard let search else { continue }
            for match in search.columns(in: line) where match.upperBound > from && match.lowerBound < to {
                let start = max(match.lowerBound, from)
                buffer.restyle(x: start - from, y: row, width: min(match.upperBound, to) - start, role: .logMatch)
            }
        }
    }
}
