import ModelArts

extension BrowserState {
    /// Starts a new query (filter, search or sort changed): page 1, a new generation, so every
    /// answer still in flight for the old query is dropped when it arrives.
    mutating func queryChanged(anchor: Anchor) -> [BrowserEffect] {
        paging = Paging(page: 1, perPage: paging.perPage)
        bumpGeneration()
        return loadWanted(anchor: anchor)
    }

    mutating func bumpGeneration() {
        generation += 1
        pendingDebounce = nil
        inFlight.removeAll()
    }

    /// Moves to server page `page` (clamped to the known pages); a no-op at the edges.
    mutating func goToPage(_ page: Int, anchor: Anchor) -> [BrowserEffect] {
        guard paging.total != nil else { return [] }
        let target = paging.clamped(page)
        guard target != paging.page else { return [] }
        // Paging on while the page asked for last is still on its way.
        let stillLoading = phase == .loading
        paging.page = target
        return loadWanted(anchor: anchor, behindPassedPages: stillLoading)
    }

    /// Refetches the wanted page now, keeping the selection on the same job.
    mutating func refresh() -> [BrowserEffect] {
        bumpGeneration()
        cache.removeAll()
        apiLists.sortEpoch += 1
        let keep: Anchor = selectedJob.map { .job($0.id, fallback: selection.index) } ?? .first
        return loadWanted(anchor: keep, useCache: false)
    }

    /// Shows the wanted page from the cache when possible and fetches it when missing or stale.
    mutating func loadWanted(
        anchor: Anchor, useCache: Bool = true, behindPassedPages: Bool = false
    ) -> [BrowserEffect] {
        self.anchor = anchor
        guard let request = wantedRequest else {
            phase = .failed(.invalidRequest("the query is out of range"))
            return []
        }
        if useCache, let entry = cache[request] {
            show(entry.page, for: request, loadedAtMS: entry.loadedAtMS)
            if cache.isFresh(request, nowMS: nowMS, intervalMS: cacheMaxAgeMS) {
                phase = .loaded
                return prefetchNext()
            }
        }
        phase = .loading
        // Paging on while a page is still on its way: only the page wanted last matters, so it waits
        // for the pages passed over (and is fetched when the last of them answers, see `resumeWanted`)
        // instead of piling up one request per key press.
        if behindPassedPages, !inFlight.contains(request),
            inFlight.contains(where: { passedOver($0, wanted: request) })
        {
            return []
        }
        return fetch(request)
    }

    /// True when `other` is a page of the wanted query that is neither wanted nor on screen.
    func passedOver(_ other: FetchRequest, wanted: FetchRequest) -> Bool {
        other != wanted && other != shownRequest && other.onPage(wanted.pageNumber) == wanted
    }

    /// After an answer that is not the wanted page: fetches the wanted page if it was waiting for it.
    mutating func resumeWanted() -> [BrowserEffect] {
        guard phase == .loading, pendingDebounce == nil, let wanted = wantedRequest, !inFlight.contains(wanted),
            !inFlight.contains(where: { passedOver($0, wanted: wanted) })
        else { return [] }
        return fetch(wanted)
    }

    mutating func fetch(_ request: FetchRequest) -> [BrowserEffect] {
        guard !inFlight.contains(request) else { return [] }
        inFlight.insert(request)
        return [.fetch(request, generation: generation)]
    }

    /// Fetches the page after the wanted one, so `]` and PgDn at the edge are instant. A prefetched page
    /// is not fetched again on every automatic refresh: if it is too old when paged to, it shows marked
    /// stale and is fetched then (`loadWanted`).
    mutating func prefetchNext() -> [BrowserEffect] {
        guard paging.hasNext, let next = wantedRequest?.onPage(paging.page + 1),
            !cache.isFresh(next, nowMS: nowMS, intervalMS: config.refreshIntervalMS)
        else { return [] }
        return fetch(next)
    }

    mutating func pageLoaded(_ request: FetchRequest, generation g: Int, page: JobListPage) -> [BrowserEffect] {
        guard g == generation else { return [] }
        inFlight.remove(request)
        cache.store(page, for: request, at: nowMS, keeping: shownRequest)
        guard request == wantedRequest else { return resumeWanted() }
        paging.total = page.totalCount
        // The list shrank under us (jobs deleted): go to what is now the last page.
        if page.jobs.isEmpty, paging.page > 1, let count = paging.pageCount, paging.page > count {
            paging.page = count
            return loadWanted(anchor: .first)
        }
        // A refetch of the page on screen keeps whatever is selected now (the person may have moved
        // since it was asked for): the same job if still there, else the same row.
        if request == shownRequest, let job = selectedJob { anchor = .job(job.id, fallback: selection.index) }
        show(page, for: request, loadedAtMS: nowMS)
        phase = .loaded
        return prefetchNext()
    }

    mutating func pageFailed(_ request: FetchRequest, generation g: Int, error: APIError) -> [BrowserEffect] {
        guard g == generation else { return [] }
        inFlight.remove(request)
        // A failed prefetch is not worth a word: the page will be fetched when it is wanted.
        guard request == wantedRequest else { return resumeWanted() }
        phase = .failed(error)
        return []
    }

    /// Puts a page on screen and places the selection by the pending anchor.
    mutating func show(_ page: JobListPage, for request: FetchRequest, loadedAtMS: Int64) {
        rows = page.jobs
        shownRequest = request
        shownLoadedAtMS = loadedAtMS
        paging.total = page.totalCount
        selection.setCount(rows.count)
        switch anchor {
        case .first:
            selection.select(0)
        case .last:
            selection.select(rows.count - 1)
        case .job(let id, let fallback):
            selection.select(rows.firstIndex(where: { $0.id == id }) ?? fallback)
        }
        // Later answers for the same page (a refetch of a stale entry) keep whatever is selected then.
        anchor = selectedJob.map { .job($0.id, fallback: selection.index) } ?? .first
    }
}
