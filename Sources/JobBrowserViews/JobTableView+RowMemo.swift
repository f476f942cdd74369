import JobBrowser
import ModelArts
import Synchronization
import TerminalUI

extension JobTableView {
    /// Everything `drawRow` reads. A row drawn from the same inputs is the same cells, so the cells are
    /// kept and copied back: a one-row move formats only the two rows whose selection changed, instead
    /// of every visible row (profiled: formatting was ~60% of a key's cost; docs/PERFORMANCE.md).
    /// Keep this in step with `drawRow`: an input it starts to read must be added here.
    struct RowKey: Equatable, Sendable {
        var job: TrainingJob
        var selected: Bool
        var columns: [PlacedColumn]
        var options: ViewOptions
        var utcOffsetSeconds: Int
        var width: Int
    }

    /// Recently drawn rows by screen line: the last `variantsPerLine` distinct rows drawn on each line
    /// (the row selected and not). Looked up by `==`, not by hash: hashing every visible job's strings
    /// on every key cost more than the copy it saved (perf, docs/PERFORMANCE.md), while `==` on a job
    /// that is the same value is mostly identity checks of its strings' storage.
    private static let rowMemo = Mutex<[Int: [(key: RowKey, cells: [Cell])]]>([:])
    static let variantsPerLine = 2

    /// Draws one row on a blank line `y`, from the memo when this exact row was drawn there before.
    static func drawRowMemoized(
        _ job: TrainingJob, selected: Bool, columns: [PlacedColumn], y: Int, state: BrowserState,
        options: ViewOptions, into buffer: inout ScreenBuffer
    ) {
        guard y >= 0, y < buffer.height else { return }
        let key = RowKey(
            job: job, selected: selected, columns: columns, options: options,
            utcOffsetSeconds: state.config.utcOffsetSeconds, width: buffer.width)
        let hit = rowMemo.withLock { memo in memo[y]?.first(where: { $0.key == key })?.cells }
        if let cells = hit, cells.count == buffer.width {
            buffer.replaceRow(y, with: cells)
            return
        }
        drawRow(job, selected: selected, columns: columns, y: y, state: state, options: options, into: &buffer)
        let cells = buffer.row(y)
        rowMemo.withLock { memo in
            var variants = memo[y] ?? []
            if variants.count >= variantsPerLine { variants.removeFirst(variants.count - variantsPerLine + 1) }
            variants.append((key, cells))
            memo[y] = variants
        }
    }
}
