import ModelArts
import Testing
import TestSupport
import TerminalUI
@testable import JobBrowser

@Suite("Reducer: start, moving and paging")
struct ReducerPagingTests {
    static let server = InMemoryServer(SampleJobs.plain(23))

    @Test("start asks for page 1 at the query kind's page size, not the screen's, once")
    func start() throws {
        var state = BrowserState(
            config: BrowserConfig(sourceLabel: "t", sortField: .name, sortOrder: .asc),
            size: Size(width: 80, height: 24), nowMS: 1)
        let effects = state.reduce(.start)
        let expected = try JobListQuery(
            perPage: FetchRequest.v1BrowsingPageSize, page: 1, sortBy: .name, order: .asc)
        #expect(effects == [.fetch(.page(expected), generation: 0)])
        #expect(state.phase == .loading)
        #expect(state.dataStatus == .loading)
        #expect(state.reduce(.start) == [])
    }

    @Test("a loaded first page fills the screen from the pages it needs and prefetches the rest in reach")
    func firstPage() throws {
        var state = BrowserState(
            config: BrowserConfig(
                sourceLabel: "t", perPage: 5, sortField: .name,
                sortOrder: .asc), size: Size(width: 120, height: 12))
        let start = state.reduce(.start)
        let (r, g) = try #require(start.first?.asFetch)
        let effects = state.reduce(.pageLoaded(r, generation: g, Self.server.answer(r)))
        #expect(state.rows.count == 5)
        #expect(state.selection.count == 23)
        #expect(state.paging.total == 23)
        #expect(state.dataStatus == .loaded)
        // Rows 0..<7 are in view (pages 1 and 2) and seven more ahead (page 3).
        #expect(effects == [2, 3].map { .fetch(r.onPage($0)!, generation: 0) })
    }

    @Test("] and [ move a screen at a time through the whole list and stop at its ends")
    func pagingEdges() throws {
        var state = BrowserState.loaded(Self.server, size: Size(width: 120, height: 10))
        #expect(state.press(.char("[")) == [])
        #expect(state.paging.page == 1)
        for expectedPage in 2...5 {
            let effects = state.press(.char("]"))
            state.answerAll(effects, from: Self.server)
            #expect(state.paging.page == expectedPage)
            #expect(state.showsWantedPage)
        }
        #expect(state.selection.index == 20)
        #expect(state.press(.char("]"), .char("n")) == [])
        #expect(state.selection.index == 22)
        #expect(state.paging.page == 5)
        _ = state.press(.char("p"))
        #expect(state.selection.index == 17)
        #expect(state.paging.page == 4)
    }

    @Test("a prefetched page shows at once without another request")
    func prefetchedIsInstant() {
        var state = BrowserState.loaded(Self.server, size: Size(width: 120, height: 10))
        let effects = state.press(.char("]"))
        #expect(state.dataStatus == .loaded)
        #expect(state.paging.page == 2)
        let page2 = Self.server.matching(codes: nil, search: "", sortBy: .name, order: .asc)[5..<10]
        #expect(state.rowIDs == page2.map(\.id))
        // Only the prefetch of page 3 goes out.
        #expect(effects.count == 1)
        #expect(effects.allSatisfy { if case .fetch(let r, _) = $0 { r.pageNumber == 3 } else { false } })
    }

    @Test("j/k move across pages and g/G jump to the first and last job of the query")
    func moving() {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.char("j"), .down, .char("j"))
        #expect(state.selection.index == 3)
        _ = state.press(.char("k"))
        #expect(state.selection.index == 2)
        _ = state.press(.char("j"), .char("j"), .char("j"))
        #expect(state.selection.index == 5)
        #expect(state.paging.page == 2)
        _ = state.press(.char("G"))
        #expect(state.selection.index == 22)
        _ = state.press(.char("j"))
        #expect(state.selection.index == 22)
        #expect(state.paging.page == 5)
        _ = state.press(.home)
        #expect(state.selection.index == 0)
        #expect(state.paging.page == 1)
    }

    @Test("PgDn moves one screen, inside a page and across into the next")
    func screenInsidePage() {
        var state = BrowserState.loaded(Self.server, perPage: 20, size: Size(width: 80, height: 12))
        #expect(state.selection.visibleRows == 7)
        _ = state.press(.ctrl("f"))
        #expect(state.selection.index == 7)
        #expect(state.selection.offset == 7)
        _ = state.press(.pageDown, .pageDown)
        #expect(state.selection.index == 21)
        #expect(state.paging.page == 2)
        _ = state.press(.pageUp)
        #expect(state.selection.index == 14)
        #expect(state.paging.page == 1)
    }

    @Test("a resize smaller than the selection keeps it visible; a larger one refills the view")
    func resize() {
        var state = BrowserState.loaded(Self.server, perPage: 20, size: Size(width: 120, height: 40))
        _ = state.press(.char("G"))
        #expect(state.selection.index == 22)
        _ = state.reduce(.resized(Size(width: 80, height: 10)))
        #expect(state.selection.visibleRows == 5)
        #expect(state.selection.visibleRange == 18..<23)
        _ = state.reduce(.resized(Size(width: 80, height: 30)))
        #expect(state.selection.visibleRange == 0..<23)
        #expect(state.paging.perPage == 20)
    }

    @Test("a refresh returning fewer jobs clamps the selection; the same job stays selected when present")
    func shorterPage() throws {
        var state = BrowserState.loaded(Self.server, size: Size(width: 120, height: 10))
        _ = state.press(.char("j"), .char("j"))
        let effects = state.press(.char("r"))
        let (r, g) = try #require(effects.first?.asFetch)
        #expect(g == 1)
        #expect(r.pageNumber == 1)
        _ = state.reduce(.pageLoaded(r, generation: g, SampleJobs.page(Array(state.rows.prefix(2)), total: 2)))
        #expect(state.selection.index == 1)
        #expect(state.selection.count == 2)
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
        var state = BrowserState.loaded(Self.server, size: Size(width: 120, height: 10), config: config)
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

    @Test(
        "when the list shrank below the wanted page, the selection moves to its new last job and that page is fetched")
    func listShrank() throws {
        var state = BrowserState.loaded(Self.server, size: Size(width: 120, height: 10))
        _ = state.press(.char("]"), .char("]"))
        let r = try #require(state.wantedRequest)
        #expect(r.pageNumber == 3)
        let effects = state.reduce(.pageLoaded(r, generation: 0, SampleJobs.page([], total: 7)))
        #expect(state.selection.count == 7)
        #expect(state.selection.index == 6)
        #expect(state.paging.page == 2)
        // The pages fetched before the list shrank may hold jobs gone since: they are fetched again.
        #expect(effects.contains { $0.asFetch?.request.pageNumber == 2 })
        #expect(state.dataStatus == .loading)
    }
}
