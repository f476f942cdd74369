import ModelArts
import Testing
import TestSupport
import TerminalUI
@testable import JobBrowser

@Suite("Reducer: start, moving and paging")
struct ReducerPagingTests {
    static let server = InMemoryServer(SampleJobs.plain(23))

    @Test("start derives the page size from the screen and fetches page 1 once")
    func start() throws {
        var state = BrowserState(
            config: BrowserConfig(sourceLabel: "t", sortField: .name, sortOrder: .asc),
            size: Size(width: 80, height: 24), nowMS: 1)
        let effects = state.reduce(.start)
        let expected = try JobListQuery(perPage: 19, page: 1, sortBy: .name, order: .asc)
        #expect(effects == [.fetch(.page(expected), generation: 0)])
        #expect(state.phase == .loading)
        #expect(state.dataStatus == .loading)
        #expect(state.reduce(.start) == [])
    }

    @Test("a loaded first page is shown and the next page is prefetched")
    func firstPage() throws {
        var state = BrowserState(
            config: BrowserConfig(
                sourceLabel: "t", perPage: 5, sortField: .name,
                sortOrder: .asc), size: Size(width: 120, height: 40))
        let start = state.reduce(.start)
        let (r, g) = try #require(start.first?.asFetch)
        let effects = state.reduce(.pageLoaded(r, generation: g, Self.server.answer(r)))
        #expect(state.rows.count == 5)
        #expect(state.paging.total == 23)
        #expect(state.paging.pageCount == 5)
        #expect(state.dataStatus == .loaded)
        #expect(effects == [.fetch(try #require(r.onPage(2)), generation: 0)])
    }

    @Test("] and [ page through the list and stop at the last and first page")
    func pagingEdges() throws {
        var state = BrowserState.loaded(Self.server)
        #expect(state.press(.char("[")) == [])
        #expect(state.paging.page == 1)
        for expectedPage in 2...5 {
            let effects = state.press(.char("]"))
            state.answerAll(effects, from: Self.server)
            #expect(state.paging.page == expectedPage)
            #expect(state.showsWantedPage)
        }
        #expect(state.rows.count == 3)
        #expect(state.press(.char("]"), .char("n")) == [])
        #expect(state.paging.page == 5)
        _ = state.press(.char("p"))
        #expect(state.paging.page == 4)
    }

    @Test("a prefetched page shows at once without another request")
    func prefetchedIsInstant() {
        var state = BrowserState.loaded(Self.server)
        let effects = state.press(.char("]"))
        #expect(state.dataStatus == .loaded)
        #expect(state.paging.page == 2)
        let page2 = Self.server.matching(codes: nil, search: "", sortBy: .name, order: .asc)[5..<10]
        #expect(state.rowIDs == page2.map(\.id))
        // Only the prefetch of page 3 goes out.
        #expect(effects.count == 1)
        #expect(effects.allSatisfy { if case .fetch(let r, _) = $0 { r.pageNumber == 3 } else { false } })
    }

