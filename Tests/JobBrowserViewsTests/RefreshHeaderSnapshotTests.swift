import JobBrowser
import JobBrowserViews
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("Header and status line with auto-refresh")
struct RefreshHeaderSnapshotTests {
    static let size = Size(width: 80, height: 24)

    /// Loaded at `SampleJobs.nowMS`, refreshing every `seconds` (0: off), the clock `elapsedMS` later.
    static func state(seconds: Int64, elapsedMS: Int64, keys: [Key] = []) -> BrowserState {
        var config = ViewFixtures.config()
        config.autoRefreshMS = seconds * 1000
        var state = BrowserState(config: config, size: size, nowMS: SampleJobs.nowMS)
        ViewFixtures.answerFirst(state.reduce(.start), with: SampleJobs.plain(40), total: 95, state: &state)
        for key in keys { _ = state.reduce(.key(key)) }
        _ = state.reduce(.tick(nowMS: SampleJobs.nowMS + elapsedMS))
        return state
    }

    /// The two header rows and the status line: all that auto-refresh changes.
    static func framing(_ state: BrowserState) -> String {
        let lines = Snapshot.text(BrowserView.render(state)).split(separator: "\n", omittingEmptySubsequences: false)
        return [lines[0], lines[1], lines[size.height - 2]].joined(separator: "\n") + "\n"
    }

    @Test("refresh on: the header says how long ago the rows arrived")
    func age() {
        let text = Self.framing(Self.state(seconds: 10, elapsedMS: 7_400))
        #expect(text.contains("updated 7s ago"))
        Snapshot.check(text, named: "refresh-age-80x24")
    }

    @Test("refresh off: the header shows the clock time, and nothing says ago")
    func off() {
        let text = Self.framing(Self.state(seconds: 0, elapsedMS: 7_400))
        #expect(!text.contains("ago"))
        #expect(text.contains("updated 10:06:30"))
        Snapshot.check(text, named: "refresh-off-80x24")
    }

    @Test("paused with Z: the clock time in the header, and the status line says how to resume")
    func paused() {
        let text = Self.framing(Self.state(seconds: 10, elapsedMS: 7_400, keys: [.char("Z")]))
        #expect(!text.contains("ago"))
        #expect(text.contains("auto-refresh paused · Z resumes"))
        Snapshot.check(text, named: "refresh-paused-80x24")
    }
}
