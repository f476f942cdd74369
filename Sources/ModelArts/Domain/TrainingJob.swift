/// One training job as the v1 list returns it: exactly the eight documented fields.
public struct TrainingJob: Hashable, Sendable, Codable {
    public var id: JobID
    public var name: String
    public var versionID: Int64
    public var status: JobStatus
    /// Creation time, epoch milliseconds.
    public var createTimeMS: Int64
    /// Run time, milliseconds.
    public var durationMS: Int64
    public var description: String
    public var versionCount: Int64

    public init(
        id: JobID, name: String, versionID: Int64, status: JobStatus, createTimeMS: Int64,
        durationMS: Int64, description: String, versionCount: Int64
    ) {
        self.id = id
        self.name = name
        self.versionID = versionID
        self.status = status
        self.createTimeMS = createTimeMS
        self.durationMS = durationMS
        self.description = description
        self.versionCount = versionCount
    }

    enum CodingKeys: String, CodingKey {
        case id = "job_id"
        case name = "job_name"
        case versionID = "version_id"
        case status
        case createTimeMS = "create_time"
        case durationMS = "duration"
        case description = "job_desc"
        case versionCount = "version_count"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(JobID.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        status = try c.decode(JobStatus.self, forKey: .status)
        // Optional in practice: a job without versions or description must still list.
        versionID = try c.decodeIfPresent(Int64.self, forKey: .versionID) ?? 0
        createTimeMS = try c.decodeIfPresent(Int64.self, forKey: .createTimeMS) ?? 0
        durationMS = try c.decodeIfPresent(Int64.self, forKey: .durationMS) ?? 0
        description = try c.decodeIfPresent(String.self, forKey: .description) ?? ""
        versionCount = try c.decodeIfPresent(Int64.self, forKey: .versionCount) ?? 0
    }
}
