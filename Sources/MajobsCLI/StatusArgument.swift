import ArgumentParser
import JobBrowser
import ModelArts

/// `--status` as `majobs list` and the browser both read it, so the same word selects the same jobs:
/// `all`, a group (`failed` = every failed code), a code (`11`) or a status name (`JOBSTAT_FAILED`).
enum StatusArgument {
    /// The groups a person can name, in lifecycle order.
    static let groupNames = StatusFilter.pickerGroups.map(\.rawValue).joined(separator: ", ")

    /// The filter `word` selects; a word that is none of the above is a usage error (exit 64).
    static func parse(_ word: String) throws -> StatusFilter {
        guard let filter = StatusFilter(word: word), filter.codes != [] else {
            throw ValidationError(message(for: word))
        }
        return filter
    }

    /// The refusal, naming the value and everything allowed, groups included.
    static func message(for word: String) -> String {
        "--status '\(OneLine.clean(word, limit: 64))' is not a status code (0...22), "
            + "name (e.g. JOBSTAT_FAILED) or group (\(groupNames))"
    }
}

extension StatusFilter {
    /// The codes this filter sends to the server: nil for every job, several for a group.
    var codes: [Int]? {
        switch self {
        case .all: return nil
        case .group(let g): return g.codes
        case .code(let c): return [c]
        }
    }
}
