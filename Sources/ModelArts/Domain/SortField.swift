/// The six fields the v1 list can sort by, with their wire names and short CLI names.
public enum SortField: String, CaseIterable, Sendable, Hashable, Codable {
    case name = "job_name"
    case description = "job_desc"
    case status = "status"
    case duration = "duration"
    case versions = "version_count"
    case created = "create_time"

    /// The wire value of `sortBy`.
    public var wireName: String { rawValue }

    /// The short name used on the command line and in config (`name`, `desc`, ...).
    public var shortName: String {
        switch self {
        case .name: return "name"
        case .description: return "desc"
        case .status: return "status"
        case .duration: return "duration"
        case .versions: return "versions"
        case .created: return "created"
        }
    }

    /// Accepts a short name (`created`) or a wire name (`create_time`).
    public init?(parsing text: String) {
        let t = text.lowercased()
        if let f = SortField(rawValue: t) {
            self = f
        } else if let f = SortField.allCases.first(where: { $0.shortName == t }) {
            self = f
        } else if t == "description" {
            self = .description
        } else {
            return nil
        }
    }
}

/// Sort direction.
public enum SortOrder: String, CaseIterable, Sendable, Hashable, Codable {
    case asc, desc

    public var flipped: SortOrder { self == .asc ? .desc : .asc }
}
