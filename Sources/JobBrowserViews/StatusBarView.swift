import JobBrowser
import JobPresentation
import ModelArts
import TerminalUI

/// The two bottom rows: the status line (row, range, data state) or the search prompt, then the
/// key hints drawn from the live keymap for whatever has the keyboard.
enum StatusBarView {
    static func draw(
        _ state: BrowserState, layout: BrowserLayout, options: ViewOptions, memoized: Bool = true,
        into buffer: inout ScreenBuffer
    ) {
        drawStatusRow(state, layout: layout, options: options, into: &buffer)
        if memoized {
            drawHintRow(state, layout: layout, options: options, into: &buffer)
        } else {
            drawHints(state.keymap.hints(for: state.hintScope), y: layout.hintRow, options: options, into: &buffer)
        }
    }

    /// The status line, or the search prompt while searching.
    static func drawStatusRow(
        _ state: BrowserState, layout: BrowserLayout, options: ViewOptions,
        into buffer: inout ScreenBuffer
    ) {
        if case .search(let editor) = state.mode {
            drawPrompt(editor, state: state, y: layout.statusRow, options: options, into: &buffer)
        } else {
            drawStatusLine(state, y: layout.statusRow, options: options, into: &buffer)
        }
    }

    /// The key hints for whatever has the keyboard.
    static func drawHintRow(
        _ state: BrowserState, layout: BrowserLayout, options: ViewOptions,
        into buffer: inout ScreenBuffer
    ) {
        drawHintsMemoized(
            state.keymap, scope: state.hintScope, y: layout.hintRow, options: options,
            into: &buffer)
    }

    /// What the hint row is drawn from (see `drawHintsMemoized`).
    static func hintsKey(_ state: BrowserState, width: Int, options: ViewOptions) -> HintsKey {
        HintsKey(keymap: state.keymap, scope: state.hintScope, options: options, width: width)
    }

    static func drawStatusLine(_ state: BrowserState, y: Int, options: ViewOptions, into buffer: inout ScreenBuffer) {
        buffer.fill(y: y, role: .statusBar)
        if let notice = state.profileNotice {
            drawProfileNotice(notice, y: y, options: options, into: &buffer)
            return
        }
        let sep = " " + options.glyphs.vertical + " "
        let n = state.rows.count
        var x = buffer.put(" row \(n == 0 ? 0 : state.selection.index + 1)/\(n)", x: 0, y: y, role: .statusBar)
        let rangeStart = x
        // The range of the rows on screen, also while another page of the same query loads.
        if n > 0, state.showsWantedQuery {
            let first = (state.shownPage - 1) * state.paging.perPage + 1
            let range = "jobs \(first)–\(first + n - 1)" + (state.paging.total.map { " of \($0)" } ?? "")
            x += buffer.put(
                sep + (options.unicode ? range : range.replacingOccurrences(of: "–", with: "-")),
                x: x, y: y, role: .statusBar)
        }
        // A one-off notice (copied, exported) stands in for the data state until the next key, a new
        // data state or its expiry (the reducer clears it).
        let (text, role) = state.notice.map { ($0, StyleRole.emphasis) } ?? dataText(state, options: options)
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
        drawRefreshPaused(state, after: x, y: y, options: options, into: &buffer)
    }

    /// The data state in words, with the role that marks it; the text after a tab is kept whole
    /// when the line is cut (it says what to do).
    static func dataText(_ state: BrowserState, options: ViewOptions) -> (String, StyleRole) {
        let offset = state.config.utcOffsetSeconds
        let retry = retryKey(state).map { "\($0) to retry" } ?? "retry"
        let ellipsis = options.glyphs.ellipsis
        switch state.dataStatus {
        case .loading:
            return ("loading" + ellipsis, .emphasis)
        case .loaded:
            return ("up to date", .statusBar)
        case .empty:
            let chips = HeaderView.chips(state).map { "[\($0.0): \($0.1)]" }.joined(separator: " ")
            return ("0 jobs match" + (chips.isEmpty ? "" : " " + chips), .warning)
        case .stale(let since, let error, let refreshing):
            let at = HumanFormat.dateTime(epochMS: since, utcOffsetSeconds: offset).split(separator: " ").last ?? ""
            if let error {
                return ("showing \(at), refresh failed: " + SafeText.visible(error.message) + "\t: " + retry, .warning)
            }
            return ("showing \(at), " + (refreshing ? "refreshing" + ellipsis : "stale"), .warning)
        case .error(let error):
            return (SafeText.visible(error.message) + "\t: " + retry, .error)
        case .otherPage(let page, nil):
            return ("loading page \(page)" + ellipsis, .emphasis)
        case .otherPage(let page, let error?):
            return ("page \(page) failed: " + SafeText.visible(error.message) + "\t: " + retry, .error)
        }
    }

    /// The first key bound to refresh in the live keymap, as the person types it; nil when unbound.
    static func retryKey(_ state: BrowserState) -> String? {
        state.keymap.keys(for: .refresh, in: .table).first.map { $0.description }
    }

    static func drawPrompt(
        _ editor: SearchEditor, state: BrowserState, y: Int, options: ViewOptions, into buffer: inout ScreenBuffer
    ) {
        buffer.fill(y: y, role: .normal)
        var x = buffer.put(" / ", x: 0, y: y, role: .prompt)
        x = drawPromptText(editor, x: x, y: y, room: max(1, buffer.width - x - 24), into: &buffer)
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

    static func drawHints(_ hints: [KeyHint], y: Int, options: ViewOptions, into buffer: inout ScreenBuffer) {
        buffer.fill(y: y, role: .normal)
        var items: [(keys: String, label: String)] = hints.map { hint in
            let keys = hint.keys.map(options.keyName)
            let allSingle = keys.count > 2 && keys.allSatisfy { $0.count == 1 }
            return (keys.joined(separator: allSingle ? "" : "/"), hint.label)
        }
        let width = { (list: [(keys: String, label: String)]) in
            list.reduce(0) { $0 + DisplayWidth.of($1.keys) + 1 + DisplayWidth.of($1.label) + 2 }
        }
        // The last two hints (help, quit) matter most when space runs out: drop from just before them.
        // `width` counts a gap after every hint and the bar starts at x 1: it fits when that is at most the width.
        while width(items) > buffer.width, items.count > 2 { items.remove(at: items.count - 3) }
        var x = 1
        for item in items {
            guard x + DisplayWidth.of(item.keys) + 1 + DisplayWidth.of(item.label) <= buffer.width - 1 else { break }
            x += buffer.put(item.keys, x: x, y: y, role: .keyHint)
            x += buffer.put(" " + item.label, x: x, y: y, role: .dim)
            x += 2
        }
    }
}
