import ModelArts

extension FetchRequest {
    /// Builds the v2 request for a filter, search, sort and page: the server's own order for `created`,
    /// a local sort (`V2LocalSortQuery`) for name, status and duration. Versions and description are
    /// not v2 sorts (the reducer never asks for them); they throw like any value out of range.
    public static func makeV2(
        filter: StatusFilter, search: String, sortBy: SortField, order: SortOrder, page: Int, perPage: Int,
        epoch: Int = 0
    ) throws(QueryError) -> FetchRequest {
        let limit = min(perPage, V2ListQuery.limitRange.upperBound)
        let phases: [String]
        switch filter {
        case .all: phases = []
        case .group(let g):
            phases = g.phases
            // "Any other phase" cannot be asked of the server: an empty `in` would be every job.
            if phases.isEmpty { throw .invalidStatus(g.rawValue) }
        case .phase(let p): phases = [p]
        case .code(let c): throw .invalidStatus(String(c))
        }
        let created = try V2ListQuery(page: sortBy == .created ? page : 1, limit: limit, name: search, phases: phases)
        switch sortBy {
        case .created:
            return .v2(try created.with(order: order))
        case .name, .status, .duration:
            return .v2Sorted(
                try V2LocalSortQuery(
                    search: created, field: sortBy, order: order, page: page, perPage: limit, epoch: epoch))
        case .versions, .description:
            throw .invalidSort(sortBy.shortName)
        }
    }
}

extension SortField {
    /// True when v2 can sort by the field: `created` on the server, name, status and duration locally.
    public var isV2Sort: Bool { self != .versions && self != .description }
}
