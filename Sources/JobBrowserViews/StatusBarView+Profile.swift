import JobBrowser
import TerminalUI

extension StatusBarView {
    /// A profile switch in progress, or the one line saying why it failed (the current profile stays).
    func drawProfileNotice(_ notice: ProfileNotice, y: Int, into buffer: inout ScreenBuffer) {
        let text: String
        let role: StyleRole
        switch notice {
        case .connecting(let name):
            text = "connecting to profile \(name)" + options.glyphs.ellipsis
            role = .emphasis
        case .failed(let name, let message):
            // The header still names the profile in use, so the line needs only what went wrong.
            text = (name.isEmpty ? "" : "cannot switch to profile \(name): ") + message
            role = .error
        }
        let shown = TextFit.truncateEnd(SafeText.visible(text), to: buffer.width - 2, ellipsis: options.glyphs.ellipsis)
        buffer.put(" " + shown, x: 0, y: y, role: role)
    }
}
