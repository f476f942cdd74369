import JobBrowser
import TerminalUI

/// Every binding of the keymap, grouped by where it applies, in as many columns as the screen needs.
enum HelpView {
    typealias Line = (keys: String, text: String, isHeading: Bool)

    static func lines(_ keymap: Keymap, options: ViewOptions) -> [Line] {
        var lines: [Line] = []
        for context in [KeyContext.table, .global, .search, .picker, .detail, .export, .help] {
            let bindings = keymap.bindings(in: context).filter { !$0.keys.isEmpty }
            guard !bindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append(("", "", false)) }
            lines.append((context.title, "", true))
            for b in bindings {
                lines.append((b.keys.map(options.keyName).joined(separator: " "), b.help, false))
            }
        }
        return lines
    }

    static func draw(
        _ keymap: Keymap, scroll: Int, layout: BrowserLayout, options: ViewOptions, into buffer: inout ScreenBuffer
    ) {
        let all = lines(keymap, options: options)
        let keyWidth = min(14, (all.filter { !$0.isHeading }.map { DisplayWidth.of($0.keys) }.max() ?? 0) + 2)
        let maxRows = max(1, layout.statusRow - layout.tableHeaderRow - 2)
        let fullText = all.map { DisplayWidth.of($0.text) }.max() ?? 0
        // As many columns as needed (at most what fits), each as wide as the text allows.
        let columnsNeeded = (all.count + maxRows - 1) / maxRows
        let columns = max(1, min(columnsNeeded, (buffer.width - 4) / (keyWidth + 24)))
        let columnWidth = min(keyWidth + fullText + 3, (buffer.width - 4) / columns)
        let textWidth = columnWidth - keyWidth - 3
        let rows = min(maxRows, (all.count + columns - 1) / columns)
        let box = OverlayBox.centred(width: columns * columnWidth + 4, height: rows + 2, in: buffer,
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
            buffer.put(TextFit.truncateEnd(line.text, to: textWidth, ellipsis: options.glyphs.ellipsis),
                       x: x + keyWidth, y: y, role: .overlay)
        }
    }
}
