import ModelArts

extension EmulatorService {
    /// `GET /v1/{p}/training-jobs/{job}/versions/{v}/log/file-names` (contract §6.5):
    /// `{"is_success":true,"log_file_list":[…]}`, one file per node, `<job name>-V0001.0`, `.1`, …
    func logFileNamesV1(jobID: String, versionID: String) -> (EmulatorResponse, Payload) {
        switch v1Version(jobID: jobID, versionID: versionID, at: now()) {
        case .failure(let refusal): return (refusal.response, .none)
        case .success(let (job, version)):
            struct Names: Encodable {
                var isSuccess = true
                var logFileList: [String]
                enum CodingKeys: String, CodingKey { case isSuccess = "is_success", logFileList = "log_file_list" }
            }
            return (EmulatorReply.json(200, Names(logFileList: Self.v1LogFiles(job, version))), .ack)
        }
    }

    /// `GET /v1/{p}/training-jobs/{job}/versions/{v}/aom-log?log_file=&lines=&base_line=&order=`
    /// (contract §6.5): `log_file` mandatory, `lines` 0...500 (default 50), `order` as
    /// `configuration.logOrder` reads it (documented: `asc` "previous records" older than the cursor,
    /// `desc` "next records" newer; absent: older), typed as the documented sample. Failures are the v1
    /// body: 400 `ModelArts.0104` for a bad parameter, `ModelArts.0105` for an unknown file, 2775 for
    /// an unknown job or version. A version that has not started has an empty log.
    func aomLogV1(_ request: EmulatorRequest, jobID: String, versionID: String) -> (EmulatorResponse, Payload) {
        let items = PercentEncoding.parseQuery(request.rawQuery[...])
        func value(_ key: String) -> String? { items.first(where: { $0.0 == key })?.1 }
        func refuse(_ detail: String) -> (EmulatorResponse, Payload) {
            (EmulatorReply.v1Error(400, "ModelArts.0104", "Parameter error: \(detail)"), .none)
        }
        guard let file = value("log_file"), !file.isEmpty else { return refuse("log_file is mandatory") }
        var lines = 50
        if let text = value("lines") {
            guard let n = Int(text), (0...500).contains(n) else { return refuse("lines must be in [0, 500]") }
            lines = n
        }
        let older: Bool
        switch value("order") {
        case nil, "asc": older = configuration.logOrder == .documented
        case "desc": older = configuration.logOrder != .documented
        default: return refuse("order must be asc or desc")
        }
        let nowMS = now()
        let job: TrainingJob, version: JobVersion
        switch v1Version(jobID: jobID, versionID: versionID, at: nowMS) {
        case .failure(let refusal): return (refusal.response, .none)
        case .success(let found): (job, version) = found
        }
        guard let node = Self.v1LogFiles(job, version).firstIndex(of: file) else {
            return (EmulatorReply.v1Error(400, "ModelArts.0105", "Log file not found"), .none)
        }
        let spec = v1LogSpec(job, version, node: node)
        guard let page = linePage(spec, base: value("base_line"), lines: lines, older: older, at: nowMS) else {
            return refuse("base_line is not a line of this log")
        }
        let body = LogJSON.v1Page(content: page.content, startLine: page.first, endLine: page.last, lines: page.count)
        return (Self.logReply(body), .logs(v1: true))
    }

    /// A v1 job and one of its versions as of `nowMS`, or the v1 answer refusing them.
    private func v1Version(
        jobID: String, versionID: String, at nowMS: Int64
    ) -> Result<(TrainingJob, JobVersion), EarlyAnswer> {
        guard let number = Int64(jobID), let job = currentJob(.number(number), at: nowMS),
            let versions = currentVersions(of: .number(number), at: nowMS)
        else {
            return .failure(EarlyAnswer(EmulatorReply.v1Error(400, "ModelArts.2775", "Training job not found")))
        }
        guard let v = Int64(versionID), let version = versions.first(where: { $0.versionID == v }) else {
            return .failure(EarlyAnswer(EmulatorReply.v1Error(400, "ModelArts.2775", "Training job version not found")))
        }
        return .success((job, version))
    }

    /// One log file per node of the version.
    static func v1LogFiles(_ job: TrainingJob, _ version: JobVersion) -> [String] {
        let nodes = Int(max(1, min(64, version.workerServerNum ?? 1)))
        let name = version.versionName ?? "V0001"
        return (0..<nodes).map { LogLandmarks.v1FileName(job.name, versionName: name, node: $0) }
    }

    /// The log of file `node` of a v1 version as it stands now.
    func v1LogSpec(_ job: TrainingJob, _ version: JobVersion, node: Int) -> LogSpec {
        let number: Int64
        if case .number(let n) = job.id { number = n } else { number = 0 }
        var rng = SeededRandom(
            configuration.seed, 0x4C4F_4731, UInt64(bitPattern: number), UInt64(bitPattern: version.versionID),
            UInt64(node))
        let key = rng.next()
        var backlog = 60 + rng.below(3_000)
        var hostile = rng.chance(0.25)
        var longLine: Int?
        if node == 0, let mark = logLandmarks.v1LongLine, mark.jobID == number, mark.versionID == version.versionID {
            (backlog, hostile, longLine) = (max(backlog, 300), true, LogLandmarks.longLineIndex)
        }
        let group = version.status?.group ?? .unknown
        let start = version.startTimeMS
        let end: Int64? =
            start == nil || group == .running || group == .stopping ? nil : start! + (version.durationMS ?? 0)
        let ending: LogLine.Ending
        switch group {
        case .succeeded: ending = .completed
        case .failed: ending = .failed
        case .stopped: ending = .terminated
        default: ending = .lost
        }
        return LogSpec(
            key: key, cursorBase: version.createTimeMS ?? job.createTimeMS, startMS: start, endMS: end,
            generatedAtMS: store.generatedAtMS, backlog: backlog, hostile: hostile, longLineAt: longLine,
            ending: ending)
    }
}
