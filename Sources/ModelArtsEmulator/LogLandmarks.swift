import ModelArts

/// The logs a test or a demo looks for, chosen by rule from the seeded stores (and served at
/// `GET /emulator/logs`): the oldest Completed v2 job's `worker-0` log is over 5 MB (its preview is
/// truncated); the oldest Failed v2 job's `worker-0` log and the oldest Completed (code 10) v1 job's
/// current version, file `.0`, hold one ~1 MB line at `longLineIndex`.
public struct LogLandmarks: Sendable, Encodable {
    /// A v2 task log: job id, name, task.
    public struct V2Log: Sendable, Encodable {
        public var jobID: String
        public var name: String
        public var task: String
        enum CodingKeys: String, CodingKey { case jobID = "job_id", name, task }
    }

    /// A v1 log file: job id, version id, file name.
    public struct V1Log: Sendable, Encodable {
        public var jobID: Int64
        public var versionID: Int64
        public var name: String
        public var logFile: String
        enum CodingKeys: String, CodingKey {
            case jobID = "job_id", versionID = "version_id", name, logFile = "log_file"
        }
    }

    /// Training lines of the large log: about 100 bytes each, so over 6 MB in all.
    public static let largeBacklog = 70_000
    /// The line index of the ~1 MB line in the logs that have one.
    public static let longLineIndex = LogLine.headerCount + 100

    public var v2LargeLog: V2Log?
    public var v2LongLine: V2Log?
    public var v1LongLine: V1Log?
    var v2LargeIndex: Int?
    var v2LongIndex: Int?

    enum CodingKeys: String, CodingKey {
        case v2LargeLog = "v2_large_log", v2LongLine = "v2_long_line", v1LongLine = "v1_long_line"
    }

    init(v1: JobStore, v2: V2JobStore) {
        let records = v2.records
        v2LargeIndex = records.indices.first { records[$0].state == .completed && records[$0].startMS > 0 }
        v2LongIndex = records.indices.first { records[$0].state == .failed && records[$0].startMS > 0 }
        v2LargeLog = v2LargeIndex.map { V2Log(jobID: records[$0].id, name: records[$0].name, task: "worker-0") }
        v2LongLine = v2LongIndex.map { V2Log(jobID: records[$0].id, name: records[$0].name, task: "worker-0") }
        if let record = v1.records.first(where: { $0.job.status == .code(10) }), case .number(let id) = record.job.id {
            v1LongLine = V1Log(
                jobID: id, versionID: record.job.versionID, name: record.job.name,
                logFile: Self.v1FileName(
                    record.job.name, versionName: "V" + String(record.job.versionCount).leftPadded(to: 4), node: 0))
        }
    }

    /// A v1 log file's name: `<job name>-V0001.0` for node 0 of version V0001.
    static func v1FileName(_ jobName: String, versionName: String, node: Int) -> String {
        "\(jobName)-\(versionName).\(node)"
    }
}
