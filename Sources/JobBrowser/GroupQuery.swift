import ModelArts

/// A list query over several status codes at once (a `StatusGroup`). v1 filters one code per
/// request, so `GroupPageMerger` turns this into one query per code and merges the answers.
public struct GroupQuery: Hashable, Sendable {
    public private(set) var codes: [Int]
    /// Every field the codes share (paging, sort, search), validated once as a query with no status.
    public private(set) var base: JobListQuery

    public var perPage: Int { base.perPage }
    public var page: Int { base.page }
    public var sortBy: SortField { base.sortBy }
    public var order: SortOrder { base.order }
    public var searchContent: String { base.searchContent }

    /// Validates the same ranges as `JobListQuery`; `codes` must not be empty.
    public init(
        codes: [Int], perPage: Int = 10, page: Int = 1, sortBy: SortField = .name, order: SortOrder = .asc,
        searchContent: String = ""
    ) throws(QueryError) {
        guard !codes.isEmpty else { throw .invalidStatus("") }
        try self.init(
            codes: codes,
            base: JobListQuery(
                perPage: perPage, page: page, sortBy: sortBy, order: order,
                searchContent: searchContent))
    }

    /// `base` (already validated; its status is dropped) over `codes`, which must not be empty.
    public init(codes: [Int], base: JobListQuery) throws(QueryError) {
        guard !codes.isEmpty else { throw .invalidStatus("") }
        for code in codes where code < 0 { throw .invalidStatus(String(code)) }
        self.codes = codes
        self.base = try base.with(status: .some(nil))
    }

    /// The same query on another page (validated).
    public func onPage(_ page: Int) throws(QueryError) -> GroupQuery {
        var next = self
        next.base = try base.onPage(page)
        return next
    }

    /// The single-code query the merger sends for `code`, with its own paging.
    public func query(status code: Int, perPage: Int, page: Int) throws(QueryError) -> JobListQuery {
        try base.with(status: .some(code), perPage: perPage, page: page)
    }
}
