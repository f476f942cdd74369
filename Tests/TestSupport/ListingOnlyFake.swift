import ModelArts

/// A test fake that only lists jobs: its log reads and writes throw, naming the fake, so a test that
/// reaches them by mistake fails loudly.
public protocol ListingOnlyFake: JobsAPI {}

extension ListingOnlyFake {
    public func v1LogFileNames(jobID: Int64, versionID: Int64) async throws(APIError) -> [String] {
        throw Self.notOffered
    }

    public func v2LogPreview(jobID: String, task: String) async throws(APIError) -> LogPage {
        throw Self.notOffered
    }

    public func logLines(_ request: LogLinesRequest) async throws(APIError) -> LogPage {
        throw Self.notOffered
    }

    public func perform(_ action: JobAction) async throws(APIError) -> JobActionOutcome {
        throw Self.notOffered
    }

    private static var notOffered: APIError { .invalidRequest("\(Self.self) offers no logs or writes") }
}
