import JobBrowser
import ModelArts
import Testing
import TestSupport

/// Answers carry the generation they were asked in: once the query changes (or a refresh starts), a
/// page or a failure from an older generation changes nothing, and only the current one's is applied.
@Suite("Reducer: answers from an older generation")
struct StaleGenerationTests {
    static let server = InMemoryServer(SampleJobs.plain(23))
    static let failure = APIError.server(status: 503, code: "ModelArts.0001", message: "busy")

    /// What starts a new generation after the first page loaded.
    enum Change: String, CaseIterable, Sendable {
        /// Another query (sort by created): the old answer is for another request.
        case sort = "C"
        /// A refresh: the same request asked again.
        case refresh = "r"
    }

    /// A loaded browser after `change`: the older generation's request, and the current one's.
    static func changed(
        _ change: Change
    ) throws -> (BrowserState, old: (request: FetchRequest, generation: Int), new: (FetchRequest, Int)) {
        var state = BrowserState.loaded(server)
        let old = (try #require(state.shownRequest), state.generation)
        let new = try #require(state.press(.char(Character(change.rawValue))).first?.asFetch)
        #expect(new.generation > old.1)
        #expect((new.request == old.0) == (change == .refresh))
        return (state, old, new)
    }

    @Test("a page from an older generation is dropped: no effect, the state unchanged", arguments: Change.allCases)
    func stalePageDropped(change: Change) throws {
        let (changed, old, _) = try Self.changed(change)
        var state = changed
        #expect(state.reduce(.pageLoaded(old.request, generation: old.generation, SampleJobs.page([]))) == [])
        #expect(state == changed)
    }

    @Test("a failure from an older generation is dropped: no effect, the state unchanged", arguments: Change.allCases)
    func staleFailureDropped(change: Change) throws {
        let (changed, old, _) = try Self.changed(change)
        var state = changed
        #expect(state.reduce(.pageFailed(old.request, generation: old.generation, Self.failure)) == [])
        #expect(state == changed)
    }

    @Test("the current generation's page is applied", arguments: Change.allCases)
    func currentPageApplied(change: Change) throws {
        let (changed, _, new) = try Self.changed(change)
        var state = changed
        let effects = state.reduce(.pageLoaded(new.0, generation: new.1, Self.server.answer(new.0)))
        #expect(state.shownRequest == new.0)
        #expect(state.rowIDs == Self.server.answer(new.0).jobs.map(\.id))
        #expect(state.dataStatus == .loaded)
        // What it leads to is asked in the current generation: the prefetch of the new sort's pages (a
        // refresh asked for every page in view and ahead when it started).
        let fetches = effects.compactMap(\.asFetch)
        #expect(fetches.allSatisfy { $0.generation == new.1 })
        if change == .sort { #expect(!fetches.isEmpty) }
    }

    @Test("the current generation's failure is applied", arguments: Change.allCases)
    func currentFailureApplied(change: Change) throws {
        let (changed, _, new) = try Self.changed(change)
        var state = changed
        #expect(state.reduce(.pageFailed(new.0, generation: new.1, Self.failure)) == [])
        #expect(state.phase == .failed(Self.failure))
        // After a refresh the old rows of the same page stay, shown stale; after a new sort they are not the page.
        let expected: DataStatus =
            change == .refresh
            ? .stale(sinceMS: try #require(state.shownLoadedAtMS), error: Self.failure, refreshing: false)
            : .error(Self.failure)
        #expect(state.dataStatus == expected)
    }
}
