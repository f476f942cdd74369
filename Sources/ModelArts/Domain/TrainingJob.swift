/// One training job row, for either API: a v1 job (numeric id, status code, exactly the eight
/// documented fields) or a v2 job (UUID id, phase, `v2` facts; no versions).
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
    /// What a v2 item adds (nil on v1). Not one of the v1 keys: v1 JSON neither reads nor writes it.
    public var v2: V2JobFacts?

    /// Which API the job came from.
    public var api: APIVersion { v2 == nil ? .v1 : .v2 }

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

    /// A v2 job: its UUID, phase and facts; v2 jobs have no versions, so both version fields are 0.
    public init(
        v2ID: String, name: String, phase: String, createTimeMS: Int64, durationMS: Int64, description: String,
        facts: V2JobFacts
    ) {
        self.init(
            id: .uuid(v2ID), name: name, versionID: 0, status: .phase(phase), createTimeMS: createTimeMS,
            durationMS: durationMS, description: description, versionCount: 0)
        v2 = facts
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
