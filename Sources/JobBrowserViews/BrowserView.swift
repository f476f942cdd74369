import JobBrowser
import TerminalUI

/// Draws the whole browser screen from a state: a pure function, so tests compare text grids.
public enum BrowserView {
    /// Renders `state` into `buffer` (which is cleared first); the buffer's size is the screen's.
    /// `memoized: false` formats every line afresh instead of copying lines drawn from the same inputs
    /// before: the same frame, as long as the memo keys name every input (ReliabilityTests P04 checks).
    public static func render(
        _ state: BrowserState, options: ViewOptions = ViewOptions(), memoized: Bool = true,
        into buffer: inout ScreenBuffer
    ) {
        buffer.fill(y: 0, height: buffer.height, role: .normal)
        let layout = BrowserLayout(size: buffer.size)
        if layout.isTooSmall {
            drawTooSmall(into: &buffer)
            return
        }
        if memoized {
            HeaderView.drawMemoized(state, options: options, into: &buffer)
        } else {
            HeaderView.draw(state, options: options, into: &buffer)
        }
        JobTableView.draw(state, layout: layout, options: options, memoized: memoized, into: &buffer)
        StatusBarView.draw(state, layout: layout, options: options, memoized: memoized, into: &buffer)
        if state.mode != .table, !isSearch(state.mode) {
            // Dim what lies behind an overlay so the eye goes to the box.
            for y in layout.tableHeaderRow..<layout.statusRow {
                buffer.restyle(x: 0, y: y, width: buffer.width, role: .dim)
            }
        }
        switch state.mode {
        case .table, .search: break
        case .statusPicker(let picker):
            StatusPickerView.draw(picker, state: state, layout: layout, options: options, into: &buffer)
        case .help:
            HelpView.draw(state.keymap, scroll: state.helpScroll, layout: layout, options: options, into: &buffer)
        case .detail(let panel):
            DetailView.draw(panel, state: state, layout: layout, options: options, into: &buffer)
        case .export(let session):
            ExportView.draw(session, state: state, layout: layout, options: options, into: &buffer)
        case .profilePicker(let picker):
            ProfilePickerView.draw(picker, layout: layout, options: options, into: &buffer)
        }
    }

    /// Renders `state` into a new buffer of the state's screen size.
    public static func render(_ state: BrowserState, options: ViewOptions = ViewOptions(), memoized: Bool = true)
        -> ScreenBuffer
    {
        var buffer = ScreenBuffer(size: state.size)
        render(state, options: options, memoized: memoized, into: &buffer)
        return buffer
    }

    static func isSearch(_ mode: BrowserMode) -> Bool {
        if case .search = mode { return true }
        return false
    }

    static func drawTooSmall(into buffer: inout ScreenBuffer) {
        let min = BrowserLayout.minimumSize
        let text = "terminal too small: need \(min.width)x\(min.height), have \(buffer.width)x\(buffer.height)"
        let lines =
            buffer.width >= DisplayWidth.of(text)
            ? [text]
            : [
                "terminal too small:", "need \(min.width)x\(min.height),",
                "have \(buffer.width)x\(buffer.height)",
            ]
        let top = max(0, (buffer.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (buffer.width - DisplayWidth.of(line)) / 2)
            buffer.put(line, x: x, y: top + i, role: .warning)
        }
    }
}
