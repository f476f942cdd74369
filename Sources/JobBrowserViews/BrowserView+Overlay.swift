import JobBrowser
import TerminalUI

extension BrowserView {
    /// Whether `mode` draws a box over the table (which is dimmed behind it).
    static func hasOverlay(_ mode: BrowserMode) -> Bool {
        switch mode {
        case .table, .search: false
        case .statusPicker, .help, .detail, .export, .profilePicker, .confirm: true
        // Log view
        case .log: true
        }
    }

    /// Dims the table area and draws the mode's box over it; the box stays between the header and
    /// the status line, so only those lines change.
    static func drawOverlay(
        _ state: BrowserState, layout: BrowserLayout, options: ViewOptions, into buffer: inout ScreenBuffer
    ) {
        guard hasOverlay(state.mode) else { return }
        // Dim what lies behind an overlay so the eye goes to the box.
        for y in layout.tableHeaderRow..<layout.statusRow {
            buffer.restyle(x: 0, y: y, width: buffer.width, role: .dim)
        }
        switch state.mode {
        case .table, .search:
            break
        case .statusPicker(let picker):
            StatusPickerView(picker: picker, filter: state.filter, options: options).draw(in: layout, into: &buffer)
        case .help:
            HelpView(keymap: state.shownKeymap, scroll: state.helpScroll, options: options).draw(
                in: layout, into: &buffer)
        case .detail(let panel):
            DetailView(panel: panel, utcOffsetSeconds: state.config.utcOffsetSeconds, options: options)
                .draw(in: layout, into: &buffer)
        case .export(let session):
            ExportView(session: session, keymap: state.keymap, options: options).draw(in: layout, into: &buffer)
        case .profilePicker(let picker):
            ProfilePickerView(picker: picker, options: options).draw(in: layout, into: &buffer)
        // Writes
        case .confirm(let confirm):
            if let panel = confirm.panel {
                DetailView(panel: panel, utcOffsetSeconds: state.config.utcOffsetSeconds, options: options)
                    .draw(in: layout, into: &buffer)
            }
            WriteConfirmView(confirm: confirm, keymap: state.keymap, options: options).draw(in: layout, into: &buffer)
        // Log view
        case .log:
            break  // it covers the whole table: `FrameRenderer.drawLog` draws it instead of the table
        }
    }
}
