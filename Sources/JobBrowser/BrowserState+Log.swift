import ModelArts
import TerminalUI

extension LogSession {
    /// The keymap context: the search prompt's while typing, the picker's while choosing.
    public var keyContext: KeyContext {
        if prompt != nil { return .search }
        if case .picking = stage { return .picker }
        return .log
    }

    /// The viewport on a screen of `size`.
    func viewport(_ size: Size) -> LogViewport { LogViewport(size: size, wrap: wrap) }
}

extension BrowserState {
    /// `l`: opens the log view of the selected job (or of the detail panel's job). A v2 job with several
    /// tasks, or a v1 version with several log files, asks which first.
    mutating func openLog(from panel: DetailPanel?) -> [BrowserEffect] {
        guard let job = panel?.job ?? selectedJob else { return [] }
        logCounter += 1
        var session = LogSession(token: logCounter, job: job, origin: panel)
        guard job.api == .v2 else {
            if case .loaded(let list)? = panel?.versions, list.versions.count > 1 {
                return offerVersions(list, session: &session)
            }
            // From the table: the current version. From the detail panel, whose versions are listed, a job with
            // several asks which one (the current one first).
            mode = .log(session)
            return [.fetchLogChoices(token: session.token, job)]
        }
        let detailTasks = panel?.v2?.loadedDetail?.facts.tasks
        let tasks = detailTasks ?? job.v2?.tasks ?? []
        if tasks.isEmpty, detailTasks == nil {
            mode = .log(session)
            return [.fetchLogChoices(token: session.token, job)]
        }
        return offerChoices(tasks.isEmpty ? [LogSession.defaultTask] : tasks, session: &session)
    }

    /// Opens the only choice at once; asks when there are several (worker-0, else the first, highlighted).
    mutating func offerChoices(_ items: [String], session: inout LogSession) -> [BrowserEffect] {
        guard items.count > 1 else {
            guard let only = items.first else {
                session.stage = .reading
                session.setError("no log files for this version yet")
                mode = .log(session)
                return []
            }
            return openSource(only, session: &session)
        }
        session.stage = .picking(LogPicker(items: items, index: items.firstIndex(of: LogSession.defaultTask) ?? 0))
        mode = .log(session)
        return []
    }

    /// A v1 job's versions to pick from, the job's current version highlighted.
    mutating func offerVersions(_ list: JobVersionList, session: inout LogSession) -> [BrowserEffect] {
        let ids = list.versions.map(\.versionID)
        let items = list.versions.map { v in
            (v.versionName ?? "version \(v.versionID)") + " · " + (v.status?.word ?? "") + " · id \(v.versionID)"
        }
        let current = ids.firstIndex(of: session.job.versionID) ?? 0
        session.stage = .picking(LogPicker(items: items, index: current, versionIDs: ids))
        mode = .log(session)
        return []
    }

    /// Starts reading `choice` (a v2 task or a v1 file): the tail first.
    mutating func openSource(_ choice: String, session: inout LogSession) -> [BrowserEffect] {
        let source: LogSource
        switch session.job.id {
        case .uuid(let id): source = .v2(jobID: id, task: choice)
        case .number(let id): source = .v1(jobID: id, versionID: session.job.versionID, file: choice)
        }
        session.source = source
        session.stage = .opening
        session.message = "loading the log…"
        session.messageIsError = false
        mode = .log(session)
        return [.fetchLog(token: session.token, .tail(source))]
    }

