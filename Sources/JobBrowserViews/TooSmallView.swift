import JobBrowser
import TerminalUI

/// What a screen smaller than `BrowserLayout.minimumSize` shows: the size it needs and has.
struct TooSmallView {
    /// Draws the message centred on a blank buffer.
    func draw(into buffer: inout ScreenBuffer) {
        let min = BrowserLayout.minimumSize
        let text = "terminal too small: need \(min.width)x\(min.height), have \(buffer.width)x\(buffer.height)"
        let lines =
            buffer.width >= DisplayWidth.of(text)
            ? [text]
            : [
                "terminal too small:", "need \(min.width)x\(min.height),",
                "have \(buffer.width)x\(buffer.height)",
            ]
        let top = max(0, (buffer.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (buffer.width - DisplayWidth.of(line)) / 2)
            buffer.put(line, x: x, y: top + i, role: .warning)
        }
    }
}
