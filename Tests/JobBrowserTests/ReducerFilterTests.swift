import JobBrowser
import ModelArts
import Testing
import TestSupport
import TerminalUI

@Suite("Reducer: status filter, errors and overlays")
struct ReducerFilterTests {
    static let server = InMemoryServer(SampleJobs.plain(40))

    @Test("choosing a group in the picker fetches a merged group query from page 1")
    func group() throws {
        var state = BrowserState.loaded(Self.server, size: Size(width: 120, height: 10))
        _ = state.press(.char("s"))
        let picker = try #require(state.mode.asStatusPicker)
        #expect(picker.highlighted == .all)
        _ = state.press(.char("j"), .char("j"), .char("j"), .char("j"))
        let effects = state.press(.enter)
        #expect(state.filter == .group(.failed))
        let g = try GroupQuery(codes: StatusGroup.failed.codes, perPage: 5, page: 1, sortBy: .name, order: .asc)
        #expect(effects == [.fetch(.group(g), generation: 1)])
        state.answerAll(effects, from: Self.server)
        let reference = Self.server.matching(codes: StatusGroup.failed.codes, search: "", sortBy: .name, order: .asc)
        #expect(state.paging.total == reference.count)
        #expect(state.rowIDs == reference.prefix(5).map(\.id))
        state.answerAll(state.press(.char("]")), from: Self.server)
        #expect(state.rowIDs == reference.dropFirst(5).prefix(5).map(\.id))
    }

    @Test("choosing one code sends a plain query with that status; Esc closes without change")
    func code() throws {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.char("s"))
        #expect(state.press(.escape) == [])
        #expect(state.mode == .table)
        _ = state.press(.char("s"), .char("G"))
        let effects = state.press(.enter)
        #expect(state.filter == .code(22))
        let q = try JobListQuery(status: 22, perPage: 5, page: 1, sortBy: .name, order: .asc)
        #expect(effects == [.fetch(.page(q), generation: 1)])
        state.answerAll(effects, from: Self.server)
        #expect(state.dataStatus == .empty)
    }

    @Test("a failed refresh keeps the rows and shows them as stale; r retries")
    func staleOnError() throws {
        var state = BrowserState.loaded(Self.server, size: Size(width: 120, height: 10))
        let before = state.rowIDs
        let effects = state.press(.char("r"))
        let (r, g) = try #require(effects.first?.asFetch)
        let error = APIError.server(status: 503, code: "ModelArts.0001", message: "busy")
        _ = state.reduce(.pageFailed(r, generation: g, error))
        #expect(state.rowIDs == before)
        #expect(state.dataStatus == .stale(sinceMS: SampleJobs.nowMS, error: error, refreshing: false))
        let retry = state.press(.char("r"))
        #expect(retry.first == .fetch(r, generation: g + 1))
        #expect(state.dataStatus == .loading)
    }

    @Test("an error on a page never seen is the table's error; its rows wait as loading rows, the pages before stay")
    func errorKeepsRows() throws {
        var state = BrowserState.loaded(Self.server, size: Size(width: 120, height: 10))
        _ = state.press(.char("]"))
        // Page 2 was prefetched; page 3 is on its way (its prefetch) or asked for now.
        _ = state.press(.char("]"))
        let r = try #require(state.wantedRequest)
        #expect(r.pageNumber == 3)
        #expect(state.inFlight.contains(r))
        _ = state.reduce(.pageFailed(r, generation: 0, .connection("connection refused")))
        #expect(state.dataStatus == .error(.connection("connection refused")))
        #expect(state.shownPage == 3)
        #expect(state.selectedJob == nil)
        #expect(state.listPageJobs(2)?.count == 5)
    }

    @Test("a failed prefetch is silent")
    func prefetchFailure() throws {
        var state = BrowserState(
            config: BrowserConfig(
                sourceLabel: "t", perPage: 5, sortField: .name,
                sortOrder: .asc), size: Size(width: 120, height: 40))
        let (r, g) = try #require(state.reduce(.start).first?.asFetch)
        let effects = state.reduce(.pageLoaded(r, generation: g, Self.server.answer(r)))
        let next = try #require(effects.first?.asFetch).request
        _ = state.reduce(.pageFailed(next, generation: g, .timeout(seconds: 3)))
        #expect(state.dataStatus == .loaded)
    }

    @Test("Enter opens the details of the selected job and asks for its versions; j scrolls, not moves")
    func details() throws {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.char("j"))
        let job = try #require(state.selectedJob)
        #expect(state.press(.enter) == [.fetchVersions(job.id)])
        #expect(state.mode == .detail(DetailPanel(job: job)))
        let list = JobVersionList(
            jobID: job.id, jobName: job.name, jobDescription: "", versionCount: 1,
            versions: [JobVersion(versionID: 7)])
        _ = state.reduce(.versionsLoaded(job.id, list))
        #expect(state.mode == .detail(DetailPanel(job: job, versions: .loaded(list))))
        #expect(state.press(.char("j")).isEmpty)
        #expect(state.selectedJob == job)
        _ = state.press(.escape)
        #expect(state.mode == .table)
    }

    @Test("? opens help, which closes with Esc, and q in an overlay closes it instead of quitting")
    func help() {
        // A screen the help overflows, so it has somewhere to scroll (a larger one shows it all at once).
        var state = BrowserState.loaded(Self.server, size: Size(width: 80, height: 24))
        _ = state.press(.char("?"))
        #expect(state.mode == .help)
        _ = state.press(.char("j"), .char("j"), .char("k"))
        #expect(state.helpScroll == 1)
        _ = state.press(.char("k"), .char("k"))
        #expect(state.helpScroll == 0)
        #expect(state.press(.char("q")) == [])
        #expect(state.mode == .table)
    }
}
