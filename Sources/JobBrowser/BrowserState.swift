import MajobsSettings
import ModelArts
import TerminalUI

/// Everything the browser knows. Changed only by `reduce`; drawn by the views; compared by tests.
public struct BrowserState: Hashable, Sendable {
    /// Where the data for the page holding the selection is.
    public enum Phase: Hashable, Sendable {
        /// Before `.start`.
        case idle
        /// A fetch (or a debounce) for the wanted page is pending.
        case loading
        /// The wanted page is on screen.
        case loaded
        /// The last fetch for the wanted page failed; whatever was on screen stays.
        case failed(APIError)
    }

    /// Which row to select when the wanted page arrives.
    public enum Anchor: Hashable, Sendable {
        /// The first row of a new list.
        case first
        /// The same job wherever the answer shows it, else row `fallback` (clamped).
        case job(JobID, fallback: Int)
        /// The last row of the list as the answer counts it (`G` before its page arrives: jobs created
        /// meanwhile move the last job down, and `G` means that job).
        case last
    }

    // Environment: fixed at start or fed in by events.
    public internal(set) var config: BrowserConfig
    public internal(set) var size: Size
    public internal(set) var nowMS: Int64
    public internal(set) var started = false

    /// Which API the table shows, which ones the account answers, and the other list's query and place.
    public internal(set) var apiLists: APILists

    // The query.
    public internal(set) var filter: StatusFilter
    public internal(set) var search: String
    public internal(set) var sortField: SortField
    public internal(set) var sortOrder: SortOrder
    public internal(set) var paging: Paging

    // The data on screen and in flight.
    /// Page 1 of the list the table shows (the wanted query's once its first answer arrives; until
    /// then the previous query's rows stay). The table's rows are this list's pages in `cache`.
    public internal(set) var listQuery: FetchRequest?
    /// When a page of the list on screen last arrived (epoch ms): the header's age while the page
    /// holding the selection is still on its way.
    public internal(set) var listLoadedAtMS: Int64?
    /// Pages whose last fetch failed: not asked for again until the selection enters one, the query
    /// changes or a refresh, so a failing server is not asked on every key.
    public internal(set) var failedPages: Set<FetchRequest> = []
    public internal(set) var phase: Phase = .idle
    public internal(set) var cache = PageCache()
    /// Bumped whenever an answer in flight would no longer be right to show (query change, refresh).
    public internal(set) var generation = 0
    /// The generation whose debounce is pending, if any.
    public internal(set) var pendingDebounce: Int?
    public internal(set) var inFlight: Set<FetchRequest> = []
    public internal(set) var anchor: Anchor? = .first
    public internal(set) var selection: Selection

    // Modes.
    public internal(set) var mode: BrowserMode = .table
    public internal(set) var searchHistory: [String] = []
    /// How far the help overlay is scrolled, in lines.
    public internal(set) var helpScroll = 0
    /// Automatic refresh: interval, pause, last attempt (see `BrowserState+Refresh`).
    public internal(set) var refreshSchedule = RefreshSchedule()
    /// A one-off message for the status line ("copied job id …"); cleared by the next key, by a new
    /// data state (an error, stale rows, loading) and `noticeLifetimeMS` after it was set.
    public internal(set) var notice: String? {
        didSet { noticeAtMS = notice == nil ? nil : nowMS }
    }
    /// When `notice` was set (epoch ms); it expires `noticeLifetimeMS` later.
    public internal(set) var noticeAtMS: Int64?
    /// The id of the last export started (ids tell a cancelled export's late events apart).
    public internal(set) var exportCounter = 0
    /// A profile switch in progress or the one that just failed (shown on the status line).
    public internal(set) var profileNotice: ProfileNotice?
    /// The profile connected but not yet in use: it takes over only once its first page loads.
    public internal(set) var pendingProfile: PendingProfile?
    // Writes
    /// Confirmed stops and deletes whose rows show them (see `BrowserState+Writes`), by job.
    public internal(set) var writes: [JobID: PendingWrite] = [:]
    // Log view
    /// The token of the last log view opened (tokens tell a closed view's late answers apart).
    public internal(set) var logCounter = 0

