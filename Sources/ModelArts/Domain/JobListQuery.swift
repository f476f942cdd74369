/// A v1 list query whose every field is within the documented range; construction is the
/// only place validation happens, so an invalid query can never be sent.
public struct JobListQuery: Hashable, Sendable {
    public static let perPageRange = 1...1000
    public static let pageRange = 1...65535
    public static let maxSearchLength = 64

    public private(set) var status: Int?
    public private(set) var perPage: Int
    public private(set) var page: Int
    public private(set) var sortBy: SortField
    public private(set) var order: SortOrder
    public private(set) var searchContent: String
    public private(set) var workspaceID: String?

    public init(
        status: Int? = nil, perPage: Int = 10, page: Int = 1, sortBy: SortField = .name,
        order: SortOrder = .asc, searchContent: String = "", workspaceID: String? = nil
    ) throws(QueryError) {
        guard Self.perPageRange.contains(perPage) else {
            throw .outOfRange(parameter: "per_page", value: String(perPage), range: Self.perPageRange)
        }
        guard Self.pageRange.contains(page) else {
            throw .outOfRange(parameter: "page", value: String(page), range: Self.pageRange)
        }
        let searchLength = searchContent.unicodeScalars.count
        guard searchLength <= Self.maxSearchLength else {
            throw .searchTooLong(length: searchLength, limit: Self.maxSearchLength)
        }
        if let status, status < 0 {
            throw .invalidStatus(String(status))
        }
        if let workspaceID, workspaceID.isEmpty || workspaceID.utf8.count > 64 {
            throw .invalidWorkspace(workspaceID)
        }
        self.status = status
        self.perPage = perPage
        self.page = page
        self.sortBy = sortBy
        self.order = order
        self.searchContent = searchContent
        self.workspaceID = workspaceID
    }

    /// The same query on another page (validated).
    public func onPage(_ page: Int) throws(QueryError) -> JobListQuery {
        try JobListQuery(
            status: status, perPage: perPage, page: page, sortBy: sortBy, order: order,
            searchContent: searchContent, workspaceID: workspaceID)
    }

    /// The same query with fields replaced (validated).
    public func with(
        status: Int?? = nil, perPage: Int? = nil, page: Int? = nil, sortBy: SortField? = nil,
        order: SortOrder? = nil, searchContent: String? = nil
    ) throws(QueryError) -> JobListQuery {
        try JobListQuery(
            status: status ?? self.status, perPage: perPage ?? self.perPage, page: page ?? self.page,
            sortBy: sortBy ?? self.sortBy, order: order ?? self.order,
            searchContent: searchContent ?? self.searchContent, workspaceID: workspaceID)
    }

    /// Query parameters as sent on the wire, with `order` always explicit. Unsorted: the signer
    /// canonicalises (sorts and encodes) them, and the canonical form is what goes on the wire.
    public var parameters: [(String, String)] {
        var items: [(String, String)] = []
        if let status { items.append(("status", String(status))) }
        items.append(("per_page", String(perPage)))
        items.append(("page", String(page)))
        items.append(("sortBy", sortBy.wireName))
        items.append(("order", order.rawValue))
        if !searchContent.isEmpty { items.append(("search_content", searchContent)) }
        if let workspaceID { items.append(("workspace_id", workspaceID)) }
        return items
    }
}
