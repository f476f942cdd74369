/// A grid of cells that views draw into and the terminal device shows. Pure value; tests compare
/// its text and role grids.
public struct ScreenBuffer: Hashable, Sendable {
    public let size: Size
    public internal(set) var cells: [Cell]

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public init(width: Int, height: Int) { self.init(size: Size(width: width, height: height)) }

    public var width: Int { size.width }
    public var height: Int { size.height }

    /// Raw cell access; the caller keeps wide graphemes and their continuations paired.
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// Replaces a range of cells in one go (whole rows; see `replaceRow`).
    mutating func replaceCells(_ range: Range<Int>, with new: [Cell]) {
        precondition(range.count == new.count && range.lowerBound >= 0 && range.upperBound <= cells.count)
        // In place, cell by cell: `replaceSubrange` took a generic path that copied (perf).
        cells.withUnsafeMutableBufferPointer { all in
            new.withUnsafeBufferPointer { row in
                for i in 0..<row.count { all[range.lowerBound + i] = row[i] }
            }
        }
    }

    /// Whether (x, y) lies inside the buffer.
    public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < size.width && y < size.height }

    /// Fills a rectangle (clipped to the buffer) with blanks of `role`.
    public mutating func fill(x: Int = 0, y: Int, width: Int? = nil, height: Int = 1, role: StyleRole) {
        let cols = Self.clip(start: x, length: width ?? Int.max, limit: size.width)
        let rows = Self.clip(start: y, length: height, limit: size.height)
        guard !cols.isEmpty else { return }
        if cols.count == size.width, !rows.isEmpty {
            // Whole rows (every frame starts by clearing the screen): one pass, no neighbours to mend.
            let blank = Cell.blank(role)
            cells.withUnsafeMutableBufferPointer { all in
                for i in rows.lowerBound * size.width..<rows.upperBound * size.width { all[i] = blank }
            }
            return
        }
        for row in rows {
            clearWideNeighbours(x: cols.lowerBound, y: row, width: cols.count)
            for col in cols { self[col, row] = .blank(role) }
        }
    }

    /// Writes `text` at (x, y), clipped to `maxWidth` cells and the buffer edges. Text must already be
    /// safe (see `SafeText`). A wide grapheme cut by an edge is replaced by spaces for its visible half.
    /// Returns how many cells the text advanced from `x` (including cells clipped off the left edge).
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        // Compare as distances from x so a huge maxWidth cannot overflow.
        let (toEdge, overflow) = size.width.subtractingReportingOverflow(x)
        let room = min(overflow ? Int.max : toEdge, max(0, maxWidth ?? Int.max))
        var used = 0
        // Printable ASCII (nearly all text) goes byte by byte, without grapheme breaking: an ASCII byte is a
        // whole grapheme unless a combining mark follows it, so the graphemes loop takes over one byte before
        // the first non-ASCII one. Controls (CR LF included) are width 0 and skipped, as below.
        let utf8 = text.utf8
        var start = utf8.startIndex
        while start != utf8.endIndex {
            let byte = utf8[start], next = utf8.index(after: start)
            guard byte < 0x80, next == utf8.endIndex || utf8[next] < 0x80 else { break }
            if byte >= 0x20 && byte < 0x7F {
                guard used < room else { return used }
                let col = x + used
                if col >= 0 {
                    clearWideNeighbours(x: col, y: y, width: 1)
                    self[col, y] = Cell(ascii: byte, role: role)
                }
                used += 1
            }
            start = next
        }
        for g in text[start...] {
            let w = DisplayWidth.of(g)
            if w == 0 { continue }
            let col = x + used
            if used + w > room {
                // Only part of a wide grapheme fits: show a space rather than half a character.
                if used < room, col >= 0 { putBlank(x: col, y: y, role: role) }
                if used < room { used += 1 }
                break
            }
            if col >= 0 {
                clearWideNeighbours(x: col, y: y, width: w)
                self[col, y] = Cell(g, width: w, role: role)
                if w == 2 { self[col + 1, y] = Cell(" ", width: 1, role: role, isContinuation: true) }
            } else if col + w > 0 {
                putBlank(x: 0, y: y, role: role)  // the right half of a wide grapheme cut by the left edge
            }
            used += w
        }
        return used
    }

    /// Sets the role of `width` cells from (x, y) without changing their text.
    public mutating func restyle(x: Int, y: Int, width: Int, role: StyleRole) {
        guard y >= 0, y < size.height else { return }
        for col in Self.clip(start: x, length: width, limit: size.width) {
            self[col, y].role = role
        }
    }

    /// The text of one row, continuation cells omitted (so a wide grapheme reads once).
    public func rowText(_ y: Int) -> String {
        var s = ""
        for x in 0..<size.width where !self[x, y].isContinuation {
            s.append(self[x, y].grapheme)
        }
        return s
    }

    /// All rows as text, trailing spaces kept, joined by newlines.
    public var text: String { (0..<size.height).map(rowText).joined(separator: "\n") }

    /// The roles of one row, one per cell (continuations included), for role-grid snapshots.
    public func rowRoles(_ y: Int) -> [StyleRole] { (0..<size.width).map { self[$0, y].role } }

    private mutating func putBlank(x: Int, y: Int, role: StyleRole) {
        clearWideNeighbours(x: x, y: y, width: 1)
        self[x, y] = .blank(role)
    }

    /// Overwriting half of a wide grapheme must not leave the other half behind.
    private mutating func clearWideNeighbours(x: Int, y: Int, width: Int) {
        if self[x, y].isContinuation, x > 0 {
            self[x - 1, y] = .blank(self[x - 1, y].role)
        }
        let end = x + width
        if end < size.width, self[end, y].isContinuation {
            self[end, y] = .blank(self[end, y].role)
        }
    }

    /// `start..<start+length` clipped to `0..<limit`; empty (never inverted) when nothing is inside.
    private static func clip(start: Int, length: Int, limit: Int) -> Range<Int> {
        let (end, overflow) = start.addingReportingOverflow(max(0, length))
        let lower = max(0, start), upper = overflow ? limit : min(limit, end)
        return lower < upper ? lower..<upper : 0..<0
    }
}
