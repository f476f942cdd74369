import ModelArts

/// Server-side paging maths: the transport page that holds the selection, how many there are, and
/// which rows of the continuous list each page holds. `total` is the wanted query's, nil until its
/// first answer arrives.
public struct Paging: Hashable, Sendable {
    /// The highest page the v1 API accepts.
    public static let maxPage = JobListQuery.pageRange.upperBound

    public var page: Int
    public var perPage: Int
    public var total: Int?

    public init(page: Int = 1, perPage: Int, total: Int? = nil) {
        self.perPage = min(max(1, perPage), JobListQuery.perPageRange.upperBound)
        self.page = min(max(1, page), Self.maxPage)
        self.total = total.map { max(0, $0) }
    }

    /// How many pages the current total spans (at least 1, so an empty list is "page 1/1").
    public var pageCount: Int? {
        guard let total else { return nil }
        return min(Self.maxPage, max(1, (total + perPage - 1) / perPage))
    }

    /// True when a later page exists.
    public var hasNext: Bool {
        guard let pageCount else { return false }
        return page < pageCount
    }

    /// True when an earlier page exists.
    public var hasPrevious: Bool { page > 1 }

    /// `p` moved into 1...pageCount (1...maxPage while the total is unknown).
    public func clamped(_ p: Int) -> Int {
        min(max(1, p), pageCount ?? Self.maxPage)
    }

    /// The rows of the continuous list: the total, capped at what the API can page to.
    public var rowCount: Int { min(total ?? 0, Self.maxPage * perPage) }

    /// The page holding row `row` (0-based) of the continuous list.
    public func page(ofRow row: Int) -> Int { min(Self.maxPage, max(0, row) / perPage + 1) }

    /// The rows (0-based) page `p` holds when full.
    public func rows(ofPage p: Int) -> Range<Int> { (p - 1) * perPage..<p * perPage }

    /// The 1-based number of the first item on the current page.
    var firstItemNumber: Int { (page - 1) * perPage + 1 }

    /// How many rows the current page should hold, once the total is known.
    var expectedRowsOnPage: Int? {
        guard let total else { return nil }
        return max(0, min(perPage, total - (page - 1) * perPage))
    }
}
