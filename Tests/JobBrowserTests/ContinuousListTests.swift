import JobBrowser
import ModelArts
import Testing
import TestSupport
import TerminalUI

@Suite("Reducer: one continuous list over the whole query")
struct ContinuousListTests {
    /// 80x12: seven table rows, so pages of 10 hold more than a screen and less than two.
    static let small = Size(width: 80, height: 12)

    static func fetched(_ effects: [BrowserEffect]) -> [Int] {
        effects.compactMap { $0.asFetch?.request.pageNumber }
    }

    /// The ids of rows `range` of the continuous list (nil for a row whose page is not loaded).
    static func ids(_ state: BrowserState, _ range: Range<Int>) -> [JobID?] {
        range.map { state.job(at: $0)?.id }
    }

    @Test("an empty query shows row 0/0 and the empty state, and every move key is a no-op")
    func emptyQuery() {
        let server = InMemoryServer([])
        var state = BrowserState.loaded(server, perPage: 10, size: Self.small)
        #expect(state.selection.count == 0)
        #expect(state.dataStatus == .empty)
        for key: Key in [.char("j"), .char("k"), .char("G"), .char("g"), .char("]"), .char("["), .pageDown, .end] {
            #expect(state.press(key) == [])
        }
        #expect(state.selectedJob == nil)
        #expect(state.dataStatus == .empty)
    }

    @Test("j moves across a page boundary onto a prefetched page without a loading row or a request for it")
    func jAcrossLoadedBoundary() {
        let server = InMemoryServer(SampleJobs.plain(45))
        let all = server.matching(codes: nil, search: "", sortBy: .name, order: .asc)
        var state = BrowserState.loaded(server, perPage: 10, size: Self.small)
        #expect(state.listPageJobs(2) != nil)
        for _ in 0..<9 { state.answerAll(state.press(.char("j")), from: server) }
        #expect(state.selectedJob?.id == all[9].id)
        let effects = state.press(.char("j"))
        #expect(!Self.fetched(effects).contains(2))
        #expect(state.selection.index == 10)
        #expect(state.paging.page == 2)
        #expect(state.selectedJob?.id == all[10].id)
        #expect(state.dataStatus == .loaded)
        #expect(Self.ids(state, state.selection.visibleRange).allSatisfy { $0 != nil })
    }

    @Test("j onto a page not loaded yet shows a loading row, fetches that page, and fills in when it arrives")
    func jAcrossMissingBoundary() throws {
        let server = InMemoryServer(SampleJobs.plain(45))
        let all = server.matching(codes: nil, search: "", sortBy: .name, order: .asc)
        var c = BrowserConfig(sourceLabel: "t", sortField: .name, sortOrder: .asc)
        c.perPage = 10
        var state = BrowserState(config: c, size: Self.small, nowMS: SampleJobs.nowMS)
        let (first, g) = try #require(state.reduce(.start).first?.asFetch)
        let prefetch = state.reduce(.pageLoaded(first, generation: g, server.answer(first)))
        #expect(Self.fetched(prefetch) == [2])
        // The prefetch is slow: j reaches page 2 before it answers.
        for _ in 0..<10 { _ = state.press(.char("j")) }
        #expect(state.selection.index == 10)
        #expect(state.selectedJob == nil)
        #expect(state.dataStatus == .loading)
        // Already on its way: not asked for twice.
        #expect(state.inFlight.count == 1)
        let (r2, g2) = try #require(prefetch.first?.asFetch)
        _ = state.reduce(.pageLoaded(r2, generation: g2, server.answer(r2)))
        #expect(state.selectedJob?.id == all[10].id)
        #expect(state.dataStatus == .loaded)
    }

    @Test("G on 300 jobs goes to the last job, fetching the last page; g goes back to the first")
    func lastOf300() throws {
        let server = InMemoryServer(SampleJobs.plain(300))
        let all = server.matching(codes: nil, search: "", sortBy: .name, order: .asc)
        var state = BrowserState.loaded(server, perPage: 200, size: Self.small)
        let effects = state.press(.char("G"))
        #expect(state.selection.index == 299)
        #expect(Self.fetched(effects) == [2])
        #expect(state.dataStatus == .loading)
        state.answerAll(effects, from: server)
        #expect(state.selectedJob?.id == all[299].id)
        #expect(state.dataStatus == .loaded)
        #expect(state.selection.visibleRange == 293..<300)
        _ = state.press(.char("g"))
        #expect(state.selectedJob?.id == all[0].id)
        #expect(state.selection.visibleRange == 0..<7)
    }

