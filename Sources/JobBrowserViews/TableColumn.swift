import ModelArts

/// A column of the job table, in screen order.
public enum TableColumn: CaseIterable, Hashable, Sendable {
    case name, status, created, duration, versions, description
    /// v2 only: `2 × modelarts.p3.large` and the algorithm's name (or the image, or the boot file).
    case nodes, algorithm
    case id

    /// The column title.
    public var title: String {
        switch self {
        case .name: return "NAME"
        case .status: return "STATUS"
        case .created: return "CREATED"
        case .duration: return "DURATION"
        case .versions: return "VERSIONS"
        case .description: return "DESCRIPTION"
        case .nodes: return "NODES × FLAVOR"
        case .algorithm: return "ALGORITHM/IMAGE"
        case .id: return "ID"
        }
    }

    /// The sort field this column shows, if it can be sorted by.
    public var sortField: SortField? {
        switch self {
        case .name: return .name
        case .status: return .status
        case .created: return .created
        case .duration: return .duration
        case .versions: return .versions
        case .description: return .description
        case .nodes, .algorithm, .id: return nil
        }
    }

    /// Numbers line up on the right.
    var alignsRight: Bool { self == .versions || self == .duration || self == .id }

    /// Which columns go first when the terminal is narrow (NAME shrinks only after these).
    static let dropOrder: [TableColumn] = [.description, .id, .versions, .duration]

    /// v2's order: ALGORITHM/IMAGE (the long text, like DESCRIPTION on v1) first, then ID, then NODES × FLAVOR.
    static let v2DropOrder: [TableColumn] = [.algorithm, .id, .nodes, .duration]

    /// The columns that go first when narrow, for `api`'s table.
    static func dropOrder(for api: APIVersion) -> [TableColumn] { api == .v2 ? v2DropOrder : dropOrder }

    /// The one column that grows into spare room (and shrinks to a minimum before being dropped).
    static func flexible(for api: APIVersion) -> TableColumn { api == .v2 ? .algorithm : .description }
}

/// Where one column sits on screen.
public struct PlacedColumn: Hashable, Sendable {
    public var column: TableColumn
    public var x: Int
    public var width: Int
}
