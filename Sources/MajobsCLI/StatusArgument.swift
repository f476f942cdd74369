import ArgumentParser
import JobBrowser
import ModelArts

/// `--status` as `majobs list` and the browser both read it, so the same word selects the same jobs:
/// `all`, a group (`failed` = every failed code), a code (`11`) or a status name (`JOBSTAT_FAILED`).
enum StatusArgument {
    /// The groups a person can name, in lifecycle order.
    static let groupNames = StatusFilter.pickerGroups.map(\.rawValue).joined(separator: ", ")

    /// The refusal of a word that is none of these (exit 64), naming it and everything allowed, groups included.
    static func message(for word: String) -> String {
        "--status '\(OneLine.clean(word, limit: 64))' is not a status code (0...22), "
            + "name (e.g. JOBSTAT_FAILED) or group (\(groupNames))"
    }
}

/// `--status`: `--help` lists `all` and the groups; completion also offers every status name. Codes are
/// accepted too, but a list of 23 numbers helps no one.
extension StatusFilter: ExpressibleByArgument {
    public init?(argument: String) {
        guard let filter = StatusFilter(word: argument), filter.codes != [] else { return nil }
        self = filter
    }

    public var defaultValueDescription: String { word }

    public static var allValueStrings: [String] { ["all"] + pickerGroups.map(\.rawValue) }

    public static var defaultCompletionKind: CompletionKind {
        .list(allValueStrings + JobStatus.knownCodes.map { JobStatus(code: $0).name })
    }
}

extension StatusFilter {
    /// The codes this filter sends to the server: nil for every job, several for a group.
    var codes: [Int]? {
        switch self {
        case .all: return nil
        case .group(let g): return g.codes
        case .code(let c): return [c]
        // A v2 phase names no v1 code: nothing on v1 matches it.
        case .phase: return []
        }
    }
}
