import ModelArts

extension JobStatus {
    /// True when the job can be stopped: a v2 phase Creating, Pending or Running; a v1 code in the
    /// queued or running groups. Abnormal is not (contract §7; §12 U6).
    var canBeStopped: Bool {
        switch self {
        case .phase(let p): return ["Creating", "Pending", "Running"].contains(p)
        case .code: return group == .queued || group == .running
        }
    }

    /// True when the job has ended and its log will not grow: succeeded, failed (Abnormal too) or stopped.
    var isSettled: Bool {
        [.succeeded, .failed, .stopped].contains(group)
    }
}
