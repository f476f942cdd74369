import ModelArts

/// Recently seen pages, keyed by the exact request, so paging back is instant. An entry older
/// than the refresh interval is still shown, but marked stale and fetched again.
public struct PageCache: Hashable, Sendable {
    /// A page and when it arrived (epoch ms).
    public struct Entry: Hashable, Sendable {
        public var page: JobListPage
        public var loadedAtMS: Int64
    }

    public private(set) var entries: [FetchRequest: Entry] = [:]
    public let capacity: Int

    public init(capacity: Int = 32) {
        self.capacity = max(1, capacity)
    }

    public subscript(request: FetchRequest) -> Entry? { entries[request] }

    /// Stores a page, evicting the oldest entry when full.
    public mutating func store(_ page: JobListPage, for request: FetchRequest, at nowMS: Int64) {
        entries[request] = Entry(page: page, loadedAtMS: nowMS)
        while entries.count > capacity {
            guard let oldest = entries.min(by: { $0.value.loadedAtMS < $1.value.loadedAtMS })?.key else { break }
            entries[oldest] = nil
        }
    }

    /// True when `request` is cached and younger than `intervalMS` at `nowMS`.
    public func isFresh(_ request: FetchRequest, nowMS: Int64, intervalMS: Int64) -> Bool {
        guard let entry = entries[request] else { return false }
        return nowMS - entry.loadedAtMS <= intervalMS
    }

    /// Forgets everything (a manual refresh wants new data everywhere).
    public mutating func removeAll() { entries.removeAll() }
}
