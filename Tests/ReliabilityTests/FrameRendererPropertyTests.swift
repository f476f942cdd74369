import JobBrowser
import JobBrowserViews
import TerminalUI
import TestSupport
import Testing

/// The live browser draws with one `FrameRenderer`, which redraws only the lines whose views changed and
/// tells the terminal to compare only those. Over random sessions (the reducer harness of P01: keys,
/// pages answered in any order, failures, overlays, resizes) its frame must always be what a fresh
/// renderer draws for the same state (`BrowserView.render`, every line drawn afresh), and every line it
/// does not name must be unchanged from the frame before.
@Suite("Frame renderer properties")
struct FrameRendererPropertyTests {
    static let seeds: [UInt64] = Array(1...8).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
    static let eventsPerSeed = 1_500

    @Test("P04 the line-by-line frame equals the full render, and unnamed lines never change", arguments: seeds)
    func matchesFullRender(seed: UInt64) async throws {
        let report = try await OffPool.run {
            var harness = ReducerHarness(seed: seed)
            let options = ViewOptions(unicode: seed % 2 == 0)
            var renderer = FrameRenderer()
            var problems: [String] = []
            var partialFrames = 0
            for step in 0..<Self.eventsPerSeed {
                var before = renderer.frame
                harness.step()
                let state = harness.state
                let changed = renderer.render(state, options: options)
                if changed.count < state.size.height { partialFrames += 1 }
                // Against a renderer with nothing to reuse, so a line key missing an input shows.
                if renderer.frame != BrowserView.render(state, options: options) {
                    problems.append("step \(step): the frame differs from the full render (mode \(state.mode))")
                }
                if before.size == renderer.frame.size {
                    if let shift = renderer.lastShift { before.apply(shift) }  // lines a scroll moved
                    let named = Set(changed)
                    for y in 0..<before.height where !named.contains(y) && before.row(y) != renderer.frame.row(y) {
                        problems.append("step \(step): line \(y) changed but was not named")
                    }
                }
                if problems.count > 5 { break }
            }
            return (problems, partialFrames)
        }
        #expect(report.0.isEmpty, "seed \(seed): \(report.0.prefix(5))")
        // The run must have exercised the line-by-line path, not only full renders.
        #expect(report.1 > Self.eventsPerSeed / 10, "seed \(seed): only \(report.1) line-by-line frames")
    }
}
