import JobBrowser
import ModelArts
import Testing
import TerminalUI
import TestSupport

extension BrowserMode {
    /// The open log view; nil in any other mode.
    var asLog: LogSession? {
        if case .log(let session) = self { session } else { nil }
    }
}

extension BrowserEffect {
    /// The token and request of a `.fetchLog`; nil for any other effect.
    var asLogFetch: (token: Int, fetch: LogFetch)? {
        if case .fetchLog(let token, let fetch) = self { (token, fetch) } else { nil }
    }
}

extension LogFetch {
    /// The line request of a line-paged fetch; nil for a tail.
    var lineRequest: LogLinesRequest? {
        switch self {
        case .tail: nil
        case .older(let r), .walk(let r), .align(let r), .newer(let r): r
        }
    }
}

@Suite("Reducer: the log view")
struct LogViewReducerTests {
    /// `count` numbered lines, `first` upward.
    static func lines(_ count: Int, from first: Int = 1) -> String {
        (first..<first + count).map { "line \($0)" }.joined(separator: "\n")
    }

    /// A v1 browser with the selected job's log open on its only file, `count` lines at the tail
    /// (cursors `first`…`last`).
    static func v1Open(count: Int = 100, height: Int = 20) throws -> BrowserState {
        var state = BrowserState.loaded(InMemoryServer(SampleJobs.plain(23)), size: Size(width: 80, height: height))
        // A running job, so follow can be tried.
        for _ in 0..<10 where state.selectedJob.map({ LogSession.isFinal($0.status) }) ?? true {
            _ = state.press(.char("j"))
        }
        #expect(state.selectedJob.map { LogSession.isFinal($0.status) } == false)
        let effects = state.press(.char("l"))
        let session = try #require(state.mode.asLog)
        #expect(effects == [.fetchLogChoices(token: session.token, session.job)])
        let open = state.reduce(.logChoicesLoaded(token: session.token, ["job.log"]))
        let (token, fetch) = try #require(open.first?.asLogFetch)
        _ = state.reduce(
            .logLoaded(
                token: token, fetch,
                LogPage(text: lines(count, from: 1001), firstLine: "1001", lastLine: String(1000 + count))))
        return state
    }

