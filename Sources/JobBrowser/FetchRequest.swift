import ModelArts

/// What the runtime should fetch: one v1 page, a merged page over a status group, or one page of
/// a v2 search (where a status group is a single `phase in […]` filter, so there is nothing to merge).
public enum FetchRequest: Hashable, Sendable {
    case page(JobListQuery)
    case group(GroupQuery)
    case v2(V2ListQuery)
    /// A page of a v2 search sorted here, by a field the server cannot sort by (see `V2LocalSortQuery`).
    case v2Sorted(V2LocalSortQuery)

    /// The page number asked for.
    public var pageNumber: Int {
        switch self {
        case .page(let q): return q.page
        case .group(let g): return g.page
        case .v2(let q): return q.page
        case .v2Sorted(let q): return q.page
        }
    }

    /// Which API the request is for.
    public var api: APIVersion {
        switch self {
        case .page, .group: return .v1
        case .v2, .v2Sorted: return .v2
        }
    }

    /// The page size asked for.
    public var perPage: Int {
        switch self {
        case .page(let q): return q.perPage
        case .group(let g): return g.perPage
        case .v2(let q): return q.limit
        case .v2Sorted(let q): return q.perPage
        }
    }

    /// The same request on another page, or nil when `page` is out of range.
    public func onPage(_ page: Int) -> FetchRequest? {
        switch self {
        case .page(let q): return (try? q.onPage(page)).map { .page($0) }
        case .group(let g): return (try? g.onPage(page)).map { .group($0) }
        case .v2(let q): return (try? q.onPage(page)).map { .v2($0) }
        case .v2Sorted(let q): return (try? q.onPage(page)).map { .v2Sorted($0) }
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
        case .phase(let p):
            throw .invalidStatus(p)
        case .group(let g):
            let codes = g.codes
            // A one-code group is an ordinary page: no merging needed.
            if codes.count == 1 { return .page(try base.with(status: codes[0])) }
            return .group(try GroupQuery(codes: codes, base: base))
        }
    }
}
