import JobBrowser
import ModelArts
import Testing
import TestSupport
import TerminalUI

@Suite("Reducer: sorting by keystroke")
struct ReducerSortTests {
    static let server = InMemoryServer(SampleJobs.plain(23))

    func sortEffect(_ effects: [BrowserEffect]) -> (SortField, SortOrder, Int, Int)? {
        for case .fetch(.page(let q), let g) in effects { return (q.sortBy, q.order, q.page, g) }
        return nil
    }

    @Test("a new sort key sorts ascending, the same key again flips, I inverts")
    func flips() throws {
        var state = BrowserState.loaded(Self.server)
        var e = try #require(sortEffect(state.press(.char("C"))))
        #expect(e.0 == .created && e.1 == .asc && e.3 == 1)
        e = try #require(sortEffect(state.press(.char("C"))))
        #expect(e.0 == .created && e.1 == .desc && e.3 == 2)
        e = try #require(sortEffect(state.press(.char("I"))))
        #expect(e.0 == .created && e.1 == .asc && e.3 == 3)
        e = try #require(sortEffect(state.press(.char("D"))))
        #expect(e.0 == .duration && e.1 == .asc)
        for (key, field) in [("N", SortField.name), ("S", .status), ("V", .versions), ("E", .description)] {
            // Name ascending is still cached from the start, so it may need no request at all.
            _ = state.press(.char(Character(key)))
            #expect(state.sortField == field && state.sortOrder == .asc)
            #expect(state.paging.page == 1)
        }
    }

    @Test("< and > move the sort column through the table's columns and wrap")
    func moveColumn() {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.char(">"))
        #expect(state.sortField == .status)
        _ = state.press(.char(">"), .char(">"), .char(">"), .char(">"))
        #expect(state.sortField == .description)
        _ = state.press(.char(">"))
        #expect(state.sortField == .name)
        _ = state.press(.char("<"))
        #expect(state.sortField == .description)
        #expect(state.sortOrder == .asc)
    }

    @Test("sorting returns to page 1 and keeps the selection on the same job when it is still on the page")
    func keepsJob() throws {
        var state = BrowserState.loaded(Self.server, perPage: 30)
        _ = state.press(.char("j"), .char("j"), .char("j"))
        let chosen = try #require(state.selectedJob)
        state.answerAll(state.press(.char("D")), from: Self.server)
        #expect(state.paging.page == 1)
        #expect(state.selectedJob?.id == chosen.id)
        #expect(state.rowIDs == Self.server.matching(codes: nil, search: "", sortBy: .duration, order: .asc).map(\.id))
    }

    @Test("sorting from a later page starts at page 1 and falls back to the first row when the job is gone")
    func fallsBack() throws {
        var state = BrowserState.loaded(Self.server, size: Size(width: 120, height: 10))
        state.answerAll(state.press(.char("]"), .char("]")), from: Self.server)
        #expect(state.paging.page == 3)
        _ = state.press(.char("j"))
        let effects = state.press(.char("N"))
        let (field, order, page, _) = try #require(sortEffect(effects))
        #expect(field == .name && order == .desc && page == 1)
        state.answerAll(effects, from: Self.server)
        let firstPage = Self.server.matching(codes: nil, search: "", sortBy: .name, order: .desc).prefix(5)
        #expect(state.rowIDs == firstPage.map(\.id))
        #expect(state.selection.index == 0)
    }

    @Test("an answer for the previous sort order is dropped")
    func staleSortDropped() throws {
        var state = BrowserState.loaded(Self.server)
        let first = state.press(.char("C"))
        let second = state.press(.char("C"))
        let (r1, g1) = try #require(first.first?.asFetch)
        let (r2, g2) = try #require(second.first?.asFetch)
        #expect(state.reduce(.pageLoaded(r1, generation: g1, Self.server.answer(r1))) == [])
        #expect(state.dataStatus == .loading)
        _ = state.reduce(.pageLoaded(r2, generation: g2, Self.server.answer(r2)))
        #expect(state.dataStatus == .loaded)
        #expect(
            state.rowIDs
                == Self.server.matching(codes: nil, search: "", sortBy: .created, order: .desc)
                .prefix(5).map(\.id))
    }
}
