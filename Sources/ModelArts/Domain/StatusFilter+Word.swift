extension StatusFilter {
    /// The filter as one command-line word: `all`, a group (`failed`), or a code (`11`).
    public var word: String {
        switch self {
        case .all: return "all"
        case .group(let g): return g.rawValue
        case .code(let c): return String(c)
        }
    }

    /// Parses `word` back: `all`, a group name, a code, or a status name (`FAILED` becomes its code).
    public init?(word: String) {
        let lower = word.lowercased()
        if lower == "all" {
            self = .all
        } else if let group = StatusGroup.allCases.first(where: { $0.rawValue == lower }) {
            self = .group(group)
        } else if let parsed = JobStatus.parse(word), let code = parsed.code {
            self = .code(code)
        } else {
            return nil
        }
    }
}
