import ModelArts

/// A page of a v2 query sorted by something other than creation time. The server sorts only by
/// `create_time`, so such a page is cut from every matching job, fetched and sorted here; that is
/// offered only while the query matches at most `bound` jobs, so the order is always the whole query's.
public struct V2LocalSortQuery: Hashable, Sendable {
    /// The most jobs a query may match for a local sort (beyond it only `created` is offered).
    public static let bound = 2_000
    /// Server pages fetched at once while collecting the jobs.
    public static let concurrency = 4

    /// The search (name, phases) on page 1 with the largest page the server allows.
    public private(set) var search: V2ListQuery
    public private(set) var field: SortField
    public private(set) var order: SortOrder
    /// 1-based page of the sorted list and its size, as the table pages it.
    public private(set) var page: Int
    public private(set) var perPage: Int
    /// Bumped by a refresh, so a refresh collects the jobs anew instead of reusing the last collection.
    public private(set) var epoch: Int

    public init(
        search: V2ListQuery, field: SortField, order: SortOrder, page: Int, perPage: Int, epoch: Int = 0
    ) throws(QueryError) {
        guard page >= 1 else { throw .outOfRange(parameter: "page", value: String(page), range: 1...Int(Int32.max)) }
        guard V2ListQuery.limitRange.contains(perPage) else {
            throw .outOfRange(parameter: "limit", value: String(perPage), range: V2ListQuery.limitRange)
        }
        self.search = try search.with(page: 1, limit: V2ListQuery.limitRange.upperBound)
        self.field = field
        self.order = order
        self.page = page
        self.perPage = perPage
        self.epoch = epoch
    }

    /// The same sorted list on another page.
    public func onPage(_ page: Int) throws(QueryError) -> V2LocalSortQuery {
        try V2LocalSortQuery(search: search, field: field, order: order, page: page, perPage: perPage, epoch: epoch)
    }

    /// What identifies one collection of jobs: the search and the epoch (not the sort or the page).
    public var collectionKey: CollectionKey { CollectionKey(search: search, epoch: epoch) }

    /// See `collectionKey`.
    public struct CollectionKey: Hashable, Sendable {
        public var search: V2ListQuery
        public var epoch: Int
    }

    /// This page of `jobs` (already collected) in this query's order, with the total.
    public func page(of collected: V2LocalSort.Collection) -> JobListPage {
        let sorted = collected.jobs.sorted { JobOrdering.precedes($0, $1, by: field, order: order) }
        let start = min(sorted.count, (page - 1) * perPage)
        let slice = Array(sorted[start..<min(sorted.count, start + perPage)])
        var answer = JobListPage(totalCount: sorted.count, countLimit: 0, quotas: 0, jobs: slice)
        answer.rawJobs = collected.raw
        return answer
    }
}
