/// One terminal cell: a grapheme and its role. A wide (two-cell) grapheme sits in its first cell;
/// the cell to its right is a `continuation` and holds nothing.
public struct Cell: Hashable, Sendable {
    public var grapheme: Character
    public var role: StyleRole
    public var isContinuation: Bool

    public init(_ grapheme: Character = " ", role: StyleRole = .normal, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.role = role
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}
