import JobBrowser
import TerminalUI

/// The log view's status line: where the view is in the lines held, follow and wrap, and the one-line
/// message (an error, the saved file); the search prompt while it is typed.
struct LogStatusView {
    var session: LogSession
    var options: ViewOptions

    func draw(y: Int, into buffer: inout ScreenBuffer) {
        buffer.fill(y: y, role: .statusBar)
        if let editor = session.prompt {
            let x = buffer.put("/", x: 0, y: y, role: .prompt)
            _ = StatusBarView.drawPromptText(editor, x: x, y: y, room: buffer.width - x - 1, into: &buffer)
            return
        }
        let sep = " " + options.glyphs.vertical + " "
        var x = 0
        if case .reading = session.stage {
            let viewport = LogViewport(size: buffer.size, wrap: session.wrap)
            let rows = viewport.rows(from: viewport.resolve(session.top, session.lines), session.lines)
            let n = session.lines.count
            let position =
                n == 0 ? " no lines" : " lines \((rows.first?.line ?? 0) + 1)–\((rows.last?.line ?? 0) + 1) of \(n)"
            x += buffer.put(
                options.unicode ? position : position.replacingOccurrences(of: "–", with: "-"), x: x, y: y,
                role: .statusBar)
            switch session.follow {
            case .on: x += buffer.put(sep + "following", x: x, y: y, role: .statusBar)
            case .paused: x += buffer.put(sep + "follow paused", x: x, y: y, role: .statusBar)
            case .off: break
            }
            if session.wrap { x += buffer.put(sep + "wrap", x: x, y: y, role: .statusBar) }
            if !session.wrap, session.column > 0 {
                x += buffer.put(sep + "col \(session.column + 1)", x: x, y: y, role: .statusBar)
            }
        }
        guard let message = session.message else { return }
        x += buffer.put(sep, x: x, y: y, role: .statusBar)
        let role: StyleRole = session.messageIsError ? .error : .emphasis
        buffer.putServerText(
            TextFit.truncateEnd(message, to: max(0, buffer.width - x - 1), ellipsis: options.glyphs.ellipsis), x: x,
            y: y, role: role)
    }
}
