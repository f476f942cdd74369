import JobBrowser
import TerminalUI

extension FrameRenderer {
    /// Draws the log view over the whole table area, line by line: the title, then each row of text
    /// keyed by its `LogRowView`. When the rows are those of the frame before moved up or down (a scroll),
    /// the frame's lines move with them (`lastShift`), so only the uncovered lines are drawn again, and
    /// the terminal can scroll instead of sending every cell.
    mutating func drawLog(_ view: LogView, layout: BrowserLayout, lines: inout LineBook) {
        let titleRow = layout.tableHeaderRow
        let title = view.title
        if lines.redraw(titleRow..<titleRow + 1, from: .logTitle(title), in: &frame) {
            title.draw(y: titleRow, into: &frame)
        }
        let body = layout.tableTop..<layout.statusRow
        guard case .reading = view.session.stage else {
            if lines.redraw(body, from: .unkeyed, in: &frame) { view.drawStage(rows: body, into: &frame) }
            return
        }
        let rows = view.rowViews(count: layout.tableRows, width: frame.width)
        let wanted = body.map { y in
            y - body.lowerBound < rows.count ? LineSource.logRow(rows[y - body.lowerBound]) : .blank
        }
        if let shift = Self.shift(from: Array(lines.sources[body]), to: wanted, rows: body) {
            frame.apply(shift)
            lines.apply(shift)
            lastShift = shift
        }
        var layoutCache: LogRowView.Layout?
        for (y, source) in zip(body, wanted) where lines.redraw(y..<y + 1, from: source, in: &frame) {
            if case .logRow(let row) = source { row.draw(y: y, into: &frame, layout: &layoutCache) }
        }
    }

    /// The move that turns the log lines `old` into `new` (both for `rows`), when one does: every line of
    /// `new` that a move keeps on screen equals the line it came from, and at least half of them stay.
    static func shift(from old: [LineSource], to new: [LineSource], rows: Range<Int>) -> RowShift? {
        guard old.count == new.count, old != new, case .logRow = new.first, let start = old.firstIndex(of: new[0])
        else {
            // The first line was not on screen: the view moved down; look for the last one instead.
            guard let last = new.last, case .logRow = last, let end = old.lastIndex(of: last) else { return nil }
            return verified(offset: end - (new.count - 1), old: old, new: new, rows: rows)
        }
        return verified(offset: start, old: old, new: new, rows: rows)
    }

    private static func verified(offset: Int, old: [LineSource], new: [LineSource], rows: Range<Int>) -> RowShift? {
        guard offset != 0, abs(offset) * 2 <= new.count else { return nil }
        for i in new.indices where old.indices.contains(i + offset) && new[i] != old[i + offset] { return nil }
        return RowShift(rows: rows, offset: offset)
    }
}
