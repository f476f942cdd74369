import ModelArts

extension BrowserState {
    /// The API whose jobs the table shows.
    public var api: APIVersion { apiLists.current }

    /// Jobs per server page for `api`: v2 pages hold at most 50 (`V2ListQuery.limitRange`).
    static func perPage(_ perPage: Int, for api: APIVersion) -> Int {
        api == .v2 ? min(perPage, V2ListQuery.limitRange.upperBound) : perPage
    }

    /// The switch key: shows the other API's list as it was left (or from its defaults the first time),
    /// keeping this one's query and place for the way back. Says why in one line when there is no other.
    mutating func switchAPI() -> [BrowserEffect] {
        guard apiLists.canSwitch else {
            notice = "only the \(api.rawValue) training API answers here: nothing to switch to"
            return []
        }
        let target = api.other
        apiLists.hidden[api] = APILists.Memory(
            filter: filter, search: search, sortField: sortField, sortOrder: sortOrder, paging: paging,
            listQuery: listQuery, listLoadedAtMS: listLoadedAtMS, failedPages: failedPages, selection: selection)
        apiLists.current = target
        bumpGeneration()
        if let memory = apiLists.hidden.removeValue(forKey: target) {
            filter = memory.filter
            search = memory.search
            sortField = memory.sortField
            sortOrder = memory.sortOrder
            paging = memory.paging
            listQuery = memory.listQuery
            listLoadedAtMS = memory.listLoadedAtMS
            failedPages = memory.failedPages
            selection = memory.selection
            selection.setVisibleRows(layout.tableRows)
            anchor = selectedJob.map { .job($0.id, fallback: selection.index) }
            // The pages in view come from the cache, or are fetched again if it let them go.
            return settle()
        }
        // First visit: the defaults, with the start's filter and sort where they mean something here.
        filter = config.filter.applies(to: target) ? config.filter : .all
        search = ""
        sortField = target == .v2 && !config.sortField.isV2Sort ? .created : config.sortField
        sortOrder = config.sortOrder
        paging = Paging(page: 1, perPage: browsingPerPage())
        // Never the other API's rows under this API's header.
        listQuery = nil
        listLoadedAtMS = nil
        failedPages = []
        selection.setCount(0)
        anchor = .first
        phase = .loading
        return settle(entered: true)
    }

    /// Why a sort key does nothing on the v2 table (one line), or nil when the sort is offered. The
    /// server sorts by creation time alone; other sorts are made here from every matching job, so they
    /// are offered only while the query matches at most `V2LocalSortQuery.bound` jobs.
    func v2SortRefusal(_ field: SortField) -> String? {
        guard api == .v2, field != .created else { return nil }
        guard field.isV2Sort else {
            return
                "v2 jobs have no \(field == .versions ? "versions" : "description") to sort by (name, status, created and duration sort)"
        }
        // A local sort already in use knows the count; a count above the bound is known from the server.
        if let total = paging.total, total > V2LocalSortQuery.bound, sortField == .created {
            return "\(total) jobs match: v2 sorts by created only above \(V2LocalSortQuery.bound)"
                + " (the server sorts by creation time alone); narrow the search or filter to sort by \(field.shortName)"
        }
        if paging.total == nil, sortField == .created {
            return "sorting by \(field.shortName) waits for the job count: try again once the page has loaded"
        }
        return nil
    }

    /// The sort fields `<` and `>` step through on this table.
    var sortCycle: [SortField] {
        guard api == .v2 else { return Self.columnOrder }
        let local = paging.total.map { $0 <= V2LocalSortQuery.bound } ?? false
        return local || sortField != .created ? Self.columnOrder.filter(\.isV2Sort) : [.created]
    }

    /// True when the table shows a v2 list sorted here (the header says so, with the count).
    public var sortsLocally: Bool {
        if case .v2Sorted = wantedRequest { return true }
        return false
    }

    /// A local sort whose query grew past the bound while it was wanted (a search cleared, jobs created):
    /// the table goes back to the server's order by created and the status line says why, rather than
    /// showing an error for a sort the person can no longer have.
    mutating func localSortOverflowed(_ request: FetchRequest, generation g: Int, error: APIError) -> [BrowserEffect]? {
        guard g == generation, case .v2Sorted = request, request == wantedRequest,
            case .invalidRequest(let message) = error, message.contains(V2LocalSort.overflowMarker)
        else { return nil }
        inFlight.remove(request)
        sortField = .created
        sortOrder = .desc
        let effects = queryChanged(anchor: .first)
        notice = message
        return effects
    }
}
