import JobBrowser
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("Reducer: automatic refresh")
struct RefreshReducerTests {
    static let jobs = SampleJobs.plain(23)
    static let server = InMemoryServer(jobs)
    static let t0 = SampleJobs.nowMS

    /// A browser refreshing every `seconds`, first page of 5 loaded at `t0` on a screen of 5 rows.
    static func live(seconds: Int64 = 10) -> BrowserState {
        var config = BrowserConfig(sourceLabel: "t", sortField: .name, sortOrder: .asc)
        config.autoRefreshMS = seconds * 1000
        return BrowserState.loaded(server, size: Size(width: 120, height: 10), config: config)
    }

    @Test("off by default: no deadline, and no tick ever fetches")
    func offByDefault() {
        var state = BrowserState.loaded(Self.server)
        #expect(state.wakeDeadlineMS == nil)
        #expect(!state.showsUpdateAge)
        #expect(state.reduce(.tick(nowMS: Self.t0 + 3_600_000)) == [])
    }

    @Test("due after the interval: one quiet fetch of the page on screen, nothing before")
    func dueAfterInterval() throws {
        var state = Self.live()
        #expect(state.nextRefreshMS == Self.t0 + 10_000)
        #expect(state.reduce(.tick(nowMS: Self.t0 + 9_999)) == [])
        let wanted = try #require(state.wantedRequest)
        let rowsBefore = state.rows
        let effects = state.reduce(.tick(nowMS: Self.t0 + 10_000))
        #expect(effects == [.fetch(wanted, generation: state.generation)])
        // Nothing on screen changes while it is out: same rows, same status, no loading state.
        #expect(state.rows == rowsBefore)
        #expect(state.dataStatus == .loaded)
        #expect(state.nextRefreshMS == Self.t0 + 20_000)
        #expect(state.reduce(.tick(nowMS: Self.t0 + 10_500)) == [])
    }

    @Test("the answer keeps the selection on the same job when a new job pushes it down")
    func keepsJobWhenShifted() throws {
        var state = Self.live()
        _ = state.press(.char("j"), .char("j"))
        let kept = try #require(state.selectedJob)
        let effects = state.reduce(.tick(nowMS: Self.t0 + 10_000))
        let (r, g) = try #require(effects.first?.asFetch)
        let newcomer = SampleJobs.plain(1, firstID: 1)[0]
        let shifted = [newcomer] + Array(state.rows.prefix(4))
        _ = state.reduce(.pageLoaded(r, generation: g, SampleJobs.page(shifted, total: 24)))
        #expect(state.rows.first == newcomer)
        #expect(state.selectedJob?.id == kept.id)
        #expect(state.selection.index == 3)
        #expect(state.shownLoadedAtMS == Self.t0 + 10_000)
    }

    @Test("when the selected job has gone the selection stays on the same row")
    func clampsWhenGone() throws {
        var state = Self.live()
        _ = state.press(.char("j"), .char("j"))
        let gone = try #require(state.selectedJob)
        let effects = state.reduce(.tick(nowMS: Self.t0 + 10_000))
        let (r, g) = try #require(effects.first?.asFetch)
        let next = Self.server.matching(codes: nil, search: "", sortBy: .name, order: .asc)[5]
        let fewer = state.rows.filter { $0.id != gone.id } + [next]
        _ = state.reduce(.pageLoaded(r, generation: g, SampleJobs.page(fewer, total: 22)))
        #expect(state.selection.index == 2)
        #expect(state.selectedJob == fewer[2])
        #expect(state.selection.count == 22)
    }

    @Test("the refresh asks for every page in view, the one holding the selection first")
    func refreshesPagesInView() throws {
        var config = BrowserConfig(sourceLabel: "t", sortField: .name, sortOrder: .asc)
        config.autoRefreshMS = 10_000
        var state = BrowserState.loaded(Self.server, size: Size(width: 120, height: 12), config: config)
        state.answerAll(state.press(.char("G")), from: Self.server)
        #expect(state.selection.visibleRange == 16..<23)
        let effects = state.reduce(.tick(nowMS: Self.t0 + 10_000))
        #expect(effects.compactMap { $0.asFetch?.request.pageNumber } == [5, 4])
    }

    @Test("a move while the refresh is out wins over the job selected when it went out")
    func moveDuringRefresh() throws {
        var state = Self.live()
        let effects = state.reduce(.tick(nowMS: Self.t0 + 10_000))
        let (r, g) = try #require(effects.first?.asFetch)
        _ = state.press(.char("j"))
        let now = try #require(state.selectedJob)
        _ = state.reduce(.pageLoaded(r, generation: g, Self.server.answer(r)))
        #expect(state.selectedJob?.id == now.id)
    }

