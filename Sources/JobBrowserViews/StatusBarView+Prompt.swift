import JobBrowser
import TerminalUI

extension StatusBarView {
    /// The search text with its caret, a reverse-video cell (a space at the end of the text), within
    /// `room` cells from `x`. A text too long for the room loses its start, so the caret and what
    /// was typed just before it stay in view; what follows the caret is cut at the room's end.
    /// Returns the x after the drawn text.
    static func drawPromptText(
        _ editor: SearchEditor, x: Int, y: Int, room: Int, into buffer: inout ScreenBuffer
    ) -> Int {
        let (beforeText, afterText) = editor.split
        var before = SafeText.visible(String(beforeText))
        let after = SafeText.visible(String(afterText))
        let caret = after.first.map(String.init) ?? " "
        let caretWidth = DisplayWidth.of(caret)
        while DisplayWidth.of(before) > room - caretWidth, !before.isEmpty { before.removeFirst() }
        var x = x + buffer.put(before, x: x, y: y, role: .normal)
        x += buffer.put(caret, x: x, y: y, role: .selectedRow)
        var rest = String(after.dropFirst())
        let left = room - DisplayWidth.of(before) - caretWidth
        while DisplayWidth.of(rest) > left, !rest.isEmpty { rest.removeLast() }
        return x + buffer.put(rest, x: x, y: y, role: .normal)
    }
}
