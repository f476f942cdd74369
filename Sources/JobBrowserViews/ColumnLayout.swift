import ModelArts
import Synchronization
import TerminalUI

/// Chooses the table's columns and widths for a terminal width from the rows on the page: fixed
/// columns take what their content needs, DESCRIPTION and then ID, VERSIONS, DURATION are dropped
/// before NAME has to shrink below a comfortable width.
enum ColumnLayout {
    static let gap = 2
    static let margin = 1
    /// NAME may not be squeezed below this (or its longest value, if shorter) while columns can go.
    static let comfortableName = 20
    static let minimumDescription = 11
    static let createdWidth = 16

    static func place(width: Int, rows: [TrainingJob], sortField: SortField, options: ViewOptions) -> [PlacedColumn] {
        let available = max(0, width - 2 * margin)
        let natural = naturalWidths(rows: rows, sortField: sortField, options: options)
        let want: (TableColumn) -> Int = { natural[$0] ?? 0 }
        // Space left for NAME and DESCRIPTION once the other columns and the gaps are placed.
        func left(_ cols: [TableColumn]) -> Int {
            let fixedSum = cols.filter { $0 != .name && $0 != .description }.reduce(0) { $0 + want($1) }
            return available - fixedSum - gap * (cols.count - 1)
        }
        let nameNeed = min(want(.name), comfortableName)
        var columns = TableColumn.allCases
        for candidate in TableColumn.dropOrder {
            let need = nameNeed + (columns.contains(.description) ? minimumDescription : 0)
            if left(columns) >= need { break }
            columns.removeAll { $0 == candidate }
        }
        let space = left(columns)
        var widths: [TableColumn: Int] = [:]
        if columns.contains(.description) {
            // NAME gets what it needs up to three fifths of the space; DESCRIPTION keeps a readable minimum.
            var name = min(want(.name), max(space - want(.description), space * 3 / 5))
            name = max(4, min(name, space - minimumDescription))
            widths[.name] = name
            widths[.description] = max(min(want(.description), space - name), min(minimumDescription, space - name))
        } else {
            widths[.name] = max(4, min(want(.name), space))
        }
        var x = margin
        var placed: [PlacedColumn] = []
        for column in columns {
            let w = widths[column] ?? want(column)
            placed.append(PlacedColumn(column: column, x: x, width: w))
            x += w + gap
        }
        return placed
    }

    /// What each column needs to show every row of the page (and its title with a sort arrow).
    /// Measuring every row is O(page size); a frame after a key press has the same rows (the same
    /// array buffer, so `==` is O(1)), so the last answer is kept: a move costs the same at 10 or 1000
    /// rows per page (docs/PERFORMANCE.md).
    static func naturalWidths(rows: [TrainingJob], sortField: SortField, options: ViewOptions) -> [TableColumn: Int] {
        let key = WidthsKey(rows: rows, sortField: sortField, options: options)
        if let hit = lastWidths.withLock({ $0?.key == key ? $0?.widths : nil }) { return hit }
        let widths = measureWidths(rows: rows, sortField: sortField, options: options)
        lastWidths.withLock { $0 = (key, widths) }
        return widths
    }

    private struct WidthsKey: Equatable, Sendable {
        var rows: [TrainingJob]
        var sortField: SortField
        var options: ViewOptions
    }

    private static let lastWidths = Mutex<(key: WidthsKey, widths: [TableColumn: Int])?>(nil)

    private static func measureWidths(
        rows: [TrainingJob], sortField: SortField, options: ViewOptions
    ) -> [TableColumn: Int] {
        var widths: [TableColumn: Int] = [:]
        for column in TableColumn.allCases {
            let arrow = column.sortField == sortField ? 2 : 0
            widths[column] = DisplayWidth.of(column.title) + arrow
        }
        widths[.created] = max(widths[.created] ?? 0, createdWidth)
        widths[.status] = max(widths[.status] ?? 0, 9)
        if rows.isEmpty {
            // Keep an empty table's titles where a typical page would put them.
            widths[.name] = comfortableName
            widths[.status] = 13
            widths[.description] = comfortableName
        }
        for job in rows {
            widths[.name] = max(widths[.name] ?? 0, DisplayWidth.of(SafeText.visible(job.name)))
            widths[.description] = max(widths[.description] ?? 0, DisplayWidth.of(SafeText.visible(job.description)))
            widths[.status] = max(widths[.status] ?? 0, 2 + DisplayWidth.of(job.status.word))
            widths[.duration] = max(widths[.duration] ?? 0, DisplayWidth.of(HumanFormat.duration(ms: job.durationMS)))
            widths[.versions] = max(widths[.versions] ?? 0, String(job.versionCount).count)
            widths[.id] = max(widths[.id] ?? 0, DisplayWidth.of(SafeText.visible(job.id.description)))
        }
        return widths
    }
}
