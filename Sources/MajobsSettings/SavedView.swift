import ModelArts

/// The part of the browser's state that outlives a run, per profile: sort, status filter, page size
/// and search history. The runtime saves it whenever it changes and on quit; `SavedViewStore` keeps
/// it as JSON, the filter as its command-line word (`failed`, `11`).
public struct SavedView: Hashable, Sendable {
    /// The most searches remembered; older ones drop off the front.
    public static let historyLimit = 50

    public var filter: StatusFilter
    public var sortField: SortField
    public var sortOrder: SortOrder
    /// The page size chosen (flag, config or an earlier run); nil fits the screen.
    public var perPage: Int?
    /// Accepted searches, oldest first, at most `historyLimit`.
    public var searchHistory: [String]

    public init(
        filter: StatusFilter = .all, sortField: SortField = .created, sortOrder: SortOrder = .desc,
        perPage: Int? = nil, searchHistory: [String] = []
    ) {
        self.filter = filter
        self.sortField = sortField
        self.sortOrder = sortOrder
        self.perPage = perPage
        self.searchHistory = Array(searchHistory.suffix(Self.historyLimit))
    }

    /// What to save when a run started from `start` (flags, `--fresh`) but the file holds `self`:
    /// only the fields the person changed during the run replace the saved ones, so one-off flags and
    /// `--fresh` never overwrite the saved view; searches made during the run join the saved history.
    public func applying(changesFrom start: SavedView, to current: SavedView) -> SavedView {
        var saved = self
        if current.filter != start.filter { saved.filter = current.filter }
        // Field and order go together: a flipped order means nothing on another field.
        if current.sortField != start.sortField || current.sortOrder != start.sortOrder {
            saved.sortField = current.sortField
            saved.sortOrder = current.sortOrder
        }
        if current.perPage != start.perPage { saved.perPage = current.perPage }
        if current.searchHistory != start.searchHistory {
            // The run's history already holds (newest last) what it started with; saved entries it did
            // not start with go first, so `--fresh` adds to the history instead of replacing it.
            let kept = searchHistory.filter { !current.searchHistory.contains($0) }
            saved.searchHistory = Array((kept + current.searchHistory).suffix(Self.historyLimit))
        }
        return saved
    }
}
