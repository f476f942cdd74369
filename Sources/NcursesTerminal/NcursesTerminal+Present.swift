#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import CNcurses
import TerminalUI

extension NcursesTerminal {
    /// Shows `buffer`: writes only the cells that differ from the previous frame (everything on
    /// the first frame or after a size change), then one `doupdate`, which sends the terminal
    /// only what changed on screen. With `changedRows`, only those rows (ascending) are compared:
    /// the caller promises the others are as they were, after `shift` moved some of them (see
    /// `FrameRenderer`): those move on the terminal and in curses' copies of it (`scroll`), so a
    /// scrolled log costs the lines it uncovers, not every cell. The buffer itself is never kept, so
    /// the caller can draw its next frame over it without a copy.
    public func present(_ buffer: ScreenBuffer, changedRows: [Int]?, shift: RowShift?) {
        guard !isRestored else { return }
        if lastFrame?.size != buffer.size {
            lastFrame = nil
            werase(window)  // the window may be larger than the buffer: clear what it won't cover
        }
        let maxX = Int(getmaxx(window)), maxY = Int(getmaxy(window))
        var rows = lastFrame == nil ? Array(0..<buffer.height) : changedRows ?? Array(0..<buffer.height)
        var uncovered = 0..<0  // rows whose cells on screen are not known: drawn whole
        var movedBy = ShiftMove.none
        var terminalScroll: [UInt8] = []  // sent just before the frame
        if let shift, lastFrame != nil, changedRows != nil {
            movedBy = scroll(shift, maxY: maxY, terminalBytes: &terminalScroll)
            if movedBy == .none {
                rows = Array(0..<buffer.height)  // the lines did not move here: compare them all
            } else {
                lastFrame?.apply(shift)
                uncovered = shift.uncovered
            }
        }
        var previous: (x: Int, y: Int, style: CursesStyles.Entry)?
        var touchedRows: [Int] = []  // ascending: updates come row by row
        let updates =
            uncovered.isEmpty
            ? FrameDiff.updates(from: lastFrame, to: buffer, rows: rows)
            : rows.flatMap { y in
                FrameDiff.updates(from: uncovered.contains(y) ? nil : lastFrame, to: buffer, rows: CollectionOfOne(y))
            }
        for update in updates where update.y < maxY && update.x + update.width <= maxX {
            // curses holds one spacing character per cell: a joined emoji cluster is its first emoji to
            // curses (so curses still sees the cell change when it is later cleared) and is written
            // whole once the frame is out (`writeJoinedClusters`).
            if update.y != touchedRows.last { touchedRows.append(update.y) }
            var style = styles[update.role]
            // A blank right after a cell drawn in another plain style looks the same in that style:
            // keeping it saves an attribute switch (gaps between dim columns, padding after a status).
            if let previous, previous.y == update.y, previous.x == update.x - 1, previous.style.plainBlank,
                style.plainBlank, update.width == 1, update.code == 0x20
            {
                style = previous.style
            }
            draw(update, style: style)
            previous = (update.x + update.width - 1, update.y, style)
        }
        // Our own copy of what is on screen: the caller draws its next frame over `buffer` in place.
        if lastFrame == nil {
            lastFrame = buffer.detachedCopy()
        } else {
            for y in rows { lastFrame?.copyRow(y, from: buffer) }
        }
        wnoutrefresh(window)
        if !terminalScroll.isEmpty { RawTerminalWrite.send(terminalScroll) }
        doupdate()
        if supportsUnicode {
            // Lines curses moved too: it may redraw them rather than scroll, and it holds only a cluster's first
            // emoji. Lines the terminal moved itself kept their clusters.
            if movedBy == .window, let shift {
                touchedRows =
                    touchedRows.filter { $0 < shift.rows.lowerBound } + Array(shift.rows)
                    + touchedRows.filter { $0 >= shift.rows.upperBound }
            }
            writeJoinedClusters(buffer, rows: touchedRows, maxX: maxX)
        }
    }

    /// How a frame's `RowShift` reached the screen.
    private enum ShiftMove {
        /// Not at all: the rows are compared as if nothing moved.
        case none
        /// Moved in curses' window only: curses compares every moved line, then scrolls or redraws them.
        case window
        /// Moved on the terminal and in curses' pictures of it: curses compares only the uncovered lines.
        case terminal
    }

