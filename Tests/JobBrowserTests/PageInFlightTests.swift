import JobBrowser
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("Reducer: pages on their way, failed pages and old cached pages")
struct PageInFlightTests {
    static let server = InMemoryServer(SampleJobs.plain(100))
    static let http500 = APIError.server(status: 500, code: "ModelArts.0001", message: "internal error")

    /// Page 1 of 20 (5 a page, a screen of 5 rows) on screen, its prefetch of page 2 failed, nothing in flight.
    static func onPageOne(config: BrowserConfig? = nil) throws -> BrowserState {
        var c = config ?? BrowserConfig(sourceLabel: "t", sortField: .name, sortOrder: .asc)
        c.perPage = 5
        var state = BrowserState(config: c, size: Size(width: 120, height: 10), nowMS: SampleJobs.nowMS)
        let (first, g) = try #require(state.reduce(.start).first?.asFetch)
        let prefetch = state.reduce(.pageLoaded(first, generation: g, server.answer(first)))
        for case .fetch(let r, let g) in prefetch { _ = state.reduce(.pageFailed(r, generation: g, http500)) }
        #expect(state.inFlight.isEmpty)
        return state
    }

    static func fetchedPages(_ effects: [BrowserEffect]) -> [Int] {
        effects.compactMap { if case .fetch(let r, _) = $0 { r.pageNumber } else { nil } }
    }

    @Test(
        "a page that fails shows loading rows, then the error; another page's failure fetches the wanted one; r retries"
    )
    func failedPageKeepsShownPage() throws {
        var state = try Self.onPageOne()
        var effects = state.press(.char("]"))
        effects += state.press(.char("]"), .char("]"))
        #expect(Self.fetchedPages(effects) == [2])
        #expect(state.paging.page == 4)
        #expect(state.shownPage == 4)
        #expect(state.showsWantedQuery && !state.showsWantedPage)
        #expect(state.selectedJob == nil)
        #expect(state.dataStatus == .loading)
        let (r2, g) = try #require(effects.first?.asFetch)
        // Page 2 fails: the person has moved on, so page 4 is fetched now, and it fails too.
        let resumed = state.reduce(.pageFailed(r2, generation: g, Self.http500))
        #expect(Self.fetchedPages(resumed) == [4])
        let r4 = try #require(resumed.first?.asFetch).request
        #expect(state.reduce(.pageFailed(r4, generation: g, Self.http500)) == [])
        #expect(state.dataStatus == .error(Self.http500))
        // A failed page is not asked for again on every key.
        #expect(state.press(.char("j")) == [])
        // r retries the page wanted, and its answer fills the rows in.
        let retry = state.press(.char("r"))
        #expect(Self.fetchedPages(retry) == [4])
        state.answerAll(retry, from: Self.server)
        #expect(state.shownPage == 4)
        #expect(state.showsWantedPage)
        #expect(state.dataStatus == .loaded)
    }

    @Test("ten quick ] presses while a page is on its way ask for the passed pages once, then the last one")
    func quickPagingDoesNotPileUp() throws {
        // A server of its own: the test checks every query it answered.
        let server = InMemoryServer(SampleJobs.plain(100))
        var state = BrowserState.loaded(server, size: Size(width: 120, height: 10))
        var effects: [BrowserEffect] = []
        for _ in 0..<10 { effects += state.press(.char("]")) }
        #expect(state.paging.page == 11)
        // Page 2 was prefetched and shows at once; only its own prefetch (page 3) goes out.
        #expect(Self.fetchedPages(effects) == [3])
        #expect(state.selectedJob == nil)
        var answered = effects
        var rounds = 0
        while !answered.isEmpty, rounds < 5 {
            var next: [BrowserEffect] = []
            for case .fetch(let r, let g) in answered {
                next += state.reduce(.pageLoaded(r, generation: g, server.answer(r)))
            }
            // Page 11 once nothing passed over is on its way, then its neighbours (10 for k, 12 for j).
            #expect(Self.fetchedPages(next).allSatisfy { $0 >= 10 })
            answered = next
            rounds += 1
        }
        #expect(state.shownPage == 11)
        #expect(state.dataStatus == .loaded)
        let asked = server.queries.map(\.page)
        #expect(!asked.contains(where: { (4...9).contains($0) }))
    }

    @Test("with auto-refresh every 10 s, a cached page 30 s old is shown stale and fetched again at once")
    func oldCachedPageRefetched() throws {
        var config = BrowserConfig(sourceLabel: "t", sortField: .name, sortOrder: .asc)
        config.autoRefreshMS = 10_000
        var state = BrowserState.loaded(Self.server, size: Size(width: 120, height: 10), config: config)
        let page1 = state.rowIDs
        state.answerAll(state.press(.char("]")), from: Self.server)
        #expect(state.shownPage == 2)
        _ = state.reduce(.tick(nowMS: SampleJobs.nowMS + 30_000))
        let effects = state.press(.char("["))
        let wanted = try #require(state.wantedRequest)
        #expect(effects.contains(.fetch(wanted, generation: state.generation)))
        #expect(state.rowIDs == page1)
        #expect(state.dataStatus == .stale(sinceMS: SampleJobs.nowMS, error: nil, refreshing: true))
    }
}
