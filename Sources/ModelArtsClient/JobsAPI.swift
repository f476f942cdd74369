import ModelArts

/// What the browser and `majobs list` need from ModelArts. The HTTP client implements it;
/// tests may use a fake. Every failure is an `APIError` with a one-line message.
public protocol JobsAPI: Sendable {
    /// One page of the v1 training-job list.
    func listJobs(_ query: JobListQuery) async throws(APIError) -> JobListPage
    /// Every version of one job.
    func listVersions(jobID: JobID) async throws(APIError) -> JobVersionList
}