    /// Moves the lines of `shift.rows` by `shift.offset`: on the terminal itself where it has a scroll
    /// region (curses' pictures of the screen move here, the terminal's lines when `terminalBytes` is sent),
    /// otherwise in curses' window (curses then finds the move, and sends a scroll where that is cheaper
    /// than redrawing).
    private func scroll(_ shift: RowShift, maxY: Int, terminalBytes: inout [UInt8]) -> ShiftMove {
        guard shift.rows.lowerBound >= 0, shift.rows.upperBound <= maxY, shift.rows.count > 1 else { return .none }
        let top = Int32(shift.rows.lowerBound), bottom = Int32(shift.rows.upperBound - 1)
        let offset = Int32(shift.offset)
        let bytes = scrollBytes(top: top, bottom: bottom, offset: offset)
        if !bytes.isEmpty, cn_shift_screen_rows(window, top, bottom, offset) == OK {
            terminalBytes = bytes
            return .terminal
        }
        return cn_scroll_window_rows(window, top, bottom, offset) == OK ? .window : .none
    }

    /// The terminal's bytes for scrolling rows `top...bottom` by `offset`; empty when it cannot. Kept per
    /// scroll (a log's moves are a few): `tiparm` parses its format each call.
    private func scrollBytes(top: Int32, bottom: Int32, offset: Int32) -> [UInt8] {
        let key = ScrollKey(top: top, bottom: bottom, offset: offset, lines: cn_lines())
        if let bytes = scrollBytesCache[key] { return bytes }
        let bytes = withUnsafeTemporaryAllocation(of: CChar.self, capacity: 128) { buffer in
            let count = withUnsafePointer(to: scrollCapabilities) { caps in
                cn_scroll_bytes(caps, top, bottom, offset, buffer.baseAddress, buffer.count)
            }
            return count > 0 ? buffer.prefix(Int(count)).map { UInt8(bitPattern: $0) } : []
        }
        if scrollBytesCache.count >= 16 { scrollBytesCache.removeAll() }
        scrollBytesCache[key] = bytes
        return bytes
    }

    /// Writes every joined emoji cluster on the rows curses just drew, whole, over the first emoji
    /// curses holds for it. All of them on each touched row, not only the changed ones: curses may redraw
    /// an unchanged blank while moving along a row. DECSC/DECRC keep curses' cursor and attributes.
    private func writeJoinedClusters(_ buffer: ScreenBuffer, rows: [Int], maxX: Int) {
        guard !rows.isEmpty else { return }
        var bytes: [UInt8] = []
        for cluster in FrameDiff.joinedClusters(in: buffer, rows: rows) where cluster.x + 2 <= maxX {
            bytes += FrameDiff.directWrite(cluster, style: theme.style(for: cluster.role), color: supportsColor)
        }
        guard !bytes.isEmpty else { return }
        RawTerminalWrite.send(bytes)
    }

    /// Draws one cell at its absolute position. curses decides a character's width with the C
    /// library's `wcwidth`; where that disagrees with `DisplayWidth` the cell is drawn so the
    /// columns still line up (a blank fills the second cell, an unknown character becomes U+FFFD).
    private func draw(_ update: CellUpdate, style: CursesStyles.Entry) {
        // Printable ASCII (nearly every cell): no scalar arrays to build, and its width is 1 for everyone.
        if update.width == 1, let ascii = update.printableASCII, putASCII(ascii, x: update.x, y: update.y, style: style)
        {
            return
        }
        var scalars = FrameDiff.cellScalars(update.grapheme)
        var drawnWidth = Int(cn_wcwidth(wchar_t(bitPattern: scalars[0].value)))
        if drawnWidth < 1 || drawnWidth > update.width {
            scalars = ["\u{FFFD}"]  // one cell wide for curses and for DisplayWidth
            drawnWidth = 1
        }
        if !put(scalars, x: update.x, y: update.y, style: style) {
            _ = put(["?"], x: update.x, y: update.y, style: style)
            drawnWidth = 1
        }
        if update.width == 2 && drawnWidth < 2 {
            // A flag's second letter where curses draws its first one cell wide (see `secondCellScalar`).
            let second = FrameDiff.secondCellScalar(update.grapheme)
            let filler: Unicode.Scalar = cn_wcwidth(wchar_t(bitPattern: second.value)) == 1 ? second : " "
            _ = put([filler], x: update.x + 1, y: update.y, style: style)
        }
    }

    private func putASCII(_ byte: UInt8, x: Int, y: Int, style: CursesStyles.Entry) -> Bool {
        cn_put_ascii(window, Int32(y), Int32(x), byte, style.attributes, style.pair) != ERR
    }

    private func put(_ scalars: [Unicode.Scalar], x: Int, y: Int, style: CursesStyles.Entry) -> Bool {
        var chars = scalars.map { wchar_t(bitPattern: $0.value) }
        chars.append(0)
        return chars.withUnsafeBufferPointer { buf in
            cn_put_cell(window, Int32(y), Int32(x), buf.baseAddress, style.attributes, style.pair) != ERR
        }
    }
}
