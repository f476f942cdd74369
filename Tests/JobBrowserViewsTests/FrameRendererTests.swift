import JobBrowser
import JobBrowserViews
import ModelArts
import Testing
import TerminalUI
import TestSupport

/// What the renderer draws again between frames: only the lines whose views changed, so a key costs
/// the memory of a few lines (docs/PERFORMANCE.md). P04 (ReliabilityTests) checks the frames over
/// random sessions; these pin the lines a few common keys damage.
@Suite("Frame renderer")
struct FrameRendererTests {
    static let size = Size(width: 120, height: 40)

    static func loaded() -> BrowserState {
        ViewFixtures.loaded(SampleJobs.plain(40), total: 95, size: size)
    }

    @Test("a fresh renderer draws every line, the frame BrowserView.render returns")
    func freshDrawsEverything() {
        let state = Self.loaded()
        var renderer = FrameRenderer()
        #expect(renderer.render(state, options: ViewOptions()) == Array(0..<Self.size.height))
        #expect(renderer.frame == BrowserView.render(state))
    }

    @Test("a one-row move draws the two selection lines and the status line again, nothing else")
    func moveDamagesThreeLines() {
        var state = Self.loaded()
        var renderer = FrameRenderer()
        renderer.render(state, options: ViewOptions())
        ViewFixtures.press(&state, .down)
        let top = state.layout.tableTop
        #expect(renderer.render(state, options: ViewOptions()) == [top, top + 1, state.layout.statusRow])
        #expect(renderer.frame == BrowserView.render(state))
        ViewFixtures.press(&state, .up)
        #expect(renderer.render(state, options: ViewOptions()) == [top, top + 1, state.layout.statusRow])
        #expect(renderer.frame == BrowserView.render(state))
    }

    @Test("an overlay draws the lines between header and status line again, and closing it restores the table")
    func overlayDamagesTheTableArea() {
        var state = Self.loaded()
        var renderer = FrameRenderer()
        renderer.render(state, options: ViewOptions())
        ViewFixtures.press(&state, .char("?"))
        let layout = state.layout
        let covered = Array(layout.tableHeaderRow..<layout.statusRow)
        // The hint row changes with the scope (help's keys); the header stays.
        #expect(
            renderer.render(state, options: ViewOptions()) == covered + [layout.statusRow, layout.hintRow])
        #expect(renderer.frame == BrowserView.render(state))
        ViewFixtures.press(&state, .escape)
        #expect(
            renderer.render(state, options: ViewOptions()) == covered + [layout.statusRow, layout.hintRow])
        #expect(renderer.frame == BrowserView.render(state))
    }
}
