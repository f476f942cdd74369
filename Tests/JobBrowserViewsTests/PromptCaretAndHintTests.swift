import JobBrowser
import JobBrowserViews
import ModelArts
import Testing
import TerminalUI
import TestSupport

/// The search prompt's caret and the hint bar's profile key, checked cell by cell on the bottom rows.
@Suite("Search caret and profile hint rendering")
struct PromptCaretAndHintTests {
    static let size = Size(width: 80, height: 24)

    static func prompt(_ text: String, keys: [Key] = [], size: Size = size) -> (BrowserState, ScreenBuffer) {
        var state = ViewFixtures.loaded(SampleJobs.plain(40), total: 95, size: size)
        ViewFixtures.press(&state, .char("/"))
        for c in text { _ = state.reduce(.key(.char(c))) }
        for key in keys { _ = state.reduce(.key(key)) }
        return (state, BrowserView.render(state))
    }

    /// The x of the one reverse-video cell on the prompt row (nil when there is none or more than one).
    static func caretX(_ buffer: ScreenBuffer, y: Int) -> Int? {
        let xs = (0..<buffer.width).filter { buffer[$0, y].role == .selectedRow }
        return xs.count == 1 ? xs[0] : nil
    }

    @Test("the caret is a reverse-video cell on the character under it, or after the text at its end")
    func caretCell() throws {
        let (end, atEnd) = Self.prompt("resnet")
        let y = end.layout.statusRow
        #expect(atEnd.rowText(y).hasPrefix(" / resnet "))
        #expect(Self.caretX(atEnd, y: y) == 9)
        let (_, middle) = Self.prompt("resnet", keys: [.left, .left, .left])
        #expect(middle.rowText(y).hasPrefix(" / resnet "))
        #expect(Self.caretX(middle, y: y) == 6)
        #expect(middle.rowText(y).dropFirst(6).first == "n")
        let (_, start) = Self.prompt("resnet", keys: [.home])
        #expect(Self.caretX(start, y: y) == 3)
    }

    @Test("a long search shows its start when the caret is there and its end when the caret is at the end")
    func longText() throws {
        let text = "a" + String(repeating: "b", count: 60) + "z"
        let (state, atEnd) = Self.prompt(text)
        let y = state.layout.statusRow
        let room = state.size.width - 3 - 24
        // The end of the text and the caret fill the room; the start is cut.
        let shown = atEnd.rowText(y).dropFirst(3).prefix(room)
        #expect(shown.hasSuffix("bz "))
        #expect(!shown.contains("a"))
        #expect(Self.caretX(atEnd, y: y) == 3 + room - 1)
        let (_, atStart) = Self.prompt(text, keys: [.ctrl("a")])
        #expect(atStart.rowText(y).hasPrefix(" / ab"))
        #expect(!atStart.rowText(y).contains("z"))
        #expect(Self.caretX(atStart, y: y) == 3)
        // Nothing of the text passes the room: the match count keeps its place at the right.
        let drawn = atStart.rowText(y).dropFirst(3).prefix { $0 != " " }
        #expect(drawn.count == room)
    }

    @Test("with two profiles the 80-column hint bar keeps P profile, help and quit, dropping the job's actions")
    func profileHint() throws {
        var config = ViewFixtures.config()
        config.profiles = [ProfileEntry(name: "lab"), ProfileEntry(name: "work")]
        var state = BrowserState(config: config, size: Self.size, nowMS: SampleJobs.nowMS)
        ViewFixtures.answerFirst(state.reduce(.start), with: SampleJobs.plain(40), total: 95, state: &state)
        let buffer = BrowserView.render(state)
        let row = buffer.rowText(state.layout.hintRow)
        let trimmed = String(row.reversed().drop { $0 == " " }.reversed())
        #expect(trimmed == " j/k move  / search  s status  NSCDVE sort  P profile  ? help  q quit")
        #expect(trimmed.count < Self.size.width)
        _ = state.reduce(.resized(Size(width: 120, height: 24)))
        let wide = BrowserView.render(state).rowText(state.layout.hintRow)
        #expect(wide.contains("NSCDVE sort  P profile  Enter details  l logs  Ctrl-K stop  ? help  q quit"))
    }
}
