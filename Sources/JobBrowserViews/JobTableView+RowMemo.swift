import JobBrowser
import ModelArts
import Synchronization
import TerminalUI

extension JobTableView {
    /// Everything `drawRow` reads. A row drawn from the same inputs is the same cells, so the cells are
    /// kept and copied back: a one-row move formats only the two rows whose selection changed, instead
    /// of every visible row (profiled: formatting was ~60% of a key's cost; docs/PERFORMANCE.md).
    /// Keep this in step with `drawRow`: an input it starts to read must be added here.
    struct RowKey: Hashable, Sendable {
        var job: TrainingJob
        var selected: Bool
        var columns: [PlacedColumn]
        var options: ViewOptions
        var utcOffsetSeconds: Int
        var width: Int
    }

    /// Recently drawn rows; cleared when it grows past `rowMemoLimit` (a few screens of rows).
    private static let rowMemo = Mutex<[RowKey: [Cell]]>([:])
    static let rowMemoLimit = 512

    /// Draws one row on a blank line `y`, from the memo when this exact row was drawn before.
    static func drawRowMemoized(
        _ job: TrainingJob, selected: Bool, columns: [PlacedColumn], y: Int, state: BrowserState,
        options: ViewOptions, into buffer: inout ScreenBuffer
    ) {
        guard y >= 0, y < buffer.height else { return }
        let key = RowKey(job: job, selected: selected, columns: columns, options: options,
                         utcOffsetSeconds: state.config.utcOffsetSeconds, width: buffer.width)
        if let cells = rowMemo.withLock({ $0[key] }), cells.count == buffer.width {
            for x in 0..<buffer.width { buffer[x, y] = cells[x] }
            return
        }
        drawRow(job, selected: selected, columns: columns, y: y, state: state, options: options, into: &buffer)
        let cells = (0..<buffer.width).map { buffer[$0, y] }
        rowMemo.withLock { memo in
            if memo.count >= rowMemoLimit { memo.removeAll(keepingCapacity: true) }
            memo[key] = cells
        }
    }
}
