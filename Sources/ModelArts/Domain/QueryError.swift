/// Why a query was refused before anything was sent. Each message fits one line, names the
/// offending value and says what is allowed.
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
            return "\(p) \(Self.shown(v)) is out of range: allowed \(r.lowerBound)...\(r.upperBound)"
        case .notANumber(let p, let v):
            let allowed = Self.range(of: p).map { ": allowed \($0.lowerBound)...\($0.upperBound)" } ?? ""
            return "\(p) '\(Self.shown(v))' is not a whole number\(allowed)"
        case .searchTooLong(let n, let limit):
            return "search_content is \(n) characters long: at most \(limit) allowed"
        case .invalidStatus(let s):
            return "status '\(Self.shown(s))' is not a status code (0...22) or name (e.g. running, JOBSTAT_FAILED)"
        case .invalidSort(let s):
            let names = SortField.allCases.map(\.shortName).joined(separator: ", ")
            let wire = SortField.allCases.map(\.wireName).joined(separator: ", ")
            return "sort field '\(Self.shown(s))' is unknown: use one of \(names) (on the wire \(wire))"
        case .invalidOrder(let s):
            return "order '\(Self.shown(s))' is unknown: use asc or desc"
        case .invalidWorkspace(let s):
            return "workspace_id '\(Self.shown(s))' must be 1 to 64 characters"
        }
    }

    /// The documented range of a numeric parameter, for messages.
    static func range(of parameter: String) -> ClosedRange<Int>? {
        switch parameter {
        case "per_page": return JobListQuery.perPageRange
        case "page": return JobListQuery.pageRange
        case "limit": return V2ListQuery.limitRange
        default: return nil
        }
    }

    /// A refused value as it can be shown on one line: control, format and non-space whitespace
    /// characters become `\u{…}` escapes (so ` 5` and `5\n` stay distinguishable), long values are cut.
    static func shown(_ value: String, limit: Int = 40) -> String {
        var out = ""
        var count = 0
        for scalar in value.unicodeScalars {
            if count == limit {
                out += "…"
                break
            }
            let p = scalar.properties
            if scalar != " " && (p.isWhitespace || p.generalCategory == .control || p.generalCategory == .format) {
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return out
    }
}
