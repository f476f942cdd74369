import JobBrowser
import ModelArts
import TerminalUI

extension FrameRenderer {
    /// What one line was drawn from: equal sources draw equal cells, because each view holds every
    /// input its drawing reads.
    enum LineSource: Equatable {
        /// Drawn again on every frame: the status line (it changes with nearly every key), the empty
        /// table's placeholder, whatever an overlay covers, and a line not drawn yet.
        case unkeyed
        case header(HeaderView)
        case titles(ColumnTitlesView)
        case row(RowLine)
        /// A row whose page is still on its way.
        case loadingRow(LoadingRowView)
        /// A table line below the last row.
        case blank
        case hints(HintBarView)
        /// The log view's title, and a line of its text.
        case logTitle(LogTitleView)
        case logRow(LogRowView)
    }

    /// What each line was drawn from, and which lines this frame draws again.
    struct LineBook {
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
            guard source == .unkeyed || lines.contains(where: { sources[$0] != source }) else { return false }
            frame.fill(y: lines.lowerBound, height: lines.count, role: .normal)
            for y in lines { sources[y] = source }
            drawn.append(contentsOf: lines)
            return true
        }

        /// The frame's lines moved by `shift`: each keeps its source, and the uncovered ones are drawn again.
        mutating func apply(_ shift: RowShift) {
            let moved = sources
            for y in shift.rows {
                sources[y] = shift.rows.contains(y + shift.offset) ? moved[y + shift.offset] : .unkeyed
            }
        }
    }

    /// A table line's source: a `JobRowView` with the job as a place in the page. The same page array
    /// holds the same jobs, so most lines compare without touching the job at all (copying every
    /// visible job into its view on every key was a large part of what was left of a key's cost).
    struct RowLine: Equatable {
        var rows: [TrainingJob]
        var index: Int
        var selected: Bool
        var columns: [PlacedColumn]
        var options: ViewOptions
        var utcOffsetSeconds: Int
        /// What a write under way shows instead of the job's status (see `BrowserState.rowStatus(of:)`).
        var statusOverride: JobStatus? = nil

        /// The view that draws this line.
        var view: JobRowView {
            JobRowView(
                job: rows[index], selected: selected, columns: columns, options: options,
                utcOffsetSeconds: utcOffsetSeconds, statusOverride: statusOverride)
        }

        static func == (a: RowLine, b: RowLine) -> Bool {
            guard a.selected == b.selected, a.utcOffsetSeconds == b.utcOffsetSeconds, a.options == b.options,
                a.columns == b.columns, a.statusOverride == b.statusOverride
            else { return false }
            // Both pages are held here, so equal storage cannot be a reused address.
            let samePage = a.rows.withUnsafeBufferPointer { x in
                b.rows.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress && x.count == y.count }
            }
            return samePage ? a.index == b.index : a.rows[a.index] == b.rows[b.index]
        }
    }
}
