#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One cell the terminal must draw: a grapheme `width` cells wide (1 or 2) at (x, y).
public struct CellUpdate: Hashable, Sendable {
    public var x: Int
    public var y: Int
    /// The grapheme as a `GraphemeCode` (printable ASCII is its own byte: no `Character` on the hot path).
    public var code: UInt32
    public var role: StyleRole
    public var width: Int

    public init(x: Int, y: Int, grapheme: Character, role: StyleRole, width: Int) {
        self.init(x: x, y: y, code: GraphemeCode.of(grapheme), role: role, width: width)
    }

    init(x: Int, y: Int, code: UInt32, role: StyleRole, width: Int) {
        self.x = x
        self.y = y
        self.code = code
        self.role = role
        self.width = width
    }

    /// The grapheme to draw.
    public var grapheme: Character { GraphemeCode.character(code) }

    /// The printable ASCII byte to draw, if it is one.
    public var printableASCII: UInt8? { code >= 0x20 && code < 0x7F ? UInt8(truncatingIfNeeded: code) : nil }
}

/// Which cells changed between two frames, in the form a terminal can draw safely. Pure, so the
/// rules (continuations, half-wide graphemes, controls) are tested without a terminal.
public enum FrameDiff {
    /// The cells of `new` that differ from `old`, row by row, left to right. Everything when there
    /// is no previous frame or the size changed. Continuation cells are never listed: the wide
    /// grapheme to their left covers them.
    public static func updates(from old: ScreenBuffer?, to new: ScreenBuffer) -> [CellUpdate] {
        updates(from: old, to: new, rows: 0..<new.height)
    }

    /// The cells of `new` that differ from `old` on rows `rows` only (ascending; the caller knows the
    /// other rows are the same). Everything on those rows when there is no previous frame of this size.
    public static func updates(from old: ScreenBuffer?, to new: ScreenBuffer, rows: some Sequence<Int>) -> [CellUpdate]
    {
        let previous = old.flatMap { $0.size == new.size ? $0 : nil }
        var out: [CellUpdate] = []
        let w = new.width
        for y in rows where y >= 0 && y < new.height {
            if let previous, sameRow(y, previous, new) { continue }
            for x in 0..<w {
                let now = new[x, y]
                if now.width == 1, !now.isContinuation {
                    // A one-cell grapheme draws alone: the same cell draws the same, a different one is sent.
                    if let previous, previous[x, y] == now { continue }
                    out.append(CellUpdate(x: x, y: y, code: now.code, role: now.role, width: 1))
                    continue
                }
                guard let cell = drawable(new, x: x, y: y) else { continue }
                // Every drawable carries its cell's role: a changed role (both rows of a move) is a change.
                if let previous, previous[x, y].role == cell.role, drawable(previous, x: x, y: y) == cell { continue }
                out.append(cell)
            }
        }
        return out
    }

    /// Whether row `y` holds the same cells in both (same-sized) buffers. Most rows are unchanged
    /// on a key, so this runs for every row of every frame: cells are plain bytes, compared in one go.
    static func sameRow(_ y: Int, _ a: ScreenBuffer, _ b: ScreenBuffer) -> Bool {
        let start = y * b.width, count = b.width
        guard count > 0 else { return true }
        return a.cells.withUnsafeBytes { lhs in
            b.cells.withUnsafeBytes { rhs in
                let stride = MemoryLayout<Cell>.stride
                return memcmp(lhs.baseAddress! + start * stride, rhs.baseAddress! + start * stride, count * stride) == 0
            }
        }
    }

    /// What the terminal should draw at (x, y), or nil for the right half of a wide grapheme.
    /// A wide grapheme without its continuation, an orphaned continuation, and anything zero-width
    /// (a control that slipped past `SafeText`) are drawn as a blank, so the screen never desyncs.
    public static func drawable(_ buffer: ScreenBuffer, x: Int, y: Int) -> CellUpdate? {
        let cell = buffer[x, y]
        if cell.isContinuation {
            if x > 0, !buffer[x - 1, y].isContinuation, buffer[x - 1, y].width == 2 {
                return nil
            }
            return CellUpdate(x: x, y: y, grapheme: " ", role: cell.role, width: 1)
        }
        switch cell.width {
        case 1:
            return CellUpdate(x: x, y: y, code: cell.code, role: cell.role, width: 1)
        case 2 where x + 1 < buffer.width && buffer[x + 1, y].isContinuation:
            return CellUpdate(x: x, y: y, code: cell.code, role: cell.role, width: 2)
        default:
            return CellUpdate(x: x, y: y, grapheme: " ", role: cell.role, width: 1)
        }
    }

    /// The scalars a terminal cell can hold for `grapheme`: its first scalar plus up to
    /// `maxCombining` zero-width marks that follow it (curses keeps five per cell). The rest of a
    /// cluster with several spacing scalars (ZWJ sequences, flags: see `isJoinedCluster`) is cut,
    /// and a ZWJ is never kept: alone at the end of a cell it would join the next cell's character.
    public static func cellScalars(_ grapheme: Character, maxCombining: Int = 4) -> [Unicode.Scalar] {
        var scalars = grapheme.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return [" "] }
        if DisplayWidth.of(first) == 0 { return [" "] }
        var out = [first]
        while out.count <= maxCombining, let s = scalars.next() {
            if DisplayWidth.of(s) > 0 { break }  // the next emoji of a sequence: its marks are not ours
            guard s.value >= 0xA0, s.value != 0x200D, SafeText.placeholder(for: s) == nil else { continue }
            out.append(s)
        }
        return out
    }
}
