import JobBrowser
import TerminalUI

/// Draws the browser's frames. It alone remembers the frame before: each line is drawn from a view
/// value that holds everything the line shows, and a line whose view equals the one it was drawn from
/// last frame is left as it was. `render` returns the lines it drew, so the terminal compares and
/// sends only them. A fresh renderer draws every line: that is the full render (`BrowserView.render`).
///
/// A key that moves the selection changes two table lines and the status line; drawing, copying and
/// comparing all 40 lines of a frame touched ~115 KB that the harness and other programs had pushed
/// out of the CPU's caches between keys, and that, not the arithmetic, was most of a key's latency
/// (docs/PERFORMANCE.md). ReliabilityTests P04 checks over random sessions that the frames it draws
/// line by line equal those a fresh renderer draws.
public struct FrameRenderer {
    /// The frame drawn last.
    public internal(set) var frame = ScreenBuffer(width: 0, height: 0)
    /// What each line of `frame` was drawn from.
    var sources: [LineSource] = []
    /// The table's columns and the page, sort and glyphs they were laid out for.
    var columnCache: (key: ColumnKey, columns: [PlacedColumn])?
    /// The rows last drawn on each table line, with their cells (see `drawRow`).
    var recentRows: [[RowCells]] = []
    /// How the last `render` moved lines of the frame before (a scrolled log), for the terminal to
    /// move them too; nil when nothing moved.
    public internal(set) var lastShift: RowShift?

    /// A renderer with no frame yet: its first `render` draws every line.
    public init() {}

    /// Draws `state` over the last frame; returns the lines that were drawn again, top down.
    @discardableResult
    public mutating func render(_ state: BrowserState, options: ViewOptions) -> [Int] {
        if frame.size != state.size { start(size: state.size) }
        var lines = LineBook(sources: sources)
        sources = []  // the book holds them meanwhile, so changing them does not copy the array
        lastShift = nil
        let layout = BrowserLayout(size: state.size)
        if layout.isTooSmall {
            if lines.redraw(0..<frame.height, from: .unkeyed, in: &frame) { TooSmallView().draw(into: &frame) }
        } else {
            let header = HeaderView(state, options: options)
            if lines.redraw(0..<layout.headerRows, from: .header(header), in: &frame) { header.draw(into: &frame) }
            if case .log(let session) = state.mode {
                drawLog(LogView(session: session, options: options), layout: layout, lines: &lines)
            } else {
                drawTable(state, layout: layout, options: options, lines: &lines)
                BrowserView.drawOverlay(state, layout: layout, options: options, into: &frame)
            }
            if lines.redraw(layout.statusRow..<layout.statusRow + 1, from: .unkeyed, in: &frame) {
                StatusBarView(state: state, options: options).draw(y: layout.statusRow, into: &frame)
            }
            let hints = HintBarView(state, options: options)
            if lines.redraw(layout.hintRow..<layout.hintRow + 1, from: .hints(hints), in: &frame) {
                hints.draw(y: layout.hintRow, into: &frame)
            }
        }
        sources = lines.sources
        return lines.drawn
    }

    /// Forgets everything drawn before: a new size is drawn from scratch.
    private mutating func start(size: Size) {
        frame = ScreenBuffer(size: size)
        sources = Array(repeating: .unkeyed, count: frame.height)
        columnCache = nil
        recentRows = Array(repeating: [], count: frame.height)
    }
}
