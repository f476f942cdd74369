import ModelArts
import TerminalUI

extension LogSession {
    /// The task a v2 log opens at when the job does not say, and the one highlighted among several.
    public static let defaultTask = "worker-0"
    /// The longest search the prompt takes.
    public static let maxQueryLength = 200
    /// Lines asked for per page (the most both APIs give).
    static let pageLines = LogLinesRequest.maxLines

    /// An error line for the status row.
    mutating func setError(_ text: String) {
        message = text
        messageIsError = true
    }

    /// A note for the status row.
    mutating func setNote(_ text: String) {
        message = text
        messageIsError = false
    }

    /// The start of a saved file's name: job name and task or file, with anything but letters, digits,
    /// `.`, `-` and `_` made `_`.
    public var fileBaseName: String {
        let what: String
        switch source {
        case .v2(_, let task): what = task
        case .v1(_, let version, let file): what = "v\(version)-\(file)"
        case nil: what = "log"
        }
        let safe = { (text: String) in
            String(
                text.unicodeScalars.prefix(40).map { s -> Character in
                    s.isASCII
                        && (s.properties.isAlphabetic || ("0"..."9").contains(s) || "._-".unicodeScalars.contains(s))
                        ? Character(s) : "_"
                })
        }
        return "majobs-log-\(safe(job.name))-\(safe(what))"
    }

    /// Whether the job can still write lines (not succeeded, failed or stopped).
    public var jobIsLive: Bool { !Self.isFinal(job.status) }

    /// Succeeded, failed and stopped statuses are final.
    public static func isFinal(_ status: JobStatus) -> Bool {
        switch status.group {
        case .succeeded, .failed, .stopped: return true
        case .queued, .running, .stopping, .unknown: return false
        }
    }

    /// Moves down; reaching the end sticks to it (new lines then stay in view).
    mutating func scroll(by rows: Int, _ viewport: LogViewport) {
        let moved = viewport.move(top, by: rows, lines)
        top = moved == viewport.endTop(lines) ? nil : moved
    }

    /// Moves up: pauses follow, and at the first line held fetches older ones.
    mutating func scrollUp(by rows: Int, _ viewport: LogViewport) -> [BrowserEffect] {
        if follow == .on {
            follow = .paused
            setNote("follow paused: G or End resumes")
        }
        top = viewport.move(top, by: -rows, lines)
        guard top == LogPosition(line: 0) else { return [] }
        return fetchOlder()
    }

    /// `g`/Home: the first line held at once (no walk through the rows between), and older lines.
    mutating func scrollToTop() -> [BrowserEffect] {
        if follow == .on {
            follow = .paused
            setNote("follow paused: G or End resumes")
        }
        top = LogPosition(line: 0)
        return fetchOlder()
    }

    /// Asks for the lines before the first one held, when there are any to ask for.
    mutating func fetchOlder() -> [BrowserEffect] {
        guard let source, stage == .reading else { return [] }
        switch older {
        case .available:
            guard let cursor = firstCursor else { return [] }
            older = .loading
            setNote("fetching older lines…")
            let request = LogLinesRequest(source: source, cursor: cursor, direction: .older, lines: Self.pageLines)
            return [.fetchLog(token: token, .older(request))]
        case .needsWalk:
            older = .loading
            walk = LogWalk()
            setNote("fetching older lines…")
            let request = LogLinesRequest(source: source, cursor: nil, direction: .older, lines: Self.pageLines)
            return [.fetchLog(token: token, .walk(request))]
        case .none:
            if !lines.isEmpty, message == nil { setNote("start of the log") }
            return []
        case .loading:
            setNote("fetching older lines…")
            return []
        }
    }

    /// `f`: starts following a live job (from the end), or stops.
    mutating func toggleFollow() -> [BrowserEffect] {
        guard follow == .off else {
            follow = .off
            setNote("follow off")
            return []
        }
        guard stage == .reading, source != nil else { return [] }
        guard jobIsLive else {
            setNote("the job has ended (\(job.status.word)): nothing to follow")
            return []
        }
        follow = .on
        endedAs = nil
        top = nil
        pollDelayMS = Self.pollMS
        pollsSinceStatus = 0
        return pollNow()
    }

    /// `G` while paused: back to the end, polling at once.
    mutating func resumeFollow() -> [BrowserEffect] {
        follow = .on
        top = nil
        return pollNow()
    }

    /// The next follow request: lines after the last cursor, or (a v2 preview has none) the newest page to
    /// line the preview up with.
    mutating func pollNow() -> [BrowserEffect] {
        guard let source, !pollPending else { return [] }
        pollPending = true
        guard let cursor = lastCursor else {
            let request = LogLinesRequest(source: source, cursor: nil, direction: .older, lines: Self.pageLines)
            return [.fetchLog(token: token, .align(request))]
        }
        let request = LogLinesRequest(source: source, cursor: cursor, direction: .newer, lines: Self.pageLines)
        return [.fetchLog(token: token, .newer(request))]
    }

    /// `n`/`N` (or Enter in the prompt, from the line on top): the next match below or above, wrapping
    /// around the lines held once; the view puts its line on top and, without wrap, its column in view.
    mutating func goToMatch(forward: Bool, _ viewport: LogViewport, fromTop: Bool = false) {
        guard var state = search, let matcher = LogSearch(state.query), !lines.isEmpty else { return }
        let here = viewport.resolve(top, lines).line
        let start = fromTop ? here : (state.matchLine ?? here) + (forward ? 1 : -1)
        let count = lines.count
        var scratch: [UInt8] = []
        for step in 0..<count {
            let offset = forward ? step : -step
            let i = ((start + offset) % count + count) % count
            guard matcher.matches(raw: lines[i], scratch: &scratch) else { continue }
            state.matchLine = i
            search = state
            if follow == .on { follow = .paused }
            top = viewport.resolve(LogPosition(line: i), lines)
            if top == viewport.endTop(lines) { top = nil }
            let wrapped = forward ? i < start : i > start
            setNote(wrapped ? "search wrapped" : "match at line \(i + 1)")
            if !wrap, let columns = matcher.columns(in: LogText.line(lines[i])).first {
                if columns.lowerBound < column || columns.upperBound > column + viewport.width {
                    column = max(0, columns.lowerBound - viewport.width / 3)
                }
            }
            return
        }
        state.matchLine = nil
        search = state
        setError("no match for \(state.query) in the lines fetched")
    }
}
