import ModelArts

/// The detail panel of one job, with its versions once they arrive.
public struct DetailPanel: Hashable, Sendable {
    /// Where the versions list is.
    public enum Versions: Hashable, Sendable {
        case loading
        case loaded(JobVersionList)
        case failed(APIError)
    }

    public var job: TrainingJob
    public var versions: Versions

    public init(job: TrainingJob, versions: Versions = .loading) {
        self.job = job
        self.versions = versions
    }
}
