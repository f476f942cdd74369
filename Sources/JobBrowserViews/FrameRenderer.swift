import JobBrowser
import ModelArts
import TerminalUI

/// Draws the live browser's frames, redrawing only the lines whose inputs changed since the frame
/// before, and names those lines, so the terminal compares and sends only them.
///
/// A key that moves the selection changes two table lines and the status line; drawing, copying and
/// comparing all 40 lines of a frame touched ~115 KB that the harness and other programs had pushed
/// out of the CPU's caches between keys, and that, not the arithmetic, was most of a key's latency
/// (docs/PERFORMANCE.md). The frame is always what `BrowserView.render` draws for the same state: the
/// table, search and status lines are drawn by the same functions, line by line; overlays, a
/// screen too small and a new size take the full render (ReliabilityTests P04 checks the two agree).
public struct FrameRenderer {
    /// The frame drawn last.
    public private(set) var frame = ScreenBuffer(width: 0, height: 0)
    /// What each line of `frame` was drawn from, when it was drawn line by line; nil after a full render.
    private var sources: [LineSource]?

    public init() {}

    /// Draws `state` over the last frame; returns the lines that were drawn again, top down.
    public mutating func render(_ state: BrowserState, options: ViewOptions) -> [Int] {
        let layout = BrowserLayout(size: state.size)
        guard frame.size == state.size, !layout.isTooSmall, Self.drawsLineByLine(state.mode) else {
            if frame.size != state.size { frame = ScreenBuffer(size: state.size) }
            BrowserView.render(state, options: options, into: &frame)
            sources = nil
            return Array(0..<frame.height)
        }
        var lines = LineBook(sources: sources ?? Array(repeating: .unknown, count: frame.height))
        sources = nil  // the book holds them meanwhile, so changing them does not copy the array
        let width = frame.width
        if lines.redraw(
            0..<layout.headerRows, from: .header(HeaderView.Key(state, options: options, width: width)),
            in: &frame)
        {
            HeaderView.drawMemoized(state, options: options, into: &frame)
        }
        let columns = JobTableView.columns(state, width: width, options: options)
        let titles = TitlesKey(
            columns: columns, sortField: state.sortField, sortOrder: state.sortOrder,
            options: options, width: width)
        let titleRow = layout.tableHeaderRow
        if lines.redraw(titleRow..<titleRow + 1, from: .titles(titles), in: &frame) {
            JobTableView.drawTitles(columns, state: state, y: titleRow, options: options, into: &frame)
        }
        let body = layout.tableTop..<layout.tableTop + layout.tableRows
        if state.rows.isEmpty {
            if lines.redraw(body, from: .everyFrame, in: &frame) {
                JobTableView.drawPlaceholder(state, layout: layout, options: options, into: &frame)
            }
        } else {
            var blank = body.lowerBound
            for (y, row) in JobTableView.visibleLines(state, layout: layout) {
                let selected = row == state.selection.index
                let source = RowSource(
                    rows: state.rows, index: row, selected: selected, columns: columns,
                    options: options, utcOffsetSeconds: state.config.utcOffsetSeconds)
                if lines.redraw(y..<y + 1, from: .job(source), in: &frame) {
                    JobTableView.drawRowMemoized(
                        state.rows[row], selected: selected, columns: columns, y: y,
                        state: state, options: options, into: &frame)
                }
                blank = y + 1
            }
            for y in blank..<body.upperBound { _ = lines.redraw(y..<y + 1, from: .blank, in: &frame) }
        }
        let statusRow = layout.statusRow
        if lines.redraw(statusRow..<statusRow + 1, from: .everyFrame, in: &frame) {
            StatusBarView.drawStatusRow(state, layout: layout, options: options, into: &frame)
        }
        let hints = StatusBarView.hintsKey(state, width: width, options: options)
        if lines.redraw(layout.hintRow..<layout.hintRow + 1, from: .hints(hints), in: &frame) {
            StatusBarView.drawHintRow(state, layout: layout, options: options, into: &frame)
        }
        sources = lines.sources
        return lines.drawn
    }

    /// What each line was drawn from, and which lines this frame draws again.
    private struct LineBook {
        var sources: [LineSource]
        var drawn: [Int] = []

        init(sources: [LineSource]) {
            self.sources = sources
            drawn.reserveCapacity(8)
        }

        /// True when `lines` must be drawn from `source`: then they are cleared for it and recorded
        /// (in the order the frame is drawn, top down).
        mutating func redraw(_ lines: Range<Int>, from source: LineSource, in frame: inout ScreenBuffer) -> Bool {
            let lines = lines.clamped(to: 0..<frame.height)
            guard source == .everyFrame || lines.contains(where: { sources[$0] != source }) else { return false }
            frame.fill(y: lines.lowerBound, height: lines.count, role: .normal)
            for y in lines { sources[y] = source }
            drawn.append(contentsOf: lines)
            return true
        }
    }

    /// The modes drawn line by line: those without an overlay (which dims and covers the table).
    static func drawsLineByLine(_ mode: BrowserMode) -> Bool {
        switch mode {
        case .table, .search: true
        default: false
        }
    }

    /// What one line was drawn from: the same source draws the same cells.
    enum LineSource: Equatable {
        case unknown
        /// Drawn again every frame (the status line changes with nearly every key; the placeholder is rare).
        case everyFrame
        case header(HeaderView.Key)
        case titles(TitlesKey)
        case job(RowSource)
        /// A table line below the last row.
        case blank
        case hints(StatusBarView.HintsKey)
    }

    /// Everything a table row reads (as `JobTableView.RowKey`, the width aside: a new width is a full
    /// render), with the job as a place in the page: the same page array holds the same jobs, so most
    /// lines compare without touching the job at all (copying every visible job per key was a large
    /// part of what was left of its cost).
    struct RowSource: Equatable {
        var rows: [TrainingJob]
        var index: Int
        var selected: Bool
        var columns: [PlacedColumn]
        var options: ViewOptions
        var utcOffsetSeconds: Int

        static func == (a: RowSource, b: RowSource) -> Bool {
            guard a.selected == b.selected, a.utcOffsetSeconds == b.utcOffsetSeconds, a.options == b.options,
                a.columns == b.columns
            else { return false }
            // Both pages are held here, so equal storage cannot be a reused address.
            let samePage = a.rows.withUnsafeBufferPointer { x in
                b.rows.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress && x.count == y.count }
            }
            return samePage ? a.index == b.index : a.rows[a.index] == b.rows[b.index]
        }
    }

    /// Everything the column titles read (see `JobTableView.drawTitles`).
    struct TitlesKey: Equatable {
        var columns: [PlacedColumn]
        var sortField: SortField
        var sortOrder: SortOrder
        var options: ViewOptions
        var width: Int
    }
}
