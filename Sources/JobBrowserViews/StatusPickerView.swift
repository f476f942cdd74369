import JobBrowser
import ModelArts
import TerminalUI

/// The status filter picker: All, the six groups with their codes, then every code by word.
enum StatusPickerView {
    static func draw(
        _ picker: StatusPicker, state: BrowserState, layout: BrowserLayout, options: ViewOptions,
        into buffer: inout ScreenBuffer
    ) {
        let box = OverlayBox.centred(width: 44, height: picker.items.count + 2, in: buffer, top: layout.tableTop - 1,
                                     bottom: layout.statusRow)
        let position = "\(picker.index + 1)/\(picker.items.count)"
        box.draw(title: "Filter by status", footer: position, options: options, into: &buffer)
        let rows = box.innerHeight
        guard rows > 0 else { return }
        // Scroll so the highlighted entry stays in view, centred when possible.
        let offset = max(0, min(picker.index - rows / 2, picker.items.count - rows))
        for i in offset..<min(picker.items.count, offset + rows) {
            let y = box.contentY + i - offset
            let item = picker.items[i]
            let highlighted = i == picker.index
            let base: StyleRole = highlighted ? .selectedRow : .overlay
            buffer.fill(x: box.x + 1, y: y, width: box.width - 2, role: base)
            var x = box.contentX - 1
            x += buffer.put(item == state.filter ? options.bullet : " ", x: x, y: y, role: highlighted ? base : .emphasis)
            x += 1
            if let group = item.group {
                x += buffer.put(options.statusGlyph(group), x: x, y: y, role: highlighted ? base : group.role)
            } else {
                x += buffer.put(" ", x: x, y: y, role: base)
            }
            x += 1
            x += buffer.put(item.title, x: x, y: y, role: base, maxWidth: box.innerWidth - 14)
            let detail: String
            switch item {
            case .all: detail = "every code"
            case .group(let g): detail = g.codes.map(String.init).joined(separator: " ")
            case .code(let c): detail = "code \(c)"
            }
            let dx = box.x + box.width - 2 - DisplayWidth.of(detail)
            if dx > x + 1 { buffer.put(detail, x: dx, y: y, role: highlighted ? base : .dim) }
        }
    }
}
