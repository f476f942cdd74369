import JobBrowser
import ModelArts
import Testing
import TestSupport
import TerminalUI

@Suite("Page cache: bounded by jobs, instant paging back")
struct PageCacheTests {
    static let server = InMemoryServer(SampleJobs.plain(100))

    static func request(page: Int, perPage: Int = 10) throws -> FetchRequest {
        .page(try JobListQuery(perPage: perPage, page: page, sortBy: .name, order: .asc))
    }

    @Test("pages beyond the job bound are evicted oldest first, the two newest always stay")
    func jobBound() throws {
        var cache = PageCache(capacity: 32, jobCapacity: 25)
        for page in 1...5 {
            let r = try Self.request(page: page)
            cache.store(Self.server.answer(r), for: r, at: Int64(page))
        }
        #expect(cache.jobCount <= 25)
        #expect(cache.entries.count == 2)
        let (p5, p4, p1) = (try Self.request(page: 5), try Self.request(page: 4), try Self.request(page: 1))
        #expect(cache[p5] != nil && cache[p4] != nil)
        #expect(cache[p1] == nil)

        // One page larger than the whole bound is still kept with its neighbour.
        var tight = PageCache(jobCapacity: 5)
        for page in 1...3 {
            let r = try Self.request(page: page)
            tight.store(Self.server.answer(r), for: r, at: Int64(page))
        }
        #expect(tight.entries.count == PageCache.minimumEntries)
    }

    @Test("the page on screen is kept even when it is the oldest entry")
    func keepsShown() throws {
        var cache = PageCache(capacity: 32, jobCapacity: 20)
        let shown = try Self.request(page: 1)
        cache.store(Self.server.answer(shown), for: shown, at: 1)
        for page in 2...4 {
            let r = try Self.request(page: page)
            cache.store(Self.server.answer(r), for: r, at: Int64(page), keeping: [shown])
        }
        #expect(cache[shown] != nil)
        let p4 = try Self.request(page: 4)
        #expect(cache[p4] != nil)
        #expect(cache.entries.count == 2)
    }

    @Test("going back to a recent page of 1000 is served from the cache, without a request")
    func pagingBackIsInstant() throws {
        let big = InMemoryServer(SampleJobs.plain(5_000))
        var state = BrowserState.loaded(big, perPage: 1_000)
        state.answerAll(state.press(.char("G")), from: big)
        #expect(state.paging.page == 5)
        #expect(state.cache.jobCount <= state.cache.jobCapacity + 1_000)
        let back = state.press(.char("g"))
        #expect(state.paging.page == 1)
        #expect(state.showsWantedPage)
        #expect(!back.contains { if case .fetch(let r, _) = $0 { r.pageNumber == 1 } else { false } })
    }

    @Test("start fetches page 1 and the page-2 prefetch, then nothing until the refresh is due")
    func startRequestsEachPageOnce() throws {
        var config = BrowserConfig(sourceLabel: "t", perPage: 10, sortField: .name, sortOrder: .asc)
        config.autoRefreshMS = 10_000
        let t0 = SampleJobs.nowMS
        var state = BrowserState(config: config, size: Size(width: 120, height: 15), nowMS: t0)
        var fetched: [Int] = []
        func run(_ event: BrowserEvent) {
            for effect in state.reduce(event) {
                guard case .fetch(let r, let g) = effect else { continue }
                fetched.append(r.pageNumber)
                run(.tick(nowMS: state.nowMS + 5))
                run(.pageLoaded(r, generation: g, Self.server.answer(r)))
            }
        }
        // The runtime's start: a resize first, then start; later a resize and ticks while idle.
        run(.resized(Size(width: 120, height: 15)))
        run(.start)
        run(.resized(Size(width: 100, height: 14)))
        for second in 1...9 { run(.tick(nowMS: t0 + Int64(second) * 1_000)) }
        #expect(fetched == [1, 2])
        run(.tick(nowMS: t0 + 10_100))
        #expect(fetched == [1, 2, 1])
    }

    @Test("a cached page is fresh up to its maximum age and not a millisecond longer")
    func freshnessEdge() throws {
        var cache = PageCache()
        let r = try Self.request(page: 1)
        cache.store(Self.server.answer(r), for: r, at: 1_000)
        #expect(cache.isFresh(r, nowMS: 1_000 + 60_000, intervalMS: 60_000))
        #expect(!cache.isFresh(r, nowMS: 1_000 + 60_001, intervalMS: 60_000))
        #expect(!cache.isFresh(try Self.request(page: 2), nowMS: 1_000, intervalMS: 60_000))
    }

    @Test("paging back to a page older than the maximum age shows it at once, marked stale, and fetches it again")
    func pagingBackToAnOldPage() throws {
        var state = BrowserState.loaded(Self.server, perPage: 10, size: Size(width: 120, height: 15))
        let t0 = state.nowMS, maxAge = state.cacheMaxAgeMS
        state.answerAll(state.press(.char("]")), from: Self.server)
        #expect(state.paging.page == 2)
        _ = state.reduce(.tick(nowMS: t0 + maxAge + maxAge / 2))
        let back = state.press(.char("["))
        #expect(state.paging.page == 1)
        #expect(state.showsWantedPage)
        #expect(state.dataStatus == .stale(sinceMS: t0, error: nil, refreshing: true))
        let (request, _) = try #require(back.first?.asFetch)
        #expect(request == state.shownRequest)
    }

    @Test("paging back to a page just within the maximum age shows it as loaded, without a request")
    func pagingBackToAYoungPage() throws {
        var state = BrowserState.loaded(Self.server, perPage: 10, size: Size(width: 120, height: 15))
        let t0 = state.nowMS, maxAge = state.cacheMaxAgeMS
        state.answerAll(state.press(.char("]")), from: Self.server)
        _ = state.reduce(.tick(nowMS: t0 + maxAge))
        let back = state.press(.char("["))
        #expect(state.paging.page == 1)
        #expect(state.dataStatus == .loaded)
        #expect(!back.contains { $0.asFetch?.request.pageNumber == 1 })
    }
}
