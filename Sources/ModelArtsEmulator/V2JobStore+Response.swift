extension V2JobStore {
    /// The job at `index` as of `nowMS`. A list item (`detail == false`) carries what the documented list
    /// sample does (contract §2.8: the algorithm's code, boot file, engine or image; the flavor with only
    /// its accelerator) plus `task_statuses`; the detail adds run records, parameters, inputs, outputs,
    /// the command, annotations, the log path and the flavor's whole hardware. Smaller items keep a
    /// page of 50 cheap to encode.
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
        if !detail {
            (algorithm.parameters, algorithm.inputs, algorithm.outputs) = (nil, nil, nil)
            (algorithm.command, algorithm.localCodeDir, algorithm.workingDir) = (nil, nil, nil)
        }
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
                resource: Self.resource(flavor, nodeCount: record.nodeCount, whole: detail),
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

    /// `spec.resource`; without `whole`, `flavor_info` holds only the accelerator (the CPU when there is none).
    static func resource(_ flavor: V2Catalog.Flavor, nodeCount: Int, whole: Bool) -> V2JobResponse.Resource {
        let gpu = flavor.gpu.map { V2JobResponse.GPU(unitNum: $0.count, productName: $0.product, memory: $0.memory) }
        let npu = flavor.npu.map {
            V2JobResponse.NPU(unitNum: String($0.count), productName: $0.product, memory: $0.memory)
        }
        let cpu = V2JobResponse.CPU(arch: flavor.cpuArch, coreNum: flavor.cores)
        let info =
            whole
            ? V2JobResponse.FlavorInfo(
                maxNum: flavor.maxNodes, cpu: cpu, gpu: gpu, npu: npu, memory: .init(size: flavor.memoryGB),
                disk: .init(size: String(flavor.diskGB)))
            : V2JobResponse.FlavorInfo(cpu: gpu == nil && npu == nil ? cpu : nil, gpu: gpu, npu: npu)
        return V2JobResponse.Resource(
            policy: "regular", flavorID: flavor.id, flavorName: flavor.name, nodeCount: nodeCount,
            flavorDetail: .init(
                flavorType: flavor.type, billing: whole ? .init(code: flavor.id, unitNum: 1) : nil, flavorInfo: info))
    }
}
