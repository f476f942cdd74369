import ModelArts

/// The log view of one job: what is being read, the lines fetched so far (raw server text, sanitised
/// only when drawn), where the view is, and what runs in the background (older pages, follow).
public struct LogSession: Hashable, Sendable {
    /// What the view is doing.
    public enum Stage: Hashable, Sendable {
        /// Waiting for the job's tasks (v2) or log files (v1).
        case choosing
        /// A task or file to pick first.
        case picking(LogPicker)
        /// The tail is on its way.
        case opening
        /// Lines are on screen (perhaps none: an error line says why).
        case reading
    }

    /// Whether lines older than the first one can be fetched.
    public enum Older: Hashable, Sendable {
        /// The first line is the log's first (a whole v2 preview, or an empty older page).
        case none
        /// Older lines are read from `firstCursor`.
        case available
        /// A truncated v2 preview: walk back from the newest page to find where it starts.
        case needsWalk
        /// A fetch (or a walk) for older lines is in flight.
        case loading
    }

    /// Follow mode.
    public enum Follow: Hashable, Sendable {
        case off
        /// Polling; the view stays at the end.
        case on
        /// Scrolled up: no polling until `G`/End.
        case paused
    }

    /// Names the session's requests: answers for another token (an earlier task, a closed view) are dropped.
    public var token: Int
    public var job: TrainingJob
    /// The detail panel the view was opened from, shown again on close (nil: back to the table).
    public var origin: DetailPanel?
    public var stage: Stage
    /// The log being read, once chosen.
    public var source: LogSource?
    /// The lines fetched, oldest first, as received.
    public var lines: [String] = []
    /// The cursors of the first and last line held, where the server gave them.
    public var firstCursor: String?
    public var lastCursor: String?
    public var older: Older = .none
    /// A walk back through the newest pages to find where a truncated preview starts.
    public var walk: LogWalk?
    /// A truncated v2 preview: bytes shown and the whole log's size.
    public var truncatedBytes: LogTruncation?
    /// The first line on screen and the first of its rows (wrapped); nil sticks to the end.
    public var top: LogPosition?
    /// The first column shown when lines do not wrap.
    public var column = 0
    public var wrap = false
    public var follow = Follow.off
    /// Delay before the next poll (doubles on errors, back to the base on success).
    public var pollDelayMS: Int64 = LogSession.pollMS
    /// Polls since the job's status was last checked.
    public var pollsSinceStatus = 0
    /// A follow request or poll timer is out, so another is not started.
    public var pollPending = false
    /// The final status the followed job reached: one more poll fetches its last lines, then follow stops.
    public var endedAs: JobStatus?
    /// The search in effect, and the line of the current match.
    public var search: LogSearchState?
    /// The search prompt while it is being typed.
    public var prompt: SearchEditor?
    /// One line for the status row: an error, the saved file's path, "fetching older lines…".
    public var message: String?
    /// True when `message` is an error.
    public var messageIsError = false

    /// The base follow poll interval and the longest back-off.
    public static let pollMS: Int64 = 2_000
    public static let maxPollMS: Int64 = 30_000
    /// How many polls pass between checks of the job's status.
    public static let pollsPerStatus = 3

    public init(token: Int, job: TrainingJob, origin: DetailPanel?, stage: Stage = .choosing) {
        self.token = token
        self.job = job
        self.origin = origin
        self.stage = stage
    }
}

/// A place in the log: a line and one of its wrapped rows.
public struct LogPosition: Hashable, Sendable {
    public var line: Int
    public var row: Int

    public init(line: Int, row: Int = 0) {
        self.line = line
        self.row = row
    }
}

/// A search in the log view: the query and the line of the match the view went to.
public struct LogSearchState: Hashable, Sendable {
    public var query: String
    public var matchLine: Int?

    public init(query: String, matchLine: Int? = nil) {
        self.query = query
        self.matchLine = matchLine
    }
}

/// Walking back from the newest page to find the line before a truncated preview's first.
public struct LogWalk: Hashable, Sendable {
    /// Lines read so far.
    public var seen = 0
    /// Pages read so far.
    public var pages = 0
    /// The newer of the two pages last read (oldest first), for matching across their border.
    public var newerPage: [String] = []

    /// At most this many pages are read before giving up.
    public static let maxPages = 400

    public init() {}
}

/// The list of tasks (v2), versions or log files (v1) to choose from.
public struct LogPicker: Hashable, Sendable {
    public var items: [String]
    public var index: Int
    /// The version ids when the items are a v1 job's versions (empty otherwise).
    public var versionIDs: [Int64]

    public init(items: [String], index: Int = 0, versionIDs: [Int64] = []) {
        self.items = items
        self.index = max(0, min(index, items.count - 1))
        self.versionIDs = versionIDs
    }
}

/// A truncated v2 preview: the bytes it holds and the whole log's size.
public struct LogTruncation: Hashable, Sendable {
    public var shown: Int
    public var full: Int

    public init(shown: Int, full: Int) {
        self.shown = shown
        self.full = full
    }
}
