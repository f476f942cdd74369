import ModelArts

/// The browser's two job lists, one per API: which one the table shows, which ones the account
/// answers, and what the hidden one was showing (its query, page and selection), so switching back
/// finds it as it was left.
public struct APILists: Hashable, Sendable {
    /// One list's query and place, kept while the other list is shown.
    public struct Memory: Hashable, Sendable {
        public var filter: StatusFilter
        public var search: String
        public var sortField: SortField
        public var sortOrder: SortOrder
        public var paging: Paging
        public var listQuery: FetchRequest?
        public var listLoadedAtMS: Int64?
        public var failedPages: Set<FetchRequest>
        public var selection: Selection
    }

    /// The API the table shows.
    public internal(set) var current: APIVersion
    /// The APIs the account answers (the shown one always among them).
    public internal(set) var available: [APIVersion]
    /// The hidden list's state, once it has been shown.
    public internal(set) var hidden: [APIVersion: Memory] = [:]
    /// Bumped by every refresh, so a local v2 sort collects the jobs anew (`V2LocalSortQuery.epoch`).
    public internal(set) var sortEpoch = 0

    public init(current: APIVersion, available: [APIVersion]) {
        self.current = current
        self.available = available.contains(current) ? available : [current] + available
    }

    /// True when the account answers both APIs, so the switch key does something.
    public var canSwitch: Bool { available.contains(.v1) && available.contains(.v2) }

    /// What the header says the table shows: `v2 training jobs` or `v1 (old) training jobs`.
    public static func title(_ api: APIVersion) -> String {
        api == .v2 ? "v2 training jobs" : "v1 (old) training jobs"
    }

    /// The same, for narrow headers: `v2 jobs` or `v1 (old) jobs`.
    public static func shortTitle(_ api: APIVersion) -> String {
        api == .v2 ? "v2 jobs" : "v1 (old) jobs"
    }
}
