/// Lines of a frame that moved together since the frame before, as a scrolled log does: within `rows`,
/// line `y` now shows what line `y + offset` showed (positive: the text moved up). The lines the move
/// uncovers (the last `offset` of `rows`, or the first `-offset`) show nothing known yet and are drawn
/// again. A renderer that says so lets the terminal scroll what it already shows instead of drawing
/// every cell again.
public struct RowShift: Hashable, Sendable {
    public var rows: Range<Int>
    public var offset: Int

    public init(rows: Range<Int>, offset: Int) {
        self.rows = rows
        self.offset = offset
    }

    /// The lines of `rows` whose text comes from outside it: nothing to move there.
    public var uncovered: Range<Int> {
        offset > 0
            ? max(rows.lowerBound, rows.upperBound - offset)..<rows.upperBound
            : rows.lowerBound..<min(rows.upperBound, rows.lowerBound - offset)
    }
}

extension ScreenBuffer {
    /// Moves the lines of `shift.rows` by `shift.offset` (see `RowShift`), filling the uncovered ones with
    /// `fill`. Whole rows move, so wide graphemes stay paired with their continuations.
    public mutating func apply(_ shift: RowShift, fill: Cell = .blank) {
        let rows = shift.rows.clamped(to: 0..<height)
        guard shift.offset != 0, !rows.isEmpty else { return }
        let w = width
        let kept = rows.clamped(to: rows.lowerBound - shift.offset..<rows.upperBound - shift.offset)
        let uncovered = RowShift(rows: rows, offset: shift.offset).uncovered
        cells.withUnsafeMutableBufferPointer { all in
            guard let base = all.baseAddress else { return }
            if !kept.isEmpty {  // one overlapping move of the rows that stay
                (base + kept.lowerBound * w).update(
                    from: base + (kept.lowerBound + shift.offset) * w, count: kept.count * w)
            }
            (base + uncovered.lowerBound * w).update(repeating: fill, count: uncovered.count * w)
        }
    }
}
