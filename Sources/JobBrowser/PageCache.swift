import ModelArts

/// Recently seen pages, keyed by the exact request, so paging back is instant. An entry older
/// than the refresh interval is still shown, but marked stale and fetched again.
///
/// Bounded by pages and by jobs: at `--per-page 1000` thirty-two pages were 32,000 decoded jobs
/// plus their raw bodies (65 MiB resident after 50 pages; docs/PERFORMANCE.md). The newest
/// `minimumEntries` pages, and the pages the caller names as in view or prefetched, always stay.
public struct PageCache: Hashable, Sendable {
    /// A page and when it arrived (epoch ms).
    public struct Entry: Hashable, Sendable {
        public var page: JobListPage
        public var loadedAtMS: Int64
        /// Set by a manual refresh: still shown, but never fresh, so it is fetched again when in view.
        public var expired = false
    }

    public private(set) var entries: [FetchRequest: Entry] = [:]
    /// The requests in the order they were stored, oldest first: eviction order. Not `loadedAtMS`,
    /// which ties when pages arrive within the same millisecond (and always in tests).
    private var storedOrder: [FetchRequest] = []
    public let capacity: Int
    /// The most jobs kept over all entries (the newest `minimumEntries` pages stay whatever their size).
    public let jobCapacity: Int
    /// Pages kept whatever their size: the one on screen and the one prefetched after it.
    public static let minimumEntries = 2

    public init(capacity: Int = 32, jobCapacity: Int = 3_000) {
        self.capacity = max(1, capacity)
        self.jobCapacity = max(1, jobCapacity)
    }

    public subscript(request: FetchRequest) -> Entry? { entries[request] }

    /// How many jobs the cached pages hold.
    public var jobCount: Int { entries.values.reduce(0) { $0 + $1.page.jobs.count } }

    /// Stores a page, evicting the oldest entries while over the page or job bound; never `request`
    /// itself nor `keeping` (the pages in view and prefetched, which may be old entries shown from here).
    public mutating func store(
        _ page: JobListPage, for request: FetchRequest, at nowMS: Int64, keeping: Set<FetchRequest> = []
    ) {
        entries[request] = Entry(page: page, loadedAtMS: nowMS)
        storedOrder.removeAll { $0 == request }
        storedOrder.append(request)
        var jobs = jobCount
        while entries.count > capacity || (jobs > jobCapacity && entries.count > Self.minimumEntries) {
            guard let oldest = storedOrder.first(where: { $0 != request && !keeping.contains($0) }) else { break }
            jobs -= entries[oldest]?.page.jobs.count ?? 0
            entries[oldest] = nil
            storedOrder.removeAll { $0 == oldest }
        }
    }

    /// True when `request` is cached and younger than `intervalMS` at `nowMS`.
    public func isFresh(_ request: FetchRequest, nowMS: Int64, intervalMS: Int64) -> Bool {
        guard let entry = entries[request], !entry.expired else { return false }
        return nowMS - entry.loadedAtMS <= intervalMS
    }

    /// Changes one entry in place (a deleted job taken out until its page is fetched again).
    public mutating func edit(_ request: FetchRequest, _ change: (inout Entry) -> Void) {
        guard var entry = entries[request] else { return }
        change(&entry)
        entries[request] = entry
    }

    /// Marks every entry for fetching again while still showing it (a manual refresh).
    public mutating func expireAll() {
        for key in entries.keys { entries[key]?.expired = true }
    }

    /// Forgets the entries `drop` selects (the other pages of a list whose count changed).
    public mutating func remove(where drop: (FetchRequest) -> Bool) {
        for key in storedOrder where drop(key) { entries[key] = nil }
        storedOrder.removeAll(where: drop)
    }

    /// Forgets everything (a manual refresh wants new data everywhere).
    public mutating func removeAll() {
        entries.removeAll()
        storedOrder.removeAll()
    }
}
