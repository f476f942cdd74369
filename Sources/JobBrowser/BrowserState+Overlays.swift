import ModelArts
import TerminalUI

extension BrowserState {
    mutating func pickerAction(_ action: BrowserAction, picker: StatusPicker) -> [BrowserEffect] {
        var picker = picker
        switch action {
        case .moveDown: picker.move(by: 1)
        case .moveUp: picker.move(by: -1)
        case .first: picker.select(0)
        case .last: picker.select(picker.items.count - 1)
        case .close:
            mode = .table
            return []
        case .choose:
            mode = .table
            let chosen = picker.highlighted
            guard chosen != filter else { return [] }
            filter = chosen
            return queryChanged(anchor: .first)
        case .screenDown, .screenUp, .nextPage, .previousPage, .search, .clearSearch, .statusFilter, .sortName,
            .sortStatus, .sortCreated, .sortDuration, .sortVersions, .sortDescription, .sortLeft, .sortRight,
            .invertSort, .refresh, .details, .help, .quit, .interrupt, .toggleRefresh, .copyID, .export, .toggleRaw,
            .exportCSV, .exportJSON, .switchProfile, .switchAPI, .accept, .cancel, .historyPrevious, .historyNext,
            .deleteBackward, .clearLine, .cursorLeft, .cursorRight, .deleteForward,
            // Writes
            .stopJob, .deleteJob,
            // Log view
            .openLog, .follow, .toggleWrap, .saveLog, .nextMatch, .previousMatch, .scrollLeft, .scrollRight:
            return []
        }
        mode = .statusPicker(picker)
        return []
    }

    /// Scrolls the help overlay, never past its last line, so `k` after `G` moves at once.
    mutating func helpAction(_ action: BrowserAction) -> [BrowserEffect] {
        // ASCII key names are the wider ones: a bottom reckoned with them is never short of the drawn one.
        let maxScroll = HelpLayout(shownKeymap, layout: layout, keyName: { $0.name(unicode: false) }).maxScroll
        switch action {
        case .close: mode = .table
        case .moveDown: helpScroll += 1
        case .moveUp: helpScroll -= 1
        case .screenDown: helpScroll += layout.tableRows
        case .screenUp: helpScroll -= layout.tableRows
        case .first: helpScroll = 0
        case .last: helpScroll = maxScroll
        case .nextPage, .previousPage, .search, .clearSearch, .statusFilter, .sortName, .sortStatus, .sortCreated,
            .sortDuration, .sortVersions, .sortDescription, .sortLeft, .sortRight, .invertSort, .refresh, .details,
            .help, .quit, .interrupt, .toggleRefresh, .copyID, .export, .toggleRaw, .exportCSV, .exportJSON,
            .switchProfile, .switchAPI, .accept, .cancel, .historyPrevious, .historyNext, .deleteBackward, .clearLine,
            .cursorLeft, .cursorRight, .deleteForward, .choose,
            // Writes
            .stopJob, .deleteJob,
            // Log view
            .openLog, .follow, .toggleWrap, .saveLog, .nextMatch, .previousMatch, .scrollLeft, .scrollRight:
            break
        }
        helpScroll = max(0, min(helpScroll, maxScroll))
        return []
    }

    /// Opens the detail panel of the selected job and asks for its versions.
    mutating func openDetail() -> [BrowserEffect] {
        guard let job = selectedJob else { return [] }
        if job.api == .v2 { return openV2Detail(job) }
        mode = .detail(DetailPanel(job: job))
        return [.fetchVersions(job.id)]
    }

    /// Scrolling and the raw toggle. Closing leaves the selection and the table's scroll as they were:
    /// nothing here touches them.
    mutating func detailAction(_ action: BrowserAction, panel: DetailPanel) -> [BrowserEffect] {
        var panel = panel
        let page = DetailPanel.geometry(for: size).visibleLines
        switch action {
        case .close where panel.showsRaw:
            // Closing the raw JSON goes back to the fields, as `y` does; the next close leaves the panel.
            panel.showsRaw = false
            panel.scroll = 0
        case .close:
            mode = .table
            return []
        case .copyID:
            return copyID(panel.job)
        case .toggleRaw:
            panel.showsRaw.toggle()
            panel.scroll = 0
            if panel.showsRaw, let detail = panel.v2?.loadedDetail, !detail.rawJSON.isEmpty {
                // The detail response says more than the list item: show it once it is here.
                panel.rawJSON = detail.rawJSON
            } else if panel.showsRaw, panel.rawJSON == nil {
                panel.rawJSON = rawJSON(for: panel.job.id)
            }
        case .moveDown: panel.scroll += 1
        case .moveUp: panel.scroll -= 1
        case .screenDown: panel.scroll += page
        case .screenUp: panel.scroll -= page
        case .first: panel.scroll = 0
        case .last: panel.scroll = Int.max / 2
        // Writes
        case .stopJob, .deleteJob:
            return writeKey(action, panel: panel)
        case .nextPage, .previousPage, .search, .clearSearch, .statusFilter, .sortName, .sortStatus, .sortCreated,
            .sortDuration, .sortVersions, .sortDescription, .sortLeft, .sortRight, .invertSort, .refresh, .details,
            .help, .quit, .interrupt, .toggleRefresh, .export, .exportCSV, .exportJSON, .switchProfile, .switchAPI,
            .accept,
            .cancel, .historyPrevious, .historyNext, .deleteBackward, .clearLine, .cursorLeft, .cursorRight,
            .deleteForward, .choose,
            // Log view (`openLog` is handled below)
            .follow, .toggleWrap, .saveLog, .nextMatch, .previousMatch, .scrollLeft, .scrollRight:
            return []
        // Log view
        case .openLog:
            return openLog(from: panel)
        }
        panel.scroll = max(0, min(panel.scroll, maxDetailScroll(panel)))
        mode = .detail(panel)
        return []
    }

