import JobBrowser
import JobBrowserViews
import MajobsSettings
import ModelArts
import Testing
import TerminalUI
import TestSupport

/// The header and the status line agree on the list shown; error texts follow the live keymap.
@Suite("Page, error and retry texts")
struct PageStatusSnapshotTests {
    static let size = Size(width: 80, height: 24)
    static let http500 = APIError.server(status: 500, code: "ModelArts.0001", message: "internal error")

    /// The two header rows and the status line.
    static func framing(_ state: BrowserState) -> String {
        let lines = Snapshot.text(BrowserView.render(state)).split(separator: "\n", omittingEmptySubsequences: false)
        return [lines[0], lines[1], lines[state.size.height - 2]].joined(separator: "\n") + "\n"
    }

    /// Page 1 of 95 jobs (10 a page) on screen, its prefetch failed, then `]` pressed `presses` times.
    static func pagedAway(presses: Int, size: Size = size) -> (BrowserState, [BrowserEffect]) {
        var state = ViewFixtures.loaded(SampleJobs.plain(40), total: 95, size: size, perPage: 10)
        let prefetches = Array(state.inFlight)
        let generation = state.generation
        for r in prefetches { _ = state.reduce(.pageFailed(r, generation: generation, http500)) }
        var effects: [BrowserEffect] = []
        for _ in 0..<presses { effects += state.reduce(.key(.char("]"))) }
        return (state, effects)
    }

    @Test("while page 4 loads, its rows show as loading rows, the header keeps the count and the status line the row")
    func loadingOtherPage() {
        let (state, _) = Self.pagedAway(presses: 3)
        let text = Snapshot.text(BrowserView.render(state))
        let framing = Self.framing(state)
        #expect(framing.contains("95 jobs"))
        #expect(framing.contains("row 58/95"))
        #expect(framing.contains("loading…"))
        #expect(text.contains(" loading…"))
        Snapshot.check(framing, named: "page-loading-other-80x24")
    }

    @Test("after page 4 failed: the count in the header, the row, and one line naming the error and the retry key")
    func failedOtherPage() throws {
        // 120 wide: at 80 the job range gives way to the error line (it says what to do).
        var (state, effects) = Self.pagedAway(presses: 3, size: Size(width: 120, height: 40))
        for case .fetch(let r, let g) in effects {
            for case .fetch(let r4, let g4) in state.reduce(.pageFailed(r, generation: g, Self.http500)) {
                _ = state.reduce(.pageFailed(r4, generation: g4, Self.http500))
            }
        }
        let text = Self.framing(state)
        #expect(text.contains("95 jobs"))
        #expect(text.contains("HTTP 500"))
        #expect(text.contains(": r to retry"))
        Snapshot.check(text, named: "page-failed-other-120x40")
    }

    @Test("the error placeholder names the refresh key actually bound, and the header does not claim to count")
    func reboundRetry() throws {
        var config = ViewFixtures.config(demo: false)
        config.keymap = try Keymap.standard.applying([
            KeyRebinding(context: nil, action: "refresh", keys: ["R"], location: "config.toml:3")
        ])
        var state = BrowserState(config: config, size: Self.size, nowMS: SampleJobs.nowMS)
        for case .fetch(let r, let g) in state.reduce(.start) {
            _ = state.reduce(.pageFailed(r, generation: g, Self.http500))
        }
        let text = Snapshot.text(BrowserView.render(state))
        #expect(text.contains("press R to retry"))
        #expect(!text.contains("press r to retry"))
        #expect(text.contains(": R to retry"))
        let header = text.split(separator: "\n")[1]
        #expect(header.hasSuffix("? jobs"))
        #expect(!header.contains("counting"))
    }
}
