import JobBrowser
import Synchronization
import TerminalUI

extension StatusBarView {
    /// What the hint row reads. It changes only with the mode's hint scope (and the keymap, width,
    /// glyphs), so a key that moves the selection copies the last row instead of laying it out again.
    struct HintsKey: Equatable, Sendable {
        var keymap: Keymap
        var scope: HintScope
        var options: ViewOptions
        var width: Int
    }

    private static let hintsMemo = Mutex<(key: HintsKey, row: [Cell])?>(nil)

    /// Draws the hint row for `scope` at `y`, copying it from the last frame when its inputs are the same.
    static func drawHintsMemoized(
        _ keymap: Keymap, scope: HintScope, y: Int, options: ViewOptions, into buffer: inout ScreenBuffer
    ) {
        guard y >= 0, y < buffer.height else { return }
        let key = HintsKey(keymap: keymap, scope: scope, options: options, width: buffer.width)
        if let row = hintsMemo.withLock({ $0?.key == key ? $0?.row : nil }) {
            buffer.replaceRow(y, with: row)
            return
        }
        drawHints(keymap.hints(for: scope), y: y, options: options, into: &buffer)
        let row = buffer.row(y)
        hintsMemo.withLock { $0 = (key, row) }
    }
}
