import Foundation
import ModelArts
import ModelArtsEmulator
import TestSupport
import Testing

/// Mutated v2 search, detail and events bodies never crash the v2 decoders (`V2Wire`); every failure is a
/// typed `APIError` of the body kind with a one-line message, as P02 holds for v1.
@Suite("v2 decoder fuzzing")
struct V2DecoderFuzzTests {
    static let mutationsPerSeed = 600

    static let seeds: [String] = [
        #"""
        {"total": 137, "count": 2, "limit": 20, "offset": 0, "sort_by": "create_time", "order": "desc",
         "items": [{"kind": "job", "metadata": {"id": "cf63aba9-63b1-4219-b717-708a2665100b", "name": "run3",
           "description": "lr", "create_time": 1700000000123, "user_name": "alice"},
          "status": {"phase": "Running", "secondary_phase": "Running", "duration": 5320030, "start_time": 1700000061000,
           "node_count_metrics": [[1700000061000, 2]], "tasks": ["worker-0", "worker-1"]},
          "algorithm": {"boot_file": "obs://b/train.py", "engine": {"engine_name": "PyTorch", "engine_version": "1.4"}},
          "spec": {"resource": {"flavor_id": "f", "flavor_name": "GPU", "node_count": 2}}},
          {"metadata": {"id": "3faf5c03-aaa1-4cbe-879d-24b05d997347"}, "status": {"phase": "Pending"}}]}
        """#,
        #"""
        {"kind": "job", "metadata": {"id": "3faf5c03-aaa1-4cbe-879d-24b05d997347", "name": "t", "create_time": 1636447346315},
         "status": {"phase": "Abnormal", "secondary_phase": "CreateFailed", "tasks": ["worker-0"],
          "task_statuses": [{"task": "worker-0", "exit_code": 137, "message": "OOM"}],
          "running_records": [{"start_at": 1701327093, "end_reason": "exit with 127", "end_related_task": "worker-2"}]},
         "algorithm": {"parameters": [{"name": "lr", "value": "0.1"}], "environments": [{"A": "1"}],
          "inputs": [{"name": "data_url", "remote": {"obs": {"obs_url": "/d/"}}}]},
         "spec": {"resource": {"flavor_detail": {"flavor_type": "GPU"}}, "log_export_path": {"obs_url": "obs://l/"}}}
        """#,
        #"""
        {"total": 2, "limit": "100", "offset": 0, "events": [
         {"time": "2022-11-26T16:03:41+08:00", "level": "Error", "message": "Training job failed.", "source": "Job"},
         {"time": "2022-11-26T16:03:00.5Z", "level": "Info", "message": "started", "source": "K8S"}]}
        """#,
        #"{"error_code": "ModelArts.2775", "error_msg": "Training job (ID: x) not found.", "error_solution": "Check."}"#,
    ]

    /// Why an outcome is wrong, or nil when it is fine.
    static func problem<T>(_ decode: () throws(APIError) -> T) -> String? {
        do {
            _ = try decode()
            return nil
        } catch {
            switch error {
            case .malformedBody, .server:
                let message = error.message
                if message.contains(where: { $0.isNewline }) { return "a multi-line message: \(message)" }
                if message.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
                    return "a control character in: \(message)"
                }
                return message.count > 400 ? "an overlong message (\(message.count))" : nil
            default:
                return "an unexpected error kind: \(error)"
            }
        }
    }

    @Test("P05 v2 decoder fuzzing: mutated search, detail and events bodies give typed one-line errors, never a crash")
    func fuzz() async throws {
        let (problems, failures, successes) = try await OffPool.run { Self.run() }
        #expect(problems.isEmpty, "\(problems.count) problems, first: \(problems.prefix(5))")
        #expect(failures > 400 && successes > 200, "failures \(failures), successes \(successes)")
    }

    static func run() -> ([String], Int, Int) {
        var mutator = BodyMutator(rng: SeededRandom(seed: 0xF052))
        var problems: [String] = []
        var failures = 0, successes = 0
        for (index, seed) in seeds.enumerated() {
            for _ in 0..<mutationsPerSeed {
                let data = Data(mutator.mutate(Array(seed.utf8)))
                let outcomes = [
                    problem { () throws(APIError) in try V2Wire.decodeSearch(data) },
                    problem { () throws(APIError) in try V2Wire.decodeDetail(data) },
                    problem { () throws(APIError) in try V2Wire.decodeEvents(data) },
                ]
                for case let outcome? in outcomes { problems.append("seed \(index): \(outcome)") }
                if (try? V2Wire.decodeSearch(data)) == nil { failures += 1 } else { successes += 1 }
            }
        }
        return (problems, failures, successes)
    }
}
