import JobBrowser
import TerminalUI

/// The list both pickers draw: a centred box with a title and an `i/n` footer, one row per entry
/// (the active one marked with a bullet, the highlighted one in reverse video), scrolled so the
/// highlight stays in view. Each picker draws only what follows the marker.
struct PickerListView {
    var title: String
    var width: Int
    var count: Int
    var index: Int
    var options: ViewOptions

    /// One visible entry, handed to the picker to draw its text from `x`.
    struct Row {
        var index: Int
        var x: Int
        var y: Int
        var highlighted: Bool
        var box: OverlayBox

        /// The row's background role: the highlight, else the overlay.
        var base: StyleRole { highlighted ? .selectedRow : .overlay }

        /// `own` on a plain row; the highlight's role on the highlighted one, so it reads as one bar.
        func role(_ own: StyleRole) -> StyleRole { highlighted ? base : own }

        /// The x just inside the box's right padding, where right-aligned details end.
        var rightEdge: Int { box.x + box.width - 2 }
    }

    /// Draws the box of `count` entries with `index` highlighted; `isActive` marks the entry in use and
    /// `drawRow` draws each visible entry's text.
    func draw(
        in layout: BrowserLayout, into buffer: inout ScreenBuffer, isActive: (Int) -> Bool,
        drawRow: (Row, inout ScreenBuffer) -> Void
    ) {
        let box = OverlayBox.centred(
            width: width, height: count + 2, in: buffer, top: layout.tableTop - 1,
            bottom: layout.statusRow)
        box.draw(title: title, footer: "\(index + 1)/\(count)", options: options, into: &buffer)
        let rows = box.innerHeight
        guard rows > 0 else { return }
        // Scroll so the highlighted entry stays in view, centred when possible.
        let offset = max(0, min(index - rows / 2, count - rows))
        for i in offset..<min(count, offset + rows) {
            let y = box.contentY + i - offset
            var row = Row(index: i, x: box.contentX - 1, y: y, highlighted: i == index, box: box)
            buffer.fill(x: box.x + 1, y: y, width: box.width - 2, role: row.base)
            row.x += buffer.put(isActive(i) ? options.bullet : " ", x: row.x, y: y, role: row.role(.emphasis))
            row.x += 1
            drawRow(row, &buffer)
        }
    }
}
