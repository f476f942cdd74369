import MajobsSettings

extension BrowserState {
    /// What to save for the current profile.
    public var savedView: SavedView {
        SavedView(
            filter: filter, sortField: sortField, sortOrder: sortOrder, perPage: config.perPage,
            searchHistory: searchHistory)
    }
}
