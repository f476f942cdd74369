import ModelArts

extension FetchRequest {
    /// The rows one request of this kind asks for in the browser: the continuous table is drawn from
    /// pages of this size, so it is a transport detail chosen for speed, not what a screen holds.
    ///
    /// v1 allows 1000, but a page of 200 decodes in a few milliseconds, keeps the first frame and the
    /// search answer quick, and still means a page edge only every 200 rows of `j`; a status group's
    /// page `p` costs `p * 200` jobs per code, so smaller pages also keep deep group pages cheaper.
    public var browsingPageSize: Int {
        switch self {
        case .page, .group: return Self.v1BrowsingPageSize
        // v2 pages hold at most 50: the browser asks for the most, as few requests as possible.
        case .v2, .v2Sorted: return V2ListQuery.limitRange.upperBound
        }
    }

    /// The most rows one request of this kind may ask for.
    public var maxPageSize: Int {
        switch self {
        case .page, .group: return JobListQuery.perPageRange.upperBound
        case .v2, .v2Sorted: return V2ListQuery.limitRange.upperBound
        }
    }

    /// The browser's page size on the v1 list (see `browsingPageSize`).
    public static let v1BrowsingPageSize = 200

    /// True when `other` asks for the same list (filter, search, sort and page size), whatever its page.
    public func sameList(as other: FetchRequest) -> Bool {
        perPage == other.perPage && onPage(1) == other.onPage(1)
    }
}
