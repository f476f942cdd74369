/// What a status filter selects: every job, one person-facing group (several codes or phases), one
/// v1 code, or one v2 phase.
/// It lives in the domain because the browser filters by it and the saved view stores it.
public enum StatusFilter: Hashable, Sendable {
    case all
    case group(StatusGroup)
    case code(Int)
    /// One v2 phase, as the server spells it (`Running`).
    case phase(String)

    /// The status group used for colour and glyph, nil for `all`.
    public var group: StatusGroup? {
        switch self {
        case .all: return nil
        case .group(let g): return g
        case .code(let c): return JobStatus(code: c).group
        case .phase(let p): return JobStatus.phase(p).group
        }
    }
}
