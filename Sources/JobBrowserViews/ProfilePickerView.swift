import JobBrowser
import TerminalUI

/// The profile switcher: the config's profile names, the one in use marked with a bullet.
enum ProfilePickerView {
    static func draw(
        _ picker: ProfilePicker, layout: BrowserLayout, options: ViewOptions, into buffer: inout ScreenBuffer
    ) {
        let widest = picker.names.map { DisplayWidth.of($0) }.max() ?? 0
        let box = OverlayBox.centred(width: max(32, min(60, widest + 8)), height: picker.names.count + 2, in: buffer,
                                     top: layout.tableTop - 1, bottom: layout.statusRow)
        box.draw(title: "Switch profile", footer: "\(picker.index + 1)/\(picker.names.count)", options: options,
                 into: &buffer)
        let rows = box.innerHeight
        guard rows > 0 else { return }
        // Scroll so the highlighted entry stays in view, centred when possible.
        let offset = max(0, min(picker.index - rows / 2, picker.names.count - rows))
        for i in offset..<min(picker.names.count, offset + rows) {
            let y = box.contentY + i - offset
            let name = picker.names[i]
            let highlighted = i == picker.index
            let base: StyleRole = highlighted ? .selectedRow : .overlay
            buffer.fill(x: box.x + 1, y: y, width: box.width - 2, role: base)
            var x = box.contentX - 1
            x += buffer.put(name == picker.current ? options.bullet : " ", x: x, y: y,
                            role: highlighted ? base : .emphasis)
            x += 1
            buffer.put(SafeText.visible(name), x: x, y: y, role: base, maxWidth: box.innerWidth - 2)
        }
    }
}