    @Test("Z pauses (no refresh, no ticking) and Z again resumes, refreshing at once when overdue")
    func pauseAndResume() throws {
        var state = Self.live()
        #expect(state.press(.char("Z")) == [])
        #expect(state.refreshSchedule.isPausedByUser)
        #expect(state.wakeDeadlineMS == nil)
        #expect(!state.showsUpdateAge)
        #expect(state.reduce(.tick(nowMS: Self.t0 + 60_000)) == [])
        let resumed = state.press(.char("Z"))
        #expect(resumed == [.fetch(try #require(state.wantedRequest), generation: state.generation)])
        #expect(!state.refreshSchedule.isPausedByUser)
    }

    @Test("Z does nothing when automatic refresh is off")
    func pauseWhenOff() {
        var state = BrowserState.loaded(Self.server)
        #expect(state.press(.char("Z")) == [])
        #expect(!state.refreshSchedule.isPausedByUser)
    }

    @Test(
        "a prompt, picker, help or the detail view defers the refresh until it closes",
        arguments: [Key.char("/"), .char("s"), .char("?"), .enter])
    func deferredByOverlays(open: Key) throws {
        var state = Self.live()
        _ = state.press(open)
        #expect(state.nextRefreshMS == nil)
        let during = state.reduce(.tick(nowMS: Self.t0 + 30_000))
        #expect(!during.contains { if case .fetch = $0 { return true } else { return false } })
        _ = state.press(.escape)
        #expect(state.mode == .table)
        #expect(state.nextRefreshMS == Self.t0 + 10_000)
        let after = state.reduce(.tick(nowMS: Self.t0 + 30_001))
        #expect(after == [.fetch(try #require(state.wantedRequest), generation: state.generation)])
    }

    @Test("a failed refresh keeps the rows, says so, and tries again an interval later")
    func failedRefresh() throws {
        var state = Self.live()
        let rows = state.rows
        let effects = state.reduce(.tick(nowMS: Self.t0 + 10_000))
        let (r, g) = try #require(effects.first?.asFetch)
        let error = APIError.server(status: 503, code: "ModelArts.0001", message: "busy")
        _ = state.reduce(.pageFailed(r, generation: g, error))
        #expect(state.rows == rows)
        #expect(state.dataStatus == .stale(sinceMS: Self.t0, error: error, refreshing: false))
        #expect(state.nextRefreshMS == Self.t0 + 20_000)
        #expect(state.reduce(.tick(nowMS: Self.t0 + 20_000)) == [.fetch(r, generation: g)])
    }

    @Test("the header's age ticks each second while refreshing, each minute after a minute")
    func ageTicks() {
        var state = Self.live(seconds: 600)
        #expect(state.nextAgeTickMS == Self.t0 + 1_000)
        _ = state.reduce(.tick(nowMS: Self.t0 + 1_500))
        #expect(state.nextAgeTickMS == Self.t0 + 2_000)
        #expect(state.wakeDeadlineMS == Self.t0 + 2_000)
        _ = state.reduce(.tick(nowMS: Self.t0 + 70_000))
        #expect(state.nextAgeTickMS == Self.t0 + 120_000)
    }

    @Test("while refreshing by itself the page is not called stale before its refresh is due")
    func noStaleFlash() {
        var config = BrowserConfig(sourceLabel: "t", refreshIntervalMS: 5_000, sortField: .name, sortOrder: .asc)
        config.autoRefreshMS = 10_000
        var state = BrowserState.loaded(Self.server, config: config)
        _ = state.reduce(.tick(nowMS: Self.t0 + 9_000))
        #expect(state.dataStatus == .loaded)
    }

    @Test("interval values: 0 and 2 or more are fine, 1 and negatives are refused with a reason")
    func intervalProblems() {
        #expect(RefreshSchedule.problem(seconds: 0) == nil)
        #expect(RefreshSchedule.problem(seconds: 2) == nil)
        #expect(RefreshSchedule.problem(seconds: 86_400) == nil)
        #expect(RefreshSchedule.problem(seconds: 1)?.contains("minimum of 2") == true)
        #expect(RefreshSchedule.problem(seconds: -3) != nil)
        #expect(RefreshSchedule.problem(seconds: 86_401) != nil)
        #expect(RefreshSchedule.ageText(4_999) == "4s")
        #expect(RefreshSchedule.ageText(61_000) == "1m")
        #expect(RefreshSchedule.ageText(7_300_000) == "2h")
    }
}
