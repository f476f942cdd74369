import JobBrowser
import TerminalUI

/// The profile switcher: the config's profiles, the one in use marked with a bullet, each with where
/// it connects and how it signs in (`cn-north-4 · AK/SK`) at the right, so a person can tell them apart.
struct ProfilePickerView {
    var picker: ProfilePicker
    var options: ViewOptions

    /// Draws the box between the header and the status line.
    func draw(in layout: BrowserLayout, into buffer: inout ScreenBuffer) {
        let names = picker.entries.map { SafeText.visible($0.name) }
        let summaries = picker.entries.map { SafeText.visible($0.summary(separator: options.glyphs.separator)) }
        let widest = names.map { DisplayWidth.of($0) }.max() ?? 0
        let widestSummary = summaries.map { DisplayWidth.of($0) }.max() ?? 0
        let width = max(32, min(72, widest + 8 + (widestSummary > 0 ? widestSummary + 2 : 0)))
        let list = PickerListView(
            title: "Switch profile", width: width, count: picker.entries.count, index: picker.index, options: options)
        list.draw(in: layout, into: &buffer, isActive: { picker.entries[$0].name == picker.current }) { row, buffer in
            let summary = summaries[row.index]
            let ellipsis = options.glyphs.ellipsis
            // The name keeps at least half the row; the summary takes what is left, cut at its end.
            let room = row.rightEdge - row.x
            let nameRoom = summary.isEmpty ? room : max(room / 2, room - 2 - DisplayWidth.of(summary))
            let name = TextFit.truncateEnd(names[row.index], to: nameRoom, ellipsis: ellipsis)
            let x = row.x + buffer.put(name, x: row.x, y: row.y, role: row.base)
            let summaryRoom = row.rightEdge - x - 2
            guard !summary.isEmpty, summaryRoom > 0 else { return }
            let shown = TextFit.truncateEnd(summary, to: summaryRoom, ellipsis: ellipsis)
            buffer.put(shown, x: row.rightEdge - DisplayWidth.of(shown), y: row.y, role: row.role(.dim))
        }
    }
}
