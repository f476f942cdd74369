import ModelArts

extension BrowserState {
    /// Starts a new query (filter, search or sort changed): page 1, a new generation, so every
    /// answer still in flight for the old query is dropped when it arrives. The old rows stay until
    /// the new query's first page arrives.
    mutating func queryChanged(anchor: Anchor) -> [BrowserEffect] {
        paging = Paging(page: 1, perPage: browsingPerPage())
        bumpGeneration()
        self.anchor = anchor
        phase = .loading
        anchorNowIfShown()
        return settle(entered: true)
    }

    /// A query change back to the list on screen (a search cancelled or typed back): nothing will
    /// arrive to place the selection, so the anchor applies now, to the rows loaded.
    mutating func anchorNowIfShown() {
        guard showsWantedQuery, let anchor, let list = listQuery else { return }
        self.anchor = nil
        guard case .job(let id, let fallback) = anchor else {
            selection.select(anchor == .last ? selection.count - 1 : 0)
            return
        }
        for (request, entry) in cache.entries where request.sameList(as: list) {
            if let i = entry.page.jobs.firstIndex(where: { $0.id == id }) {
                selection.select((request.pageNumber - 1) * request.perPage + i)
                return
            }
        }
        selection.select(fallback)
    }

    mutating func bumpGeneration() {
        generation += 1
        pendingDebounce = nil
        inFlight.removeAll()
        failedPages.removeAll()
    }

    /// The page size for the wanted query's kind: `--per-page` when given (within what the kind
    /// allows), else the kind's own browsing size.
    func browsingPerPage() -> Int {
        guard
            let probe = try?
                (api == .v2
                ? FetchRequest.makeV2(
                    filter: filter, search: search, sortBy: sortField, order: sortOrder, page: 1, perPage: 1)
                : FetchRequest.make(
                    filter: filter, search: search, sortBy: sortField, order: sortOrder, page: 1, perPage: 1))
        else { return paging.perPage }
        return min(config.perPage ?? probe.browsingPageSize, probe.maxPageSize)
    }

    /// Refetches the pages in view now, keeping the selection on the same job. The rows stay on
    /// screen (every cached page is marked expired, and fetched again when it comes into view).
    mutating func refresh() -> [BrowserEffect] {
        bumpGeneration()
        cache.expireAll()
        apiLists.sortEpoch += 1
        anchor = selectedJob.map { .job($0.id, fallback: selection.index) } ?? anchor
        phase = .loading
        return settle()
    }

    /// Moves the selection (a key, the wheel, a click) and brings the data in line with it.
    mutating func moveSelection(_ change: (inout Selection) -> Void) -> [BrowserEffect] {
        let before = shownPage
        change(&selection)
        // A move wins over the job a refresh meant to keep: the answer keeps what is selected then.
        // (While a new query loads, the anchor is for its list, not for the rows being moved over.)
        if showsWantedQuery { anchor = nil }
        return settle(entered: shownPage != before)
    }

    /// `G`: the last job of the query. When its page is not here yet, the answer may count more (or
    /// fewer) jobs than now, so the selection goes to the last row the answer counts.
    mutating func moveToLast() -> [BrowserEffect] {
        let effects = moveSelection { $0.select($0.count - 1) }
        if showsWantedQuery, selectedJob == nil { anchor = .last }
        return effects
    }

