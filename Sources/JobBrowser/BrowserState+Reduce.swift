import ModelArts
import TerminalUI

extension BrowserState {
    /// Applies one event and returns what the runtime should do next.
    public mutating func reduce(_ event: BrowserEvent) -> [BrowserEffect] {
        // The data state is compared only while a notice is up, so an ordinary key costs nothing more.
        guard notice != nil else { return apply(event) }
        let before = dataStatus
        let effects = apply(event)
        // A new data state (an error, stale rows, loading) matters more than a notice: it replaces it.
        let after = dataStatus
        if after != before, after != .loaded { notice = nil }
        return effects
    }

    mutating func apply(_ event: BrowserEvent) -> [BrowserEffect] {
        switch event {
        case .start:
            return start()
        case .key(let key):
            return handleKey(key)
        case .mouse(let target):
            return mouse(target)
        case .resized(let newSize):
            size = newSize
            selection.setVisibleRows(layout.tableRows)
            return settle()
        case .tick(let now):
            return tick(now)
        case .debounceElapsed(let g):
            guard g == generation, pendingDebounce == g else { return [] }
            pendingDebounce = nil
            anchor = .first
            anchorNowIfShown()
            return settle(entered: true)
        case .pageLoaded(let request, let g, let page):
            pageShowsSettled(page)
            return pageLoaded(request, generation: g, page: page)
        case .pageFailed(let request, let g, let error):
            if let effects = localSortOverflowed(request, generation: g, error: error) { return effects }
            return pageFailed(request, generation: g, error: error)
        case .versionsLoaded(let id, let list):
            updateDetail(id) { $0.versions = .loaded(list) }
            return writePollAnswer(event)
        case .versionsFailed(let id, let error):
            updateDetail(id) { $0.versions = .failed(error) }
            return writePollAnswer(event)
        case .v2DetailLoaded, .v2DetailFailed, .v2EventsLoaded, .v2EventsFailed:
            v2DetailEvent(event)
            return writePollAnswer(event)
        case .exportProgress, .exportFinished, .exportFailed:
            return exportEvent(event)
        case .profileConnected(let connected):
            return profileConnected(connected)
        case .profileFailed(let name, let message):
            return profileFailed(name, message: message)
        case .profilePageLoaded(let name, let request, let page):
            return profilePageLoaded(name, request: request, page: page)
        // Writes
        case .writeSucceeded, .writeFailed:
            return writeEvent(event)
        // Log view
        case .logChoicesLoaded, .logChoicesFailed, .logLoaded, .logFailed, .logPollDue, .logJobStatus, .logSaved,
            .logSaveFailed:
            return logEvent(event)
        }
    }

    mutating func start() -> [BrowserEffect] {
        guard !started else { return [] }
        started = true
        refreshSchedule.lastAttemptMS = nowMS
        // The page size is the query kind's transport size, not the screen's: the table scrolls
        // through the whole list whatever the page size.
        paging = Paging(page: 1, perPage: browsingPerPage())
        selection.setVisibleRows(layout.tableRows)
        anchor = .first
        phase = .loading
        return settle()
    }

    mutating func handleKey(_ key: Key) -> [BrowserEffect] {
        let context = mode.keyContext
        let action = keymap.action(for: key, in: context)
        if action == .interrupt { return [.quit(exitCode: 130)] }
        notice = nil
        if case .failed = profileNotice { profileNotice = nil }
        switch mode {
        case .table:
            guard let action else { return [] }
            return tableAction(action)
        case .search(let editor):
            return searchKey(key, action: action, editor: editor)
        case .statusPicker(let picker):
            guard let action else { return [] }
            return pickerAction(action, picker: picker)
        case .help:
            guard let action else { return [] }
            return helpAction(action)
        case .detail(let panel):
            guard let action else { return [] }
            return detailAction(action, panel: panel)
        case .export(let session):
            guard let action else { return [] }
            return exportAction(action, session: session)
        case .profilePicker(let picker):
            guard let action else { return [] }
            return profilePickerAction(action, picker: picker)
        // Writes
        case .confirm(let confirm):
            return confirmKey(key, action: action, confirm: confirm)
        // Log view
        case .log(let session):
            return logKey(key, action: action, session: session)
        }
    }