    @Test("j/k move within the page and g/G jump to the ends")
    func moving() {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.char("j"), .down, .char("j"))
        #expect(state.selection.index == 3)
        _ = state.press(.char("k"))
        #expect(state.selection.index == 2)
        _ = state.press(.char("G"))
        #expect(state.selection.index == 4)
        _ = state.press(.char("j"))
        #expect(state.selection.index == 4)
        #expect(state.paging.page == 1)
        _ = state.press(.home)
        #expect(state.selection.index == 0)
    }

    @Test("PgDn at the last row crosses into the next page at its first row; PgUp at the top goes back to the last row")
    func screenCrossing() {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.end)
        state.answerAll(state.press(.pageDown), from: Self.server)
        #expect(state.paging.page == 2)
        #expect(state.selection.index == 0)
        state.answerAll(state.press(.ctrl("b")), from: Self.server)
        #expect(state.paging.page == 1)
        #expect(state.selection.index == 4)
        #expect(state.press(.pageUp) == [])
        _ = state.press(.pageUp)
        #expect(state.selection.index == 0)
        #expect(state.paging.page == 1)
    }

    @Test("PgDn inside a page taller than the screen moves one screen")
    func screenInsidePage() {
        var state = BrowserState.loaded(Self.server, perPage: 20, size: Size(width: 80, height: 12))
        #expect(state.selection.visibleRows == 7)
        _ = state.press(.ctrl("f"))
        #expect(state.selection.index == 7)
        #expect(state.selection.offset == 7)
        _ = state.press(.pageDown, .pageDown)
        #expect(state.selection.index == 19)
        #expect(state.paging.page == 1)
    }

    @Test("a resize smaller than the selection keeps it visible; a larger one refills the view")
    func resize() {
        var state = BrowserState.loaded(Self.server, perPage: 20, size: Size(width: 120, height: 40))
        _ = state.press(.char("G"))
        #expect(state.selection.index == 19)
        _ = state.reduce(.resized(Size(width: 80, height: 10)))
        #expect(state.selection.visibleRows == 5)
        #expect(state.selection.visibleRange == 15..<20)
        _ = state.reduce(.resized(Size(width: 80, height: 30)))
        #expect(state.selection.visibleRange == 0..<20)
        #expect(state.paging.perPage == 20)
    }

    @Test("a refresh returning a shorter page clamps the selection; the same job stays selected when present")
    func shorterPage() throws {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.char("G"))
        let effects = state.press(.char("r"))
        let (r, g) = try #require(effects.first?.asFetch)
        #expect(g == 1)
        _ = state.reduce(.pageLoaded(r, generation: g, SampleJobs.page(Array(state.rows.prefix(2)), total: 2)))
        #expect(state.selection.index == 1)
        #expect(state.rows.count == 2)
        let kept = state.rows[0]
        _ = state.press(.char("k"))
        let again = state.press(.char("r"))
        let (r2, g2) = try #require(again.first?.asFetch)
        let shuffled = [SampleJobs.plain(1, firstID: 9999)[0], kept]
        _ = state.reduce(.pageLoaded(r2, generation: g2, SampleJobs.page(shuffled)))
        #expect(state.selectedJob?.id == kept.id)
        #expect(state.selection.index == 1)
    }

    @Test("a cached page older than the refresh interval is shown marked stale and fetched again")
    func staleCache() throws {
        var config = BrowserConfig(sourceLabel: "t", refreshIntervalMS: 10_000, sortField: .name, sortOrder: .asc)
        config.perPage = 5
        var state = BrowserState.loaded(Self.server, config: config)
        state.answerAll(state.press(.char("]")), from: Self.server)
        _ = state.reduce(.tick(nowMS: SampleJobs.nowMS + 60_000))
        let effects = state.press(.char("["))
        #expect(state.paging.page == 1)
        #expect(state.rows.count == 5)
        #expect(state.dataStatus == .stale(sinceMS: SampleJobs.nowMS, error: nil, refreshing: true))
        let page1 = try #require(state.wantedRequest)
        #expect(effects.contains(.fetch(page1, generation: 0)))
        _ = state.reduce(.pageLoaded(page1, generation: 0, Self.server.answer(page1)))
        #expect(state.dataStatus == .loaded)
        #expect(state.shownLoadedAtMS == SampleJobs.nowMS + 60_000)
    }

    @Test("when the list shrank below the wanted page, the last real page is fetched instead")
    func listShrank() throws {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.char("]"), .char("]"))
        let r = try #require(state.wantedRequest)
        #expect(r.pageNumber == 3)
        let effects = state.reduce(.pageLoaded(r, generation: 0, SampleJobs.page([], total: 7)))
        #expect(state.paging.page == 2)
        // Page 2 is still cached from before, so it shows at once and nothing more is fetched.
        #expect(effects == [])
        #expect(state.showsWantedPage)
        #expect(state.rows.count == 5)
    }
}
