import JobBrowser
import ModelArts

/// Which rows of the continuous list the table's lines show: the state's viewport, moved if needed
/// so the selection is visible at this screen's size. The renderer draws by it and mouse presses
/// are resolved by it, so a click lands on the row drawn where it was made.
struct TableViewport {
    /// The first row (0-based, over the whole query) on screen.
    var offset: Int
    /// The rows on screen, top down from `layout.tableTop`.
    var rows: Range<Int>

    init(_ state: BrowserState, layout: BrowserLayout) {
        let visible = layout.tableRows
        let count = state.selection.count
        // The state's viewport was computed for its own size; keep the selection visible in this one.
        var offset = min(state.selection.offset, max(0, count - visible))
        if state.selection.index >= offset + visible { offset = state.selection.index - visible + 1 }
        if state.selection.index < offset { offset = state.selection.index }
        self.offset = max(0, offset)
        rows = self.offset..<max(self.offset, min(count, self.offset + visible))
    }

    /// The rows the columns are laid out from: the page holding the selection, or while it loads the
    /// first loaded page in view. From the state alone, so the renderer and a fresh render agree.
    static func columnRows(_ state: BrowserState, layout: BrowserLayout) -> [TrainingJob] {
        let rows = state.rows
        guard rows.isEmpty, !state.selection.isEmpty else { return rows }
        let view = TableViewport(state, layout: layout).rows
        guard !view.isEmpty else { return rows }
        for page in state.listPage(ofRow: view.lowerBound)...state.listPage(ofRow: view.upperBound - 1) {
            if let jobs = state.listPageJobs(page) { return jobs }
        }
        return rows
    }
}
