import ModelArts

/// A column of the job table, in screen order.
public enum TableColumn: CaseIterable, Hashable, Sendable {
    case name, status, created, duration, versions, description, id

    /// The column title.
    public var title: String {
        switch self {
        case .name: return "NAME"
        case .status: return "STATUS"
        case .created: return "CREATED"
        case .duration: return "DURATION"
        case .versions: return "VERSIONS"
        case .description: return "DESCRIPTION"
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
        case .id: return nil
        }
    }

    /// Numbers line up on the right.
    var alignsRight: Bool { self == .versions || self == .duration || self == .id }

    /// Which columns go first when the terminal is narrow (NAME shrinks only after these).
    static let dropOrder: [TableColumn] = [.description, .id, .versions, .duration]
}

/// Where one column sits on screen.
public struct PlacedColumn: Hashable, Sendable {
    public var column: TableColumn
    public var x: Int
    public var width: Int
}
