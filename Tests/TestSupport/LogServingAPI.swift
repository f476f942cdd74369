import ModelArts
import Synchronization

/// The emulator for lists, versions and details, with one log served from memory for every job, task and
/// file: a list of lines whose cursors are their 1-based numbers, a v2 preview of the newest `previewBytes`, the line-paged API
/// both ways, and lines a test appends to make a log grow. Counts every log request; can fail them.
public final class LogServingAPI: JobsAPI {
    public let base: EmulatorJobsAPI
    private let state = Mutex(State())
    /// The most bytes a preview returns (the real limit is 5 MB).
    public let previewBytes: Int

    private struct State {
        var log: [String] = []
        var files: [String] = ["job.log"]
        var requests: [String] = []
        var failure: APIError?
    }

    public init(base: EmulatorJobsAPI, previewBytes: Int = 5_000_000) {
        self.base = base
        self.previewBytes = previewBytes
    }

    /// The log every source reads.
    public func setLog(_ lines: [String]) { state.withLock { $0.log = lines } }

    /// Appends lines to the log (a running job writing).
    public func append(_ lines: [String]) { state.withLock { $0.log += lines } }

    /// The v1 log file names answered.
    public func setFiles(_ files: [String]) { state.withLock { $0.files = files } }

    /// Makes every log request fail with `error` (nil: answer again).
    public func failLogs(_ error: APIError?) { state.withLock { $0.failure = error } }

    /// Every log request so far, as `kind cursor direction`.
    public var requests: [String] { state.withLock { $0.requests } }

    public func listJobs(_ query: JobListQuery) async throws(APIError) -> JobListPage {
        try await base.listJobs(query)
    }

    public func listVersions(jobID: JobID) async throws(APIError) -> JobVersionList {
        try await base.listVersions(jobID: jobID)
    }

    public func listV2Jobs(_ query: V2ListQuery) async throws(APIError) -> JobListPage {
        try await base.listV2Jobs(query)
    }

    public func v2JobDetail(id: String) async throws(APIError) -> V2JobDetail { try await base.v2JobDetail(id: id) }

    public func v2JobEvents(id: String) async throws(APIError) -> [V2JobEvent] { try await base.v2JobEvents(id: id) }

    public func v1LogFileNames(jobID: Int64, versionID: Int64) async throws(APIError) -> [String] {
        try state.withLock { s throws(APIError) in
            s.requests.append("files")
            if let failure = s.failure { throw failure }
            return s.files
        }
    }

    public func v2LogPreview(jobID: String, task: String) async throws(APIError) -> LogPage {
        try state.withLock { s throws(APIError) in
            s.requests.append("preview")
            if let failure = s.failure { throw failure }
            let text = s.log.joined(separator: "\n")
            let bytes = Array(text.utf8)
            guard bytes.count > previewBytes else {
                return LogPage(text: text, fullSize: bytes.count, currentSize: bytes.count)
            }
            let tail = String(decoding: bytes.suffix(previewBytes), as: UTF8.self)
            return LogPage(text: tail, fullSize: bytes.count, currentSize: previewBytes)
        }
    }

    public func logLines(_ request: LogLinesRequest) async throws(APIError) -> LogPage {
        try state.withLock { s throws(APIError) in
            s.requests.append("lines \(request.cursor ?? "-") \(request.direction == .older ? "older" : "newer")")
            if let failure = s.failure { throw failure }
            let lines = s.log
            let range: Range<Int>
            if let cursor = request.cursor, let n = Int(cursor) {
                range =
                    request.direction == .older
                    ? max(0, n - 1 - request.lines)..<max(0, n - 1)
                    : min(lines.count, n)..<min(lines.count, n + request.lines)
            } else {
                range = max(0, lines.count - request.lines)..<lines.count
            }
            guard !range.isEmpty else { return LogPage(text: "", lineCount: 0) }
            return LogPage(
                text: lines[range].joined(separator: "\n"), firstLine: String(range.lowerBound + 1),
                lastLine: String(range.upperBound), lineCount: range.count)
        }
    }

    public func perform(_ action: JobAction) async throws(APIError) -> JobActionOutcome {
        throw .invalidRequest("LogServingAPI offers no writes")
    }
}
