import JobBrowser
import TerminalUI

/// The export overlay: the format question (keys from the live keymap), then the progress.
struct ExportView {
    var session: ExportSession
    var keymap: Keymap
    var options: ViewOptions

    /// Draws the box between the header and the status line.
    func draw(in layout: BrowserLayout, into buffer: inout ScreenBuffer) {
        let lines: [(String, StyleRole)]
        let key = { (action: BrowserAction) in
            keymap.keys(for: action, in: .export).first.map(options.keyName) ?? "?"
        }
        switch session.phase {
        case .choosing:
            lines = [
                ("Export every page of the current view", .overlay),
                ("\(key(.exportCSV)) CSV    \(key(.exportJSON)) JSON    \(key(.close)) cancel", .keyHint),
            ]
        case .running(let format, let written, let total):
            // Until the first page tells the total there is no count worth showing ("exporting 0").
            let name = format.rawValue.uppercased()
            let count = total.map { "exporting \(written)/\($0) \(name)" } ?? "exporting \(name)"
            lines = [
                (count + options.glyphs.ellipsis, .emphasis),
                (Self.progressBar(written: written, total: total, width: 40, options: options), .overlay),
                ("\(key(.close)) cancels (the partial file is removed)", .dim),
            ]
        }
        let width = min(buffer.width - 2, 50)
        let box = OverlayBox.centred(
            width: width, height: lines.count + 2, in: buffer, top: layout.tableHeaderRow,
            bottom: layout.statusRow)
        box.draw(title: "Export", options: options, into: &buffer)
        for (i, line) in lines.prefix(box.innerHeight).enumerated() {
            buffer.put(line.0, x: box.contentX, y: box.contentY + i, role: line.1, maxWidth: box.innerWidth)
        }
    }

    /// `[#####.....]`-style bar (`█`/`░` in Unicode); empty while the total is unknown.
    static func progressBar(written: Int, total: Int?, width: Int, options: ViewOptions) -> String {
        guard let total, total > 0 else { return "" }
        let inner = max(1, width - 2)
        let filled = min(inner, written * inner / total)
        let (full, empty) = options.unicode ? ("█", "░") : ("#", ".")
        return "[" + String(repeating: full, count: filled) + String(repeating: empty, count: inner - filled) + "]"
    }
}
