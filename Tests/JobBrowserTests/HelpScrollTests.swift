import JobBrowser
import Testing
import TestSupport
import TerminalUI

@Suite("Reducer: scrolling the help overlay")
struct HelpScrollTests {
    static let server = InMemoryServer(SampleJobs.plain(5))
    static let small = Size(width: 80, height: 24)

    func bottom(_ state: BrowserState) -> Int {
        HelpLayout(state.keymap, layout: state.layout, keyName: { $0.name(unicode: false) }).maxScroll
    }

    @Test("G and End jump to the bottom, g and Home back to the top, whatever the position")
    func jumps() {
        var state = BrowserState.loaded(Self.server, size: Self.small)
        _ = state.press(.char("?"))
        let end = bottom(state)
        #expect(end > 0)
        for (down, up) in [(Key.char("G"), Key.char("g")), (.end, .home)] {
            _ = state.press(.char("j"))
            #expect(state.press(down) == [])
            #expect(state.helpScroll == end)
            #expect(state.mode == .help)
            _ = state.press(up)
            #expect(state.helpScroll == 0)
        }
    }

    @Test("the scroll stops at the last line, so k after G (or after too many j) moves at once")
    func clamped() {
        var state = BrowserState.loaded(Self.server, size: Self.small)
        _ = state.press(.char("?"))
        let end = bottom(state)
        _ = state.press(.char("G"), .char("k"))
        #expect(state.helpScroll == end - 1)
        for _ in 0...end + 5 { _ = state.press(.char("j")) }
        #expect(state.helpScroll == end)
        _ = state.press(.pageDown)
        #expect(state.helpScroll == end)
        _ = state.press(.char("k"))
        #expect(state.helpScroll == end - 1)
        for _ in 0...end { _ = state.press(.pageUp) }  // a screen at a time, stopping at the top
        #expect(state.helpScroll == 0)
    }

    @Test("a help that fits the screen does not scroll at all")
    func fits() {
        var state = BrowserState.loaded(Self.server, size: Size(width: 200, height: 60))
        _ = state.press(.char("?"))
        #expect(bottom(state) == 0)
        _ = state.press(.char("j"), .char("G"))
        #expect(state.helpScroll == 0)
    }

    @Test("the help lists g/Home and G/End under Help")
    func listed() {
        let layout = HelpLayout(.standard, layout: BrowserLayout(size: Self.small), keyName: { $0.description })
        let help = layout.lines.drop { $0.keys != "Help" }
        #expect(help.contains { $0.keys == "g Home" && $0.text == "top" })
        #expect(help.contains { $0.keys == "G End" && $0.text == "bottom" })
    }
}
