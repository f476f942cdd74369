import Foundation
import ModelArts

extension JobStore {
    /// A store serving exactly `jobs`, in this order (durations do not grow); versions are still
    /// derived from `seed`. For hostile-data tests and `majobs emulator --jobs-file`.
    public init(jobs: [TrainingJob], seed: UInt64 = 42, now: Int64) {
        self.init(seed: seed, generatedAtMS: now, records: jobs.map { Record(job: $0, runningSinceMS: nil) })
    }

    /// Jobs from a JSON file holding an array of v1 job objects (`job_id`, `job_name`, ...) or a
    /// whole list answer (`{"jobs": [...]}`).
    public static func jobs(fromFile path: String) throws -> [TrainingJob] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        struct Wrapped: Decodable { var jobs: [TrainingJob] }
        if let list = try? JSONDecoder().decode([TrainingJob].self, from: data) { return list }
        return try JSONDecoder().decode(Wrapped.self, from: data).jobs
    }
}
