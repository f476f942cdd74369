import JobBrowser
import JobPresentation
import ModelArts
import TerminalUI

/// The job table: column titles with the sort arrow, then only the rows the viewport shows.
enum JobTableView {
    static func draw(
        _ state: BrowserState, layout: BrowserLayout, options: ViewOptions, memoized: Bool = true,
        into buffer: inout ScreenBuffer
    ) {
        let columns = self.columns(state, width: buffer.width, options: options)
        drawTitles(columns, state: state, y: layout.tableHeaderRow, options: options, into: &buffer)
        guard !state.rows.isEmpty else {
            drawPlaceholder(state, layout: layout, options: options, into: &buffer)
            return
        }
        for (y, row) in visibleLines(state, layout: layout) {
            let selected = row == state.selection.index
            if memoized {
                drawRowMemoized(
                    state.rows[row], selected: selected, columns: columns, y: y, state: state,
                    options: options, into: &buffer)
            } else {
                drawRow(
                    state.rows[row], selected: selected, columns: columns, y: y, state: state, options: options,
                    into: &buffer)
            }
        }
    }

    /// The columns a table of `width` cells shows for the state's rows.
    static func columns(_ state: BrowserState, width: Int, options: ViewOptions) -> [PlacedColumn] {
        ColumnLayout.place(width: width, rows: state.rows, sortField: state.sortField, options: options)
    }

    /// Which row of the page each table line shows, top down (lines past the last row show none).
    static func visibleLines(_ state: BrowserState, layout: BrowserLayout) -> [(y: Int, row: Int)] {
        let visible = layout.tableRows
        // The state's viewport was computed for its own size; keep the selection visible in this one.
        var offset = min(state.selection.offset, max(0, state.rows.count - visible))
        if state.selection.index >= offset + visible { offset = state.selection.index - visible + 1 }
        if state.selection.index < offset { offset = state.selection.index }
        return (offset..<min(state.rows.count, offset + visible)).map { (layout.tableTop + $0 - offset, $0) }
    }

    static func drawTitles(
        _ columns: [PlacedColumn], state: BrowserState, y: Int, options: ViewOptions, into buffer: inout ScreenBuffer
    ) {
        buffer.fill(y: y, role: .tableHeader)
        for placed in columns {
            let sorted = placed.column.sortField == state.sortField
            let title = placed.column.title + (sorted ? " " + options.arrow(state.sortOrder) : "")
            let text = placed.column.alignsRight ? TextFit.padLeft(title, to: placed.width) : title
            buffer.put(
                text, x: placed.x, y: y, role: sorted ? .tableHeaderSorted : .tableHeader, maxWidth: placed.width)
        }
    }

    static func drawRow(
        _ job: TrainingJob, selected: Bool, columns: [PlacedColumn], y: Int, state: BrowserState,
        options: ViewOptions, into buffer: inout ScreenBuffer
    ) {
        let base: StyleRole = selected ? .selectedRow : .normal
        if selected {
            buffer.fill(y: y, role: .selectedRow)
            // A marker as well as reverse video, so the selection reads in a text capture too.
            buffer.put(options.unicode ? "›" : ">", x: 0, y: y, role: .selectedRow)
        }
        let ellipsis = options.glyphs.ellipsis
        for placed in columns {
            let w = placed.width
            var text: String
            var role = base
            switch placed.column {
            case .name:
                text = TextFit.truncateMiddle(SafeText.visible(job.name), to: w, ellipsis: ellipsis)
            case .status:
                text = options.statusGlyph(job.status.group) + " " + SafeText.visible(job.status.word)
                if !selected { role = job.status.group.role }
            case .created:
                text = HumanFormat.dateTime(
                    epochMS: job.createTimeMS, utcOffsetSeconds: state.config.utcOffsetSeconds,
                    ascii: !options.unicode)
                if !selected { role = .dim }
            case .duration:
                text = HumanFormat.duration(ms: job.durationMS, ascii: !options.unicode)
            case .versions:
                text = String(job.versionCount)
            case .description:
                text = SafeText.visible(job.description)
                if !selected { role = .dim }
            case .id:
                text = SafeText.visible(job.id.description)
                if !selected { role = .dim }
            }
            text = TextFit.truncateEnd(text, to: w, ellipsis: ellipsis)
            if placed.column.alignsRight { text = TextFit.padLeft(text, to: w) }
            // Server text: the placeholders of control characters get their own role.
            buffer.putServerText(text, x: placed.x, y: y, role: role, maxWidth: w)
        }
    }

    /// What the empty table area says: loading, nothing matched, or the error.
    static func drawPlaceholder(
        _ state: BrowserState, layout: BrowserLayout, options: ViewOptions,
        into buffer: inout ScreenBuffer
    ) {
        let lines: [(String, StyleRole)]
        switch state.dataStatus {
        case .empty:
            let chips = HeaderView.chips(state).map { "[\($0.0): \($0.1)]" }.joined(separator: " ")
            lines = [
                ("0 jobs match " + (chips.isEmpty ? "" : chips), .warning),
                (emptyHint(state), .dim),
            ]
        case .error(let error):
            lines = [("Could not load jobs", .error), (SafeText.visible(error.message), .normal)] + retryLine(state)
        case .stale(_, let error?, _):
            lines = [(SafeText.visible(error.message), .error)] + retryLine(state)
        default:
            lines = [("loading jobs" + options.glyphs.ellipsis, .dim)]
        }
        let top = layout.tableTop + max(0, (layout.tableRows - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let text = TextFit.truncateEnd(line.0, to: buffer.width - 4, ellipsis: options.glyphs.ellipsis)
            let x = max(2, (buffer.width - DisplayWidth.of(text)) / 2)
            buffer.putServerText(text, x: x, y: top + i, role: line.1)
        }
    }

    /// "press R to retry" with the key refresh is bound to now; nothing when it is unbound.
    static func retryLine(_ state: BrowserState) -> [(String, StyleRole)] {
        StatusBarView.retryKey(state).map { [("press \($0) to retry", .dim)] } ?? []
    }

    static func emptyHint(_ state: BrowserState) -> String {
        var hints: [String] = []
        let keys = { (action: BrowserAction) in
            state.keymap.keys(for: action, in: .table).first.map { $0.description }
        }
        if !state.search.isEmpty, let k = keys(.clearSearch) { hints.append("\(k) clears the search") }
        if state.filter != .all, let k = keys(.statusFilter) { hints.append("\(k) changes the status filter") }
        return hints.isEmpty ? "no training jobs yet" : hints.joined(separator: " · ")
    }
}
