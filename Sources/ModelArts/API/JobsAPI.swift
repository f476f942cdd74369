/// What the browser and `majobs list` ask of ModelArts, with no transport in sight: the HTTP client
/// (`ModelArtsHTTPClient`) implements it, tests use fakes or the in-process emulator. Every failure
/// is an `APIError` with a one-line message.
///
/// It grows by one requirement per operation, each a value in and a value out (the next ones are the
/// v2 job list and detail, events, logs, and the terminate and delete actions). An operation a server
/// cannot offer throws an `APIError` rather than being left out, so callers never check types.
public protocol JobsAPI: Sendable {
    /// One page of the v1 training-job list.
    func listJobs(_ query: JobListQuery) async throws(APIError) -> JobListPage
    /// Every version of one job.
    func listVersions(jobID: JobID) async throws(APIError) -> JobVersionList
}
