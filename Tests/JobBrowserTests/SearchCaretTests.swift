import JobBrowser
import ModelArts
import Testing
import TestSupport
import TerminalUI

@Suite("Reducer: the caret in the search prompt")
struct SearchCaretTests {
    static let server = InMemoryServer(SampleJobs.plain(23) + SampleJobs.awkwardNames())

    func editor(_ state: BrowserState) -> SearchEditor? {
        guard case .search(let editor) = state.mode else { return nil }
        return editor
    }

    @Test("Left moves the caret and typing goes in at the caret, each change asking for one debounce")
    func insertAtCaret() throws {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.char("/"))
        _ = state.type("bet")
        #expect(state.press(.left) == [])
        #expect(try #require(editor(state)).cursor == 2)
        let typed = state.press(.char("r"))
        #expect(typed == [.debounce(generation: state.generation, after: .milliseconds(250))])
        #expect(state.search == "bert")
        #expect(try #require(editor(state)).cursor == 3)
        #expect(state.press(.right) == [])
        #expect(try #require(editor(state)).cursor == 4)
        // The caret stops at the end: Right there changes nothing and asks for nothing.
        #expect(state.press(.right) == [])
        #expect(try #require(editor(state)).cursor == 4)
    }

    @Test("Home/Ctrl-A and End/Ctrl-E jump to the ends; Backspace and Delete act at the caret")
    func jumpsAndDeletes() throws {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.char("/"))
        _ = state.type("unet")
        for key in [Key.home, .ctrl("a")] {
            _ = state.press(.end)
            _ = state.press(key)
            #expect(try #require(editor(state)).cursor == 0)
        }
        #expect(state.press(.backspace) == [])
        #expect(state.search == "unet")
        #expect(state.press(.delete).count == 1)
        #expect(state.search == "net")
        _ = state.press(.ctrl("e"))
        #expect(try #require(editor(state)).cursor == 3)
        #expect(state.press(.delete) == [])
        _ = state.press(.left, .backspace)
        #expect(state.search == "nt")
        #expect(try #require(editor(state)).cursor == 1)
        _ = state.press(.home)
        _ = state.type("u")
        #expect(state.search == "unt")
        _ = state.press(.right)
        _ = state.type("e")
        #expect(state.search == "unet")
        #expect(try #require(editor(state)).cursor == 3)
    }

    @Test("editing in the middle still fetches once, for the settled text, and Enter keeps it")
    func settledOnce() throws {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.char("/"))
        _ = state.type("brt")
        _ = state.press(.left, .left)
        _ = state.type("e")
        let last = state.generation
        for g in 0..<last { #expect(state.reduce(.debounceElapsed(generation: g)) == []) }
        let fetch = state.reduce(.debounceElapsed(generation: last))
        let query = try JobListQuery(perPage: 5, page: 1, sortBy: .name, order: .asc, searchContent: "bert")
        #expect(fetch == [.fetch(.page(query), generation: last)])
        #expect(state.reduce(.debounceElapsed(generation: last)) == [])
        // Caret moves after the fetch ask for nothing more, and Enter keeps the search without a second fetch.
        #expect(state.press(.home, .end, .left) == [])
        state.answerAll(fetch, from: Self.server)
        _ = state.press(.enter)
        #expect(state.searchHistory == ["bert"])
        #expect(state.mode == .table)
    }

    @Test("a recalled search puts the caret at its end; the 64-character limit holds at the caret")
    func historyAndLimit() throws {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.char("/"))
        _ = state.type("bert")
        _ = state.press(.enter)
        _ = state.press(.char("/"), .ctrl("u"))
        _ = state.press(.up)
        #expect(try #require(editor(state)).cursor == 4)
        _ = state.press(.home)
        _ = state.type(String(repeating: "x", count: 80))
        #expect(state.search.count == 64)
        #expect(state.search.hasSuffix("bert"))
        #expect(try #require(editor(state)).cursor == 60)
    }

    @Test("the editor keeps its caret inside the text with wide and combining characters")
    func editorUnits() {
        var editor = SearchEditor(original: "训练")
        #expect(editor.cursor == 2)
        var moved = editor.moveCursor(by: -1)
        #expect(moved)
        var changed = editor.insert("a", limit: 64)
        #expect(changed && editor.text == "训a练")
        changed = editor.insert("\u{301}", limit: 64)
        #expect(changed && editor.text == "训á练")
        #expect(editor.cursor == 2)
        changed = editor.deleteForward()
        #expect(changed && editor.text == "训á")
        changed = editor.deleteForward()
        #expect(!changed)
        moved = editor.moveCursor(by: 5)
        #expect(!moved && editor.cursor == 2)
        changed = editor.insert("z", limit: 3)
        #expect(!changed)
        #expect(editor.text == "训á")
    }
}
