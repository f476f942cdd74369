/// Whole-row access, for views that keep rows they drew before and copy them back.
extension ScreenBuffer {
    /// The cells of row `y`, continuations included.
    public func row(_ y: Int) -> [Cell] {
        guard y >= 0, y < height else { return [] }
        return Array(cells[y * width..<(y + 1) * width])
    }

    /// Replaces row `y` with `row`, which must be exactly `width` cells taken from a row of this
    /// width (so its wide graphemes and continuations are still paired); otherwise nothing changes.
    public mutating func replaceRow(_ y: Int, with row: [Cell]) {
        guard y >= 0, y < height, row.count == width else { return }
        replaceCells(y * width..<(y + 1) * width, with: row)
    }

    /// Copies row `y` of `other` (the same size) into this buffer, in place.
    public mutating func copyRow(_ y: Int, from other: ScreenBuffer) {
        guard y >= 0, y < height, other.size == size else { return }
        let range = y * width..<(y + 1) * width
        cells.withUnsafeMutableBufferPointer { mine in
            other.cells.withUnsafeBufferPointer { theirs in
                for i in range { mine[i] = theirs[i] }
            }
        }
    }

    /// A copy that shares no storage with this buffer, so changing either never copies the other.
    public func detachedCopy() -> ScreenBuffer {
        var copy = ScreenBuffer(size: size)
        copy.cells = cells.withUnsafeBufferPointer { Array($0) }
        return copy
    }
}
