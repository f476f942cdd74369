/// One v2 training job as the service sends it (`JobResponse`, contract §2.5 and §5): the list's items
/// and the detail body. Optional fields are left out of the JSON when nil, as the service omits them.
struct V2JobResponse: Encodable, Sendable {
    var kind = "job"
    var metadata: Metadata
    var status: Status
    var algorithm: Algorithm
    var spec: Spec

    /// `metadata`: who made the job and when (`create_time` in epoch ms).
    struct Metadata: Encodable, Sendable {
        var id: String
        var name: String
        var description: String
        var createTime: Int64
        var workspaceID = "0"
        var userName: String
        var annotations: [String: String]?

        enum CodingKeys: String, CodingKey {
            case id, name, description, annotations
            case createTime = "create_time", workspaceID = "workspace_id", userName = "user_name"
        }
    }

    /// `status`: phase and secondary phase (§3), times in ms, run records in seconds (§2.6).
    struct Status: Encodable, Sendable {
        var phase: String
        var secondaryPhase: String
        var duration: Int64
        var startTime: Int64
        var nodeCountMetrics: [[Int64]]?
        var tasks: [String]
        var taskStatuses: [TaskStatus]?
        var runningRecords: [RunningRecord]?

        enum CodingKeys: String, CodingKey {
            case phase, duration, tasks
            case secondaryPhase = "secondary_phase", startTime = "start_time"
            case nodeCountMetrics = "node_count_metrics", taskStatuses = "task_statuses"
            case runningRecords = "running_records"
        }
    }

    /// The first failed task's exit, as the service reports it.
    struct TaskStatus: Encodable, Sendable {
        var task: String
        var exitCode: Int
        var message: String

        enum CodingKeys: String, CodingKey {
            case task, message
            case exitCode = "exit_code"
        }
    }

    /// One run of the job (a restart or a reschedule starts another), in epoch seconds.
    struct RunningRecord: Encodable, Sendable {
        var startAt: Int64
        var endAt: Int64?
        var startType: String
        var endReason: String?
        var endRelatedTask: String?
        var endRecover: String?

        enum CodingKeys: String, CodingKey {
            case startAt = "start_at", endAt = "end_at", startType = "start_type", endReason = "end_reason"
            case endRelatedTask = "end_related_task", endRecover = "end_recover"
        }
    }
}
