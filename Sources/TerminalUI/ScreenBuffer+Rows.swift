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
}
