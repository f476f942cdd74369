extension V2JobStore {
    /// The job at `index` as of `nowMS`. A list item (`detail == false`) leaves out what only the detail
    /// carries (run records, parameters, inputs, outputs, annotations), as the documented samples do.
    func response(_ index: Int, at nowMS: Int64, detail: Bool) -> V2JobResponse {
        let record = record(index, at: nowMS)
        let story = story(record)
        let flavor = V2Catalog.flavors[record.flavor]
        let duration = durationMS(record, at: nowMS)
        let tasks = (0..<record.nodeCount).map { "worker-\($0)" }
        var metrics: [[Int64]] = [[record.createMS + 1_000, 0]]
        if record.startMS > 0 {
            metrics.append([record.startMS, Int64(record.nodeCount)])
            if record.runningSinceMS == nil { metrics.append([record.startMS + duration, 0]) }
        }
        var algorithm = story.algorithm
        if !detail { (algorithm.parameters, algorithm.inputs, algorithm.outputs) = (nil, nil, nil) }
        let status = V2JobResponse.Status(
            phase: record.state.phase, secondaryPhase: record.state.secondaryPhase, duration: duration,
            startTime: record.startMS, nodeCountMetrics: metrics, tasks: tasks,
            taskStatuses: story.failedTask.map { [$0] },
            runningRecords: detail ? runningRecords(record, story: story, durationMS: duration) : nil)
        return V2JobResponse(
            metadata: .init(
                id: record.id, name: record.name, description: record.description, createTime: record.createMS,
                userName: record.userName, annotations: detail ? story.annotations : nil),
            status: status, algorithm: algorithm,
            spec: .init(
                resource: Self.resource(flavor, nodeCount: record.nodeCount),
                logExportPath: detail ? .init(obsURL: "obs://modelarts-logs/\(record.id)/") : nil))
    }

    /// One record per run, in epoch seconds; a run still going has no end.
    private func runningRecords(_ record: Record, story: Story, durationMS: Int64) -> [V2JobResponse.RunningRecord] {
        guard record.startMS > 0 else { return [] }
        let startAt = record.startMS / 1000
        if record.runningSinceMS != nil {
            return [.init(startAt: startAt, startType: "init_or_rescheduled")]
        }
        return [
            .init(
                startAt: startAt, endAt: (record.startMS + durationMS) / 1000, startType: "init_or_rescheduled",
                endReason: story.endReason, endRelatedTask: story.failedTask?.task,
                endRecover: record.state == .lost ? "job_reschedule_failed" : nil)
        ]
    }

    static func resource(_ flavor: V2Catalog.Flavor, nodeCount: Int) -> V2JobResponse.Resource {
        let info = V2JobResponse.FlavorInfo(
            maxNum: flavor.maxNodes, cpu: .init(arch: flavor.cpuArch, coreNum: flavor.cores),
            gpu: flavor.gpu.map { .init(unitNum: $0.count, productName: $0.product, memory: $0.memory) },
            npu: flavor.npu.map { .init(unitNum: String($0.count), productName: $0.product, memory: $0.memory) },
            memory: .init(size: flavor.memoryGB), disk: .init(size: String(flavor.diskGB)))
        return V2JobResponse.Resource(
            policy: "regular", flavorID: flavor.id, flavorName: flavor.name, nodeCount: nodeCount,
            flavorDetail: .init(
                flavorType: flavor.type, billing: .init(code: flavor.id, unitNum: 1), flavorInfo: info))
    }
}
