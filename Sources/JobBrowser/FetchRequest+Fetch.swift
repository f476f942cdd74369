import ModelArts
import Synchronization

extension FetchRequest {
    /// One page: the server's for one code or a v2 search; for a group, the merged page with the summed total, keeping
    /// each code page's raw JSON (the detail view's `y`).
    public func fetch(from api: any JobsAPI) async throws(APIError) -> JobListPage {
        switch self {
        case .page(let query):
            return try await api.listJobs(query)
        case .group(let group):
            let raw = Mutex(RawJobs())
            var page = try await GroupPageMerger.fetchMergedPage(group) { query throws(APIError) in
                let answer = try await api.listJobs(query)
                raw.withLock { $0 = $0.merged(with: answer.rawJobs) }
                return answer
            }
            page.rawJobs = raw.withLock { $0 }
            return page
        case .v2(let query):
            return try await api.listV2Jobs(query)
        case .v2Sorted(let query):
            return try await V2LocalSort.shared.page(query, api: api)
        }
    }
}
