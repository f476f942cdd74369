/// What the browser and `majobs list` ask of ModelArts, with no transport in sight: the HTTP client
/// (`ModelArtsHTTPClient`) implements it, tests use fakes or the in-process emulator. Every failure
/// is an `APIError` with a one-line message.
///
/// It grows by one requirement per operation, each a value in and a value out. An operation a server cannot offer throws an
/// `APIError` rather than being left out, so callers never check types; a server without the v2 API
/// answers its calls with 404 `APIGW.0101` (`APIError.isRouteAbsent`).
public protocol JobsAPI: Sendable {
    /// One page of the v1 training-job list.
    func listJobs(_ query: JobListQuery) async throws(APIError) -> JobListPage
    /// Every version of one job.
    func listVersions(jobID: JobID) async throws(APIError) -> JobVersionList
    /// One page of the v2 training-job search. `totalCount` is the number of matching jobs (a lower
    /// bound when the server's `count` proves not to be that); `rawJobs` keeps the items as received.
    func listV2Jobs(_ query: V2ListQuery) async throws(APIError) -> JobListPage
    /// One v2 job's detail; 400 `ModelArts.2775` (`APIError.isJobGone`) when it no longer exists.
    func v2JobDetail(id: String) async throws(APIError) -> V2JobDetail
    /// One v2 job's events, newest first.
    func v2JobEvents(id: String) async throws(APIError) -> [V2JobEvent]
    /// The names of a v1 job version's log files (`…/log/file-names`).
    func v1LogFileNames(jobID: Int64, versionID: Int64) async throws(APIError) -> [String]
    /// A v2 task's log preview: the whole log, or its newest part (at most 5 MB) when `isTruncated`.
    /// HTTP 204 (`ModelArts.2776`) answers `APIError.isLogNotReady`.
    func v2LogPreview(jobID: String, task: String) async throws(APIError) -> LogPage
    /// Lines from the line-paged log API (v2 `…/logs/{task}`, v1 `…/aom-log`), oldest first.
    func logLines(_ request: LogLinesRequest) async throws(APIError) -> LogPage
    /// Sends one write, at most once: never retried once the request may have reached the server,
    /// and refused before sending when the connection is read-only.
    func perform(_ action: JobAction) async throws(APIError) -> JobActionOutcome
}
