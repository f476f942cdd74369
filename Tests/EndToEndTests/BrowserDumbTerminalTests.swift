import Foundation
import Testing
import TestSupport

/// A terminal that cannot address the cursor gets one clear refusal, not a broken screen.
@Suite(
    "majobs on a terminal without cursor addressing", .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BrowserDumbTerminalTests {
    @Test("TERM=dumb is refused with one line naming the terminal and `majobs list`, exit 1, modes untouched")
    func dumbTerminalRefused() async throws {
        let home = try TempHome()
        let tmux = try startBrowser(home: home, environment: "TERM=dumb")
        defer { tmux.kill() }
        let status = try await waitForExitStatus(home, timeoutSeconds: 20)
        let screen = try tmux.capture()
        let lines = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        #expect(status == 1, "\(screen)")
        #expect(
            lines == [
                "majobs: error: this terminal (TERM=dumb) cannot run the full-screen browser; "
                    + "use `majobs list`"
            ], "\(screen)")
        let modes = try ttyModes(home)
        #expect(modes.before == modes.after)
    }
}
