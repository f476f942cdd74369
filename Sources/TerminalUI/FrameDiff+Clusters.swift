/// Grapheme clusters a curses cell cannot hold. ncurses keeps one spacing character per cell
/// (`setcchar` stops at the second), so an emoji ZWJ sequence (👩‍👩‍👧‍👦) or a flag (🇨🇳) drawn
/// through curses loses all but its first emoji. The device draws those cells as blanks through
/// curses, then writes the whole cluster straight to the terminal at the same place.
extension FrameDiff {
    /// Whether `grapheme` is several emoji that terminals join into one two-cell picture: a ZWJ
    /// sequence or a regional-indicator pair. Skin-tone modifiers are not (some terminals, tmux 3.3
    /// among them, draw the modifier as its own two cells): those show their base emoji only.
    public static func isJoinedCluster(_ grapheme: Character) -> Bool {
        if grapheme.asciiValue != nil { return false }
        let scalars = grapheme.unicodeScalars
        guard scalars.count > 1, DisplayWidth.of(grapheme) == 2 else { return false }
        var spacing = 0, regional = 0, joiner = false
        for s in scalars {
            if SafeText.placeholder(for: s) != nil { return false }
            if s.value == 0x200D { joiner = true }
            if (0x1F1E6...0x1F1FF).contains(s.value) { regional += 1 }
            if DisplayWidth.of(s) > 0 { spacing += 1 }
        }
        return spacing > 1 && (joiner || (regional == 2 && spacing == 2))
    }

    /// What curses should hold in the second cell of a two-cell `grapheme` whose first scalar it
    /// draws one cell wide: a flag's second regional indicator (terminals such as tmux 3.3 draw a
    /// flag as two one-cell letters, so curses must know the second cell is not blank, or clearing
    /// the flag later leaves that letter behind), a blank otherwise.
    public static func secondCellScalar(_ grapheme: Character) -> Unicode.Scalar {
        let scalars = Array(grapheme.unicodeScalars)
        guard scalars.count == 2, scalars.allSatisfy({ (0x1F1E6...0x1F1FF).contains($0.value) }) else { return " " }
        return scalars[1]
    }

    /// The joined clusters (see `isJoinedCluster`) on rows `rows` of `buffer`, each with its
    /// continuation cell, as updates two cells wide.
    public static func joinedClusters(in buffer: ScreenBuffer, rows: some Sequence<Int>) -> [CellUpdate] {
        var out: [CellUpdate] = []
        let w = buffer.width
        // Runs over every touched row after every frame: in place, the cheap continuation flags first (perf).
        buffer.cells.withUnsafeBufferPointer { cells in
            for y in rows where y >= 0 && y < buffer.height {
                let row = y * w
                for x in 0..<max(0, w - 1) where cells[row + x + 1].isContinuation && !cells[row + x].isContinuation {
                    let cell = cells[row + x]
                    // Only a cluster of several scalars can be joined: single scalars skip the table lookup.
                    guard cell.code >= GraphemeCode.firstClusterID, isJoinedCluster(cell.grapheme) else { continue }
                    out.append(CellUpdate(x: x, y: y, code: cell.code, role: cell.role, width: 2))
                }
            }
        }
        return out
    }

    /// The bytes that draw a joined cluster at its cell without disturbing curses: save the cursor
    /// and attributes (DECSC), move there, set `style`, write the cluster, restore (DECRC). Only the
    /// cluster's own scalars are written, and only if none of them is a control character.
    public static func directWrite(_ update: CellUpdate, style: CellStyle, color: Bool) -> [UInt8] {
        guard isJoinedCluster(update.grapheme) else { return [] }
        var sgr = "0"
        if style.bold { sgr += ";1" }
        if style.dim { sgr += ";2" }
        if style.underline { sgr += ";4" }
        if style.reverse { sgr += ";7" }
        if color, let fg = style.foreground { sgr += ";3\(fg.rawValue)" }
        if color, let bg = style.background { sgr += ";4\(bg.rawValue)" }
        let text = "\u{1B}7\u{1B}[\(update.y + 1);\(update.x + 1)H\u{1B}[\(sgr)m" + String(update.grapheme) + "\u{1B}8"
        return Array(text.utf8)
    }
}
