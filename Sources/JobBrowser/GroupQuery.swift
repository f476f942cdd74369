import ModelArts

/// A list query over several status codes at once (a `StatusGroup`). v1 filters one code per
/// request, so `GroupPageMerger` turns this into one query per code and merges the answers.
public struct GroupQuery: Hashable, Sendable {
    public private(set) var codes: [Int]
    public private(set) var perPage: Int
    public private(set) var page: Int
    public private(set) var sortBy: SortField
    public private(set) var order: SortOrder
    public private(set) var searchContent: String

    /// Validates the same ranges as `JobListQuery`; `codes` must not be empty.
    public init(
        codes: [Int], perPage: Int = 10, page: Int = 1, sortBy: SortField = .name, order: SortOrder = .asc,
        searchContent: String = ""
    ) throws(QueryError) {
        guard let first = codes.first else { throw .invalidStatus("") }
        // One probe query checks every shared field; each code is then checked on its own.
        _ = try JobListQuery(status: first, perPage: perPage, page: page, sortBy: sortBy, order: order,
                             searchContent: searchContent)
        for code in codes where code < 0 { throw .invalidStatus(String(code)) }
        self.codes = codes
        self.perPage = perPage
        self.page = page
        self.sortBy = sortBy
        self.order = order
        self.searchContent = searchContent
    }

    /// The same query on another page (validated).
    public func onPage(_ page: Int) throws(QueryError) -> GroupQuery {
        try GroupQuery(codes: codes, perPage: perPage, page: page, sortBy: sortBy, order: order,
                       searchContent: searchContent)
    }

    /// The single-code query the merger sends for `code`, with its own paging.
    public func query(status code: Int, perPage: Int, page: Int) throws(QueryError) -> JobListQuery {
        try JobListQuery(status: code, perPage: perPage, page: page, sortBy: sortBy, order: order,
                         searchContent: searchContent)
    }
}
