/// A write to someone's cloud account. Each is sent at most once: the client never retries it once the
/// request may have reached the server (contract §7, §8).
public enum JobAction: Hashable, Sendable {
    /// v2 terminate: `POST …/training-jobs/{id}/actions` `{"action_type":"terminate"}`.
    case terminateV2(id: String)
    /// v2 delete: `DELETE …/training-jobs/{id}`.
    case deleteV2(id: String)
    /// v1 stop one version: `POST …/training-jobs/{job}/versions/{version}/stop`.
    case stopV1(jobID: Int64, versionID: Int64)
    /// v1 delete a job and all its versions: `DELETE …/training-jobs/{job}`.
    case deleteV1Job(jobID: Int64)
    /// v1 delete one version: `DELETE …/training-jobs/{job}/versions/{version}`.
    case deleteV1Version(jobID: Int64, versionID: Int64)

    /// True for the deletes.
    public var isDelete: Bool {
        switch self {
        case .deleteV2, .deleteV1Job, .deleteV1Version: return true
        case .terminateV2, .stopV1: return false
        }
    }

    /// The verb people read: "stop" or "delete".
    public var verb: String { isDelete ? "delete" : "stop" }

    /// The API the action goes through.
    public var api: APIVersion {
        switch self {
        case .terminateV2, .deleteV2: return .v2
        case .stopV1, .deleteV1Job, .deleteV1Version: return .v1
        }
    }
}

/// What the server said to a write that succeeded.
public enum JobActionOutcome: Hashable, Sendable {
    /// The server accepted it; the job changes asynchronously.
    case accepted
    /// A delete found the job already gone (400 `ModelArts.2775`): the end the person asked for.
    case alreadyGone
}