    /// How long a one-off notice stays on the status line.
    public static let noticeLifetimeMS: Int64 = 5_000

    public init(config: BrowserConfig, size: Size, nowMS: Int64 = 0) {
        self.config = config
        self.size = size
        self.nowMS = nowMS
        apiLists = APILists(current: config.api, available: config.availableAPIs)
        // A saved v1 code means nothing on v2 (and a phase nothing on v1): such a filter starts as "all".
        filter = config.filter.applies(to: config.api) ? config.filter : .all
        search = String(String.UnicodeScalarView(config.search.unicodeScalars.prefix(JobListQuery.maxSearchLength)))
        sortField = config.api == .v2 && !config.sortField.isV2Sort ? .created : config.sortField
        sortOrder = config.sortOrder
        refreshSchedule = RefreshSchedule(intervalMS: config.autoRefreshMS)
        searchHistory = Array(config.searchHistory.suffix(SavedView.historyLimit))
        let layout = BrowserLayout(size: size)
        paging = Paging(perPage: config.perPage ?? FetchRequest.v1BrowsingPageSize)
        selection = Selection(visibleRows: layout.tableRows)
    }

    /// The screen layout for the current size.
    public var layout: BrowserLayout { BrowserLayout(size: size) }

    /// The keymap in use.
    public var keymap: Keymap { config.keymap }

    /// The request for the page the person is looking at, or nil if it cannot be built.
    public var wantedRequest: FetchRequest? {
        if api == .v2 {
            return try? FetchRequest.makeV2(
                filter: filter, search: search, sortBy: sortField, order: sortOrder, page: paging.page,
                perPage: paging.perPage, epoch: apiLists.sortEpoch)
        }
        return try? FetchRequest.make(
            filter: filter, search: search, sortBy: sortField, order: sortOrder,
            page: paging.page, perPage: paging.perPage)
    }

    /// The job under the selection (nil while its page loads).
    public var selectedJob: TrainingJob? { job(at: selection.index) }

    /// The page of the list on screen that holds row `row`.
    public func listPage(ofRow row: Int) -> Int {
        min(Paging.maxPage, max(0, row) / (listQuery?.perPage ?? paging.perPage) + 1)
    }

    /// The jobs of page `page` of the list on screen, when loaded.
    public func listPageJobs(_ page: Int) -> [TrainingJob]? {
        guard let request = listQuery?.onPage(page) else { return nil }
        return cache[request]?.page.jobs
    }

    /// Row `row` of the continuous list on screen; nil while its page loads.
    public func job(at row: Int) -> TrainingJob? {
        let page = listPage(ofRow: row)
        guard let jobs = listPageJobs(page) else { return nil }
        let i = row - (page - 1) * (listQuery?.perPage ?? paging.perPage)
        return jobs.indices.contains(i) ? jobs[i] : nil
    }

    /// The jobs of the page holding the selection (empty while it loads).
    public var rows: [TrainingJob] { listPageJobs(listPage(ofRow: selection.index)) ?? [] }

    /// The request of the page holding the selection, when it is loaded.
    public var shownRequest: FetchRequest? {
        guard let request = listQuery?.onPage(listPage(ofRow: selection.index)), cache[request] != nil else {
            return nil
        }
        return request
    }

    /// When the rows around the selection arrived from the server (epoch ms).
    public var shownLoadedAtMS: Int64? {
        // One request built and one lookup: the header asks on every frame.
        guard let request = listQuery?.onPage(listPage(ofRow: selection.index)), let entry = cache[request] else {
            return listLoadedAtMS
        }
        return entry.loadedAtMS
    }

    /// True when the page holding the selection is the wanted page and loaded.
    public var showsWantedPage: Bool { shownRequest != nil && shownRequest == wantedRequest }

    /// True when the table shows the wanted query's list (perhaps while the page holding the selection loads).
    public var showsWantedQuery: Bool {
        guard let listQuery, let wanted = wantedRequest else { return false }
        return listQuery.sameList(as: wanted)
    }

    /// The page holding the selection.
    public var shownPage: Int { listPage(ofRow: selection.index) }
}
