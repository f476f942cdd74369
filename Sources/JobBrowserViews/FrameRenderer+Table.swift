import JobBrowser
import ModelArts
import TerminalUI

extension FrameRenderer {
    /// What the table's columns are laid out from (the width aside: a new size starts afresh).
    struct ColumnKey: Equatable {
        var rows: [TrainingJob]
        var sortField: SortField
        var options: ViewOptions
        var api: APIVersion
    }

    /// One row drawn on a line, and the cells it drew there.
    struct RowCells {
        var row: JobRowView
        var cells: [Cell]
    }

    /// How many distinct rows each line keeps: a line mostly alternates between a job selected and not.
    static let rowsPerLine = 2

    /// Draws the column titles and the table's body: a line per visible row, blank lines below the
    /// last, or the placeholder of an empty table. Under an overlay every line is drawn again (it is
    /// dimmed and covered), but rows are still copied from `recentRows`.
    mutating func drawTable(
        _ state: BrowserState, layout: BrowserLayout, options: ViewOptions, lines: inout LineBook
    ) {
        let covered = BrowserView.hasOverlay(state.mode)
        let keyed = { (source: LineSource) in covered ? LineSource.unkeyed : source }
        let columns = self.columns(state, layout: layout, options: options)
        let titles = ColumnTitlesView(
            columns: columns, sortField: state.sortField, sortOrder: state.sortOrder, options: options)
        let titleRow = layout.tableHeaderRow
        if lines.redraw(titleRow..<titleRow + 1, from: keyed(.titles(titles)), in: &frame) {
            titles.draw(y: titleRow, into: &frame)
        }
        let body = layout.tableTop..<layout.tableTop + layout.tableRows
        guard !state.selection.isEmpty else {
            if lines.redraw(body, from: .unkeyed, in: &frame) {
                TablePlaceholderView(state: state, options: options).draw(in: layout, into: &frame)
            }
            return
        }
        let viewport = TableViewport(state, layout: layout)
        var y = body.lowerBound
        // Rows come from the list's cached pages: looked up once per page, not per row.
        var page: (number: Int, first: Int, jobs: [TrainingJob]?) = (0, 0, nil)
        for index in viewport.rows {
            let selected = index == state.selection.index
            let number = state.listPage(ofRow: index)
            if number != page.number {
                let jobs = state.listPageJobs(number)
                page = (number, (number - 1) * (state.listQuery?.perPage ?? state.paging.perPage), jobs)
            }
            if let jobs = page.jobs, jobs.indices.contains(index - page.first) {
                let line = RowLine(
                    rows: jobs, index: index - page.first, selected: selected, columns: columns,
                    options: options, utcOffsetSeconds: state.config.utcOffsetSeconds,
                    statusOverride: state.rowStatus(of: jobs[index - page.first].id))
                if lines.redraw(y..<y + 1, from: keyed(.row(line)), in: &frame) { drawRow(line.view, y: y) }
            } else {
                // Its page is on its way (the reducer has asked for it).
                let row = LoadingRowView(selected: selected, options: options)
                if lines.redraw(y..<y + 1, from: keyed(.loadingRow(row)), in: &frame) { row.draw(y: y, into: &frame) }
            }
            y += 1
        }
        for y in y..<body.upperBound { _ = lines.redraw(y..<y + 1, from: keyed(.blank), in: &frame) }
    }

    /// The columns for the page holding the selection at the frame's width. Laying them out measures
    /// every row of that page; a key within the page leaves it as it was (the same array, so `==` is O(1)), so the last answer
    /// is kept: a move costs the same at 10 or 1000 rows per page (docs/PERFORMANCE.md).
    mutating func columns(_ state: BrowserState, layout: BrowserLayout, options: ViewOptions) -> [PlacedColumn] {
        let rows = TableViewport.columnRows(state, layout: layout)
        let key = ColumnKey(rows: rows, sortField: state.sortField, options: options, api: state.api)
        if let cache = columnCache, cache.key == key { return cache.columns }
        let columns = ColumnLayout.place(
            width: frame.width, rows: rows, sortField: state.sortField, options: options, api: state.api)
        columnCache = (key, columns)
        return columns
    }

    /// Draws `row` on the blank line `y`, copying the cells when this line showed an equal row lately:
    /// a one-row move then formats no row at all (formatting was ~60% of a key's cost when every
    /// visible row was formatted; docs/PERFORMANCE.md). Looked up by `==`, not by hash: hashing every
    /// job's strings cost more than the copy saved, while `==` on the same job is mostly identity checks.
    mutating func drawRow(_ row: JobRowView, y: Int) {
        if let hit = recentRows[y].first(where: { $0.row == row }) {
            frame.replaceRow(y, with: hit.cells)
            return
        }
        row.draw(y: y, into: &frame)
        if recentRows[y].count >= Self.rowsPerLine { recentRows[y].removeFirst() }
        recentRows[y].append(RowCells(row: row, cells: frame.row(y)))
    }
}
