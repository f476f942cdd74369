import Foundation
import Testing
import TestSupport

/// The search prompt's caret, driven through the real binary against the demo: the terminal's own
/// Left/Home/End/Delete sequences reach the editor and the edited text is what gets searched.
@Suite("majobs search caret in tmux", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BrowserSearchCaretTmuxTests {
    @Test("Home, Del, End and Left edit inside the search; the edited text is searched and kept")
    func caretEdits() async throws {
        let home = try TempHome()
        let tmux = try startBrowser(home: home)
        defer { tmux.kill() }
        try await tmux.waitFor(timeoutSeconds: 20, "the first page") { screen in
            screen.contains("row 1/") && screen.contains("up to date")
        }
        try tmux.send("/")
        try tmux.type("xresnt")
        try await tmux.waitFor(timeoutSeconds: 20, "the typed text in the prompt") { $0.contains(" / xresnt ") }
        // Home then Del drops the x at the start; End then Left puts the caret before the t for the e.
        try tmux.send("Home", "DC", "End", "Left")
        try tmux.type("e")
        let live = try await tmux.waitFor(timeoutSeconds: 20, "the edited search live") { screen in
            screen.contains(" / resnet ") && screen.contains("[name: resnet]") && screen.contains("match")
        }
        #expect(!live.contains("xres"))
        try tmux.send("Enter")
        let kept = try await tmux.waitFor(timeoutSeconds: 20, "the kept search") { screen in
            screen.contains("[name: resnet]") && screen.contains("up to date")
        }
        let rows = kept.split(separator: "\n").filter { $0.contains("resnet") }
        #expect(rows.count >= 2, "rows: \(rows)")
        try tmux.send("q")
        #expect(try await waitForExitStatus(home, timeoutSeconds: 20) == 0)
    }
}