    @Test("l on a v1 job asks for its log files, opens the only one at its newest 500 lines, drawn from the end")
    func v1OpensTail() throws {
        var state = BrowserState.loaded(InMemoryServer(SampleJobs.plain(23)))
        let job = try #require(state.selectedJob)
        _ = state.press(.char("l"))
        let token = try #require(state.mode.asLog).token
        let open = state.reduce(.logChoicesLoaded(token: token, ["job.log"]))
        guard case .v1(let jobID, let version, "job.log") = try #require(state.mode.asLog?.source) else {
            Issue.record("not a v1 source")
            return
        }
        #expect(JobID.number(jobID) == job.id && version == job.versionID)
        #expect(open == [.fetchLog(token: token, .tail(.v1(jobID: jobID, versionID: version, file: "job.log")))])
        let state2 = try Self.v1Open()
        let session = try #require(state2.mode.asLog)
        #expect(session.lines.count == 100 && session.top == nil && session.older == .available)
    }

    @Test("several v1 log files are offered to pick from; Enter opens the highlighted one")
    func v1FilePicker() throws {
        var state = BrowserState.loaded(InMemoryServer(SampleJobs.plain(23)))
        _ = state.press(.char("l"))
        let token = try #require(state.mode.asLog).token
        #expect(state.reduce(.logChoicesLoaded(token: token, ["a.log", "b.log"])) == [])
        #expect(state.mode.keyContext == .picker)
        let effects = state.press(.char("j"), .enter)
        let fetch = try #require(effects.first?.asLogFetch?.fetch)
        guard case .tail(.v1(_, _, "b.log")) = fetch else {
            Issue.record("opened \(fetch)")
            return
        }
    }

    @Test("l on a v2 job with several tasks asks which, worker-0 first; one task opens its preview at once")
    func v2TaskPicker() throws {
        var state = BrowserState.dual(DualServer())
        let job = try #require(state.selectedJob)
        let tasks = try #require(job.v2?.tasks)
        let effects = state.press(.char("l"))
        let session = try #require(state.mode.asLog)
        if tasks.count > 1 {
            #expect(effects.isEmpty)
            guard case .picking(let picker) = session.stage else {
                Issue.record("no picker")
                return
            }
            #expect(picker.items == tasks && picker.items[picker.index] == "worker-0")
            let opened = state.press(.enter)
            #expect(
                opened == [.fetchLog(token: session.token, .tail(.v2(jobID: job.id.description, task: "worker-0")))])
        } else {
            #expect(effects == [.fetchLog(token: session.token, .tail(.v2(jobID: job.id.description, task: tasks[0])))])
        }
    }

    @Test("scrolling above the top fetches older lines from the first cursor and keeps the same lines in view")
    func pagingUpward() throws {
        var state = try Self.v1Open(count: 30)
        let token = try #require(state.mode.asLog).token
        var effects: [BrowserEffect] = []
        for _ in 0..<20 { effects += state.press(.char("k")) }
        let fetch = try #require(effects.compactMap(\.asLogFetch).first)
        #expect(
            fetch.fetch
                == .older(
                    LogLinesRequest(source: try #require(state.mode.asLog?.source), cursor: "1001", direction: .older)))
        #expect(state.mode.asLog?.message == "fetching older lines…")
        #expect(state.press(.char("k")).isEmpty)  // one request at a time
        _ = state.reduce(
            .logLoaded(
                token: token, fetch.fetch, LogPage(text: Self.lines(10, from: 991), firstLine: "991", lastLine: "1000"))
        )
        let session = try #require(state.mode.asLog)
        #expect(session.lines.first == "line 991" && session.lines.count == 40)
        #expect(session.top == LogPosition(line: 10))
        #expect(session.firstCursor == "991")
        // The next page is empty: the start of the log.
        var more: [BrowserEffect] = []
        for _ in 0..<12 { more += state.press(.char("k")) }
        let next = try #require(more.compactMap(\.asLogFetch).first)
        _ = state.reduce(.logLoaded(token: token, next.fetch, LogPage(text: "")))
        #expect(state.mode.asLog?.older == LogSession.Older.none)
        #expect(state.mode.asLog?.message == "start of the log")
        #expect(state.press(.char("k")).isEmpty)
    }

    @Test("follow polls newer lines after the last cursor every 2 s; scrolling up pauses it, G resumes at once")
    func followPauseResume() throws {
        var state = try Self.v1Open(count: 30)
        let token = try #require(state.mode.asLog).token
        let source = try #require(state.mode.asLog?.source)
        let poll = state.press(.char("f"))
        #expect(
            poll == [
                .fetchLog(token: token, .newer(LogLinesRequest(source: source, cursor: "1030", direction: .newer)))
            ])
        let next = state.reduce(
            .logLoaded(
                token: token, .newer(LogLinesRequest(source: source, cursor: "1030", direction: .newer)),
                LogPage(text: "line 1031\nline 1032", firstLine: "1031", lastLine: "1032")))
        #expect(next == [.scheduleLogPoll(token: token, after: .seconds(2))])
        #expect(state.mode.asLog?.lines.last == "line 1032")
        #expect(state.mode.asLog?.top == nil)
        _ = state.press(.char("k"))
        #expect(state.mode.asLog?.follow == .paused)
        // While paused the timer does nothing.
        #expect(state.reduce(.logPollDue(token: token)) == [])
        let resumed = state.press(.char("G"))
        #expect(
            resumed == [
                .fetchLog(token: token, .newer(LogLinesRequest(source: source, cursor: "1032", direction: .newer)))
            ])
        #expect(state.mode.asLog?.follow == .on && state.mode.asLog?.top == nil)
    }

    @Test("follow backs off on errors, 2 s doubling to 30 s, with one line saying so, and recovers")
    func followBackOff() throws {
        var state = try Self.v1Open(count: 30)
        let token = try #require(state.mode.asLog).token
        let poll = try #require(state.press(.char("f")).first?.asLogFetch?.fetch)
        var delays: [Duration] = []
        for _ in 0..<6 {
            let effects = state.reduce(.logFailed(token: token, poll, .connection("refused")))
            guard case .scheduleLogPoll(_, let after) = try #require(effects.first) else { return }
            delays.append(after)
            _ = state.reduce(.logPollDue(token: token))
        }
        #expect(delays == [.seconds(2), .seconds(4), .seconds(8), .seconds(16), .seconds(30), .seconds(30)])
        let message = try #require(state.mode.asLog?.message)
        #expect(message.hasPrefix("follow: ") && !message.contains("\n"))
        _ = state.reduce(.logLoaded(token: token, poll, LogPage(text: "x", firstLine: "1031", lastLine: "1031")))
        #expect(state.mode.asLog?.pollDelayMS == 2_000 && state.mode.asLog?.message == nil)
    }

    @Test("follow checks the job's status every few polls and stops by itself, saying so, once it has ended")
    func followStopsAtEnd() throws {
        var state = try Self.v1Open(count: 30)
        var job = try #require(state.mode.asLog?.job)
        guard LogSession.isFinal(job.status) == false else {
            #expect(state.press(.char("f")).isEmpty)
            #expect(state.mode.asLog?.message?.contains("nothing to follow") == true)
            return
        }
        let token = try #require(state.mode.asLog).token
        var poll = try #require(state.press(.char("f")).first?.asLogFetch?.fetch)
        var asked = false
        for n in 0..<3 {
            let effects = state.reduce(
                .logLoaded(token: token, poll, LogPage(text: "more \(n)", firstLine: "x\(n)", lastLine: "x\(n)")))
            asked = asked || effects.contains(.fetchLogJobStatus(token: token, job))
            poll = try #require(state.reduce(.logPollDue(token: token)).first?.asLogFetch?.fetch)
        }
        #expect(asked)
        job.status = .code(10)
        _ = state.reduce(.logJobStatus(token: token, .code(10)))
        // One more poll reads the last lines the job wrote, then follow stops and says why.
        #expect(state.mode.asLog?.follow == .on)
        let last = try #require(state.reduce(.logPollDue(token: token)).first?.asLogFetch?.fetch)
        #expect(
            state.reduce(.logLoaded(token: token, last, LogPage(text: "done", firstLine: "y", lastLine: "y"))) == [])
        #expect(state.mode.asLog?.lines.last == "done")
        #expect(state.mode.asLog?.follow == .off)
        #expect(state.mode.asLog?.message == "the job is Completed: follow stopped")
        #expect(state.reduce(.logPollDue(token: token)) == [])
    }

    @Test("/ searches from the top line, n and N move between matches and wrap, a miss says so")
    func search() throws {
        var state = try Self.v1Open(count: 100, height: 20)
        _ = state.press(.char("g"))
        _ = state.press(.char("/"))
        #expect(state.mode.keyContext == .search)
        _ = state.type("LINE 5")
        _ = state.press(.enter)
        var session = try #require(state.mode.asLog)
        #expect(session.search?.matchLine == nil)  // capital letters match exactly: nothing
        #expect(session.messageIsError)
        _ = state.press(.char("/"), .ctrl("u"))
        _ = state.type("line 1005")
        _ = state.press(.enter)
        session = try #require(state.mode.asLog)
        #expect(session.search?.matchLine == 4)
        #expect(session.top == LogPosition(line: 4))
        _ = state.press(.char("n"))
        #expect(state.mode.asLog?.search?.matchLine == 4)  // the only match: n wraps to it
        #expect(state.mode.asLog?.message == "search wrapped")
        _ = state.press(.char("g"), .char("/"), .ctrl("u"))
        _ = state.type("line 10")
        _ = state.press(.enter, .char("n"), .char("n"))
        #expect(state.mode.asLog?.search?.matchLine == 2)  // every line matches: 0, then 1, 2
        _ = state.press(.char("N"))
        #expect(state.mode.asLog?.search?.matchLine == 1)
    }

    @Test("g goes to the first line held at once, wrapped or not, and asks for older lines")
    func topAtOnce() throws {
        var state = try Self.v1Open(count: 300)
        _ = state.press(.char("w"))
        let effects = state.press(.char("g"))
        #expect(state.mode.asLog?.top == LogPosition(line: 0))
        #expect(effects.compactMap(\.asLogFetch).count == 1)
    }

    @Test("w toggles wrap; ← and → scroll sideways only without it")
    func wrapAndSideways() throws {
        var state = try Self.v1Open(count: 10)
        _ = state.press(.right)
        #expect(state.mode.asLog?.column == 40)
        _ = state.press(.left, .left)
        #expect(state.mode.asLog?.column == 0)
        _ = state.press(.char("w"), .right)
        #expect(state.mode.asLog?.wrap == true && state.mode.asLog?.column == 0)
    }

    @Test("errors show one line in the view; Esc goes back to the table with the selection where it was")
    func errorsAndBack() throws {
        for (error, words) in [
            (APIError.server(status: 400, code: "ModelArts.2818", message: "no log"), "no log yet"),
            (.server(status: 400, code: "ModelArts.2819", message: "expired"), "expired"),
            (.server(status: 400, code: "ModelArts.2775", message: "gone"), "no longer exists"),
            (.server(status: 204, code: nil, message: nil), "not ready"),
            (.connection("refused"), "refused"),
        ] {
            var state = BrowserState.loaded(InMemoryServer(SampleJobs.plain(23)))
            _ = state.press(.char("j"), .char("j"))
            let selected = state.selection.index
            _ = state.press(.char("l"))
            let token = try #require(state.mode.asLog).token
            let open = state.reduce(.logChoicesLoaded(token: token, ["job.log"]))
            let fetch = try #require(open.first?.asLogFetch?.fetch)
            _ = state.reduce(.logFailed(token: token, fetch, error))
            let message = try #require(state.mode.asLog?.message)
            #expect(message.contains(words), "\(message)")
            _ = state.press(.escape)
            #expect(state.mode == .table && state.selection.index == selected)
            // A late answer for the closed view changes nothing.
            #expect(state.reduce(.logLoaded(token: token, fetch, LogPage(text: "late"))) == [])
            #expect(state.mode == .table)
        }
    }

    @Test("l from the detail panel of a job with several versions asks which, the current one first")
    func versionPicker() throws {
        var state = BrowserState.loaded(InMemoryServer(SampleJobs.plain(23)))
        _ = state.press(.enter)
        let job = try #require(state.mode.asDetail?.job)
        let versions = [job.versionID + 2, job.versionID, job.versionID - 2].map { JobVersion(versionID: $0) }
        let list = JobVersionList(
            jobID: job.id, jobName: job.name, jobDescription: "", versionCount: 3, versions: versions)
        _ = state.reduce(.versionsLoaded(job.id, list))
        #expect(state.press(.char("l")).isEmpty)
        guard case .picking(let picker) = try #require(state.mode.asLog).stage else {
            Issue.record("no version picker")
            return
        }
        #expect(picker.versionIDs == versions.map(\.versionID) && picker.index == 1)
        let token = try #require(state.mode.asLog).token
        var chosen = job
        chosen.versionID = job.versionID - 2
        #expect(state.press(.char("j"), .enter) == [.fetchLogChoices(token: token, chosen)])
        _ = state.reduce(.logChoicesLoaded(token: token, ["job.log"]))
        guard case .v1(_, let version, _) = try #require(state.mode.asLog?.source) else { return }
        #expect(version == job.versionID - 2)
    }

    @Test("l from the detail panel opens the log and Esc goes back to the panel")
    func fromDetail() throws {
        var state = BrowserState.loaded(InMemoryServer(SampleJobs.plain(23)))
        _ = state.press(.enter)
        let panel = try #require(state.mode.asDetail)
        _ = state.press(.char("l"))
        #expect(state.mode.asLog?.job == panel.job)
        _ = state.press(.escape)
        #expect(state.mode.asDetail == panel)
    }

    @Test("Ctrl-S saves the lines held without control sequences, named after the job and file")
    func save() throws {
        var state = try Self.v1Open(count: 3)
        let token = try #require(state.mode.asLog).token
        let effects = state.press(.ctrl("s"))
        guard case .saveLog(token, let request) = try #require(effects.first) else {
            Issue.record("no save")
            return
        }
        #expect(request.text == "line 1001\nline 1002\nline 1003\n")
        #expect(request.baseName.hasPrefix("majobs-log-") && request.baseName.hasSuffix("-job.log"))
        _ = state.reduce(.logSaved(token: token, path: "/tmp/x.log"))
        #expect(state.mode.asLog?.message == "saved 3 lines to /tmp/x.log")
    }

    @Test("a truncated v2 preview says how much it holds and walks back from the newest page to go older")
    func truncatedPreviewWalk() throws {
        var state = BrowserState.dual(DualServer())
        _ = state.press(.char("l"))
        if case .picking = try #require(state.mode.asLog).stage { _ = state.press(.enter) }
        let session = try #require(state.mode.asLog)
        let source = try #require(session.source)
        // The preview: lines 601…1000, the first cut at the front.
        let preview = "ne 601\n" + Self.lines(399, from: 602)
        _ = state.reduce(
            .logLoaded(
                token: session.token, .tail(source), LogPage(text: preview, fullSize: 7_300_000, currentSize: 5_000_000)
            ))
        #expect(state.mode.asLog?.truncatedBytes == LogTruncation(shown: 5_000_000, full: 7_300_000))
        let walk = try #require(state.press(.char("g")).first?.asLogFetch?.fetch)
        #expect(walk == .walk(LogLinesRequest(source: source, cursor: nil, direction: .older)))
        // The newest page holds lines 501…1000 (cursors are the line numbers): the preview starts inside it.
        let page = LogPage(text: Self.lines(500, from: 501), firstLine: "501", lastLine: "1000")
        #expect(state.reduce(.logLoaded(token: session.token, walk, page)) == [])
        let done = try #require(state.mode.asLog)
        #expect(done.lines.first == "line 501" && done.lines.count == 500)
        #expect(done.lines[100] == "line 601")  // the cut line made whole
        #expect(done.firstCursor == "501" && done.older == .available && done.truncatedBytes == nil)
    }
}

