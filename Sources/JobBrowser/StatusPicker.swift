import ModelArts

/// The status filter picker: All, the groups and each code, with a highlighted entry.
public struct StatusPicker: Hashable, Sendable {
    public let items: [StatusFilter]
    public private(set) var index: Int

    /// Opens with the active filter highlighted.
    public init(current: StatusFilter, items: [StatusFilter] = StatusFilter.pickerItems) {
        self.items = items
        self.index = items.firstIndex(of: current) ?? 0
    }

    /// The highlighted entry.
    public var highlighted: StatusFilter { items.isEmpty ? .all : items[index] }

    /// Moves the highlight, stopping at either end.
    public mutating func move(by delta: Int) {
        index = min(max(0, index + delta), max(0, items.count - 1))
    }

    /// Highlights entry `i` (clamped).
    public mutating func select(_ i: Int) {
        index = min(max(0, i), max(0, items.count - 1))
    }
}
