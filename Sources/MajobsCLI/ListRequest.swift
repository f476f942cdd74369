import JobBrowser
import ModelArts
import ModelArtsClient

/// What `majobs list` asks for: one v1 query, or a status group, which v1 cannot filter in one request,
/// fetched one query per code and merged in the chosen sort order (`GroupPageMerger`, as the browser does).
enum ListRequest: Sendable {
    case single(JobListQuery)
    case group(GroupQuery)

    var page: Int {
        switch self {
        case .single(let q): return q.page
        case .group(let g): return g.page
        }
    }

    var perPage: Int {
        switch self {
        case .single(let q): return q.perPage
        case .group(let g): return g.perPage
        }
    }

    /// The same request on `page`, or nil past the last page the API allows.
    func onPage(_ page: Int) -> ListRequest? {
        switch self {
        case .single(let q): return (try? q.onPage(page)).map { .single($0) }
        case .group(let g): return (try? g.onPage(page)).map { .group($0) }
        }
    }

    /// One page: the server's for one code; for a group, the merged page with the summed total.
    func fetch(from api: any JobsAPI) async throws(APIError) -> JobListPage {
        switch self {
        case .single(let q):
            return try await api.listJobs(q)
        case .group(let g):
            return try await GroupPageMerger.fetchMergedPage(g) { query throws(APIError) in
                try await api.listJobs(query)
            }
        }
    }
}
