import JobBrowser
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("Reducer: one-off notices give way to the data state and expire")
struct NoticeTests {
    static let server = InMemoryServer(SampleJobs.plain(12))
    static let t0 = SampleJobs.nowMS

    @Test("a refresh that fails while a notice is up replaces the notice at once")
    func refreshFailureReplacesNotice() throws {
        var config = BrowserConfig(sourceLabel: "t", sortField: .name, sortOrder: .asc)
        config.autoRefreshMS = 2_000
        var state = BrowserState.loaded(Self.server, config: config)
        _ = state.press(.char("c"))
        #expect(state.notice != nil)
        let effects = state.reduce(.tick(nowMS: Self.t0 + 2_000))
        let (r, g) = try #require(effects.first?.asFetch)
        #expect(state.notice != nil)
        let error = APIError.server(status: 500, code: nil, message: "boom")
        _ = state.reduce(.pageFailed(r, generation: g, error))
        #expect(state.notice == nil)
        #expect(state.dataStatus == .stale(sinceMS: Self.t0, error: error, refreshing: false))
    }

    @Test("a quiet refresh that succeeds leaves the notice up")
    func successKeepsNotice() throws {
        var config = BrowserConfig(sourceLabel: "t", sortField: .name, sortOrder: .asc)
        config.autoRefreshMS = 2_000
        var state = BrowserState.loaded(Self.server, config: config)
        _ = state.press(.char("c"))
        let effects = state.reduce(.tick(nowMS: Self.t0 + 2_000))
        state.answerAll(effects, from: Self.server)
        #expect(state.notice != nil)
    }

    @Test("a notice expires 5 s after it was set; the wake deadline exists only while one is up")
    func expires() {
        var state = BrowserState.loaded(Self.server)
        #expect(state.wakeDeadlineMS == nil)
        _ = state.reduce(.tick(nowMS: Self.t0 + 1_000))
        _ = state.press(.char("c"))
        #expect(state.wakeDeadlineMS == Self.t0 + 1_000 + BrowserState.noticeLifetimeMS)
        _ = state.reduce(.tick(nowMS: Self.t0 + 5_999))
        #expect(state.notice != nil)
        _ = state.reduce(.tick(nowMS: Self.t0 + 6_000))
        #expect(state.notice == nil)
        #expect(state.wakeDeadlineMS == nil)
    }
}
