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

    /// The v1 status codes in this group, in code order.
    public var codes: [Int] {
        JobStatus.knownCodes.filter { JobStatus(code: $0).group == self }
    }
}
