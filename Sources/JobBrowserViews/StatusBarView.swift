import JobBrowser
import JobPresentation
import ModelArts
import TerminalUI

/// The status line (row, range, data state), or the search prompt while searching. It changes with
/// nearly every key, so `FrameRenderer` draws it on every frame and it simply holds the state it reads.
struct StatusBarView {
    var state: BrowserState
    var options: ViewOptions

    /// Draws the status line, or the search prompt while searching, on line `y`.
    func draw(y: Int, into buffer: inout ScreenBuffer) {
        if case .search(let editor) = state.mode {
            drawPrompt(editor, y: y, into: &buffer)
        } else if case .log(let session) = state.mode {  // Log view
            LogStatusView(session: session, options: options).draw(y: y, into: &buffer)
        } else {
            drawStatusLine(y: y, into: &buffer)
        }
    }

    func drawStatusLine(y: Int, into buffer: inout ScreenBuffer) {
        buffer.fill(y: y, role: .statusBar)
        if let notice = state.profileNotice {
            drawProfileNotice(notice, y: y, into: &buffer)
            return
        }
        let sep = " " + options.glyphs.vertical + " "
        // The selected row over the whole list, and the rows on screen: the table is one list.
        let n = state.selection.count
        var x = buffer.put(" row \(n == 0 ? 0 : state.selection.index + 1)/\(n)", x: 0, y: y, role: .statusBar)
        let rangeStart = x
        if n > 0, state.showsWantedQuery {
            let shown = TableViewport(state, layout: state.layout).rows
            let range =
                "jobs \(shown.lowerBound + 1)–\(shown.upperBound)" + (state.paging.total.map { " of \($0)" } ?? "")
            x += buffer.put(
                sep + (options.unicode ? range : range.replacingOccurrences(of: "–", with: "-")),
                x: x, y: y, role: .statusBar)
        }
        // A one-off notice (copied, exported) stands in for the data state until the next key, a new
        // data state or its expiry (the reducer clears it).
        let (text, role) = state.notice.map { ($0, StyleRole.emphasis) } ?? dataText
        let parts = text.split(separator: "\t", maxSplits: 1).map(String.init)
        let tail = parts.count > 1 ? parts[1] : ""
        // On a narrow line the row range goes first, so the data state (and what to do) stays readable.
        if DisplayWidth.of(text) + x + 4 > buffer.width, rangeStart < x {
            buffer.fill(x: rangeStart, y: y, width: x - rangeStart, role: .statusBar)
            x = rangeStart
        }
        x += buffer.put(sep, x: x, y: y, role: .statusBar)
        let room = buffer.width - x - 1 - DisplayWidth.of(tail)
        x += buffer.putServerText(
            TextFit.truncateEnd(parts[0], to: room, ellipsis: options.glyphs.ellipsis), x: x,
            y: y, role: role)
        x += buffer.put(tail, x: x, y: y, role: role)
        drawRefreshPaused(after: x, y: y, into: &buffer)
    }

    /// The data state in words, with the role that marks it; the text after a tab is kept whole
    /// when the line is cut (it says what to do).
    var dataText: (String, StyleRole) {
        let offset = state.config.utcOffsetSeconds
        let retry = Self.retryKey(state).map { "\($0) to retry" } ?? "retry"
        let ellipsis = options.glyphs.ellipsis
        switch state.dataStatus {
        case .loading:
            return ("loading" + ellipsis, .emphasis)
        case .loaded:
            return ("up to date", .statusBar)
        case .empty:
            let chips = HeaderView.chipText(state)
            return ("0 jobs match" + (chips.isEmpty ? "" : " " + chips), .warning)
        case .stale(let since, let error, let refreshing):
            let at = HumanFormat.dateTime(epochMS: since, utcOffsetSeconds: offset).split(separator: " ").last ?? ""
            if let error {
                return ("showing \(at), refresh failed: " + SafeText.visible(error.message) + "\t: " + retry, .warning)
            }
            return ("showing \(at), " + (refreshing ? "refreshing" + ellipsis : "stale"), .warning)
        case .error(let error):
            return (SafeText.visible(error.message) + "\t: " + retry, .error)
        }
    }

    /// The first key bound to refresh in the live keymap, as the person types it; nil when unbound.
    static func retryKey(_ state: BrowserState) -> String? {
        state.keymap.keys(for: .refresh, in: .table).first.map { $0.description }
    }

    func drawPrompt(_ editor: SearchEditor, y: Int, into buffer: inout ScreenBuffer) {
        buffer.fill(y: y, role: .normal)
        var x = buffer.put(" / ", x: 0, y: y, role: .prompt)
        x = Self.drawPromptText(editor, x: x, y: y, room: max(1, buffer.width - x - 24), into: &buffer)
        let status: String
        switch state.dataStatus {
        case .loading: status = "searching" + options.glyphs.ellipsis
        case .empty: status = "no match"
        case .error: status = "search failed"
        default: status = state.paging.total.map { "\($0) match" + ($0 == 1 ? "" : "es") } ?? ""
        }
        let right = buffer.width - DisplayWidth.of(status) - 1
        if right > x + 2 { buffer.put(status, x: right, y: y, role: .dim) }
    }
}
