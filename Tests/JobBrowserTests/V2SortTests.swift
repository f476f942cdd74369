import JobBrowser
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("Reducer: sorting a v2 list")
struct V2SortTests {
    func fetches(_ effects: [BrowserEffect]) -> [FetchRequest] { effects.compactMap { $0.asFetch?.request } }

    @Test("created is the server's sort; name, status and duration sort every matching job here")
    func localSortWithinBound() throws {
        let server = DualServer(v2: SampleV2Jobs.plain(37))
        var state = BrowserState.dual(server)
        let effects = state.press(.char("N"))
        let sorted = try #require(fetches(effects).first?.asV2Sorted)
        #expect(sorted.field == .name && sorted.order == .asc && sorted.page == 1 && sorted.perPage == 5)
        state.answerAll(effects, from: server)
        #expect(state.sortsLocally)
        #expect(state.paging.total == 37)
        let everyName = SampleV2Jobs.plain(37).map(\.name).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        #expect(state.rows.map(\.name) == Array(everyName.prefix(5)))
        // Back to created: the server's order again, not a local one.
        let back = state.press(.char("C"))
        #expect(fetches(back).first?.asV2 != nil)
        state.answerAll(back, from: server)
        #expect(!state.sortsLocally)
    }

    @Test("above 2,000 matching jobs only created is offered, and the sort key says why in one line")
    func aboveBoundRefuses() throws {
        let server = DualServer(v2: SampleV2Jobs.plain(V2LocalSortQuery.bound + 1))
        var state = BrowserState.dual(server)
        #expect(state.paging.total == 2_001)
        for key: Character in ["N", "S", "D", ">", "<"] {
            let effects = state.press(.char(key))
            #expect(fetches(effects).isEmpty)
            #expect(state.sortField == .created)
        }
        _ = state.press(.char("N"))
        let notice = try #require(state.notice)
        #expect(notice.contains("2001 jobs match") && notice.contains("created only above 2000"))
        #expect(!notice.contains("\n"))
    }

    @Test("exactly 2,000 matching jobs may still be sorted locally")
    func atBoundSorts() throws {
        let server = DualServer(v2: SampleV2Jobs.plain(V2LocalSortQuery.bound))
        var state = BrowserState.dual(server)
        #expect(fetches(state.press(.char("D"))).first?.asV2Sorted?.field == .duration)
    }

    @Test("versions and description are not v2 sorts: one line, nothing fetched")
    func versionsAndDescriptionRefused() throws {
        var state = BrowserState.dual(DualServer())
        for key: Character in ["V", "E"] {
            #expect(fetches(state.press(.char(key))).isEmpty)
            #expect(state.sortField == .created)
            #expect(state.notice?.contains("v2 jobs have no") == true)
        }
    }

    @Test("a refresh collects the jobs anew: the local sort's epoch changes")
    func refreshBumpsEpoch() throws {
        let server = DualServer()
        var state = BrowserState.dual(server)
        let first = try #require(fetches(state.press(.char("N"))).first?.asV2Sorted)
        let again = try #require(fetches(state.press(.char("r"))).first?.asV2Sorted)
        #expect(again.epoch != first.epoch)
        #expect(again.collectionKey != first.collectionKey)
    }

    @Test("a local sort whose query grew past the bound goes back to created and says why")
    func overflowFallsBack() throws {
        var state = BrowserState.dual(DualServer())
        let effects = state.press(.char("N"))
        let (request, generation) = try #require(effects.first?.asFetch)
        let message = "2345 jobs match: \(V2LocalSort.overflowMarker) 2000 (the server sorts by creation time alone)"
        let after = state.reduce(.pageFailed(request, generation: generation, .invalidRequest(message)))
        #expect(state.sortField == .created && state.sortOrder == .desc)
        // The created page is fetched again, or shown from the cache where it still is.
        #expect(fetches(after).allSatisfy { $0.asV2 != nil })
        #expect(state.wantedRequest?.asV2 != nil && !state.sortsLocally)
        #expect(state.notice == message)
        #expect(state.phase != .failed(.invalidRequest(message)))
    }
}
