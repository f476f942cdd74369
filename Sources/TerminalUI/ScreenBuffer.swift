/// A grid of cells that views draw into and the terminal device shows. Pure value; tests compare
/// its text and role grids.
public struct ScreenBuffer: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public init(width: Int, height: Int) { self.init(size: Size(width: width, height: height)) }

    public var width: Int { size.width }
    public var height: Int { size.height }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// Fills a rectangle (clipped to the buffer) with blanks of `role`.
    public mutating func fill(x: Int = 0, y: Int, width: Int? = nil, height: Int = 1, role: StyleRole) {
        let w = width ?? size.width - x
        for row in max(0, y)..<min(size.height, y + height) {
            for col in max(0, x)..<min(size.width, x + w) {
                self[col, row] = Cell(" ", role: role)
            }
        }
    }

    /// Writes `text` at (x, y), clipped to `maxWidth` cells and the buffer edge. Text must already be
    /// safe (see `SafeText`). A wide grapheme that would not fit whole is replaced by a space.
    /// Returns the number of cells written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let limit = min(size.width, x + (maxWidth ?? size.width))
        var col = x
        for g in text {
            let w = DisplayWidth.of(g)
            if w == 0 { continue }
            if col + w > limit {
                if col < limit { self[col, y] = Cell(" ", role: role) ; col += 1 }
                break
            }
            if col >= 0 {
                clearWideNeighbours(x: col, y: y, width: w)
                self[col, y] = Cell(g, role: role)
                if w == 2 { self[col + 1, y] = Cell(" ", role: role, isContinuation: true) }
            }
            col += w
        }
        return max(0, col - x)
    }

    /// Sets the role of `width` cells from (x, y) without changing their text.
    public mutating func restyle(x: Int, y: Int, width: Int, role: StyleRole) {
        guard y >= 0, y < size.height else { return }
        for col in max(0, x)..<min(size.width, x + width) {
            self[col, y].role = role
        }
    }

    /// Overwriting half of a wide grapheme must not leave the other half behind.
    private mutating func clearWideNeighbours(x: Int, y: Int, width: Int) {
        if self[x, y].isContinuation, x > 0 {
            self[x - 1, y] = Cell(" ", role: self[x - 1, y].role)
        }
        let end = x + width
        if end < size.width, self[end, y].isContinuation {
            self[end, y] = Cell(" ", role: self[end, y].role)
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
}
