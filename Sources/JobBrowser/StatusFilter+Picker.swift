import ModelArts

extension StatusFilter {
    /// The groups the picker offers, in lifecycle order.
    public static let pickerGroups: [StatusGroup] = [.queued, .running, .succeeded, .failed, .stopping, .stopped]

    /// Everything the status picker lists: All, each group, then each documented code.
    public static let pickerItems: [StatusFilter] =
        [.all] + pickerGroups.map { .group($0) } + JobStatus.knownCodes.map { .code($0) }

    /// The chip text, e.g. `Failed` or `11 Failed`; nil when nothing is filtered.
    public var chipText: String? {
        switch self {
        case .all: return nil
        case .group(let g): return g.title
        case .code(let c): return "\(c) \(JobStatus(code: c).word)"
        }
    }

    /// A label for the picker.
    public var title: String {
        switch self {
        case .all: return "All statuses"
        case .group(let g): return g.title
        case .code(let c): return JobStatus(code: c).word
        }
    }
}
