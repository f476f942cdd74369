import ModelArts
import TerminalUI

extension BrowserState {
    /// An answer for the log view. Answers for another view (closed, or another task) are dropped.
    mutating func logEvent(_ event: BrowserEvent) -> [BrowserEffect] {
        guard case .log(var session) = mode else { return [] }
        var effects: [BrowserEffect] = []
        switch event {
        case .logChoicesLoaded(let token, let items):
            guard token == session.token, session.stage == .choosing else { return [] }
            let choices = session.job.api == .v2 && items.isEmpty ? [LogSession.defaultTask] : items
            return offerChoices(choices, session: &session)
        case .logChoicesFailed(let token, let error):
            guard token == session.token, session.stage == .choosing else { return [] }
            session.stage = .reading
            session.setError(LogErrorText.message(error))
        case .logLoaded(let token, let fetch, let page):
            guard token == session.token else { return [] }
            effects = session.loaded(fetch, page, viewport: session.viewport(size))
        case .logFailed(let token, let fetch, let error):
            guard token == session.token else { return [] }
            effects = session.failed(fetch, error)
        case .logPollDue(let token):
            guard token == session.token else { return [] }
            session.pollPending = false
            if session.follow == .on { effects = session.pollNow() }
        case .logJobStatus(let token, let status):
            guard token == session.token else { return [] }
            session.job.status = status
            if session.follow != .off, LogSession.isFinal(status) {
                // The lines written since the last poll are the ones that say how it ended: poll once more.
                session.endedAs = status
                if session.follow == .paused { session.stopFollowing() }
            }
        case .logSaved(let token, let path):
            guard token == session.token else { return [] }
            session.setNote("saved \(session.lines.count) lines to \(path)")
        case .logSaveFailed(let token, let message):
            guard token == session.token else { return [] }
            session.setError(message)
        default:
            return []
        }
        mode = .log(session)
        return effects
    }
}

extension LogSession {
    /// The lines of a page's text (a trailing newline ends the last line, it does not start another).
    static func split(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var lines = LogText.splitLines(text).map(String.init)
        if text.hasSuffix("\n") { lines.removeLast() }
        return lines
    }

    /// Puts an answer in place.
    mutating func loaded(_ fetch: LogFetch, _ page: LogPage, viewport: LogViewport) -> [BrowserEffect] {
        let new = Self.split(page.text)
        switch fetch {
        case .tail(let source):
            guard source == self.source, stage == .opening else { return [] }
            stage = .reading
            lines = new
            firstCursor = page.firstLine
            lastCursor = page.lastLine
            top = nil
            message = nil
            if case .v2 = source {
                truncatedBytes =
                    page.isTruncated ? LogTruncation(shown: page.currentSize ?? 0, full: page.fullSize ?? 0) : nil
                older = page.isTruncated ? .needsWalk : .none
            } else {
                older = page.firstLine == nil || new.isEmpty ? .none : .available
            }
            if new.isEmpty { setNote("the log is empty so far") }
            return []
        case .older:
            guard older == .loading else { return [] }
            message = nil
            guard !new.isEmpty else {
                older = .none
                setNote("start of the log")
                return []
            }
            prepend(new)
            firstCursor = page.firstLine
            older = page.firstLine == nil ? .none : .available
            return []
        case .walk(let request):
            return walked(new, page: page, request: request)
        case .align:
            pollPending = false
            if let after = LogAlign.linesAfter(lines[...], in: new) {
                lines += after
            } else {
                lines += new
                setNote("follow: the preview and the newest lines do not overlap; some lines may be missing")
            }
            lastCursor = page.lastLine ?? lastCursor
            return afterPoll()
        case .newer:
            pollPending = false
            lines += new
            lastCursor = page.lastLine ?? lastCursor
            if messageIsError { message = nil }
            pollDelayMS = Self.pollMS
            // A full page means more are waiting: ask again at once.
            if new.count >= Self.pageLines, follow == .on { return pollNow() }
            return afterPoll()
        }
    }

