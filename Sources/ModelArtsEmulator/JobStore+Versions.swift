import ModelArts

extension JobStore {
    /// The versions of a job, newest first, as of the moment the store was generated; nil for an unknown job.
    public func versions(for id: JobID) -> [JobVersion]? {
        versions(for: id, at: generatedAtMS)
    }

    /// The versions of a job, newest first, as of `nowMS`; nil for an unknown job.
    /// The newest version is the job's own (`version_id`, status, create time, duration).
    public func versions(for id: JobID, at nowMS: Int64) -> [JobVersion]? {
        job(id, at: nowMS).flatMap(versions(of:))
    }

    /// The versions of `job` as it is now (the live store's jobs too); nil for a non-numeric id.
    func versions(of job: TrainingJob) -> [JobVersion]? {
        guard case .number(let number) = job.id else { return nil }
        var rng = SeededRandom(seed, 0x5645_5253, UInt64(bitPattern: number))
        let engine = rng.pick(JobCatalog.engines)
        let spec = rng.pick(JobCatalog.specs)
        let dataset = rng.pick(JobCatalog.datasets)
        let slug = Self.slug(job.name, id: number)
        let workers = Int64(rng.pick([1, 1, 1, 2, 4]))
        let customImage = rng.chance(0.15)
        let pool: (String, String)? =
            rng.chance(0.4)
            ? (
                "pool" + String(rng.next() & 0xFFFF_FFFF, radix: 16).leftPadded(to: 8),
                "pool-\(spec.3 ? spec.5.lowercased() : "cpu")-dedicated"
            )
            : nil
        let count = Int(max(1, job.versionCount))
        var ids = [Int64](repeating: job.versionID, count: count)
        var creates = [Int64](repeating: job.createTimeMS, count: count)
        for k in stride(from: count - 2, through: 0, by: -1) {
            ids[k] = ids[k + 1] - rng.int(in: 1_000_000...9_000_000_000)
            creates[k] = creates[k + 1] - rng.int(in: 3_600_000...(3 * 86_400_000))
        }
        var versions: [JobVersion] = []
        for k in 0..<count {
            let latest = k == count - 1
            let name = "V" + String(k + 1).leftPadded(to: 4)
            var v = JobVersion(versionID: ids[k], parameters: Self.parameters(rng: &rng))
            v.versionName = name
            v.preVersionID = k > 0 ? ids[k - 1] : nil
            v.engineType = engine.0
            v.engineName = engine.1
            v.engineVersion = engine.2
            v.createTimeMS = creates[k]
            if latest {
                v.status = job.status
                v.durationMS = job.durationMS
                v.startTimeMS = job.status.group == .queued ? nil : creates[k] + rng.int(in: 5_000...300_000)
            } else {
                let gap = creates[k + 1] - creates[k]
                v.status = .code([10, 11, 12][rng.weighted([7, 2, 1])])
                v.durationMS = min(rng.logUniform(in: 120_000...(2 * 86_400_000)), gap - 60_000)
                v.startTimeMS = creates[k] + rng.int(in: 5_000...300_000)
            }
            v.specID = spec.0
            v.core = LenientString(spec.1)
            v.cpu = LenientString(spec.2)
            v.gpu = spec.3
            v.gpuNum = spec.4
            v.gpuType = spec.5
            v.workerServerNum = workers
            v.appURL = "obs://majobs-demo/code/\(slug)/"
            v.bootFileURL = "obs://majobs-demo/code/\(slug)/train.py"
            v.dataURL = "obs://majobs-demo/datasets/\(dataset)/"
            v.trainURL = "obs://majobs-demo/output/\(slug)/\(name)/"
            v.logURL = "obs://majobs-demo/logs/\(slug)/\(name)/"
            if customImage {
                v.userImageURL = "swr.cn-north-4.myhuaweicloud.com/majobs/custom-train:2.1"
                v.userCommand = "bash /home/ma-user/modelarts/user-job-dir/code/run_train.sh"
            }
            v.poolID = pool?.0
            v.poolName = pool?.1
            versions.append(v)
        }
        return versions.reversed()
    }

    /// An OBS-safe folder name for a job: ASCII letters, digits and dashes only.
    static func slug(_ name: String, id: Int64) -> String {
        var out = ""
        for scalar in name.lowercased().unicodeScalars where out.count < 40 {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" {
                out.unicodeScalars.append(scalar)
            }
        }
        while out.contains("--") { out = out.replacingOccurrences(of: "--", with: "-") }
        out = String(out.drop(while: { $0 == "-" }))
        return out.isEmpty ? "job-\(id)" : "\(out)-\(id)"
    }

    private static func parameters(rng: inout SeededRandom) -> [JobVersion.Parameter] {
        var params = [
            JobVersion.Parameter(label: "learning_rate", value: rng.pick(["0.1", "0.01", "0.001", "0.0005", "2e-5"])),
            JobVersion.Parameter(label: "batch_size", value: rng.pick(["16", "32", "64", "128", "256"])),
            JobVersion.Parameter(label: "epochs", value: rng.pick(["3", "10", "30", "90"])),
        ]
        if rng.chance(0.3) { params.append(.init(label: "max_seq_length", value: rng.pick(["128", "512", "4096"]))) }
        if rng.chance(0.3) { params.append(.init(label: "data_format", value: rng.pick(["NHWC", "NCHW"]))) }
        return params
    }
}
