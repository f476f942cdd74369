extension V2JobStore {
    /// What is drawn on demand for one job from its own seed, in a fixed order, so its list item, its
    /// detail and its events always tell the same story.
    struct Story: Sendable {
        var algorithm: V2JobResponse.Algorithm
        /// The task that failed or was lost, with its exit code and message (`task_statuses`).
        var failedTask: V2JobResponse.TaskStatus?
        /// The run record's `end_reason` of a job that stopped running.
        var endReason: String?
        /// Why creation failed (`CreateFailed`) or the node was lost (`Lost`).
        var cause: String?
        var annotations: [String: String]?
        /// The node the tasks run on, per task.
        var taskHosts: [String]
    }

    func story(_ record: Record) -> Story {
        var rng = SeededRandom(record.detailSeed)
        let flavor = V2Catalog.flavors[record.flavor]
        let bucket = rng.pick(V2Catalog.buckets)
        let codeDir = "obs://\(bucket)/code/\(record.id.prefix(8))/"
        var algorithm: V2JobResponse.Algorithm
        let engines = V2Catalog.engines.filter { ($0.0.hasSuffix("aarch64")) == (flavor.cpuArch == "aarch64") }
        let preset = engines.isEmpty ? V2Catalog.engines[0] : rng.pick(engines)
        let engine = V2JobResponse.Engine(engineID: preset.0, engineName: preset.1, engineVersion: preset.2)
        switch rng.weighted([25, 45, 30]) {
        case 0:
            algorithm = .init(
                id: Self.uuid(&rng), name: rng.pick(V2Catalog.algorithmNames), codeDir: codeDir,
                bootFile: codeDir + "train.py", engine: engine)
        case 1:
            algorithm = .init(codeDir: codeDir, bootFile: codeDir + "train.py", engine: engine)
        default:
            algorithm = .init(
                codeDir: codeDir,
                command: "cd /home/ma-user/modelarts/user-job-dir/code && python train.py --data_url=${data_url}",
                engine: .init(imageURL: rng.pick(V2Catalog.images)))
        }
        algorithm.localCodeDir = "/home/ma-user/modelarts/user-job-dir"
        algorithm.workingDir = "/home/ma-user/modelarts/user-job-dir/code"
        var choices = Array(V2Catalog.parameters.indices)
        rng.shuffle(&choices)
        algorithm.parameters = choices.prefix(2 + rng.below(4)).sorted().map { i in
            let (name, values, type) = V2Catalog.parameters[i]
            return .init(
                name: name, value: rng.pick(values), description: "\(name) of the training script",
                constraint: .init(type: type))
        }
        let dataset = rng.pick(JobCatalog.datasets)
        algorithm.inputs = [
            .init(
                name: "data_url", description: "training data", localDir: "/home/ma-user/modelarts/inputs/data_url_0",
                remote: .init(obs: .init(obsURL: "obs://\(bucket)/datasets/\(dataset)/")))
        ]
        algorithm.outputs = [
            .init(
                name: "train_url", description: "model output",
                localDir: "/home/ma-user/modelarts/outputs/train_url_0",
                remote: .init(obs: .init(obsURL: "obs://\(bucket)/output/\(record.id.prefix(8))/")))
        ]
        var story = Story(algorithm: algorithm, taskHosts: [])
        story.taskHosts = (0..<record.nodeCount).map { _ in "192.168.\(rng.below(8)).\(2 + rng.below(250))" }
        switch rng.weighted([70, 20, 10]) {
        case 1: story.annotations = ["fault-tolerance/job-retry-num": "3"]
        case 2: story.annotations = ["job_template": "Template DL"]
        default: break
        }
        let task = "worker-\(rng.below(record.nodeCount))"
        switch record.state {
        case .failed:
            let failure = rng.pick(V2Catalog.failures)
            story.failedTask = .init(task: task, exitCode: failure.exitCode, message: failure.message)
            story.endReason = failure.reason
        case .createFailed:
            story.cause = rng.pick(V2Catalog.createFailures)
        case .lost:
            let reason = rng.pick(V2Catalog.lostReasons)
            story.cause = reason
            story.failedTask = .init(task: task, exitCode: -1, message: reason)
            story.endReason = "node lost"
        case .completed: story.endReason = "job completed"
        case .terminated, .terminatedFailed: story.endReason = "job terminated"
        case .unknown: story.endReason = "unknown"
        default: break
        }
        return story
    }
}
