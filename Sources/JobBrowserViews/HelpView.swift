import JobBrowser
import TerminalUI

/// Every binding of the keymap, grouped by where it applies, in as many columns as the screen needs
/// (`HelpLayout`, which the reducer scrolls by too).
struct HelpView {
    var keymap: Keymap
    var scroll: Int
    var options: ViewOptions

    /// Draws the box between the header and the status line.
    func draw(in layout: BrowserLayout, into buffer: inout ScreenBuffer) {
        let help = HelpLayout(keymap, layout: layout, keyName: options.keyName)
        let all = help.lines
        let keyWidth = help.keyWidth, columnWidth = help.columnWidth, columns = help.columns
        let textWidth = columnWidth - keyWidth - 3
        let box = OverlayBox.centred(
            width: columns * columnWidth + 4, height: help.rows + 2, in: buffer,
            top: layout.tableHeaderRow, bottom: layout.statusRow)
        let capacity = box.innerHeight * columns
        let offset = max(0, min(scroll, all.count - capacity))
        let hidden = all.count - capacity
        let footer = hidden > 0 ? "lines \(offset + 1)-\(min(all.count, offset + capacity)) of \(all.count)" : nil
        box.draw(title: "Keys", footer: footer, options: options, into: &buffer)
        guard box.innerHeight > 0 else { return }
        for (i, line) in all.dropFirst(offset).prefix(capacity).enumerated() {
            let column = i / box.innerHeight, row = i % box.innerHeight
            let x = box.contentX + column * columnWidth, y = box.contentY + row
            if line.isHeading {
                buffer.put(line.keys, x: x, y: y, role: .emphasis, maxWidth: columnWidth - 1)
                continue
            }
            buffer.put(line.keys, x: x, y: y, role: .keyHint, maxWidth: keyWidth - 1)
            buffer.put(
                TextFit.truncateEnd(line.text, to: textWidth, ellipsis: options.glyphs.ellipsis),
                x: x + keyWidth, y: y, role: .overlay)
        }
    }
}
