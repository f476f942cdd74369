import ModelArts

/// How the browser starts: where the data comes from, the initial query, and the knobs.
public struct BrowserConfig: Hashable, Sendable {
    /// Shown in the header: `demo (local emulator)` or `cn-north-4 · a1b2c3d4`.
    public var sourceLabel: String
    /// True when browsing the built-in emulator (the header marks it).
    public var isDemo: Bool
    /// Jobs per server page; nil derives it from the screen height at start.
    public var perPage: Int?
    /// How old a page may get before it counts as stale.
    public var refreshIntervalMS: Int64
    /// The local zone, seconds east of UTC, for times on screen.
    public var utcOffsetSeconds: Int
    /// Quiet time after the last keystroke before a search goes to the server.
    public var debounce: Duration
    public var filter: StatusFilter
    public var search: String
    public var sortField: SortField
    public var sortOrder: SortOrder
    public var keymap: Keymap
    /// Milliseconds between automatic refreshes of the page on screen; 0 (the default here) is off.
    public var autoRefreshMS: Int64 = 0
    /// True when the terminal reports mouse clicks and the wheel (opt-in: it takes over text selection).
    public var mouse = false
    /// The config's profiles, for the switcher (empty: the switcher says there are none).
    public var profiles: [ProfileEntry] = []
    /// The profile in use, nil when none was chosen.
    public var profileName: String?
    /// Searches remembered from earlier runs, oldest first.
    public var searchHistory: [String] = []
    /// The API the table shows first (resolved from `--api` / `api =` before the browser starts).
    public var api: APIVersion = .v1
    /// The APIs the account answers; with both, one key switches between the two job lists.
    public var availableAPIs: [APIVersion] = [.v1]
    /// True when the connection refuses every write (`--read-only`, `read_only = true`): the stop and
    /// delete keys say so in one line, and the hint bar and help leave them out.
    public var readOnly = false

    public init(
        sourceLabel: String, isDemo: Bool = false, perPage: Int? = nil, refreshIntervalMS: Int64 = 60_000,
        utcOffsetSeconds: Int = 0, debounce: Duration = .milliseconds(250), filter: StatusFilter = .all,
        search: String = "",
        sortField: SortField = .created, sortOrder: SortOrder = .desc, keymap: Keymap = .standard
    ) {
        self.sourceLabel = sourceLabel
        self.isDemo = isDemo
        self.perPage = perPage
        self.refreshIntervalMS = refreshIntervalMS
        self.utcOffsetSeconds = utcOffsetSeconds
        self.debounce = debounce
        self.filter = filter
        self.search = search
        self.sortField = sortField
        self.sortOrder = sortOrder
        self.keymap = keymap
    }
}
