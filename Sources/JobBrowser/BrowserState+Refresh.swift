import ModelArts

/// Automatic refreshSchedule. Time comes in only through `.tick(nowMS:)`; the runtime reads
/// `wakeDeadlineMS` and sleeps in `poll()` until then, so with refresh off nothing wakes it.
extension BrowserState {
    /// True when the header shows how old the rows are ("updated 4s ago"), which needs a tick a
    /// second; otherwise it shows the clock time they arrived and nothing ticks.
    public var showsUpdateAge: Bool { refreshSchedule.isRunning }

    /// True when an automatic refresh may go out now: configured, not paused by `Z`, and the table
    /// has the keyboard (a prompt, picker, help or the detail view defers it).
    public var autoRefreshAllowed: Bool { refreshSchedule.isRunning && mode == .table }

    /// When the next automatic refresh is due (epoch ms); nil when none is scheduled.
    public var nextRefreshMS: Int64? {
        guard autoRefreshAllowed, started, pendingDebounce == nil, phase != .loading else { return nil }
        let base = [shownLoadedAtMS, refreshSchedule.lastAttemptMS].compactMap { $0 }.max()
        return base.map { $0 + refreshSchedule.intervalMS }
    }

    /// When "updated Ns ago" next changes (epoch ms); nil when the header shows a clock time.
    public var nextAgeTickMS: Int64? {
        guard showsUpdateAge, let at = shownLoadedAtMS else { return nil }
        return at + RefreshSchedule.nextAgeChange(afterMS: nowMS - at)
    }

    /// The earliest moment the runtime must send a `.tick`; nil: sleep until a key or a result.
    public var wakeDeadlineMS: Int64? {
        [nextRefreshMS, nextAgeTickMS, noticeExpiresMS, nextWritePollMS].compactMap { $0 }.min()
    }

    /// When the one-off notice on the status line goes (epoch ms); nil when there is none.
    public var noticeExpiresMS: Int64? {
        guard notice != nil, let at = noticeAtMS else { return nil }
        return at + Self.noticeLifetimeMS
    }

    /// How old a cached page may be and still be shown as it is when paged back to: the refresh
    /// interval (the automatic one when it is on); an older page is shown stale and fetched again.
    public var cacheMaxAgeMS: Int64 {
        guard refreshSchedule.isEnabled else { return config.refreshIntervalMS }
        return min(config.refreshIntervalMS, refreshSchedule.intervalMS)
    }

    /// How old the rows may get before the status line calls them stale. While refreshing on its
    /// own the page is never called stale just before its refresh is due (that would flash).
    public var staleAfterMS: Int64 {
        guard refreshSchedule.isRunning else { return config.refreshIntervalMS }
        return max(config.refreshIntervalMS, 2 * refreshSchedule.intervalMS)
    }

    /// The clock moved: refresh the page on screen when due.
    mutating func tick(_ now: Int64) -> [BrowserEffect] {
        nowMS = now
        if let expires = noticeExpiresMS, nowMS >= expires { notice = nil }
        let polls = pollWrites()  // Writes
        guard let due = nextRefreshMS, nowMS >= due else { return polls }
        return polls + autoRefresh()
    }

    /// Fetches the pages in view again (and with them the count), quietly: the rows, the selection
    /// and the status line stay as they are until the new pages replace them (no loading state, so
    /// nothing flashes). The answers keep the selection on the same job (see `pageLoaded`).
    mutating func autoRefresh() -> [BrowserEffect] {
        refreshSchedule.lastAttemptMS = nowMS
        guard let wanted = wantedRequest else { return [] }
        guard showsWantedQuery, selection.count > 0 else { return fetch(wanted) }
        let view = selection.visibleRange
        let others = Set(listPage(ofRow: view.lowerBound)...listPage(ofRow: view.upperBound - 1))
        let pages = [wanted.pageNumber] + others.subtracting([wanted.pageNumber]).sorted()
        return pages.compactMap { wanted.onPage($0) }.flatMap { fetch($0) }
    }

    /// `Z`: pauses or resumes automatic refresh; resuming refreshes at once when one is overdue.
    mutating func toggleRefreshPause() -> [BrowserEffect] {
        guard refreshSchedule.isEnabled else { return [] }
        refreshSchedule.isPausedByUser.toggle()
        return refreshSchedule.isPausedByUser ? [] : tick(nowMS)
    }
}
