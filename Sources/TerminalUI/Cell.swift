/// One terminal cell: a grapheme and its role. A wide (two-cell) grapheme sits in its first cell;
/// the cell to its right is a `continuation` and holds nothing.
///
/// Eight bytes of plain data, no reference: a frame of 4,800 cells is filled, copied and compared
/// like an array of integers (a `Character` per cell made every copy retain and release; it was the
/// largest share of a key's cost, docs/PERFORMANCE.md). The grapheme is kept as a code (see
/// `GraphemeCode`) and its display width is worked out once, when the cell is made.
public struct Cell: Hashable, Sendable {
    /// The grapheme's code: its scalar's value, or a `GraphemeTable` id for a cluster of several scalars.
    public private(set) var code: UInt32
    public var role: StyleRole
    public var isContinuation: Bool
    /// `DisplayWidth.of(grapheme)`: 0, 1 or 2.
    public private(set) var width: UInt8
    /// Unused; it makes all eight bytes fields, so two rows compare with `memcmp`.
    private var reserved: UInt8

    public init(_ grapheme: Character = " ", role: StyleRole = .normal, isContinuation: Bool = false) {
        self.init(grapheme, width: DisplayWidth.of(grapheme), role: role, isContinuation: isContinuation)
    }

    /// A cell whose grapheme's width the caller has already measured.
    init(_ grapheme: Character, width: Int, role: StyleRole, isContinuation: Bool = false) {
        code = GraphemeCode.of(grapheme)
        self.role = role
        self.isContinuation = isContinuation
        self.width = UInt8(truncatingIfNeeded: width)
        reserved = 0
    }

    /// A cell showing the printable ASCII byte `ascii` (the caller checked it is one).
    init(ascii: UInt8, role: StyleRole) { self.init(code: UInt32(ascii), width: 1, role: role) }

    /// A blank (one space) in `role`.
    public static func blank(_ role: StyleRole) -> Cell { Cell(code: 0x20, width: 1, role: role) }

    private init(code: UInt32, width: UInt8, role: StyleRole) {
        self.code = code
        self.role = role
        isContinuation = false
        self.width = width
        reserved = 0
    }

    /// The grapheme this cell shows.
    public var grapheme: Character {
        get { GraphemeCode.character(code) }
        set {
            code = GraphemeCode.of(newValue)
            width = UInt8(truncatingIfNeeded: DisplayWidth.of(newValue))
        }
    }

    public static let blank = Cell()
}
