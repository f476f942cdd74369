import ModelArts

extension EmulatorService {
    /// `GET /v2/{p}/training-jobs/{id}/tasks/{task}/logs/preview` (contract §6.1): 200
    /// `{content, current_size, full_size}` with the newest `configuration.logPreviewBytes` bytes cut at a
    /// line start; 204 with no body while the job has not started (Creating, Pending: `ModelArts.2776`);
    /// 400 `ModelArts.2818` for a task the job does not have or a job that never ran; 400 2775 unknown job.
    func previewV2(jobID: String, task: String) -> (EmulatorResponse, Payload) {
        let nowMS = now()
        switch v2Log(jobID: jobID, task: task, at: nowMS) {
        case .failure(let refusal): return (refusal.response, .none)
        case .success(let spec):
            let limit = configuration.logPreviewBytes
            func draw() -> [UInt8] {
                let preview = LogWindow.preview(spec, at: nowMS, limit: limit, sizes: logSizes)
                return LogJSON.preview(content: preview.content, fullSize: preview.fullSize)
            }
            let ended = spec.endMS.map { $0 <= nowMS } ?? false
            let body = ended ? logSizes.previewBody(spec, limit: limit, make: draw) : draw()
            return (Self.logReply(body), .logs(v1: false))
        }
    }

    /// `GET /v2/{p}/training-jobs/{id}/logs/{task}?base_line=&lines=&order=` (contract §6.2): `lines`
    /// 1...500 (default 50); no `base_line`: the newest lines; `order` as `configuration.logOrder` reads
    /// it (documented: `desc`, the default, older than the cursor; `asc` newer), the cursor's own line
    /// as `configuration.logCursor` says. Content oldest first; cursors are decimal strings beyond 2^53.
    /// A bad parameter is 400 `ModelArts.2764` "Invalid query parameter (name)."; availability as the preview.
    func logLinesV2(_ request: EmulatorRequest, jobID: String, task: String) -> (EmulatorResponse, Payload) {
        let items = PercentEncoding.parseQuery(request.rawQuery[...])
        func value(_ key: String) -> String? { items.first(where: { $0.0 == key })?.1 }
        func refuse(_ name: String) -> (EmulatorResponse, Payload) {
            (EmulatorReply.v2Error(400, "ModelArts.2764", "Invalid query parameter (\(name))."), .none)
        }
        var lines = 50
        if let text = value("lines") {
            guard let n = Int(text), (1...500).contains(n) else { return refuse("lines") }
            lines = n
        }
        let descending: Bool
        switch value("order") {
        case nil, "desc": descending = true
        case "asc": descending = false
        default: return refuse("order")
        }
        let nowMS = now()
        let spec: LogSpec
        switch v2Log(jobID: jobID, task: task, at: nowMS) {
        case .failure(let refusal): return (refusal.response, .none)
        case .success(let s): spec = s
        }
        let older = descending == (configuration.logOrder == .documented)
        guard let page = linePage(spec, base: value("base_line"), lines: lines, older: older, at: nowMS) else {
            return refuse("base_line")
        }
        let body = LogJSON.v2Page(content: page.content, startLine: page.first, endLine: page.last, lines: page.count)
        return (Self.logReply(body), .logs(v1: false))
    }

    /// The page a line-paged request (v2 or v1) selects: `lines` lines older or newer than the cursor
    /// `base` (the newest ones without it), the cursor's own line as `configuration.logCursor` says;
    /// its text and the cursors of its first and last line (both the asked cursor for an empty page).
    /// Nil when `base` is not a line of this log.
    func linePage(
        _ spec: LogSpec, base: String?, lines: Int, older: Bool, at nowMS: Int64
    ) -> (content: [UInt8], first: String, last: String, count: Int)? {
        let base = base.flatMap { $0.isEmpty ? nil : $0 }
        var baseIndex: Int?
        if let base {
            guard let i = spec.index(ofCursor: base) else { return nil }
            baseIndex = i
        }
        let range =
            lines == 0
            ? 0..<0
            : LogWindow.page(
                count: spec.lineCount(at: nowMS), base: baseIndex, lines: lines, older: older,
                inclusive: configuration.logCursor == .inclusive)
        guard !range.isEmpty else { return ([], base ?? "", base ?? "", 0) }
        return (
            LogWindow.text(spec, range, at: nowMS), spec.cursor(range.lowerBound), spec.cursor(range.upperBound - 1),
            range.count
        )
    }

    /// The log of one task of a v2 job at `nowMS`, or the answer refusing it.
    private func v2Log(jobID: String, task: String, at nowMS: Int64) -> Result<LogSpec, EarlyAnswer> {
        guard let index = v2Store.index(of: jobID) else { return .failure(EarlyAnswer(Self.v2NotFound(jobID))) }
        let record = v2Store.record(index, at: nowMS)
        let node = task.hasPrefix("worker-") ? Int(task.dropFirst("worker-".count)) : nil
        guard let node, (0..<record.nodeCount).contains(node), task == "worker-\(node)" else {
            return .failure(EarlyAnswer(Self.logNotGenerated(jobID)))
        }
        let spec = v2LogSpec(index, node: node, record: record)
        guard spec.lineCount(at: nowMS) > 0 else {
            if record.state == .creating || record.state == .pending {
                return .failure(EarlyAnswer(EmulatorResponse(status: 204)))
            }
            return .failure(EarlyAnswer(Self.logNotGenerated(jobID)))
        }
        return .success(spec)
    }

    /// The log of task `worker-<node>` of the v2 job at store `index`, as `record` (as of now) stands.
    func v2LogSpec(_ index: Int, node: Int, record: V2JobStore.Record) -> LogSpec {
        var rng = SeededRandom(configuration.seed, 0x4C4F_4732, record.detailSeed, UInt64(node))
        let key = rng.next()
        var backlog = 60 + rng.below(3_000)
        var hostile = rng.chance(0.25)
        var longLine: Int?
        if node == 0, index == logLandmarks.v2LargeIndex { (backlog, hostile) = (LogLandmarks.largeBacklog, true) }
        if node == 0, index == logLandmarks.v2LongIndex {
            (backlog, hostile, longLine) = (max(backlog, 300), true, LogLandmarks.longLineIndex)
        }
        let start: Int64? = record.startMS > 0 ? record.startMS : nil
        let end: Int64? = start != nil && record.runningSinceMS == nil ? record.startMS + record.durationMS : nil
        let ending: LogLine.Ending
        switch record.state {
        case .completed: ending = .completed
        case .failed: ending = .failed
        case .terminated, .terminating: ending = .terminated
        default: ending = .lost
        }
        return LogSpec(
            key: key, cursorBase: record.createMS, startMS: start, endMS: end,
            generatedAtMS: v2Store.generatedAtMS, backlog: backlog, hostile: hostile, longLineAt: longLine,
            ending: ending)
    }

    /// 400 `ModelArts.2818` LogFileNotGenerated.
    static func logNotGenerated(_ jobID: String) -> EmulatorResponse {
        EmulatorReply.v2Error(
            400, "ModelArts.2818",
            "The log file of training job (ID: \(OneLine.clean(jobID, limit: 64))) is not generated.",
            solution: "Check whether the task has started.")
    }

    static func logReply(_ body: [UInt8]) -> EmulatorResponse {
        EmulatorResponse(status: 200, headers: [("Content-Type", EmulatorReply.jsonContentType)], body: body)
    }

    /// A ready answer that ends a log request early.
    struct EarlyAnswer: Error {
        var response: EmulatorResponse
        init(_ response: EmulatorResponse) { self.response = response }
    }
}