    /// Follow ends because the job has: says so.
    mutating func stopFollowing() {
        follow = .off
        if let endedAs { setNote("the job is \(endedAs.word): follow stopped") }
    }

    /// After a poll: the next one in `pollDelayMS`, and every few polls the job's status; none once the
    /// job has ended (this poll read its last lines).
    mutating func afterPoll() -> [BrowserEffect] {
        guard follow == .on else { return [] }
        guard endedAs == nil else {
            stopFollowing()
            return []
        }
        var effects: [BrowserEffect] = [.scheduleLogPoll(token: token, after: .milliseconds(pollDelayMS))]
        pollPending = true
        pollsSinceStatus += 1
        if pollsSinceStatus >= Self.pollsPerStatus {
            pollsSinceStatus = 0
            effects.append(.fetchLogJobStatus(token: token, job))
        }
        return effects
    }

    /// Older lines go in front; the view and the match keep pointing at the same lines.
    mutating func prepend(_ older: [String]) {
        lines.insert(contentsOf: older, at: 0)
        if let t = top { top = LogPosition(line: t.line + older.count, row: t.row) }
        if let m = search?.matchLine { search?.matchLine = m + older.count }
    }

    /// One page of the walk back to where a truncated preview starts.
    mutating func walked(_ new: [String], page: LogPage, request: LogLinesRequest) -> [BrowserEffect] {
        guard older == .loading, var walk else { return [] }
        walk.pages += 1
        walk.seen += new.count
        let combined = new + walk.newerPage
        if walk.seen + Self.pageLines >= lines.count, let found = LogAlign.linesBefore(lines, in: combined) {
            lines[0] = found.firstWhole
            prepend(found.older)
            firstCursor = page.firstLine
            older = page.firstLine == nil ? .none : .available
            truncatedBytes = nil
            self.walk = nil
            message = nil
            return []
        }
        guard !new.isEmpty, let cursor = page.firstLine, walk.pages < LogWalk.maxPages else {
            older = .none
            self.walk = nil
            setError("could not find where the preview starts among the older pages")
            return []
        }
        walk.newerPage = new
        self.walk = walk
        setNote("fetching older lines… (\(walk.seen) read)")
        var next = request
        next.cursor = cursor
        return [.fetchLog(token: token, .walk(next))]
    }

    /// A failed request: one line says why; follow backs off (doubling to 30 s) and tries again.
    mutating func failed(_ fetch: LogFetch, _ error: APIError) -> [BrowserEffect] {
        let text = LogErrorText.message(error)
        switch fetch {
        case .tail(let source):
            guard source == self.source, stage == .opening else { return [] }
            stage = .reading
            setError(text)
            return []
        case .older:
            older = .available
            setError("older lines: " + text)
            return []
        case .walk:
            older = .needsWalk
            walk = nil
            setError("older lines: " + text)
            return []
        case .align, .newer:
            pollPending = false
            guard follow == .on else { return [] }
            let delay = pollDelayMS
            pollDelayMS = min(Self.maxPollMS, pollDelayMS * 2)
            setError("follow: \(text); retrying in \(delay / 1000) s")
            pollPending = true
            return [.scheduleLogPoll(token: token, after: .milliseconds(delay))]
        }
    }
}

/// One line for each way reading a log fails.
public enum LogErrorText {
    public static func message(_ error: APIError) -> String {
        if case .server(let status, let code, _) = error {
            if status == 204 || code == "ModelArts.2776" { return "the log is not ready yet; try again in a moment" }
            if code == "ModelArts.2818" { return "no log yet: the job has not written one" }
            if code == "ModelArts.2819" { return "the log has expired (logs are kept for 30 days)" }
        }
        if error.isJobGone { return "the job no longer exists" }
        return error.message
    }
}
