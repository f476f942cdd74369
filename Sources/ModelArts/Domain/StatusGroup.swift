/// A person-facing grouping of job statuses, used for colour and for group filters.
public enum StatusGroup: String, CaseIterable, Sendable, Hashable, Codable {
    case queued, running, succeeded, failed, stopping, stopped, unknown

    /// The word shown for the group, e.g. in the status picker.
    public var title: String {
        switch self {
        case .queued: return "Queued"
        case .running: return "Running"
        case .succeeded: return "Succeeded"
        case .failed: return "Failed"
        case .stopping: return "Stopping"
        case .stopped: return "Stopped"
        case .unknown: return "Unknown"
        }
    }

    /// The word for the group in a list of `api`'s jobs: on v2 the unknown group holds every phase
    /// the contract does not name, so it reads "Other" there (v1 keeps "Unknown", code 0's group).
    public func title(for api: APIVersion) -> String {
        api == .v2 && self == .unknown ? "Other" : title
    }

    /// The documented v2 phases in this group, for one `phase in […]` filter (empty for `.unknown`:
    /// "any other phase" cannot be asked of the server).
    public var phases: [String] {
        JobStatus.knownPhases.filter { JobStatus.phase($0).group == self }
    }

    /// The v1 status codes in this group, in code order.
    public var codes: [Int] {
        JobStatus.knownCodes.filter { JobStatus(code: $0).group == self }
    }
}
