import JobPresentation
import ModelArts
import TerminalUI

/// Chooses the table's columns and widths for a terminal width from the rows on the page: fixed
/// columns take what their content needs (STATUS a fixed width), NAME gets its natural width, and
/// DESCRIPTION and then ID, VERSIONS, DURATION are dropped before NAME has to shrink.
enum ColumnLayout {
    static let gap = 2
    static let margin = 1
    /// NAME's natural width is at least this, so short-named pages keep a steady layout.
    static let comfortableName = 20
    /// NAME's natural width is at most this before optional columns are shown (longer names are cut).
    static let maximumName = 48
    /// NAME's natural width is rounded up to a multiple of this, so it rarely jumps between pages.
    static let nameStep = 4
    static let minimumDescription = 11
    static let createdWidth = 16

    /// The columns shown at `width` and where they sit. Measures every row of the page: `FrameRenderer`
    /// keeps the last answer, so a key that leaves the page as it was does not lay it out again.
    static func place(
        width: Int, rows: [TrainingJob], sortField: SortField, options: ViewOptions, api: APIVersion = .v1
    ) -> [PlacedColumn] {
        let available = max(0, width - 2 * margin)
        let natural = naturalWidths(rows: rows, sortField: sortField, options: options)
        let flexible = TableColumn.flexible(for: api)
        let want: (TableColumn) -> Int = { natural[$0] ?? 0 }
        let nameWant = nameWidth(natural: want(.name))
        // NAME and the fixed columns first: NAME shrinks only when no optional column is shown, so a
        // wider terminal never gives it fewer cells (the layout is monotonic in `width`).
        var shown: [TableColumn] = [.name, .status, .created]
        var used = nameWant + want(.status) + want(.created) + gap * (shown.count - 1)
        // Optional columns join in the reverse of their drop order, each only if every earlier one did.
        for candidate in TableColumn.dropOrder(for: api).reversed() {
            let need = candidate == flexible ? min(want(flexible), minimumDescription) : want(candidate)
            guard used + gap + need <= available else { break }
            shown.append(candidate)
            used += gap + need
        }
        var widths: [TableColumn: Int] = [:]
        widths[.name] = max(4, min(nameWant, available - (used - nameWant)))
        if shown.contains(flexible) {
            // DESCRIPTION (ALGORITHM on v2) grows to its natural width; then NAME to its longest value.
            let spare = available - used
            let description = min(want(flexible), min(want(flexible), minimumDescription) + spare)
            widths[flexible] = description
            let afterDescription = spare - (description - min(want(flexible), minimumDescription))
            widths[.name] = nameWant + max(0, min(afterDescription, want(.name) - nameWant))
        }
        var x = margin
        var placed: [PlacedColumn] = []
        for column in TableColumn.allCases where shown.contains(column) {
            let w = widths[column] ?? want(column)
            placed.append(PlacedColumn(column: column, x: x, width: w))
            x += w + gap
        }
        return placed
    }

    /// NAME's width before any optional column is shown: its natural width rounded up to a step (so
    /// pages with slightly different names keep the same layout), at least `comfortableName`, at most
    /// `maximumName` (the table may still widen NAME past the cap once every column is shown).
    static func nameWidth(natural: Int) -> Int {
        let stepped = (natural + nameStep - 1) / nameStep * nameStep
        return min(maximumName, max(comfortableName, stepped))
    }

    /// STATUS is as wide as the widest documented status label (glyph, space, word), so it never
    /// changes between pages; an undocumented code's longer word widens it on its page only.
    static let statusWidth: Int = JobStatus.knownCodes.map { 2 + DisplayWidth.of(JobStatus.code($0).word) }.max() ?? 13

    /// What each column needs to show every row of the page (and its title with a sort arrow).
    static func naturalWidths(rows: [TrainingJob], sortField: SortField, options: ViewOptions) -> [TableColumn: Int] {
        var widths: [TableColumn: Int] = [:]
        for column in TableColumn.allCases {
            let arrow = column.sortField == sortField ? 2 : 0
            widths[column] = DisplayWidth.of(column.title) + arrow
        }
        widths[.created] = max(widths[.created] ?? 0, createdWidth)
        widths[.status] = max(widths[.status] ?? 0, statusWidth)
        if rows.isEmpty {
            // Keep an empty table's titles where a typical page would put them.
            widths[.name] = comfortableName
            widths[.description] = comfortableName
            widths[.algorithm] = comfortableName
        }
        for job in rows {
            widths[.name] = max(widths[.name] ?? 0, DisplayWidth.of(SafeText.visible(job.name)))
            widths[.description] = max(widths[.description] ?? 0, DisplayWidth.of(SafeText.visible(job.description)))
            widths[.status] = max(widths[.status] ?? 0, 2 + DisplayWidth.of(job.status.word))
            widths[.duration] = max(widths[.duration] ?? 0, DisplayWidth.of(HumanFormat.duration(ms: job.durationMS)))
            widths[.versions] = max(widths[.versions] ?? 0, String(job.versionCount).count)
            widths[.id] = max(widths[.id] ?? 0, DisplayWidth.of(job.shortID))
            if let facts = job.v2 {
                widths[.nodes] = max(
                    widths[.nodes] ?? 0, DisplayWidth.of(SafeText.visible(facts.compactNodesAndFlavor ?? "—")))
                widths[.algorithm] = max(
                    widths[.algorithm] ?? 0, DisplayWidth.of(SafeText.visible(facts.algorithmOrImage ?? "—")))
            }
        }
        return widths
    }
}
