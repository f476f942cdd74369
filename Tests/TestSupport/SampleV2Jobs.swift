import ModelArts

/// Deterministic v2 jobs for tests: UUID-like ids, the documented phases in turn, flavors, node
/// counts, algorithms or images, and creation times a minute apart (the first the oldest).
public enum SampleV2Jobs {
    static let phases = [
        "Running", "Completed", "Failed", "Pending", "Terminated", "Creating", "Abnormal", "Terminating",
    ]
    static let names = ["llama-sft", "resnet-ocr", "bert-ner", "yolo-det", "whisper-asr", "vit-cls", "gpt-rlhf"]

    /// `count` jobs; job `i` has id `0000000i-…` so ids sort like their numbers.
    public static func plain(_ count: Int) -> [TrainingJob] {
        (0..<count).map(job)
    }

    /// Job `i`: phase, name, flavor, nodes and algorithm all derived from `i`.
    public static func job(_ i: Int) -> TrainingJob {
        let hex = String(i, radix: 16)
        let id = String(repeating: "0", count: max(0, 8 - hex.count)) + hex + "-4b2f-4c1e-9d3a-5f6e7d8c9b0a"
        let facts = V2JobFacts(
            secondaryPhase: i % 3 == 0 ? "Queuing" : nil, flavorID: "modelarts.p3.large.\(i % 4 + 1)",
            flavorName: i % 2 == 0 ? "GPU: 1*NVIDIA-V100" : nil, nodeCount: i % 4 + 1,
            algorithmName: i % 3 == 1 ? nil : "algo-\(names[i % names.count])",
            imageURL: i % 3 == 1 ? "swr.cn-north-4.myhuaweicloud.com/team/train:\(i)" : nil,
            userName: "alice", startTimeMS: SampleJobs.baseTimeMS + Int64(i) * 60_000 + 5_000,
            tasks: (0..<(i % 4 + 1)).map { "worker-\($0)" }, kind: "job")
        return TrainingJob(
            v2ID: id, name: "\(names[i % names.count])-\(i)", phase: phases[i % phases.count],
            createTimeMS: SampleJobs.baseTimeMS + Int64(i) * 60_000, durationMS: Int64((i * 7919) % 50_000) * 1000,
            description: "run \(i)", facts: facts)
    }
}
