import ModelArts

extension StatusFilter {
    /// The groups the picker offers, in lifecycle order.
    public static let pickerGroups: [StatusGroup] = [.queued, .running, .succeeded, .failed, .stopping, .stopped]

    /// Everything the status picker lists: All, each group, then each documented code.
    public static let pickerItems: [StatusFilter] =
        [.all] + pickerGroups.map { .group($0) } + JobStatus.knownCodes.map { .code($0) }

    /// What the picker lists for `api`'s table: on v2 All, each group (one `phase in […]` request)
    /// and each documented phase; on v1 `pickerItems`.
    public static func pickerItems(for api: APIVersion) -> [StatusFilter] {
        guard api == .v2 else { return pickerItems }
        return [.all] + pickerGroups.map { .group($0) } + JobStatus.knownPhases.map { .phase($0) }
    }

    /// True when the filter can be asked of `api`'s list (a v1 code on v2, or a phase on v1, cannot).
    public func applies(to api: APIVersion) -> Bool {
        switch self {
        case .all, .group: return true
        case .code: return api == .v1
        case .phase: return api == .v2
        }
    }

    /// The chip text, e.g. `Failed` or `11 Failed`; nil when nothing is filtered.
    public var chipText: String? {
        switch self {
        case .all: return nil
        case .group(let g): return g.title
        case .code(let c): return "\(c) \(JobStatus(code: c).word)"
        case .phase(let p): return JobStatus.phase(p).word
        }
    }

    /// A label for the picker.
    public var title: String {
        switch self {
        case .all: return "All statuses"
        case .group(let g): return g.title
        case .code(let c): return JobStatus(code: c).word
        case .phase(let p): return JobStatus.phase(p).word
        }
    }
}
