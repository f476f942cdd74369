import Foundation
import Testing
import TestSupport

/// The exit paths issue 3 asks for beyond q, Ctrl-C and SIGTERM: SIGHUP, SIGQUIT and a crash each
/// end with the signal's status and leave the terminal as it was (main screen, cursor, tty modes).
@Suite("majobs browser exits in tmux", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BrowserExitTmuxTests {
    /// Starts the browser, waits for the first page, ends it by `end`, and checks the terminal after.
    func checkExit(
        status expected: Int32, environment: String = "", end: (TmuxSession) async throws -> Void,
        after: (TmuxSession) throws -> Void = { _ in }
    ) async throws {
        let home = try TempHome()
        let tmux = try startBrowser(home: home, environment: environment)
        defer { tmux.kill() }
        try await tmux.waitFor(timeoutSeconds: 20, "the first page and its status") {
            $0.contains("row 1/") && $0.contains("up to date")
        }
        #expect(try tmux.display("#{alternate_on}") == "1")
        try await end(tmux)
        let status = try await waitForExitStatus(home, timeoutSeconds: 20)
        #expect(status == expected)
        #expect(try tmux.display("#{alternate_on}") == "0")
        #expect(try tmux.display("#{cursor_flag}") == "1")
        let modes = try ttyModes(home)
        #expect(!modes.before.isEmpty)
        #expect(modes.after == modes.before, "stty -g changed: \(modes.before) -> \(modes.after)")
        try after(tmux)
    }

    @Test("SIGHUP exits 129 and restores the terminal")
    func hangup() async throws {
        try await checkExit(status: 129) { try signalBrowser($0, "HUP") }
    }

    @Test("SIGQUIT exits 131 and restores the terminal")
    func quit() async throws {
        try await checkExit(status: 131) { try signalBrowser($0, "QUIT") }
    }

    /// The crash handler hands the signal on to the Swift backtracer, which prints to the restored terminal.
    /// Symbolicating against the ~120 MB debug binary takes the backtracer 5 s at a load average of 8 (0.1 s
    /// without), and past the 20 s exit wait under parallel builds, so it prints addresses only: same chain.
    @Test("the debug crash key traps (SIGILL, 132) and the crash handler restores the terminal")
    func crash() async throws {
        try await checkExit(
            status: 132, environment: "MAJOBS_DEBUG_CRASH_KEY=X SWIFT_BACKTRACE=interactive=no,symbolicate=off",
            end: { try $0.send("X") },
            after: { tmux in
                let scrollback = try tmux.command("capture-pane", "-t", tmux.name, "-p", "-S", "-1000")
                #expect(scrollback.contains("Program crashed: Illegal instruction"), "screen:\n\(scrollback)")
            })
    }

    @Test("without MAJOBS_DEBUG_CRASH_KEY the same key does nothing")
    func noCrashByDefault() async throws {
        try await checkExit(status: 0) { tmux in
            try tmux.send("X")
            let before = try #require(ListPosition(screen: try tmux.capture()))
            try tmux.send("j")
            try await tmux.waitForRow(before.row + 1, of: before.count)
            try tmux.send("q")
        }
    }
}
