import JobBrowser
import JobBrowserViews
import Testing
import TerminalUI
import TestSupport

/// The log view drawn line by line: a scroll moves the lines already drawn (`FrameRenderer.lastShift`)
/// and draws only the ones it uncovers. Over random keys, a terminal that keeps the frame before, moves
/// its lines by the shift and copies the lines named, must hold exactly the frame a fresh renderer draws.
@Suite("The log view's scrolling frames")
struct LogScrollRenderTests {
    /// 400 lines: the hostile ones and plain ones, repeated, so equal lines sit at different places.
    static let lines = (0..<400).map { i in
        i % 5 == 0
            ? LogViewSnapshotTests.hostile[i / 5 % LogViewSnapshotTests.hostile.count]
            : "2026-01-01 10:00:\(i % 60) \u{1B}[32mINFO\u{1B}[0m step \(i % 97) 日本 error \(i % 3)"
    }

    static let keys: [Key] = [
        .char("j"), .char("k"), .down, .up, .down, .up, .char("j"), .char("k"), .pageDown, .pageUp, .char("g"),
        .char("G"), .char("w"), .left, .right, .char("n"), .char("N"),
    ]

    @Test("P06 a terminal that moves lines by the shift and copies the named ones holds the full render")
    func scrollsMatchFullRender() {
        var state = LogViewSnapshotTests.state(Self.lines, size: Size(width: 60, height: 20))
        for key in [Key.char("/")] + "error".map { Key.char($0) } + [.enter] { ViewFixtures.press(&state, key) }
        let options = ViewOptions(unicode: true)
        var renderer = FrameRenderer()
        renderer.render(state, options: options)
        var screen = renderer.frame
        var seed: UInt64 = 7
        var shifts = 0
        for step in 0..<1_500 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let pick = Int((seed >> 33) % UInt64(Self.keys.count * 3))
            // Mostly one-line moves, as a held key gives; now and then anything else.
            let key = pick < Self.keys.count ? Self.keys[pick] : [Key.down, .up, .char("j"), .char("k")][pick % 4]
            ViewFixtures.press(&state, key)
            guard case .log = state.mode else { Issue.record("left the log view at step \(step)"); return }
            let changed = renderer.render(state, options: options)
            if let shift = renderer.lastShift {
                shifts += 1
                screen.apply(shift)
                #expect(Set(shift.uncovered).isSubset(of: changed), "step \(step): an uncovered line is not redrawn")
            }
            for y in changed { screen.copyRow(y, from: renderer.frame) }
            let full = BrowserView.render(state, options: options)
            let frameRight = renderer.frame == full, screenRight = screen == full  // not the cells: too long
            #expect(frameRight, "step \(step) (\(key)): the frame differs from the full render")
            #expect(screenRight, "step \(step) (\(key)): the moved and copied lines differ from the full render")
            if !frameRight || !screenRight { return }
        }
        #expect(shifts > 300, "only \(shifts) frames moved lines")
    }

    @Test("a one-line scroll draws one line of text again, not the screen")
    func oneLineScrollDrawsOneLine() throws {
        var state = LogViewSnapshotTests.state(Self.lines, size: Size(width: 60, height: 20), keys: [.char("g")])
        var renderer = FrameRenderer()
        renderer.render(state, options: ViewOptions(unicode: true))
        ViewFixtures.press(&state, .down)
        let changed = renderer.render(state, options: ViewOptions(unicode: true))
        let shift = try #require(renderer.lastShift)
        #expect(shift.offset == 1)
        let layout = BrowserLayout(size: state.size)
        #expect(shift.rows == layout.tableTop..<layout.statusRow)
        // The uncovered line and the status line; the header, title and hints stay as they were.
        #expect(changed == [layout.statusRow - 1, layout.statusRow])
        ViewFixtures.press(&state, .up)
        renderer.render(state, options: ViewOptions(unicode: true))
        #expect(renderer.lastShift?.offset == -1)
    }
}
