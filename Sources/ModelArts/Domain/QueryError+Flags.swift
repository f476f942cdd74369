/// The command line's words for a refused query. `description` names the wire parameter
/// (`per_page`), which is right for the emulator's error bodies but not for a person who typed
/// `--per-page`: every command maps its refusals through `flagMessage`, so `list` and `browse`
/// say the same thing in the same words.
extension QueryError {
    /// The command-line flag a person types for a wire parameter (`per_page` → `--per-page`).
    public static func flag(for parameter: String) -> String {
        switch parameter {
        case "per_page", "limit": return "--per-page"
        case "page": return "--page"
        case "search_content": return "--search"
        case "status": return "--status"
        case "sortBy", "sort_by": return "--sort"
        case "order": return "--order"
        default: return parameter.hasPrefix("--") ? parameter : "--" + parameter.replacingUnderscores()
        }
    }

    /// One line naming the flag, the refused value and what is allowed, e.g.
    /// `--per-page 0 is out of range: allowed 1...1000`.
    public var flagMessage: String {
        switch self {
        case .outOfRange(let p, let v, let r):
            return "\(Self.flag(for: p)) \(Self.shown(v)) is out of range: allowed \(r.lowerBound)...\(r.upperBound)"
        case .notANumber(let p, let v):
            let allowed = Self.range(of: p).map { ": allowed \($0.lowerBound)...\($0.upperBound)" } ?? ""
            return "\(Self.flag(for: p)) '\(Self.shown(v))' is not a whole number\(allowed)"
        case .searchTooLong(let n, let limit):
            return "--search is \(n) characters long: at most \(limit) allowed"
        case .invalidStatus(let s):
            return "--status '\(Self.shown(s))' is not a status code (0...22) or name, e.g. running or JOBSTAT_FAILED"
        case .invalidSort(let s):
            let names = SortField.allCases.map(\.shortName)
            return "--sort '\(Self.shown(s))' is unknown: use one of \(names.joined(separator: ", "))"
        case .invalidOrder(let s):
            return "--order '\(Self.shown(s))' is unknown: use asc or desc"
        case .invalidWorkspace:
            // No flag sets the workspace: the wire name is the only name it has.
            return description
        }
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}