    /// Brings the fetches in line with the selection: the page holding it is the wanted page; the
    /// pages in view and `prefetchRows` either side are fetched when missing or too old. `entered`:
    /// the selection just moved onto another page, whose state becomes the table's data state.
    mutating func settle(entered: Bool = false) -> [BrowserEffect] {
        guard started, pendingDebounce == nil else { return [] }
        var entered = entered
        // A new query whose first page is cached (a sort flipped back) shows it at once.
        if !showsWantedQuery, let first = wantedRequest, let entry = cache[first] {
            adopt(entry.page, for: first, keep: keptJob)
            entered = true
        }
        if showsWantedQuery { paging.page = shownPage }
        guard let wanted = wantedRequest else {
            phase = .failed(.invalidRequest("the query is out of range"))
            return []
        }
        if entered {
            failedPages.remove(wanted)
            phase = cache.isFresh(wanted, nowMS: nowMS, intervalMS: cacheMaxAgeMS) ? .loaded : .loading
        }
        let needed = neededPages(wanted)
        var fetching = needed
        if cache[wanted] == nil {
            // Moving on while pages are on their way: only the pages wanted now matter, so the wanted
            // page waits for the pages passed over (and is fetched when the last of them answers)
            // instead of piling up requests while a key is held over pages not loaded yet.
            let inView = Set(needed.prefix(viewPageCount(wanted)))
            let passedOver = inFlight.contains { !inView.contains($0) && $0.sameList(as: wanted) }
            if !inFlight.contains(wanted), passedOver { return [] }
            // The pages in view first; those ahead once the wanted page is here.
            fetching = Array(needed.prefix(inView.count))
        }
        // Pages in view are fetched when missing or too old; pages ahead only when missing or expired
        // by a manual refresh, so an automatic refresh does not fetch the prefetched ones again (one
        // too old by the time it comes into view shows marked stale and is fetched then).
        let inView = viewPageCount(wanted)
        var effects: [BrowserEffect] = []
        for (i, request) in fetching.enumerated() where !failedPages.contains(request) {
            if i < inView {
                guard !cache.isFresh(request, nowMS: nowMS, intervalMS: cacheMaxAgeMS) else { continue }
            } else if let entry = cache[request], !entry.expired {
                continue
            }
            effects += fetch(request)
        }
        return effects
    }

    /// Rows fetched ahead of the viewport on each side: enough that holding `j` (or `k`) never meets
    /// a page still loading when the server answers promptly.
    public var prefetchRows: Int { max(selection.visibleRows, paging.perPage / 2) }

    /// How many of `neededPages` are in view (they come first).
    func viewPageCount(_ wanted: FetchRequest) -> Int {
        guard showsWantedQuery, selection.count > 0 else { return 1 }
        let view = selection.visibleRange
        let first = paging.page(ofRow: view.lowerBound)
        let last = paging.page(ofRow: max(view.lowerBound, view.upperBound - 1))
        return last - first + 1 + ((first...last).contains(wanted.pageNumber) ? 0 : 1)
    }

    /// The pages the table needs now, the wanted one first: the pages in view, then those within
    /// `prefetchRows` below and above it. Only page 1 while the list's size is unknown.
    func neededPages(_ wanted: FetchRequest) -> [FetchRequest] {
        guard showsWantedQuery, selection.count > 0 else { return [wanted] }
        let view = selection.visibleRange
        let ahead = prefetchRows
        let low = paging.page(ofRow: max(0, view.lowerBound - ahead))
        let high = paging.page(ofRow: min(selection.count, view.upperBound + ahead) - 1)
        let first = paging.page(ofRow: view.lowerBound)
        let last = paging.page(ofRow: max(view.lowerBound, view.upperBound - 1))
        var pages = [wanted.pageNumber]
        func add(_ p: Int) { if !pages.contains(p) { pages.append(p) } }
        for p in first...last { add(p) }
        if high > last { for p in last + 1...high { add(p) } }
        if low < first { for p in stride(from: first - 1, through: low, by: -1) { add(p) } }
        return pages.compactMap { wanted.onPage($0) }
    }

    mutating func fetch(_ request: FetchRequest) -> [BrowserEffect] {
        guard !inFlight.contains(request) else { return [] }
        inFlight.insert(request)
        return [.fetch(request, generation: generation)]
    }

