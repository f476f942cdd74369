import JobBrowser
import TerminalUI

extension BrowserView {
    /// What a mouse event points at on the screen `render` draws for `state`: a job row, a column
    /// title (with the gap after it, so near misses still count), or a wheel notch; nil for
    /// anything else. Pure, from the same layout the table is drawn with.
    public static func mouseTarget(
        _ event: MouseEvent, in state: BrowserState, options: ViewOptions = ViewOptions()
    ) -> MouseTarget? {
        switch event.kind {
        case .wheelUp: return .wheelUp
        case .wheelDown: return .wheelDown
        case .press: break
        }
        let layout = state.layout
        guard !layout.isTooSmall else { return nil }
        if event.y == layout.tableHeaderRow {
            // Laid out afresh (the renderer keeps its layout to itself): a click is rare, a key is not.
            let columns = ColumnLayout.place(
                width: state.size.width, rows: TableViewport.columnRows(state, layout: layout),
                sortField: state.sortField,
                options: options, api: state.api)
            let hit = columns.first { event.x >= $0.x && event.x < $0.x + $0.width + ColumnLayout.gap }
            return hit?.column.sortField.map { .columnTitle($0) }
        }
        guard (layout.tableTop..<layout.tableTop + layout.tableRows).contains(event.y) else { return nil }
        let row = TableViewport(state, layout: layout).offset + event.y - layout.tableTop
        return (0..<state.selection.count).contains(row) ? .row(row) : nil
    }
}
