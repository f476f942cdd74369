import ModelArts

/// A `JobsAPI` of a v2-only account served by a `FakeV2Server` through the real `V2Pager` (so paging is
/// probed as the HTTP client does); v1 calls answer 404 `APIGW.0101`, detail and events 400 `ModelArts.2775`.
public final class FakeV2JobsAPI: ListingOnlyFake {
    public let server: FakeV2Server
    private let pager: V2Pager

    public init(_ server: FakeV2Server) {
        self.server = server
        pager = server.pager()
    }

    public func listJobs(_ query: JobListQuery) async throws(APIError) -> JobListPage { throw .routeAbsent(.v1) }

    public func listVersions(jobID: JobID) async throws(APIError) -> JobVersionList { throw .routeAbsent(.v1) }

    public func listV2Jobs(_ query: V2ListQuery) async throws(APIError) -> JobListPage {
        try await pager.page(query)
    }

    public func v2JobDetail(id: String) async throws(APIError) -> V2JobDetail {
        throw .server(status: 400, code: APIError.jobGoneCode, message: "Training job (ID: \(id)) not found.")
    }

    public func v2JobEvents(id: String) async throws(APIError) -> [V2JobEvent] {
        throw .server(status: 400, code: APIError.jobGoneCode, message: "Training job (ID: \(id)) not found.")
    }
}
