import ModelArts

/// What the runtime should fetch: one v1 page, or a merged page over a status group.
public enum FetchRequest: Hashable, Sendable {
    case page(JobListQuery)
    case group(GroupQuery)

    /// The page number asked for.
    public var pageNumber: Int {
        switch self {
        case .page(let q): return q.page
        case .group(let g): return g.page
        }
    }

    /// The page size asked for.
    public var perPage: Int {
        switch self {
        case .page(let q): return q.perPage
        case .group(let g): return g.perPage
        }
    }

    /// The same request on another page, or nil when `page` is out of range.
    public func onPage(_ page: Int) -> FetchRequest? {
        switch self {
        case .page(let q): return (try? q.onPage(page)).map { .page($0) }
        case .group(let g): return (try? g.onPage(page)).map { .group($0) }
        }
    }

    /// Builds the request for a filter, search, sort and page; throws when a value is out of range.
    public static func make(
        filter: StatusFilter, search: String, sortBy: SortField, order: SortOrder, page: Int, perPage: Int
    ) throws(QueryError) -> FetchRequest {
        let base = try JobListQuery(perPage: perPage, page: page, sortBy: sortBy, order: order, searchContent: search)
        switch filter {
        case .all:
            return .page(base)
        case .code(let c):
            return .page(try base.with(status: c))
        case .group(let g):
            let codes = g.codes
            // A one-code group is an ordinary page: no merging needed.
            if codes.count == 1 { return .page(try base.with(status: codes[0])) }
            return .group(try GroupQuery(codes: codes, base: base))
        }
    }
}