    /// A key in the log view.
    mutating func logKey(_ key: Key, action: BrowserAction?, session: LogSession) -> [BrowserEffect] {
        var session = session
        if let editor = session.prompt { return logPromptKey(key, action: action, editor: editor, session: &session) }
        if case .picking(var picker) = session.stage {
            switch action {
            case .moveDown: picker.index = min(picker.items.count - 1, picker.index + 1)
            case .moveUp: picker.index = max(0, picker.index - 1)
            case .first: picker.index = 0
            case .last: picker.index = picker.items.count - 1
            case .choose where !picker.versionIDs.isEmpty:
                session.job.versionID = picker.versionIDs[picker.index]
                session.stage = .choosing
                mode = .log(session)
                return [.fetchLogChoices(token: session.token, session.job)]
            case .choose: return openSource(picker.items[picker.index], session: &session)
            case .close: return closeLog(session)
            default: return []
            }
            session.stage = .picking(picker)
            mode = .log(session)
            return []
        }
        guard let action else { return [] }
        session.message = nil
        var effects: [BrowserEffect] = []
        let viewport = session.viewport(size)
        switch action {
        case .close, .quit:
            return closeLog(session)
        case .moveDown: session.scroll(by: 1, viewport)
        case .moveUp: effects = session.scrollUp(by: 1, viewport)
        case .screenDown, .nextPage: session.scroll(by: viewport.height, viewport)
        case .screenUp, .previousPage: effects = session.scrollUp(by: viewport.height, viewport)
        case .first: effects = session.scrollToTop()
        case .last:
            session.top = nil
            if session.follow == .paused { effects = session.resumeFollow() }
        case .toggleWrap:
            session.wrap.toggle()
            session.column = 0
            if let top = session.top { session.top = LogPosition(line: top.line) }
        case .scrollLeft where !session.wrap: session.column = max(0, session.column - max(1, size.width / 2))
        case .scrollRight where !session.wrap: session.column += max(1, size.width / 2)
        case .search: session.prompt = SearchEditor(original: session.search?.query ?? "")
        case .nextMatch: session.goToMatch(forward: true, viewport)
        case .previousMatch: session.goToMatch(forward: false, viewport)
        case .follow: effects = session.toggleFollow()
        case .saveLog: effects = saveLog(session)
        default: break
        }
        mode = .log(session)
        return effects
    }

    /// Leaves the log view: back to the detail panel it was opened from, or to the table as it was.
    mutating func closeLog(_ session: LogSession) -> [BrowserEffect] {
        mode = session.origin.map { .detail($0) } ?? .table
        return []
    }

    /// Typing in the log's search prompt: Enter searches from the line on top, Esc puts the old search back.
    mutating func logPromptKey(
        _ key: Key, action: BrowserAction?, editor: SearchEditor, session: inout LogSession
    ) -> [BrowserEffect] {
        var editor = editor
        switch action {
        case .accept:
            session.prompt = nil
            session.search = editor.text.isEmpty ? nil : LogSearchState(query: editor.text)
            if session.search != nil { session.goToMatch(forward: true, session.viewport(size), fromTop: true) }
            mode = .log(session)
            return []
        case .cancel:
            session.prompt = nil
            mode = .log(session)
            return []
        case .cursorLeft: _ = editor.moveCursor(to: editor.cursor - 1)
        case .cursorRight: _ = editor.moveCursor(to: editor.cursor + 1)
        case .first: _ = editor.moveCursor(to: 0)
        case .last: _ = editor.moveCursor(to: editor.text.count)
        case .deleteBackward: _ = editor.deleteBackward()
        case .deleteForward: _ = editor.deleteForward()
        case .clearLine: editor.replace(with: "")
        default:
            guard case .char(let c) = key, Self.isTypable(c) else { return [] }
            _ = editor.insert(c, limit: LogSession.maxQueryLength)
        }
        session.prompt = editor
        mode = .log(session)
        return []
    }

    /// Ctrl-S: the lines held, without control sequences, to a new file named after the job and log.
    func saveLog(_ session: LogSession) -> [BrowserEffect] {
        guard !session.lines.isEmpty else { return [] }
        let text = LogText.plain(session.lines.joined(separator: "\n"), keepingColors: false) + "\n"
        return [
            .saveLog(
                token: session.token, SaveLogRequest(text: text, baseName: session.fileBaseName, startedAtMS: nowMS))
        ]
    }
}
