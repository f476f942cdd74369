import ModelArts

/// How the person left the browser for one profile: sort, status filter, page size and search
/// history. Stored as JSON by `ViewStateStore`; the status filter is kept as its command-line
/// word (`failed`, `11`) so this module needs no browser types.
public struct ViewState: Hashable, Sendable, Codable {
    /// The most searches remembered; older ones drop off the front.
    public static let historyLimit = 50

    public var sortField: SortField
    public var sortOrder: SortOrder
    /// The status filter's word (`all`, a group such as `failed`, or a code such as `11`).
    public var status: String
    /// The page size the person chose (flag or earlier run); nil fits the screen.
    public var perPage: Int?
    /// Accepted searches, oldest first, at most `historyLimit`.
    public var searchHistory: [String]

    public init(
        sortField: SortField = .created, sortOrder: SortOrder = .desc, status: String = "all", perPage: Int? = nil,
        searchHistory: [String] = []
    ) {
        self.sortField = sortField
        self.sortOrder = sortOrder
        self.status = status
        self.perPage = perPage
        self.searchHistory = Array(searchHistory.suffix(Self.historyLimit))
    }

    /// Checks what a hand-edited or damaged file could hold; returns the first problem, if any.
    public var problem: String? {
        if let perPage, !JobListQuery.perPageRange.contains(perPage) {
            let range = JobListQuery.perPageRange
            return "perPage \(perPage) is outside \(range.lowerBound)...\(range.upperBound)"
        }
        if searchHistory.count > Self.historyLimit {
            return "searchHistory holds \(searchHistory.count) entries, more than \(Self.historyLimit)"
        }
        if searchHistory.contains(where: { $0.unicodeScalars.count > JobListQuery.maxSearchLength }) {
            return "a searchHistory entry is longer than \(JobListQuery.maxSearchLength) characters"
        }
        if status.isEmpty || status.count > 32 { return "status \(OneLine.quoted(status)) is not a filter" }
        return nil
    }
}

/// What `ViewStateStore.load` found.
public enum ViewStateLoad: Hashable, Sendable {
    /// No file yet (first run for this profile).
    case missing
    case loaded(ViewState)
    /// The file exists but cannot be used; the text says why in one line (for the log).
    case unusable(String)

    /// The state, when one was loaded.
    public var state: ViewState? {
        if case .loaded(let s) = self { return s }
        return nil
    }
}