    @Test(
        "G before the last page arrives means the last job as that page counts them, when jobs were created meanwhile")
    func lastAfterGrowth() throws {
        let before = SampleJobs.plain(300)
        let server = InMemoryServer(before)
        var state = BrowserState.loaded(server, perPage: 200, size: Self.small)
        let effects = state.press(.char("G"))
        #expect(state.selection.index == 299)
        // One job arrives whose name sorts first: the last job moves to row 301.
        let grown = InMemoryServer(
            SampleJobs.plain(1, firstID: 9001).map { job in
                var j = job
                j.name = "aaa-" + j.name
                return j
            } + before)
        let all = grown.matching(codes: nil, search: "", sortBy: .name, order: .asc)
        let (last, g) = try #require(effects.first?.asFetch)
        _ = state.reduce(.pageLoaded(last, generation: g, grown.answer(last)))
        #expect(state.selection.count == 301)
        #expect(state.selection.index == 300)
        #expect(state.selectedJob?.id == all[300].id)
    }

    @Test("G on 100,000 jobs asks for the last page alone and shows its last job")
    func lastOfHundredThousand() throws {
        var c = BrowserConfig(sourceLabel: "t", sortField: .name, sortOrder: .asc)
        c.perPage = 200
        var state = BrowserState(config: c, size: Self.small, nowMS: SampleJobs.nowMS)
        let total = 100_000
        func answer(_ r: FetchRequest) -> JobListPage {
            let first = (r.pageNumber - 1) * r.perPage
            let count = max(0, min(r.perPage, total - first))
            return SampleJobs.page(SampleJobs.plain(count, firstID: Int64(first) + 1), total: total)
        }
        let (first, g) = try #require(state.reduce(.start).first?.asFetch)
        _ = state.reduce(.pageLoaded(first, generation: g, answer(first)))
        let effects = state.press(.end)
        #expect(Self.fetched(effects) == [500])
        #expect(state.selection.index == 99_999)
        let (last, g2) = try #require(effects.first?.asFetch)
        let more = state.reduce(.pageLoaded(last, generation: g2, answer(last)))
        #expect(state.selectedJob?.id == .number(100_000))
        #expect(state.dataStatus == .loaded)
        // Nothing of the 499 pages before it, but perhaps the one just before, for k.
        #expect(Self.fetched(more).allSatisfy { $0 == 499 })
    }

    @Test("the last, short page ends the list: the selection stops at its last job")
    func lastShortPage() {
        let server = InMemoryServer(SampleJobs.plain(23))
        let all = server.matching(codes: nil, search: "", sortBy: .name, order: .asc)
        var state = BrowserState.loaded(server, perPage: 10, size: Self.small)
        state.answerAll(state.press(.char("G")), from: server)
        #expect(state.selection.index == 22)
        #expect(state.selectedJob?.id == all[22].id)
        #expect(state.press(.char("j")) == [])
        #expect(state.selection.index == 22)
        #expect(Self.ids(state, 16..<23) == all[16..<23].map(\.id))
    }

    @Test("jobs created between page fetches: the other pages are fetched again, no row repeats or goes missing")
    func countGrows() throws {
        let before = SampleJobs.plain(30)
        let server = InMemoryServer(before)
        var state = BrowserState.loaded(server, perPage: 10, size: Self.small)
        #expect(state.selection.count == 30)
        // Two jobs arrive whose names sort first: every later row moves down by two.
        let grown = InMemoryServer(
            SampleJobs.plain(2, firstID: 9001).map { job in
                var j = job
                j.name = "aaa-" + j.name
                return j
            } + before)
        let all = grown.matching(codes: nil, search: "", sortBy: .name, order: .asc)
        var effects: [BrowserEffect] = []
        for _ in 0..<14 { effects += state.press(.char("j")) }
        #expect(state.selection.index == 14)
        // Page 3 is prefetched from the grown list.
        let r3 = try #require(effects.first { $0.asFetch?.request.pageNumber == 3 }?.asFetch)
        let refetch = state.reduce(.pageLoaded(r3.request, generation: r3.generation, grown.answer(r3.request)))
        #expect(state.selection.count == 32)
        #expect(state.paging.total == 32)
        // Pages 1 and 2 came from the list before: they are not shown next to page 3 but fetched again.
        #expect(state.listPageJobs(2) == nil)
        #expect(Set(Self.fetched(refetch)).isSuperset(of: [2]))
        state.answerAll(refetch, from: grown)
        let shown = Self.ids(state, 0..<32).compactMap { $0 }
        #expect(Set(shown).count == shown.count)
        for (i, id) in Self.ids(state, 0..<32).enumerated() where id != nil {
            #expect(id == all[i].id)
        }
    }

