/// A v2 list search whose every field is within the documented range (contract §2.1-2.3); like
/// `JobListQuery`, construction is the only place validation happens, so a bad search is never sent.
/// The server sorts only by `create_time`: that is the one sort on the wire, `order` picks its direction.
public struct V2ListQuery: Hashable, Sendable {
    /// Jobs per page the server accepts (`limit`).
    public static let limitRange = 1...50
    /// 1-based pages; the bound keeps a record offset (`(page - 1) × limit`) within a 32-bit integer.
    public static let pageRange = 1...(Int(Int32.max) / 50)
    /// The longest name substring, as on v1 (a v2 name is at most 64 characters).
    public static let maxNameLength = 64
    /// At most this many phases or ids in one `in` filter.
    public static let maxFilterValues = 100

    /// 1-based page number; the client maps it to the wire's `offset`, whichever meaning it has there.
    public private(set) var page: Int
    public private(set) var limit: Int
    /// Name substring (`name like`); empty for none.
    public private(set) var name: String
    /// Phases (`phase in`), e.g. a status group's; empty for every phase.
    public private(set) var phases: [String]
    /// Job UUIDs (`id in`); empty for every job.
    public private(set) var ids: [String]
    /// Direction of the one server-side sort, by creation time (v2's default is `desc`).
    public private(set) var order: SortOrder
    /// A workspace other than the default, when one was picked.
    public private(set) var workspaceID: String?

    public init(
        page: Int = 1, limit: Int = 50, name: String = "", phases: [String] = [], ids: [String] = [],
        order: SortOrder = .desc, workspaceID: String? = nil
    ) throws(QueryError) {
        guard Self.limitRange.contains(limit) else {
            throw .outOfRange(parameter: "limit", value: String(limit), range: Self.limitRange)
        }
        guard Self.pageRange.contains(page) else {
            throw .outOfRange(parameter: "page", value: String(page), range: Self.pageRange)
        }
        let nameLength = name.unicodeScalars.count
        guard nameLength <= Self.maxNameLength else {
            throw .searchTooLong(length: nameLength, limit: Self.maxNameLength)
        }
        if let bad = phases.first(where: { !Self.isFilterValue($0) }) { throw .invalidStatus(bad) }
        if phases.count > Self.maxFilterValues {
            throw .outOfRange(parameter: "phase", value: String(phases.count), range: 1...Self.maxFilterValues)
        }
        if let bad = ids.first(where: { !Self.isFilterValue($0) }) {
            throw .outOfRange(parameter: "id", value: bad, range: 1...64)
        }
        if ids.count > Self.maxFilterValues {
            throw .outOfRange(parameter: "id", value: String(ids.count), range: 1...Self.maxFilterValues)
        }
        if let workspaceID, workspaceID.isEmpty || workspaceID.utf8.count > 64 {
            throw .invalidWorkspace(workspaceID)
        }
        self.page = page
        self.limit = limit
        self.name = name
        self.phases = phases
        self.ids = ids
        self.order = order
        self.workspaceID = workspaceID
    }

    /// The same search on another page (validated).
    public func onPage(_ page: Int) throws(QueryError) -> V2ListQuery {
        try with(page: page)
    }

    /// The same search with fields replaced (validated).
    public func with(
        page: Int? = nil, limit: Int? = nil, name: String? = nil, phases: [String]? = nil, ids: [String]? = nil,
        order: SortOrder? = nil
    ) throws(QueryError) -> V2ListQuery {
        try V2ListQuery(
            page: page ?? self.page, limit: limit ?? self.limit, name: name ?? self.name,
            phases: phases ?? self.phases, ids: ids ?? self.ids, order: order ?? self.order,
            workspaceID: workspaceID)
    }

    /// True when the search selects every job (no name, phase or id filter): only then is the
    /// server's `count` comparable with its `total`.
    public var isUnfiltered: Bool { name.isEmpty && phases.isEmpty && ids.isEmpty }

    /// The number of jobs before this page: the record offset of its first job.
    public var recordsBefore: Int { (page - 1) * limit }

    /// 1 to 64 characters, none of them control characters: what a phase or a UUID can be.
    static func isFilterValue(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 64
            && !text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}
