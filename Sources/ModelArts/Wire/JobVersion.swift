/// One version of a training job, from the versions API. Lenient: the documented samples put
/// numbers where the table says strings, and most fields are optional in practice.
public struct JobVersion: Hashable, Sendable, Codable {
    public struct Parameter: Hashable, Sendable, Codable {
        public var label: LenientString
        public var value: LenientString
        public init(label: String, value: String) {
            self.label = LenientString(label)
            self.value = LenientString(value)
        }
    }

    public var versionID: Int64
    public var versionName: String?
    public var preVersionID: Int64?
    public var engineType: Int64?
    public var engineName: String?
    public var engineVersion: String?
    public var status: JobStatus?
    public var createTimeMS: Int64?
    public var startTimeMS: Int64?
    public var durationMS: Int64?
    public var specID: Int64?
    public var core: LenientString?
    public var cpu: LenientString?
    public var gpu: Bool?
    public var gpuNum: Int64?
    public var gpuType: String?
    public var workerServerNum: Int64?
    public var appURL: String?
    public var bootFileURL: String?
    public var dataURL: String?
    public var trainURL: String?
    public var logURL: String?
    public var parameters: [Parameter]
    public var userImageURL: String?
    public var userCommand: String?
    public var poolID: String?
    public var poolName: String?

    public init(versionID: Int64, parameters: [Parameter] = []) {
        self.versionID = versionID
        self.parameters = parameters
    }

    enum CodingKeys: String, CodingKey {
        case versionID = "version_id", versionName = "version_name", preVersionID = "pre_version_id"
        case engineType = "engine_type", engineName = "engine_name", engineVersion = "engine_version"
        case status, createTimeMS = "create_time", startTimeMS = "start_time", durationMS = "duration"
        case specID = "spec_id", core, cpu, gpu, gpuNum = "gpu_num", gpuType = "gpu_type"
        case workerServerNum = "worker_server_num", appURL = "app_url", bootFileURL = "boot_file_url"
        case dataURL = "data_url", trainURL = "train_url", logURL = "log_url", parameters = "parameter"
        case userImageURL = "user_image_url", userCommand = "user_command"
        case poolID = "pool_id", poolName = "pool_name"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        versionID = try c.decode(LenientInt.self, forKey: .versionID).value
        versionName = try? c.decodeIfPresent(LenientString.self, forKey: .versionName)?.value
        preVersionID = try? c.decodeIfPresent(LenientInt.self, forKey: .preVersionID)?.value
        engineType = try? c.decodeIfPresent(LenientInt.self, forKey: .engineType)?.value
        engineName = try? c.decodeIfPresent(LenientString.self, forKey: .engineName)?.value
        engineVersion = try? c.decodeIfPresent(LenientString.self, forKey: .engineVersion)?.value
        status = try? c.decodeIfPresent(JobStatus.self, forKey: .status)
        createTimeMS = try? c.decodeIfPresent(LenientInt.self, forKey: .createTimeMS)?.value
        startTimeMS = try? c.decodeIfPresent(LenientInt.self, forKey: .startTimeMS)?.value
        durationMS = try? c.decodeIfPresent(LenientInt.self, forKey: .durationMS)?.value
        specID = try? c.decodeIfPresent(LenientInt.self, forKey: .specID)?.value
        core = try? c.decodeIfPresent(LenientString.self, forKey: .core)
        cpu = try? c.decodeIfPresent(LenientString.self, forKey: .cpu)
        gpu = try? c.decodeIfPresent(Bool.self, forKey: .gpu)
        gpuNum = try? c.decodeIfPresent(LenientInt.self, forKey: .gpuNum)?.value
        gpuType = try? c.decodeIfPresent(LenientString.self, forKey: .gpuType)?.value
        workerServerNum = try? c.decodeIfPresent(LenientInt.self, forKey: .workerServerNum)?.value
        appURL = try? c.decodeIfPresent(String.self, forKey: .appURL)
        bootFileURL = try? c.decodeIfPresent(String.self, forKey: .bootFileURL)
        dataURL = try? c.decodeIfPresent(String.self, forKey: .dataURL)
        trainURL = try? c.decodeIfPresent(String.self, forKey: .trainURL)
        logURL = try? c.decodeIfPresent(String.self, forKey: .logURL)
        parameters = (try? c.decodeIfPresent([Parameter].self, forKey: .parameters)) ?? []
        userImageURL = try? c.decodeIfPresent(String.self, forKey: .userImageURL)
        userCommand = try? c.decodeIfPresent(String.self, forKey: .userCommand)
        poolID = try? c.decodeIfPresent(String.self, forKey: .poolID)
        poolName = try? c.decodeIfPresent(String.self, forKey: .poolName)
    }
}

/// The versions-list response of one job.
public struct JobVersionList: Hashable, Sendable, Codable {
    public var jobID: JobID
    public var jobName: String
    public var jobDescription: String
    public var versionCount: Int64
    public var versions: [JobVersion]

    public init(jobID: JobID, jobName: String, jobDescription: String, versionCount: Int64, versions: [JobVersion]) {
        self.jobID = jobID
        self.jobName = jobName
        self.jobDescription = jobDescription
        self.versionCount = versionCount
        self.versions = versions
    }

    enum CodingKeys: String, CodingKey {
        case isSuccess = "is_success"
        case jobID = "job_id", jobName = "job_name", jobDescription = "job_desc"
        case versionCount = "version_count", versions
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        jobID = try c.decode(JobID.self, forKey: .jobID)
        versions = try c.decode([JobVersion].self, forKey: .versions)
        jobName = (try? c.decodeIfPresent(String.self, forKey: .jobName)) ?? ""
        jobDescription = (try? c.decodeIfPresent(String.self, forKey: .jobDescription)) ?? ""
        versionCount =
            (try? c.decodeIfPresent(LenientInt.self, forKey: .versionCount))?.value
            ?? Int64(versions.count)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(true, forKey: .isSuccess)
        try c.encode(jobID, forKey: .jobID)
        try c.encode(jobName, forKey: .jobName)
        try c.encode(jobDescription, forKey: .jobDescription)
        try c.encode(versionCount, forKey: .versionCount)
        try c.encode(versions, forKey: .versions)
    }
}
