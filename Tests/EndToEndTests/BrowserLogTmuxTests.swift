import Foundation
import Testing
import TestSupport

/// The real binary reading logs from `majobs emulator` (a process of its own), on v1 and on v2: open the
/// selected job's log, search it, and follow a running job while the emulator's clock makes it grow.
@Suite(
    "majobs log view in tmux", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BrowserLogTmuxTests {
    static func startEmulator() async throws -> (TmuxSession, String) {
        let binary = try ProductBinary.majobs
        let tmux = try TmuxSession(command: "'\(binary)' emulator --port 0 --jobs 60 --live; sleep 600")
        let screen = try await tmux.waitFor(timeoutSeconds: 20, "the emulator's endpoint") {
            $0.contains("listening on")
        }
        let range = try #require(screen.range(of: #"http://127\.0\.0\.1:\d+"#, options: .regularExpression))
        return (tmux, String(screen[range]))
    }

    /// The browser on `api` against its own emulator, 30 rows high, once its table is up to date.
    static func browserOnEmulator(api: String, width: Int, terminal: String = "xterm-256color") async throws -> (
        emulator: TmuxSession, browser: TmuxSession
    ) {
        let (emulator, endpoint) = try await startEmulator()
        let home = try TempHome()
        try home.writeCredentials(.demo)
        let tmux = try startBrowser(
            "--api \(api) --endpoint \(endpoint)", home: home, width: width, height: 30, environment: "TERM=\(terminal)"
        )
        try await tmux.waitFor("the table") { $0.contains("row 1/") && $0.contains("up to date") }
        return (emulator, tmux)
    }

    /// Filters the table by the status picker's entry number `entry` (0 is all jobs) and waits for its chip.
    static func filter(_ tmux: TmuxSession, entry: Int, chip: String) async throws {
        try tmux.send("s")
        try await tmux.waitFor(text: "Filter by status")
        for _ in 0..<entry { try tmux.send("j") }
        try tmux.send("Enter")
        try await tmux.waitFor("the filtered table") { $0.contains(chip) && $0.contains("up to date") }
    }

    /// Opens the selected job's log (picking the first task or file when asked) and waits for its lines.
    static func openLog(_ tmux: TmuxSession) async throws -> String {
        try tmux.send("l")
        let first = try await tmux.waitFor("the log view") {
            $0.contains(" Log ") && ($0.contains("Which") || $0.contains(" lines ") || $0.contains("no lines"))
        }
        if first.contains("Which") { try tmux.send("Enter") }
        return try await tmux.waitFor("the log's lines") { $0.contains(" lines ") && $0.contains(" of ") }
    }

    @Test("open a log, search it, follow a running job, and go back to the table", arguments: ["v1", "v2"])
    func readSearchFollow(api: String) async throws {
        let (emulator, tmux) = try await Self.browserOnEmulator(api: api, width: 140)
        defer {
            tmux.kill()
            emulator.kill()
        }

        // Only running jobs: the group is the picker's third entry on both APIs.
        try await Self.filter(tmux, entry: 2, chip: "[status: Running]")

        let opened = try await Self.openLog(tmux)
        // Server text never reaches the terminal raw: the emulator's hostile lines show no ESC.
        #expect(!opened.contains("\u{1B}"))

        // Search: every log line has a timestamp with a colon.
        try tmux.send("/")
        try tmux.type(":")
        try tmux.send("Enter")
        try await tmux.waitFor("a match") { $0.contains("match at line") || $0.contains("search wrapped") }

        // Follow: the count of lines grows as the emulator's clock moves on.
        try tmux.send("f")
        let following = try await tmux.waitFor(text: "following")
        let before = Self.lineCount(following)
        let grown = try await tmux.waitFor(timeoutSeconds: 30, "new lines") { Self.lineCount($0) > before }
        #expect(grown.contains("following"))
        try tmux.send("k")
        try await tmux.waitFor(text: "follow paused")
        try tmux.send("G")
        try await tmux.waitFor(text: "following")

        try tmux.send("Escape")
        try await tmux.waitFor("the table again") { $0.contains("STATUS") && $0.contains("row ") }
    }

    /// xterm scrolls a region with one sequence for any count (`indn`/`rin`), vt100 (no colours) only a line
    /// at a time (`ind`/`ri`), and ansi has no scroll region, so curses moves or redraws the lines itself.
    @Test(
        "scrolling line by line, and by several lines at once, shows what a full repaint of the same place shows",
        arguments: ["xterm-256color", "vt100", "ansi"])
    func scrollMatchesRepaint(terminal: String) async throws {
        let (emulator, tmux) = try await Self.browserOnEmulator(api: "v2", width: 120, terminal: terminal)
        defer {
            tmux.kill()
            emulator.kill()
        }
        // A finished job: its whole log is there and stays as it is.
        try await Self.filter(tmux, entry: 3, chip: "[status: Succeeded]")
        _ = try await Self.openLog(tmux)
        // One key at a time, each waited for, so every frame is a one-line scroll of the one before.
        for key in ["k", "k", "k", "k", "k", "j", "j", "Up", "Up", "Down"] {
            let before = try Self.shownRange(tmux.capture())
            try tmux.send(key)
            try await tmux.waitFor("the scroll after \(key)") { (try? Self.shownRange($0)) != before }
        }
        // Keys sent together are read together: the frame after them scrolls by up to three lines.
        for key in ["k", "j"] {
            let first = try Self.firstShownLine(tmux.capture())
            let expected = key == "k" ? first - 3 : first + 3
            try tmux.send(key, key, key)
            try await tmux.waitFor("three lines \(key)") { (try? Self.firstShownLine($0)) == expected }
        }
        let scrolled = Self.logRows(try tmux.capture())
        // A new size draws every line afresh; back at the old size the screen is drawn whole again.
        try tmux.resize(width: 100, height: 30)
        try await tmux.waitFor("the narrower screen") { Self.logRows($0) != scrolled }
        try tmux.resize(width: 120, height: 30)
        let repainted = try await tmux.waitFor("the repaint") { Self.logRows($0) == scrolled }
        #expect(Self.logRows(repainted) == scrolled)
        #expect(scrolled.count == 26)
    }

    /// The log view's title and text rows of a 30-row screen (the header's "updated … ago" keeps ticking).
    static func logRows(_ screen: String) -> [String] {
        Array(screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).prefix(26).map(String.init))
    }

    /// `a–b` in the status line's `lines a–b of N`.
    static func shownRange(_ screen: String) throws -> String {
        let range = try #require(screen.range(of: #"lines \d+.\d+"#, options: .regularExpression))
        return String(screen[range])
    }

    /// `a` in the status line's `lines a–b of N`.
    static func firstShownLine(_ screen: String) throws -> Int {
        let range = try shownRange(screen)
        return try #require(Int(range.dropFirst("lines ".count).prefix { $0.isNumber }))
    }

    /// `N` in the status line's `lines a–b of N`.
    static func lineCount(_ screen: String) -> Int {
        guard let range = screen.range(of: #"of \d+"#, options: .regularExpression) else { return 0 }
        return Int(screen[range].dropFirst(3)) ?? 0
    }
}
