import Foundation
import JobPresentation
import ModelArts
import Synchronization

@testable import MajobsCLI

/// A `JobsAPI` for the job commands: v2 and v1 jobs in memory, one log per job whose lines can grow, the
/// documented line-paged reading, and every write recorded (none is ever sent twice by the commands).
final class CLIFakeAPI: JobsAPI {
    struct State {
        var v2Jobs: [TrainingJob] = []
        var v1Jobs: [TrainingJob] = []
        var hasV2 = true
        /// The log's lines; line n (1-based) has cursor `cursorBase + n`.
        var log: [String] = []
        var performed: [JobAction] = []
        var performResult: Result<JobActionOutcome, APIError> = .success(.accepted)
        /// Called on each v2 detail / v1 version list (a follow's status check): may change the job or the log.
        var onStatusCheck: (@Sendable (inout State) -> Void)?
        var statusChecks = 0
        /// Fails the next line-paged reads this many times.
        var failLines = 0
        var calls: [String] = []
    }

    static let cursorBase = 100_000_000_000_000_000
    let state = Mutex(State())

    var performed: [JobAction] { state.withLock { $0.performed } }
    var calls: [String] { state.withLock { $0.calls } }

    static func v2Job(_ id: String, _ name: String, phase: String = "Running") -> TrainingJob {
        TrainingJob(
            v2ID: id, name: name, phase: phase, createTimeMS: 0, durationMS: 0, description: "",
            facts: V2JobFacts(tasks: ["worker-0"]))
    }

    static func v1Job(_ id: Int64, _ name: String, version: Int64 = 3, code: Int = 8) -> TrainingJob {
        TrainingJob(
            id: .number(id), name: name, versionID: version, status: JobStatus(code: code), createTimeMS: 0,
            durationMS: 0, description: "", versionCount: 1)
    }

    static func cursor(_ n: Int) -> String { String(cursorBase + n) }

    func listJobs(_ query: JobListQuery) async throws(APIError) -> JobListPage {
        let jobs = state.withLock { s in
            s.calls.append("listJobs")
            return s.v1Jobs.filter { query.searchContent.isEmpty || $0.name.contains(query.searchContent) }
        }
        return JobListPage(totalCount: jobs.count, countLimit: 0, quotas: 0, jobs: Array(jobs.prefix(query.perPage)))
    }

    func listVersions(jobID: JobID) async throws(APIError) -> JobVersionList {
        let job = state.withLock { s -> TrainingJob? in
            s.calls.append("listVersions")
            s.statusChecks += 1
            s.onStatusCheck?(&s)
            return s.v1Jobs.first { $0.id == jobID }
        }
        guard let job else { throw .server(status: 400, code: APIError.jobGoneCode, message: "not found") }
        var version = JobVersion(versionID: job.versionID)
        version.status = job.status
        return JobVersionList(
            jobID: job.id, jobName: job.name, jobDescription: "", versionCount: 1, versions: [version])
    }

    func listV2Jobs(_ query: V2ListQuery) async throws(APIError) -> JobListPage {
        let (jobs, hasV2) = state.withLock { s in
            s.calls.append("listV2Jobs")
            return (s.v2Jobs.filter { query.name.isEmpty || $0.name.contains(query.name) }, s.hasV2)
        }
        guard hasV2 else { throw APIError.routeAbsent(.v2) }
        let page = Array(jobs.dropFirst(query.recordsBefore).prefix(query.limit))
        return JobListPage(totalCount: jobs.count, countLimit: 0, quotas: 0, jobs: page)
    }

    func v2JobDetail(id: String) async throws(APIError) -> V2JobDetail {
        let job = state.withLock { s -> TrainingJob? in
            s.calls.append("v2JobDetail")
            s.statusChecks += 1
            s.onStatusCheck?(&s)
            return s.v2Jobs.first { $0.id.description == id }
        }
        guard let job else { throw .server(status: 400, code: APIError.jobGoneCode, message: "not found") }
        return V2JobDetail(job: job)
    }

    func v2JobEvents(id: String) async throws(APIError) -> [V2JobEvent] { [] }

    func v1LogFileNames(jobID: Int64, versionID: Int64) async throws(APIError) -> [String] {
        state.withLock { $0.calls.append("v1LogFileNames") }
        return ["job.0", "job.1"]
    }

    func v2LogPreview(jobID: String, task: String) async throws(APIError) -> LogPage {
        let log = state.withLock { s in
            s.calls.append("v2LogPreview")
            return s.log
        }
        guard !log.isEmpty else { throw .logNotReady() }
        return LogPage(text: log.joined(separator: "\n"), lineCount: log.count)
    }

    func logLines(_ request: LogLinesRequest) async throws(APIError) -> LogPage {
        let (log, fail) = state.withLock { s in
            s.calls.append(
                "logLines \(request.direction) \(request.cursor.map { String(Int($0)! - Self.cursorBase) } ?? "-")")
            let fail = s.failLines > 0
            if fail { s.failLines -= 1 }
            return (s.log, fail)
        }
        if fail { throw .server(status: 503, code: nil, message: "Service Unavailable") }
        let (low, end): (Int, Int)
        if let cursor = request.cursor.flatMap(Int.init).map({ $0 - Self.cursorBase }) {
            (low, end) =
                request.direction == .older
                ? (max(1, cursor - request.lines), cursor)
                : (cursor + 1, min(log.count + 1, cursor + 1 + request.lines))
        } else {
            (low, end) = (max(1, log.count - request.lines + 1), log.count + 1)
        }
        guard low < end else { return LogPage(text: "", lineCount: 0) }
        let range = low..<end
        guard !range.isEmpty else { return LogPage(text: "", lineCount: 0) }
        return LogPage(
            text: range.map { log[$0 - 1] }.joined(separator: "\n"), firstLine: Self.cursor(range.lowerBound),
            lastLine: Self.cursor(range.upperBound - 1), lineCount: range.count)
    }

    func perform(_ action: JobAction) async throws(APIError) -> JobActionOutcome {
        let result = state.withLock { s in
            s.performed.append(action)
            return s.performResult
        }
        return try result.get()
    }
}

/// An `OutputSink` that keeps what was written.
final class RecordingSink: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [String] = []
    func write(_ text: String) {
        lock.lock()
        parts.append(text)
        lock.unlock()
    }
    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return parts.joined()
    }
}

/// Answers confirmation questions from a script, recording the prompts.
final class ScriptedConfirmIO: ConfirmIO, @unchecked Sendable {
    let canAsk: Bool
    private let lock = NSLock()
    private var answers: [String?]
    private(set) var prompts: [String] = []

    init(canAsk: Bool = true, answers: [String?] = []) {
        self.canAsk = canAsk
        self.answers = answers
    }

    func ask(_ prompt: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        prompts.append(prompt)
        return answers.isEmpty ? nil : answers.removeFirst()
    }
}
