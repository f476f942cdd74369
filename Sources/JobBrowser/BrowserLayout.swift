import TerminalUI

/// Where things go on screen. The reducer needs the table height (for screen-wise moves and the
/// default page size) and the view draws into the same rows, so both read this one place.
public struct BrowserLayout: Hashable, Sendable {
    /// Below this the screen only says it is too small.
    public static let minimumSize = Size(width: 60, height: 10)

    public let size: Size

    public init(size: Size) { self.size = size }

    /// True when the terminal is smaller than `minimumSize`.
    public var isTooSmall: Bool {
        size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
    }

    /// Rows 0 and 1: title bar, then filters / sort / page.
    public var headerRows: Int { 2 }
    /// The column titles.
    public var tableHeaderRow: Int { 2 }
    /// The first job row.
    public var tableTop: Int { 3 }
    /// How many job rows fit (at least 1 so maths never divides by zero).
    public var tableRows: Int { max(1, size.height - 5) }
    /// Row count, data state, errors; the search prompt replaces it while editing.
    public var statusRow: Int { size.height - 2 }
    /// Key hints from the keymap.
    public var hintRow: Int { size.height - 1 }
}