    mutating func tableAction(_ action: BrowserAction) -> [BrowserEffect] {
        switch action {
        case .moveDown: return moveSelection { $0.move(by: 1) }
        case .moveUp: return moveSelection { $0.move(by: -1) }
        case .first: return moveSelection { $0.select(0) }
        // The last job of the whole query: its page is fetched if it is not loaded.
        case .last: return moveToLast()
        // A screen at a time, across the whole list (the server's pages are a transport detail).
        case .screenDown, .nextPage: return moveSelection { $0.scroll(by: $0.visibleRows) }
        case .screenUp, .previousPage: return moveSelection { $0.scroll(by: -$0.visibleRows) }
        case .search:
            mode = .search(SearchEditor(original: search))
        case .clearSearch:
            guard !search.isEmpty else { return [] }
            search = ""
            return queryChanged(anchor: .first)
        case .statusFilter:
            mode = .statusPicker(StatusPicker(current: filter, items: StatusFilter.pickerItems(for: api)))
        case .sortName, .sortStatus, .sortCreated, .sortDuration, .sortVersions, .sortDescription:
            guard let field = action.sortField else { return [] }
            if let refusal = v2SortRefusal(field) {
                notice = refusal
                return []
            }
            if field == sortField {
                sortOrder = sortOrder.flipped
            } else {
                sortField = field
                sortOrder = .asc
            }
            return resorted()
        case .sortLeft, .sortRight:
            let order = sortCycle
            if order.count == 1, let only = order.first {
                // Above the local-sort bound v2 offers created alone: say why instead of refetching it.
                notice = v2SortRefusal(only == .created ? .name : only)
                return []
            }
            let i = order.firstIndex(of: sortField) ?? 0
            let step = action == .sortRight ? 1 : -1
            sortField = order[(i + step + order.count) % order.count]
            return resorted()
        case .invertSort:
            sortOrder = sortOrder.flipped
            return resorted()
        case .refresh:
            return refresh()
        case .toggleRefresh:
            return toggleRefreshPause()
        case .details:
            return openDetail()
        case .copyID:
            return copyID(selectedJob)
        case .export:
            return openExport()
        case .help:
            mode = .help
            helpScroll = 0
        case .switchProfile:
            return openProfilePicker()
        case .switchAPI:
            return switchAPI()
        case .quit:
            return [.quit(exitCode: 0)]
        case .interrupt:
            return [.quit(exitCode: 130)]
        // Writes
        case .stopJob, .deleteJob:
            return writeKey(action, panel: nil)
        // The prompt's, overlays' and export's own actions do nothing on the table.
        case .toggleRaw, .exportCSV, .exportJSON, .accept, .cancel, .historyPrevious, .historyNext, .deleteBackward,
            .clearLine, .cursorLeft, .cursorRight, .deleteForward, .choose, .close,
            // Log view (`openLog` is handled above)
            .follow, .toggleWrap, .saveLog, .nextMatch, .previousMatch, .scrollLeft, .scrollRight:
            break
        // Log view
        case .openLog:
            return openLog(from: nil)
        }
        return []
    }

    /// The sort fields in table column order, for `<` and `>`.
    public static let columnOrder: [SortField] = [.name, .status, .created, .duration, .versions, .description]

    /// Sorting starts again at page 1 and keeps the selected job selected if it is still there.
    mutating func resorted() -> [BrowserEffect] {
        let keep: Anchor = selectedJob.map { .job($0.id, fallback: 0) } ?? .first
        return queryChanged(anchor: keep)
    }

    mutating func updateDetail(_ id: JobID, _ change: (inout DetailPanel) -> Void) {
        guard case .detail(var panel) = mode, panel.job.id == id else { return }
        change(&panel)
        mode = .detail(panel)
    }
}