    @Test("jobs deleted under the selection: the count shrinks and the selection moves to the new last job")
    func countShrinks() throws {
        let server = InMemoryServer(SampleJobs.plain(30))
        var state = BrowserState.loaded(server, perPage: 10, size: Self.small)
        state.answerAll(state.press(.char("G")), from: server)
        #expect(state.selection.index == 29)
        let shrunk = InMemoryServer(Array(SampleJobs.plain(30).prefix(15)))
        let all = shrunk.matching(codes: nil, search: "", sortBy: .name, order: .asc)
        let effects = state.press(.char("r"))
        state.answerAll(effects, from: shrunk, depth: 3)
        #expect(state.selection.count == 15)
        #expect(state.selection.index <= 14)
        #expect(state.paging.total == 15)
        state.answerAll(state.press(.char("G")), from: shrunk)
        #expect(state.selectedJob?.id == all[14].id)
        #expect(Self.ids(state, 8..<15) == all[8..<15].map(\.id))
    }

    @Test("a resize keeps the selection visible over the continuous list and fetches what comes into view")
    func resizeKeepsSelection() {
        let server = InMemoryServer(SampleJobs.plain(300))
        var state = BrowserState.loaded(server, perPage: 20, size: Size(width: 120, height: 40))
        for _ in 0..<3 { state.answerAll(state.press(.pageDown), from: server) }
        let index = state.selection.index
        #expect(index == 105)
        _ = state.reduce(.resized(Size(width: 80, height: 10)))
        #expect(state.selection.index == index)
        #expect(state.selection.visibleRange.contains(index))
        let grow = state.reduce(.resized(Size(width: 80, height: 60)))
        #expect(state.selection.visibleRange.contains(index))
        state.answerAll(grow, from: server)
        #expect(Self.ids(state, state.selection.visibleRange).allSatisfy { $0 != nil })
    }

    @Test("] and [ move a screen at a time across pages and stop at the ends")
    func screenAtATime() {
        let server = InMemoryServer(SampleJobs.plain(23))
        var state = BrowserState.loaded(server, perPage: 10, size: Self.small)
        #expect(state.press(.char("[")) == [])
        var indices: [Int] = []
        for _ in 0..<5 {
            state.answerAll(state.press(.char("]")), from: server)
            indices.append(state.selection.index)
        }
        #expect(indices == [7, 14, 21, 22, 22])
        _ = state.press(.char("["))
        #expect(state.selection.index == 15)
    }

    @Test("a status group is one list: its rows are the merged codes in order, its count their sum")
    func groupIsOneList() throws {
        let server = InMemoryServer(SampleJobs.plain(60))
        var state = BrowserState.loaded(server, perPage: 4, size: Self.small)
        _ = state.press(.char("s"), .char("j"), .char("j"), .char("j"), .char("j"))
        let effects = state.press(.enter)
        #expect(state.filter == .group(.failed))
        state.answerAll(effects, from: server, depth: 3)
        let reference = server.matching(codes: StatusGroup.failed.codes, search: "", sortBy: .name, order: .asc)
        #expect(reference.count > 8)
        #expect(state.selection.count == reference.count)
        for _ in 0..<reference.count { state.answerAll(state.press(.char("j")), from: server, depth: 3) }
        #expect(state.selectedJob?.id == reference.last?.id)
        let shown = Self.ids(state, 0..<reference.count)
        for (i, id) in shown.enumerated() where id != nil { #expect(id == reference[i].id) }
    }

    @Test("a move while r is out wins: the answer keeps the row moved to, not the job r meant to keep")
    func moveWhileRefreshing() throws {
        let server = InMemoryServer(SampleJobs.plain(30))
        var state = BrowserState.loaded(server, perPage: 10, size: Self.small)
        let effects = state.press(.char("r"))
        _ = state.press(.char("j"))
        let moved = try #require(state.selectedJob)
        state.answerAll(effects, from: server)
        #expect(state.selectedJob?.id == moved.id)
        #expect(state.selection.index == 1)
    }

    @Test("after r fails and a move, the next automatic refresh keeps the row moved to")
    func failedRefreshThenMove() throws {
        let server = InMemoryServer(SampleJobs.plain(30))
        var config = BrowserConfig(sourceLabel: "t", sortField: .name, sortOrder: .asc)
        config.autoRefreshMS = 10_000
        var state = BrowserState.loaded(server, perPage: 10, size: Self.small, config: config)
        let (r, g) = try #require(state.press(.char("r")).first?.asFetch)
        _ = state.reduce(.pageFailed(r, generation: g, .timeout(seconds: 3)))
        _ = state.press(.char("j"))
        let moved = try #require(state.selectedJob)
        let refresh = state.reduce(.tick(nowMS: SampleJobs.nowMS + 20_000))
        #expect(!refresh.isEmpty)
        state.answerAll(refresh, from: server)
        #expect(state.selectedJob?.id == moved.id)
        #expect(state.dataStatus == .loaded)
    }
}
