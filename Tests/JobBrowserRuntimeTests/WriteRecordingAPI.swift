import ModelArts
import Synchronization
import TestSupport

/// The emulator's reads in front of a write that is only recorded: every `perform` is kept, in order,
/// and answered with `answer` (so a test sees exactly which writes went out, and how often).
final class WriteRecordingAPI: JobsAPI {
    let inner: EmulatorJobsAPI
    private let performed = Mutex<[JobAction]>([])
    private let polls = Mutex(0)
    private let deleted = Mutex<Set<String>>([])
    private let answer: Mutex<Result<JobActionOutcome, APIError>>

    init(_ inner: EmulatorJobsAPI, answer: Result<JobActionOutcome, APIError> = .success(.accepted)) {
        self.inner = inner
        self.answer = Mutex(answer)
    }

    /// Every write asked for so far, oldest first.
    var actions: [JobAction] { performed.withLock { $0 } }

    /// How many job detail or versions reads were made (the polls of a stopping job, and opened panels).
    var jobReads: Int { polls.withLock { $0 } }

    func perform(_ action: JobAction) async throws(APIError) -> JobActionOutcome {
        performed.withLock { $0.append(action) }
        let outcome = try answer.withLock { $0 }.get()
        // A v2 job deleted here is left out of the lists from now on, as the server would.
        if case .deleteV2(let id) = action { deleted.withLock { _ = $0.insert(id) } }
        return outcome
    }

    func listJobs(_ query: JobListQuery) async throws(APIError) -> JobListPage { try await inner.listJobs(query) }

    func listVersions(jobID: JobID) async throws(APIError) -> JobVersionList {
        polls.withLock { $0 += 1 }
        return try await inner.listVersions(jobID: jobID)
    }

    func listV2Jobs(_ query: V2ListQuery) async throws(APIError) -> JobListPage {
        var page = try await inner.listV2Jobs(query)
        let gone = deleted.withLock { $0 }
        let kept = page.jobs.filter { !gone.contains($0.id.description) }
        page.totalCount -= page.jobs.count - kept.count
        page.jobs = kept
        return page
    }

    func v2JobDetail(id: String) async throws(APIError) -> V2JobDetail {
        polls.withLock { $0 += 1 }
        return try await inner.v2JobDetail(id: id)
    }

    func v2JobEvents(id: String) async throws(APIError) -> [V2JobEvent] { try await inner.v2JobEvents(id: id) }

    func v1LogFileNames(jobID: Int64, versionID: Int64) async throws(APIError) -> [String] {
        try await inner.v1LogFileNames(jobID: jobID, versionID: versionID)
    }

    func v2LogPreview(jobID: String, task: String) async throws(APIError) -> LogPage {
        try await inner.v2LogPreview(jobID: jobID, task: task)
    }

    func logLines(_ request: LogLinesRequest) async throws(APIError) -> LogPage { try await inner.logLines(request) }
}
