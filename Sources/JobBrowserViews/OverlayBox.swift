import TerminalUI

/// A bordered box drawn over the table, with a title in its top border.
struct OverlayBox {
    var x: Int
    var y: Int
    var width: Int
    var height: Int

    /// A box of at most `width` x `height`, centred in the area between the header and the status line.
    static func centred(width: Int, height: Int, in buffer: ScreenBuffer, top: Int, bottom: Int) -> OverlayBox {
        let w = min(width, buffer.width - 2)
        let h = min(height, bottom - top)
        return OverlayBox(
            x: max(0, (buffer.width - w) / 2), y: top + max(0, (bottom - top - h) / 2), width: w, height: h)
    }

    /// Inner rows available for content.
    var innerHeight: Int { max(0, height - 2) }
    /// Inner width available for content (one space of padding each side).
    var innerWidth: Int { max(0, width - 4) }
    /// The x of the content.
    var contentX: Int { x + 2 }
    /// The y of the first content row.
    var contentY: Int { y + 1 }

    func draw(title: String, footer: String? = nil, options: ViewOptions, into buffer: inout ScreenBuffer) {
        let g = options.glyphs
        buffer.fill(x: x, y: y, width: width, height: height, role: .overlay)
        let h = String(repeating: g.horizontal, count: max(0, width - 2))
        buffer.put(g.topLeft + h + g.topRight, x: x, y: y, role: .border)
        buffer.put(g.bottomLeft + h + g.bottomRight, x: x, y: y + height - 1, role: .border)
        for row in (y + 1)..<(y + height - 1) {
            buffer.put(g.vertical, x: x, y: row, role: .border)
            buffer.put(g.vertical, x: x + width - 1, y: row, role: .border)
        }
        buffer.put(" " + title + " ", x: x + 2, y: y, role: .title, maxWidth: max(0, width - 4))
        if let footer {
            let w = DisplayWidth.of(footer) + 2
            buffer.put(
                " " + footer + " ", x: max(x + 2, x + width - 2 - w), y: y + height - 1, role: .dim,
                maxWidth: max(0, width - 4))
        }
    }
}
