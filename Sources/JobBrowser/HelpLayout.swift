import TerminalUI

/// How the help overlay lays the keymap out on a screen: its lines, the columns they flow into and how
/// far they scroll. The reducer clamps the scroll (and jumps to the bottom) by it and the view draws by
/// it, so the two never disagree about where the end is.
public struct HelpLayout: Hashable, Sendable {
    /// One line of the overlay: a context's heading, a binding, or a blank between contexts.
    public struct Line: Hashable, Sendable {
        /// The key names (or the heading's title).
        public var keys: String
        public var text: String
        public var isHeading: Bool
    }

    public let lines: [Line]
    /// The width of the key column, spaces included.
    public let keyWidth: Int
    public let columns: Int
    public let columnWidth: Int
    /// Rows of lines per column (the box is this plus its borders, cut to the screen).
    public let rows: Int
    /// Lines on screen at once: the rows that fit between the header and the status line, per column.
    public let capacity: Int

    /// The layout of `keymap`'s help on `layout`'s screen, with keys named by `keyName`.
    public init(_ keymap: Keymap, layout: BrowserLayout, keyName: (Key) -> String) {
        var lines: [Line] = []
        for context in [KeyContext.table, .global, .search, .picker, .detail, .export, .help, .confirm, .log] {
            let bindings = keymap.bindings(in: context).filter { !$0.keys.isEmpty }
            guard !bindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append(Line(keys: "", text: "", isHeading: false)) }
            lines.append(Line(keys: context.title, text: "", isHeading: true))
            for b in bindings {
                lines.append(Line(keys: b.keys.map(keyName).joined(separator: " "), text: b.help, isHeading: false))
            }
        }
        self.lines = lines
        let width = layout.size.width
        let keyWidth = min(14, (lines.filter { !$0.isHeading }.map { DisplayWidth.of($0.keys) }.max() ?? 0) + 2)
        let maxRows = max(1, layout.statusRow - layout.tableHeaderRow - 2)
        let fullText = lines.map { DisplayWidth.of($0.text) }.max() ?? 0
        // As many columns as needed (at most what fits), each as wide as the text allows.
        let columnsNeeded = (lines.count + maxRows - 1) / maxRows
        let columns = max(1, min(columnsNeeded, (width - 4) / (keyWidth + 24)))
        self.keyWidth = keyWidth
        self.columns = columns
        columnWidth = min(keyWidth + fullText + 3, (width - 4) / columns)
        rows = min(maxRows, (lines.count + columns - 1) / columns)
        // The box gets its rows plus two borders, at most the space between the header and the status line.
        let innerHeight = max(0, min(rows + 2, layout.statusRow - layout.tableHeaderRow) - 2)
        capacity = innerHeight * columns
    }

    /// The last useful scroll: the one that shows the final line at the bottom.
    public var maxScroll: Int { max(0, lines.count - capacity) }
}
