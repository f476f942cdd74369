/// Why a query was refused before anything was sent. Each message fits one line.
public enum QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    case outOfRange(parameter: String, value: String, range: ClosedRange<Int>)
    case notANumber(parameter: String, value: String)
    case searchTooLong(length: Int, limit: Int)
    case invalidStatus(String)
    case invalidSort(String)
    case invalidOrder(String)
    case invalidWorkspace(String)

    public var description: String {
        switch self {
        case .outOfRange(let p, let v, let r):
            return "\(p) \(v) is out of range: allowed \(r.lowerBound)...\(r.upperBound)"
        case .notANumber(let p, let v):
            return "\(p) '\(v)' is not a whole number"
        case .searchTooLong(let n, let limit):
            return "search_content is \(n) characters long: at most \(limit) allowed"
        case .invalidStatus(let s):
            return "status '\(s)' is not a status code (0...22) or name (e.g. running, JOBSTAT_FAILED)"
        case .invalidSort(let s):
            let names = SortField.allCases.map(\.shortName).joined(separator: ", ")
            return "sort field '\(s)' is unknown: use one of \(names)"
        case .invalidOrder(let s):
            return "order '\(s)' is unknown: use asc or desc"
        case .invalidWorkspace(let s):
            return "workspace_id '\(s)' must be 1 to 64 characters"
        }
    }
}
