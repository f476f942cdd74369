import JobBrowser
import JobPresentation
import ModelArts
import TerminalUI

/// The stop or delete confirmation: a box naming the job (name, status, id), what to type for a
/// delete with what has been typed, and the keys. Cancel is the default: the keys line says so.
struct WriteConfirmView {
    var confirm: WriteConfirm
    var keymap: Keymap
    var options: ViewOptions

    /// Draws the box between the header and the status line.
    func draw(in layout: BrowserLayout, into buffer: inout ScreenBuffer) {
        let lines = self.lines
        let widest = lines.map { DisplayWidth.of($0.0) }.max() ?? 0
        let width = max(44, min(76, widest + 4))
        let box = OverlayBox.centred(
            width: width, height: lines.count + 2, in: buffer, top: layout.tableHeaderRow, bottom: layout.statusRow)
        box.draw(title: confirm.isDelete ? "Delete" : "Stop", options: options, into: &buffer)
        let ellipsis = options.glyphs.ellipsis
        for (i, line) in lines.prefix(box.innerHeight).enumerated() {
            let text = TextFit.truncateEnd(line.0, to: box.innerWidth, ellipsis: ellipsis)
            buffer.putServerText(text, x: box.contentX, y: box.contentY + i, role: line.1, maxWidth: box.innerWidth)
        }
    }

    /// The box's lines and their roles; every piece of server text made safe.
    var lines: [(String, StyleRole)] {
        let job = confirm.job
        let sep = " " + options.glyphs.separator + " "
        var facts = "status " + SafeText.visible(job.status.word)
        if let version = confirm.versionLabel { facts += sep + "version " + version }
        facts += sep + "id " + SafeText.visible(job.id.description)
        var lines: [(String, StyleRole)] = [(confirm.question, .emphasis), (facts, .dim), ("", .overlay)]
        let key = { (action: BrowserAction) in keymap.keys(for: action, in: .confirm).first.map(options.keyName) }
        guard confirm.isDelete else {
            lines.append(("y stops it; any other key cancels (nothing is sent)", .keyHint))
            return lines
        }
        let what = confirm.asksForID ? "\(confirm.expected) (the end of its id)" : "its name"
        let caret = options.unicode ? "▏" : "_"
        lines.append(("This cannot be undone.", .warning))
        lines.append(("Type \(what) to delete:", .overlay))
        lines.append(("> " + SafeText.visible(confirm.typed) + caret, .prompt))
        lines.append(("", .overlay))
        let enter = key(.accept) ?? "Enter"
        let cancel = key(.cancel) ?? "Esc"
        lines.append(("\(enter) deletes once it matches; \(cancel) cancels (nothing is sent)", .keyHint))
        return lines
    }
}
