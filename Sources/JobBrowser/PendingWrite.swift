import ModelArts

/// A confirmed write and what the table shows for its job meanwhile. The row's own data (the cached
/// page, as the server sent it) is never changed for a stop: the table draws `rowStatus` over it.
public struct PendingWrite: Hashable, Sendable {
    public enum Phase: Hashable, Sendable {
        /// The request is on its way.
        case sending
        /// A stop was accepted: the job is asked about every `pollIntervalMS` until it settles.
        /// `nextPollMS` is nil while a poll is in flight.
        case settling(nextPollMS: Int64?, polls: Int)
        /// The job reached a final state: shown until a page of the list shows it so too.
        case settled(JobStatus)
    }

    public var action: JobAction
    /// The job's name as the screen shows it, for the status line.
    public var name: String
    public var phase: Phase

    /// How often a stopping job is asked about.
    public static let pollIntervalMS: Int64 = 2_000
    /// Polls before giving up on a job that does not settle (ten minutes at one every two seconds).
    public static let maxPolls = 300

    public init(action: JobAction, name: String, phase: Phase = .sending) {
        self.action = action
        self.name = name
        self.phase = phase
    }

    /// What the job's row shows instead of its status: Terminating (v2) or Stopping (v1) while a
    /// stop is under way, the final status once seen, "deleting…" while a delete is on its way.
    public var rowStatus: JobStatus? {
        if case .settled(let status) = phase { return status }
        switch action {
        case .terminateV2: return .phase("Terminating")
        case .stopV1: return .code(9)
        case .deleteV2, .deleteV1Job: return .phase("deleting…")
        case .deleteV1Version: return nil
        }
    }

    /// When the next poll is due (epoch ms), if one is.
    public var nextPollMS: Int64? {
        if case .settling(let next, _) = phase { return next }
        return nil
    }
}

extension JobAction {
    /// The job the action is about, as the table identifies it.
    public var jobID: JobID {
        switch self {
        case .terminateV2(let id), .deleteV2(let id): return .uuid(id)
        case .stopV1(let job, _), .deleteV1Job(let job), .deleteV1Version(let job, _): return .number(job)
        }
    }
}

extension JobStatus {
    /// True in the states a stop is offered in: v2 Creating, Pending or Running; v1 the queued and
    /// running groups. (Abnormal, Terminating and the final states cannot be stopped.)
    public var isStoppable: Bool {
        switch self {
        case .phase(let p): return ["Creating", "Pending", "Running"].contains(p)
        case .code: return group == .queued || group == .running
        }
    }

    /// True once the job will not change any more: succeeded, failed (Abnormal too) or stopped.
    public var isFinal: Bool {
        group == .succeeded || group == .failed || group == .stopped
    }
}
