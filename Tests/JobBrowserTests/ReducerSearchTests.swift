import JobBrowser
import MajobsSettings
import ModelArts
import Testing
import TestSupport
import TerminalUI

@Suite("Reducer: live search with debounce")
struct ReducerSearchTests {
    static let server = InMemoryServer(SampleJobs.plain(23) + SampleJobs.awkwardNames())

    @Test("each keystroke bumps the generation and asks for one debounce; only the settled one fetches")
    func debounce() throws {
        var state = BrowserState.loaded(Self.server)
        #expect(state.press(.char("/")) == [])
        #expect(
            state.type("be") == [
                .debounce(generation: 1, after: .milliseconds(250)),
                .debounce(generation: 2, after: .milliseconds(250)),
            ])
        #expect(state.search == "be")
        #expect(state.dataStatus == .loading)
        #expect(state.reduce(.debounceElapsed(generation: 1)) == [])
        let fetch = state.reduce(.debounceElapsed(generation: 2))
        let query = try JobListQuery(perPage: 5, page: 1, sortBy: .name, order: .asc, searchContent: "be")
        #expect(fetch == [.fetch(.page(query), generation: 2)])
        #expect(state.reduce(.debounceElapsed(generation: 2)) == [])
    }

    @Test("a result for an earlier keystroke is dropped; only the latest query's rows are shown")
    func staleDropped() throws {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.char("/"))
        _ = state.type("b")
        let early = state.reduce(.debounceElapsed(generation: 1))
        _ = state.type("ert")
        let late = state.reduce(.debounceElapsed(generation: 4))
        let (r1, g1) = try #require(early.first?.asFetch)
        let (r4, g4) = try #require(late.first?.asFetch)
        _ = state.reduce(.pageLoaded(r4, generation: g4, Self.server.answer(r4)))
        let rowsAfterLatest = state.rowIDs
        #expect(state.reduce(.pageLoaded(r1, generation: g1, Self.server.answer(r1))) == [])
        #expect(state.rowIDs == rowsAfterLatest)
        #expect(state.rows.allSatisfy { $0.name.contains("bert") })
        #expect(state.reduce(.pageFailed(r1, generation: g1, .timeout(seconds: 5))) == [])
        #expect(state.dataStatus == .loaded)
    }

    @Test("Enter keeps the search and fetches at once when the debounce has not fired")
    func enterKeeps() throws {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.char("/"))
        _ = state.type("yolo")
        let effects = state.press(.enter)
        let query = try JobListQuery(perPage: 5, page: 1, sortBy: .name, order: .asc, searchContent: "yolo")
        #expect(effects == [.fetch(.page(query), generation: 5)])
        #expect(state.mode == .table)
        #expect(state.searchHistory == ["yolo"])
        // The debounce from the last keystroke settles later and must not fetch again.
        #expect(state.reduce(.debounceElapsed(generation: 4)) == [])
    }

    @Test("Esc cancels the edit and restores the previous search; Esc again clears it")
    func escape() throws {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.char("/"))
        _ = state.type("unet")
        state.answerAll(state.press(.enter), from: Self.server)
        #expect(state.search == "unet")
        _ = state.press(.char("/"))
        _ = state.type("-x")
        #expect(state.search == "unet-x")
        let cancel = state.press(.escape)
        #expect(state.mode == .table)
        #expect(state.search == "unet")
        // The restored search's page is cached, so it is back at once with no request.
        #expect(cancel.isEmpty)
        #expect(state.showsWantedPage)
        let clear = state.press(.escape)
        #expect(state.search == "")
        // The unfiltered first page is still cached: it is back at once, only prefetches may go out.
        #expect(clear.allSatisfy { if case .fetch(_, state.generation) = $0 { true } else { false } })
        #expect(state.showsWantedPage)
        #expect(
            state.rowIDs
                == Self.server.matching(codes: nil, search: "", sortBy: .name, order: .asc)
                .prefix(5).map(\.id))
        #expect(state.press(.escape) == [])
    }

    @Test("an empty search kept with Enter clears the filter")
    func emptyClears() {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.char("/"))
        _ = state.type("bert")
        state.answerAll(state.press(.enter), from: Self.server)
        _ = state.press(.char("/"), .ctrl("u"))
        #expect(state.search == "")
        _ = state.press(.enter)
        #expect(state.search == "")
        #expect(state.searchHistory == ["bert"])
    }

    @Test("Up and Down recall earlier searches and come back to what was typed")
    func history() {
        var state = BrowserState.loaded(Self.server)
        for word in ["bert", "unet", "bert"] {
            _ = state.press(.char("/"))
            _ = state.press(.ctrl("u"))
            _ = state.type(word)
            _ = state.press(.enter)
        }
        #expect(state.searchHistory == ["unet", "bert"])
        _ = state.press(.char("/"), .ctrl("u"))
        _ = state.type("v")
        _ = state.press(.up)
        #expect(state.search == "bert")
        _ = state.press(.up)
        #expect(state.search == "unet")
        _ = state.press(.up)
        #expect(state.search == "unet")
        _ = state.press(.down)
        #expect(state.search == "bert")
        _ = state.press(.down)
        #expect(state.search == "v")
    }

    @Test("Chinese text types into the prompt and goes to the server as typed")
    func chinese() throws {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.char("/"))
        _ = state.type("训练")
        let effects = state.reduce(.debounceElapsed(generation: state.generation))
        let q = try #require(effects.first?.asFetch?.request.asPage)
        #expect(q.searchContent == "训练")
        state.answerAll(effects, from: Self.server)
        #expect(state.rows.map(\.name) == ["图像分类-训练任务-第三版"])
    }

    @Test("keys that mean something in the table are typed in the prompt; the search stops at 64 characters")
    func typing() {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.char("/"))
        _ = state.type("q?sN")
        #expect(state.search == "q?sN")
        _ = state.press(.backspace)
        #expect(state.search == "q?s")
        _ = state.type(String(repeating: "x", count: 80))
        #expect(state.search.count == 64)
        #expect(state.mode != .table)
    }

    @Test("Ctrl-C quits with 130 even from the prompt; q quits with 0 from the table")
    func quit() {
        var state = BrowserState.loaded(Self.server)
        #expect(state.press(.char("q")) == [.quit(exitCode: 0)])
        _ = state.press(.char("/"))
        #expect(state.press(.ctrl("c")) == [.quit(exitCode: 130)])
    }

    @Test("the search history keeps the 50 latest accepted searches, oldest dropped first")
    func historyLimit() {
        var state = BrowserState.loaded(Self.server)
        let words = (1...60).map { "word\($0)" }
        for word in words {
            _ = state.press(.char("/"), .ctrl("u"))
            _ = state.type(word)
            _ = state.press(.enter)
        }
        #expect(state.searchHistory == Array(words.suffix(50)))
        #expect(state.savedView.searchHistory == Array(words.suffix(50)))
    }

    @Test("a history of more than 50 from the config or a saved view is cut to its 50 latest")
    func historyLimitFromConfig() {
        let words = (1...60).map { "word\($0)" }
        var config = BrowserConfig(sourceLabel: "test", sortField: .name, sortOrder: .asc)
        config.searchHistory = words
        let state = BrowserState(config: config, size: Size(width: 120, height: 40))
        #expect(state.searchHistory == Array(words.suffix(50)))
        #expect(SavedView(searchHistory: words).searchHistory == Array(words.suffix(50)))
    }
}
