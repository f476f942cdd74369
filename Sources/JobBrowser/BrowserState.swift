import MajobsSettings
import ModelArts
import TerminalUI

/// Everything the browser knows. Changed only by `reduce`; drawn by the views; compared by tests.
public struct BrowserState: Hashable, Sendable {
    /// Where the data for the wanted page is.
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

    /// Which row to select when the wanted page's rows arrive.
    public enum Anchor: Hashable, Sendable {
        case first
        case last
        /// The same job if it is on the page, else row `fallback` (clamped).
        case job(JobID, fallback: Int)
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
    public internal(set) var rows: [TrainingJob] = []
    /// The request the rows on screen answer (may differ from `wantedRequest` while loading).
    public internal(set) var shownRequest: FetchRequest?
    /// When the rows on screen arrived from the server (epoch ms).
    public internal(set) var shownLoadedAtMS: Int64?
    public internal(set) var phase: Phase = .idle
    public internal(set) var cache = PageCache()
    /// Bumped whenever an answer in flight would no longer be right to show (query change, refresh).
    public internal(set) var generation = 0
    /// The generation whose debounce is pending, if any.
    public internal(set) var pendingDebounce: Int?
    public internal(set) var inFlight: Set<FetchRequest> = []
    public internal(set) var anchor: Anchor = .first
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
        paging = Paging(perPage: config.perPage ?? layout.tableRows)
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

    /// The job under the selection.
    public var selectedJob: TrainingJob? {
        rows.indices.contains(selection.index) ? rows[selection.index] : nil
    }

    /// True when the rows on screen answer the wanted request (not left over from another page).
    public var showsWantedPage: Bool { shownRequest != nil && shownRequest == wantedRequest }

    /// True when the rows on screen are a page of the wanted query, perhaps not the wanted page
    /// (while another page loads, or after it failed).
    public var showsWantedQuery: Bool {
        guard let shownRequest, let wanted = wantedRequest else { return false }
        return shownRequest.onPage(wanted.pageNumber) == wanted
    }

    /// The page number the header shows: that of the rows on screen when they belong to the wanted
    /// query, so the header and the rows always describe the same page; else the wanted page.
    public var shownPage: Int {
        showsWantedQuery ? shownRequest?.pageNumber ?? paging.page : paging.page
    }
}
