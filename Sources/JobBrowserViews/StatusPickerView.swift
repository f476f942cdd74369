import JobBrowser
import ModelArts
import TerminalUI

/// The status filter picker: All, the six groups with their codes, then every code by word.
struct StatusPickerView {
    var picker: StatusPicker
    /// The filter in use, marked with a bullet.
    var filter: StatusFilter
    var options: ViewOptions

    /// True when the picker lists v2 phases (the table shows v2 jobs): groups then name their phases.
    var isV2: Bool { picker.items.contains { if case .phase = $0 { true } else { false } } }

    /// Draws the box between the header and the status line.
    func draw(in layout: BrowserLayout, into buffer: inout ScreenBuffer) {
        let list = PickerListView(
            title: "Filter by status", width: 44, count: picker.items.count, index: picker.index, options: options)
        list.draw(in: layout, into: &buffer, isActive: { picker.items[$0] == filter }) { row, buffer in
            let item = picker.items[row.index]
            var x = row.x
            if let group = item.group {
                x += buffer.put(options.statusGlyph(group), x: x, y: row.y, role: row.role(group.role))
            } else {
                x += buffer.put(" ", x: x, y: row.y, role: row.base)
            }
            x += 1
            x += buffer.put(item.title, x: x, y: row.y, role: row.base, maxWidth: row.box.innerWidth - 14)
            let detail: String
            switch item {
            case .all: detail = isV2 ? "every phase" : "every code"
            case .group(let g) where isV2: detail = g.phases.joined(separator: " ")
            case .group(let g): detail = g.codes.map(String.init).joined(separator: " ")
            case .code(let c): detail = "code \(c)"
            case .phase: detail = "phase"
            }
            let dx = row.rightEdge - DisplayWidth.of(detail)
            if dx > x + 1 { buffer.put(detail, x: dx, y: row.y, role: row.role(.dim)) }
        }
    }
}
