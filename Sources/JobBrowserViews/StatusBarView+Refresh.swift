import JobBrowser
import TerminalUI

extension StatusBarView {
    /// While `Z` has paused automatic refresh, the right end of the status line says so (and which
    /// key resumes it), for as long as it is paused: a pause nobody notices would leave old data up.
    func drawRefreshPaused(after x: Int, y: Int, into buffer: inout ScreenBuffer) {
        guard state.refreshSchedule.isPausedByUser else { return }
        let key = state.keymap.keys(for: .toggleRefresh, in: .table).first.map { " · \(options.keyName($0)) resumes" }
        for text in ["auto-refresh paused" + (key ?? "") + " ", "refresh paused "] {
            let left = buffer.width - DisplayWidth.of(text)
            if left > x + 1 {
                buffer.put(text, x: left, y: y, role: .warning)
                return
            }
        }
    }
}
