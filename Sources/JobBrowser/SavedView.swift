import ModelArts

/// The part of the browser's state that outlives a run, per profile: sort, status filter,
/// page size and search history. The runtime saves it whenever it changes and on quit.
public struct SavedView: Hashable, Sendable {
    public var filter: StatusFilter
    public var sortField: SortField
    public var sortOrder: SortOrder
    /// The page size chosen (flag, config or an earlier run); nil fits the screen.
    public var perPage: Int?
    /// Accepted searches, oldest first, at most `BrowserState.historyLimit`.
    public var searchHistory: [String]

    public init(
        filter: StatusFilter = .all, sortField: SortField = .created, sortOrder: SortOrder = .desc,
        perPage: Int? = nil, searchHistory: [String] = []
    ) {
        self.filter = filter
        self.sortField = sortField
        self.sortOrder = sortOrder
        self.perPage = perPage
        self.searchHistory = Array(searchHistory.suffix(BrowserState.historyLimit))
    }
}

extension BrowserState {
    /// What to save for the current profile.
    public var savedView: SavedView {
        SavedView(filter: filter, sortField: sortField, sortOrder: sortOrder, perPage: config.perPage,
                  searchHistory: searchHistory)
    }
}
