import JobBrowser
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("Reducer: mouse")
struct MouseReducerTests {
    static let server = InMemoryServer(SampleJobs.plain(23))

    @Test("a click on a row selects it; a click below the rows does nothing")
    func clickRow() {
        var state = BrowserState.loaded(Self.server)
        #expect(state.reduce(.mouse(.row(3))) == [])
        #expect(state.selection.index == 3)
        #expect(state.reduce(.mouse(.row(40))) == [])
        #expect(state.selection.index == 3)
    }

    @Test("a click on a column title sorts by it ascending, a second click flips the order")
    func clickTitle() throws {
        var state = BrowserState.loaded(Self.server)
        let first = state.reduce(.mouse(.columnTitle(.duration)))
        #expect(state.sortField == .duration)
        #expect(state.sortOrder == .asc)
        #expect(first == [.fetch(try #require(state.wantedRequest), generation: state.generation)])
        _ = state.reduce(.mouse(.columnTitle(.duration)))
        #expect(state.sortField == .duration)
        #expect(state.sortOrder == .desc)
    }

    @Test("the wheel moves selection and view three rows at a time, stopping at the ends")
    func wheel() {
        var state = BrowserState.loaded(Self.server, perPage: 20, size: Size(width: 120, height: 12))
        _ = state.reduce(.mouse(.wheelDown))
        #expect(state.selection.index == 3)
        #expect(state.selection.offset == 3)
        _ = state.reduce(.mouse(.wheelUp))
        _ = state.reduce(.mouse(.wheelUp))
        #expect(state.selection.index == 0)
        #expect(state.selection.offset == 0)
    }

    @Test("in the help overlay the wheel scrolls it and clicks do nothing")
    func wheelInHelp() {
        // A screen the help overflows, so the wheel has somewhere to scroll it.
        var state = BrowserState.loaded(Self.server, size: Size(width: 80, height: 24))
        _ = state.press(.char("?"))
        _ = state.reduce(.mouse(.wheelDown))
        #expect(state.helpScroll == 3)
        _ = state.reduce(.mouse(.row(2)))
        #expect(state.mode == .help)
        #expect(state.selection.index == 0)
    }
}
