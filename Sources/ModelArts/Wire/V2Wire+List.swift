import Foundation

extension V2Wire {
    /// A decoded search answer: the page's jobs (with their raw items) and the two counts as sent.
    public struct SearchAnswer: Sendable {
        public var jobs: [TrainingJob]
        public var rawJobs: RawJobs
        /// `count` (documented as the matching jobs; §12 U2 doubts it), nil when absent.
        public var count: Int?
        /// `total` (every job of the user), nil when absent.
        public var total: Int?

        public init(jobs: [TrainingJob], rawJobs: RawJobs = RawJobs(), count: Int?, total: Int?) {
            self.jobs = jobs
            self.rawJobs = rawJobs
            self.count = count
            self.total = total
        }
    }

    /// Decodes a 2xx search body. Every field but each item's `metadata.id` is optional: a job
    /// without an id could not be shown, refreshed or acted on, so such a body is malformed.
    public static func decodeSearch(_ data: Data, status: Int = 200) throws(APIError) -> SearchAnswer {
        let root = try root(data, status: status, expecting: "items")
        var jobs: [TrainingJob] = []
        for (index, item) in root["items"].array.enumerated() {
            guard let job = job(from: item) else {
                throw .malformedBody(status: status, detail: "items[\(index)].metadata.id is missing")
            }
            jobs.append(job)
        }
        let count = root["count"].int.flatMap { $0 >= 0 ? $0 : nil }
        let total = root["total"].int.flatMap { $0 >= 0 ? $0 : nil }
        return SearchAnswer(
            jobs: jobs, rawJobs: RawJobs(body: data, ids: jobs.map(\.id), key: "items"), count: count, total: total)
    }

    /// One `JobResponse` (a list item, a detail) as a table row; nil without a `metadata.id`.
    static func job(from item: LooseJSON) -> TrainingJob? {
        let metadata = item["metadata"]
        guard let id = metadata["id"].text else { return nil }
        let status = item["status"]
        let algorithm = item["algorithm"]
        let resource = item.at("spec", "resource")
        let engine = algorithm["engine"]
        let engineName = engine["engine_name"].text
        let engineVersion = engine["engine_version"].text
        let start = status["start_time"].int64
        let facts = V2JobFacts(
            secondaryPhase: status["secondary_phase"].text, flavorID: resource["flavor_id"].text,
            flavorName: resource["flavor_name"].text, nodeCount: resource["node_count"].int,
            algorithmName: algorithm["name"].text, bootFile: algorithm["boot_file"].text,
            engine: engineName == nil && engineVersion == nil
                ? nil : V2JobFacts.Engine(name: engineName, version: engineVersion),
            imageURL: engine["image_url"].text, userName: metadata["user_name"].string,
            startTimeMS: start == 0 ? nil : start, tasks: status["tasks"].strings, kind: item["kind"].text)
        return TrainingJob(
            v2ID: id, name: metadata["name"].string ?? "", phase: status["phase"].string ?? "",
            createTimeMS: metadata["create_time"].int64 ?? 0, durationMS: status["duration"].int64 ?? 0,
            description: metadata["description"].string ?? "", facts: facts)
    }
}
