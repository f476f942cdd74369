import Foundation

/// One page of the v1 list response.
public struct JobListPage: Hashable, Sendable, Codable {
    /// Jobs matching the query (drives "page X of Y").
    public var totalCount: Int
    /// How many more training jobs may still be created.
    public var countLimit: Int
    /// Upper limit of running training jobs.
    public var quotas: Int
    public var jobs: [TrainingJob]
    /// The jobs' JSON as received, when the page was decoded from a response (see `RawJobs`).
    public var rawJobs = RawJobs()

    public init(totalCount: Int, countLimit: Int, quotas: Int, jobs: [TrainingJob]) {
        self.totalCount = totalCount
        self.countLimit = countLimit
        self.quotas = quotas
        self.jobs = jobs
    }

    enum CodingKeys: String, CodingKey {
        case isSuccess = "is_success"
        case totalCount = "job_total_count"
        case countLimit = "job_count_limit"
        case quotas
        case jobs
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        // Strict where it matters: the total and the jobs must be there and well-typed.
        totalCount = try c.decode(Int.self, forKey: .totalCount)
        jobs = try c.decode([TrainingJob].self, forKey: .jobs)
        countLimit = try c.decodeIfPresent(Int.self, forKey: .countLimit) ?? 0
        quotas = try c.decodeIfPresent(Int.self, forKey: .quotas) ?? 0
        if let body = RawJobs.bodyKey.flatMap({ decoder.userInfo[$0] }) as? Data {
            rawJobs = RawJobs(body: body, ids: jobs.map(\.id))
        }
        guard totalCount >= 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: .totalCount, in: c, debugDescription: "negative job_total_count")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(true, forKey: .isSuccess)
        try c.encode(totalCount, forKey: .totalCount)
        try c.encode(countLimit, forKey: .countLimit)
        try c.encode(quotas, forKey: .quotas)
        try c.encode(jobs, forKey: .jobs)
    }
}
