import JobBrowser
import ModelArts
import TerminalUI

/// The table's title line: each placed column's title, the sorted one with its arrow.
///
/// Holds everything the line shows, so equal title lines draw the same cells.
struct ColumnTitlesView: Equatable {
    var columns: [PlacedColumn]
    var sortField: SortField
    var sortOrder: SortOrder
    var options: ViewOptions

    /// Draws the titles on line `y`.
    func draw(y: Int, into buffer: inout ScreenBuffer) {
        buffer.fill(y: y, role: .tableHeader)
        for placed in columns {
            let sorted = placed.column.sortField == sortField
            let title = placed.column.title + (sorted ? " " + options.arrow(sortOrder) : "")
            let text = placed.column.alignsRight ? TextFit.padLeft(title, to: placed.width) : title
            buffer.put(
                text, x: placed.x, y: y, role: sorted ? .tableHeaderSorted : .tableHeader, maxWidth: placed.width)
        }
    }
}