    /// How far `panel` can scroll on this screen: its content lines minus those that fit.
    func maxDetailScroll(_ panel: DetailPanel) -> Int {
        let g = DetailPanel.geometry(for: size)
        let lines = DetailContent.lines(
            panel, utcOffsetSeconds: config.utcOffsetSeconds, glyphs: .unicode,
            valueWidth: g.valueWidth)
        return max(0, lines.count - g.visibleLines)
    }

    /// The job's JSON as the list response sent it, from the page it was shown from.
    func rawJSON(for id: JobID) -> String? {
        if let shownRequest, let json = cache[shownRequest]?.page.rawJobs.prettyJSON(for: id) { return json }
        for entry in cache.entries.values {
            if let json = entry.page.rawJobs.prettyJSON(for: id) { return json }
        }
        return nil
    }

    mutating func copyID(_ job: TrainingJob?) -> [BrowserEffect] {
        guard let job else { return [] }
        let id = job.id.description
        notice = "copied job id \(SafeText.visible(id)) to clipboard"
        return [.copyToClipboard(id)]
    }

    /// Ctrl-S: asks for the format.
    mutating func openExport() -> [BrowserEffect] {
        guard wantedRequest != nil else { return [] }
        exportCounter += 1
        mode = .export(ExportSession(id: exportCounter))
        return []
    }

    mutating func exportAction(_ action: BrowserAction, session: ExportSession) -> [BrowserEffect] {
        switch action {
        case .exportCSV, .exportJSON:
            // A format is chosen once: while the export runs, c and j do nothing.
            guard case .choosing = session.phase, let request = wantedRequest else { return [] }
            let format: ExportFormat = action == .exportCSV ? .csv : .json
            mode = .export(ExportSession(id: session.id, phase: .running(format, written: 0, total: nil)))
            return [.export(ExportRequest(id: session.id, format: format, request: request, startedAtMS: nowMS))]
        case .close:
            mode = .table
            guard case .running = session.phase else { return [] }
            notice = "export cancelled"
            return [.cancelExport(id: session.id)]
        case .moveDown, .moveUp, .first, .last, .screenDown, .screenUp, .nextPage, .previousPage, .search,
            .clearSearch, .statusFilter, .sortName, .sortStatus, .sortCreated, .sortDuration, .sortVersions,
            .sortDescription, .sortLeft, .sortRight, .invertSort, .refresh, .details, .help, .quit, .interrupt,
            .toggleRefresh, .copyID, .export, .toggleRaw, .switchProfile, .switchAPI, .accept, .cancel,
            .historyPrevious,
            .historyNext, .deleteBackward, .clearLine, .cursorLeft, .cursorRight, .deleteForward, .choose,
            // Writes
            .stopJob, .deleteJob,
            // Log view
            .openLog, .follow, .toggleWrap, .saveLog, .nextMatch, .previousMatch, .scrollLeft, .scrollRight:
            return []
        }
    }

    mutating func exportEvent(_ event: BrowserEvent) -> [BrowserEffect] {
        guard case .export(let session) = mode, case .running(let format, _, _) = session.phase else { return [] }
        switch event {
        case .exportProgress(let id, let written, let total) where id == session.id:
            mode = .export(ExportSession(id: id, phase: .running(format, written: written, total: total)))
        case .exportFinished(let id, let path, let count) where id == session.id:
            mode = .table
            // The path after a tab: the status line keeps it whole when it has to cut.
            notice = "exported \(count) job\(count == 1 ? "" : "s") to\t " + SafeText.visible(path)
        case .exportFailed(let id, let message) where id == session.id:
            mode = .table
            notice = "export failed: \(SafeText.visible(message))"
        case .exportProgress, .exportFinished, .exportFailed:
            break  // an earlier, cancelled export's news
        case .start, .key, .mouse, .resized, .tick, .debounceElapsed, .pageLoaded, .pageFailed, .versionsLoaded,
            .versionsFailed, .v2DetailLoaded, .v2DetailFailed, .v2EventsLoaded, .v2EventsFailed, .profileConnected,
            .profileFailed, .profilePageLoaded,
            // Writes
            .writeSucceeded, .writeFailed,
            // Log view
            .logChoicesLoaded, .logChoicesFailed, .logLoaded, .logFailed, .logPollDue, .logJobStatus, .logSaved,
            .logSaveFailed:
            break  // not export news: `apply` never routes these here
        }
        return []
    }
}
