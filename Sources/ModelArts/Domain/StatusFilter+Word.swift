extension StatusFilter {
    /// The filter as one command-line word: `all`, a group (`failed`), a code (`11`), or a v2 phase
    /// (`phase:Running`: a bare phase would read as its group's word).
    public var word: String {
        switch self {
        case .all: return "all"
        case .group(let g): return g.rawValue
        case .code(let c): return String(c)
        case .phase(let p): return Self.phasePrefix + p
        }
    }

    /// What marks a v2 phase in `word`.
    static let phasePrefix = "phase:"

    /// Parses `word` back: `all`, a group name, a code, or a status name (`FAILED` becomes its code).
    public init?(word: String) {
        let lower = word.lowercased()
        if lower.hasPrefix(Self.phasePrefix), word.count > Self.phasePrefix.count {
            self = .phase(String(word.dropFirst(Self.phasePrefix.count)))
        } else if lower == "all" {
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
