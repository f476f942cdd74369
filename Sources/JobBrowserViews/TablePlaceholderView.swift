import JobBrowser
import TerminalUI

/// What the empty table area says: loading, nothing matched, or the error. Rare, so it is drawn
/// again on every frame that shows it and simply holds the state it reads.
struct TablePlaceholderView {
    var state: BrowserState
    var options: ViewOptions

    /// Draws the lines centred in the table's body (`layout.tableTop` on), which must be blank.
    func draw(in layout: BrowserLayout, into buffer: inout ScreenBuffer) {
        let lines: [(String, StyleRole)]
        switch state.dataStatus {
        case .empty:
            let chips = HeaderView.chipText(state)
            lines = [
                ("0 jobs match " + (chips.isEmpty ? "" : chips), .warning),
                (emptyHint, .dim),
            ]
        case .error(let error):
            lines = [("Could not load jobs", .error), (SafeText.visible(error.message), .normal)] + retryLine
        case .stale(_, let error?, _):
            lines = [(SafeText.visible(error.message), .error)] + retryLine
        default:
            lines = [("loading jobs" + options.glyphs.ellipsis, .dim)]
        }
        let top = layout.tableTop + max(0, (layout.tableRows - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let text = TextFit.truncateEnd(line.0, to: buffer.width - 4, ellipsis: options.glyphs.ellipsis)
            let x = max(2, (buffer.width - DisplayWidth.of(text)) / 2)
            buffer.putServerText(text, x: x, y: top + i, role: line.1)
        }
    }

    /// "press R to retry" with the key refresh is bound to now; nothing when it is unbound.
    var retryLine: [(String, StyleRole)] {
        StatusBarView.retryKey(state).map { [("press \($0) to retry", .dim)] } ?? []
    }

    var emptyHint: String {
        var hints: [String] = []
        let keys = { (action: BrowserAction) in
            state.keymap.keys(for: action, in: .table).first.map { $0.description }
        }
        if !state.search.isEmpty, let k = keys(.clearSearch) { hints.append("\(k) clears the search") }
        if state.filter != .all, let k = keys(.statusFilter) { hints.append("\(k) changes the status filter") }
        return hints.isEmpty ? "no training jobs yet" : hints.joined(separator: " · ")
    }
}
