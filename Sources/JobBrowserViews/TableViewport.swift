import JobBrowser

/// Which rows of the page the table's lines show: the state's viewport, moved if needed so the
/// selection is visible at this screen's size. The renderer draws by it and mouse presses are
/// resolved by it, so a click lands on the row drawn where it was made.
struct TableViewport {
    /// The first row of the page on screen.
    var offset: Int
    /// The rows of the page on screen, top down from `layout.tableTop`.
    var rows: Range<Int>

    init(_ state: BrowserState, layout: BrowserLayout) {
        let visible = layout.tableRows
        // The state's viewport was computed for its own size; keep the selection visible in this one.
        var offset = min(state.selection.offset, max(0, state.rows.count - visible))
        if state.selection.index >= offset + visible { offset = state.selection.index - visible + 1 }
        if state.selection.index < offset { offset = state.selection.index }
        self.offset = max(0, offset)
        rows = self.offset..<max(self.offset, min(state.rows.count, self.offset + visible))
    }
}
