import JobBrowser
import ModelArts
import TerminalUI

/// Every field of one job with exact times, then its versions (or the raw JSON with `y`), scrolled
/// by the panel's offset. The lines come from `DetailContent`, which the reducer also counts.
struct DetailView {
    var panel: DetailPanel
    var utcOffsetSeconds: Int
    var options: ViewOptions

    /// Draws the box between the header and the status line.
    func draw(in layout: BrowserLayout, into buffer: inout ScreenBuffer) {
        let g = DetailPanel.geometry(for: buffer.size)
        let lines = DetailContent.lines(
            panel, utcOffsetSeconds: utcOffsetSeconds,
            glyphs: options.glyphs, valueWidth: g.valueWidth)
        let box = OverlayBox.centred(
            width: g.boxWidth, height: lines.count + 2, in: buffer, top: layout.tableHeaderRow,
            bottom: layout.statusRow)
        let visible = box.innerHeight
        let offset = max(0, min(panel.scroll, lines.count - visible))
        let name = TextFit.truncateMiddle(
            SafeText.visible(panel.job.name), to: max(4, g.boxWidth - 28),
            ellipsis: options.glyphs.ellipsis)
        let title = panel.showsRaw ? "raw JSON " + options.glyphs.separator + " " + name : name
        let footer =
            lines.count > visible
            ? "lines \(offset + 1)-\(min(lines.count, offset + visible)) of \(lines.count)" : nil
        box.draw(title: title, footer: footer, options: options, into: &buffer)
        let right = box.x + box.width - 2
        for (i, line) in lines.dropFirst(offset).prefix(visible).enumerated() {
            let y = box.contentY + i
            let x: Int
            switch line.kind {
            case .heading, .raw:
                x = box.contentX
            default:
                buffer.putServerText(
                    line.label, x: box.contentX, y: y, role: .dim,
                    maxWidth: DetailContent.labelWidth - 1)
                x = box.contentX + DetailContent.labelWidth
            }
            buffer.putServerText(line.text, x: x, y: y, role: Self.role(line.kind), maxWidth: right - x)
        }
    }

    static func role(_ kind: DetailContent.Kind) -> StyleRole {
        switch kind {
        case .field, .raw: return .overlay
        case .heading: return .emphasis
        case .dim: return .dim
        case .error: return .error
        case .status(let group): return group.role
        }
    }
}