@Suite("LogViewport")
struct LogViewportTests {
    @Test("a wrapped line takes the rows its shown width needs, tabs and wide characters included")
    func rowCounts() {
        let viewport = LogViewport(width: 10, height: 4, wrap: true)
        #expect(viewport.rowCount("short") == 1)
        #expect(viewport.rowCount("\t\tx") == 2)  // 3 bytes, 17 columns
        #expect(viewport.rowCount(String(repeating: "日", count: 6)) == 2)
        #expect(LogViewport(width: 10, height: 4, wrap: false).rowCount(String(repeating: "x", count: 50)) == 1)
    }

    @Test("the end shows the last line at the bottom; moves stop at the first row and at the end")
    func moves() {
        let viewport = LogViewport(width: 10, height: 3, wrap: true)
        let lines = ["a", String(repeating: "b", count: 25), "c"]  // rows: 1, 3, 1
        #expect(viewport.endTop(lines) == LogPosition(line: 1, row: 1))
        #expect(viewport.move(nil, by: -2, lines) == LogPosition(line: 0))
        #expect(viewport.move(LogPosition(line: 0), by: 10, lines) == LogPosition(line: 1, row: 1))
        #expect(viewport.rows(from: LogPosition(line: 1, row: 1), lines).map(\.line) == [1, 1, 2])
    }
}

@Suite("LogAlign")
struct LogAlignTests {
    @Test("the lines after the held ones are found by the overlap of the last three lines' text")
    func after() {
        let held = ["a", "b", "c", "d"][...]
        #expect(LogAlign.linesAfter(held, in: ["b", "c", "d", "e", "f"]) == ["e", "f"])
        #expect(LogAlign.linesAfter(held, in: ["c", "d", "x", "b", "c", "d"]) == [])
        #expect(LogAlign.linesAfter(held, in: ["x", "y"]) == nil)
        #expect(LogAlign.linesAfter([][...], in: ["x"]) == ["x"])
    }

    @Test("a cut first line is matched by the whole lines after it, and the lines before it are older")
    func before() {
        let held = ["ld 3", "line 4", "line 5", "line 6"]
        let page = ["line 1", "line 2", "old 3", "line 4", "line 5", "line 6", "line 7"]
        let found = LogAlign.linesBefore(held, in: page)
        #expect(found?.older == ["line 1", "line 2"] && found?.firstWhole == "old 3")
        #expect(LogAlign.linesBefore(held, in: ["line 4", "line 5"]) == nil)
        #expect(LogAlign.linesBefore(["x"], in: ["a", "box"])?.older == ["a"])
    }
}