    mutating func pageLoaded(_ request: FetchRequest, generation g: Int, page: JobListPage) -> [BrowserEffect] {
        guard g == generation else { return [] }
        inFlight.remove(request)
        failedPages.remove(request)
        guard let wanted = wantedRequest, request.sameList(as: wanted) else {
            cache.store(page, for: request, at: nowMS, keeping: keptPages)
            return settle()
        }
        // Before the page is stored: a refetch keeps the job selected now, not the one now in its place.
        let keep = keptJob
        if showsWantedQuery, let old = paging.total, old != Self.effectiveTotal(page, of: request) {
            // The list changed between two fetches (jobs created or deleted): its other pages may now
            // repeat or skip rows next to this one, so they are fetched again rather than shown.
            cache.remove { $0 != request && $0.sameList(as: request) }
            if anchor == nil, let keep { anchor = .job(keep, fallback: selection.index) }
        }
        cache.store(page, for: request, at: nowMS, keeping: keptPages.union([request]))
        listLoadedAtMS = nowMS
        let before = shownPage
        adopt(page, for: request, keep: keep)
        if shownPage == request.pageNumber { phase = .loaded }
        return settle(entered: shownPage != before)
    }

    /// The job to keep selected when a page arrives: the anchor's; none for a new list's first row;
    /// else the one selected now.
    var keptJob: JobID? {
        switch anchor {
        case .job(let id, _): return id
        case .first, .last: return nil
        case nil: return selectedJob?.id
        }
    }

    /// Takes a page of the wanted query (just arrived, or cached) into the table: the list switches
    /// to its query if needed, the count follows the page, and the selection stays on `keep` when the
    /// page holds it, else goes where the anchor says once the page holding the selection is here.
    mutating func adopt(_ page: JobListPage, for request: FetchRequest, keep: JobID?) {
        let wasShown = showsWantedQuery
        if !wasShown { switchList(to: request) }
        paging.total = Self.effectiveTotal(page, of: request)
        selection.setCount(paging.rowCount)
        let offset = (request.pageNumber - 1) * request.perPage
        if let keep, let i = page.jobs.firstIndex(where: { $0.id == keep }) {
            selection.select(offset + i)
            if request.pageNumber == shownPage { anchor = nil }
        } else if request.pageNumber == shownPage || !wasShown, let anchor {
            switch anchor {
            case .job(_, let fallback): selection.select(fallback)
            case .last: selection.select(paging.rowCount - 1)
            case .first: selection.select(0)
            }
            self.anchor = nil
        }
    }

    /// The list on screen becomes the wanted query's: its first answer has arrived.
    mutating func switchList(to request: FetchRequest) {
        listQuery = request.onPage(1)
        selection.setCount(0)
        selection.select(0)
    }

    /// The list's size as this page tells it: a page shorter than asked for ends the list there
    /// whatever the total said, and a full page's rows always exist.
    static func effectiveTotal(_ page: JobListPage, of request: FetchRequest) -> Int {
        let end = (request.pageNumber - 1) * request.perPage + page.jobs.count
        if page.jobs.count < request.perPage, !(page.jobs.isEmpty && request.pageNumber > 1) {
            return min(max(0, page.totalCount), end)
        }
        return max(max(0, page.totalCount), page.jobs.isEmpty ? 0 : end)
    }

    /// The pages eviction must keep: those the table needs now.
    var keptPages: Set<FetchRequest> {
        guard let wanted = wantedRequest else { return [] }
        return Set(neededPages(wanted))
    }

    mutating func pageFailed(_ request: FetchRequest, generation g: Int, error: APIError) -> [BrowserEffect] {
        guard g == generation else { return [] }
        inFlight.remove(request)
        // Not asked for again on every key: when the selection enters it again, or on a refresh.
        failedPages.insert(request)
        // A failed prefetch is not worth a word: the page will be fetched when it is wanted.
        guard request == wantedRequest else { return settle() }
        phase = .failed(error)
        // The rows stay as they are: a later answer (an automatic refresh) keeps what is selected
        // then, not the job this failed fetch meant to keep.
        if showsWantedQuery { anchor = nil }
        return []
    }
}
