/// The selected row of the continuous list and the viewport that keeps it visible. Every mutation
/// re-establishes the invariants: `index` in `0..<count` (0 when empty), the selected row inside
/// `offset..<offset+visibleRows`, and no blank rows below the data when it could fill the view.
public struct Selection: Hashable, Sendable {
    public private(set) var index: Int
    public private(set) var offset: Int
    public private(set) var count: Int
    public private(set) var visibleRows: Int

    public init(count: Int = 0, visibleRows: Int, index: Int = 0) {
        self.count = max(0, count)
        self.visibleRows = max(1, visibleRows)
        self.index = index
        self.offset = 0
        normalize()
    }

    /// True when there is nothing to select.
    public var isEmpty: Bool { count == 0 }
    /// True on the first row (or when empty).
    public var isAtFirst: Bool { index == 0 }
    /// True on the last row (or when empty).
    public var isAtLast: Bool { count == 0 || index == count - 1 }
    /// The rows the viewport shows.
    public var visibleRange: Range<Int> { offset..<min(count, offset + visibleRows) }

    /// Selects row `i`, clamped to the rows that exist.
    public mutating func select(_ i: Int) {
        index = i
        normalize()
    }

    /// Moves the selection by `delta` rows, stopping at the first and last row.
    public mutating func move(by delta: Int) {
        select(index + delta)
    }

    /// Moves selection and viewport together by `delta` rows, like a pager's screen down/up.
    public mutating func scroll(by delta: Int) {
        offset += delta
        index += delta
        normalize()
    }

    /// The page now holds `n` rows (a shorter page clamps the selection).
    public mutating func setCount(_ n: Int) {
        count = max(0, n)
        normalize()
    }

    /// The viewport now shows `n` rows (a smaller terminal keeps the selection visible).
    public mutating func setVisibleRows(_ n: Int) {
        visibleRows = max(1, n)
        normalize()
    }

    private mutating func normalize() {
        index = count == 0 ? 0 : min(max(0, index), count - 1)
        if index < offset { offset = index }
        if index >= offset + visibleRows { offset = index - visibleRows + 1 }
        offset = max(0, min(offset, count - visibleRows))
    }
}
