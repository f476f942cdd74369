import Foundation
import Testing
import TestSupport

/// The real binary stopping and deleting jobs on `majobs emulator` (a process of its own), on v2 and
/// on v1: Ctrl-K then `y` on a running job, which the table then shows settling; Ctrl-D, the job's
/// name (or the end of its id) typed, Enter, and the row leaves the table with the count one lower.
@Suite(
    "majobs browser stops and deletes jobs in tmux", .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BrowserWritesTmuxTests {
    static let jobs = 60

    static func startEmulator(apis: String) async throws -> (TmuxSession, String) {
        let binary = try ProductBinary.majobs
        let tmux = try TmuxSession(
            command: "'\(binary)' emulator --port 0 --jobs \(jobs) --apis \(apis); sleep 600")
        let screen = try await tmux.waitFor(timeoutSeconds: 20, "the emulator's endpoint") {
            $0.contains("listening on")
        }
        let range = try #require(screen.range(of: #"http://127\.0\.0\.1:\d+"#, options: .regularExpression))
        return (tmux, String(screen[range]))
    }

    /// The browser on `api` against a fresh emulator; the first page is on screen when this returns.
    static func browse(api: String) async throws -> (emulator: TmuxSession, browser: TmuxSession, home: TempHome) {
        let (emulator, endpoint) = try await startEmulator(apis: api)
        let home = try TempHome()
        try home.writeCredentials(.demo)
        let browser = try startBrowser("--api \(api) --endpoint \(endpoint)", home: home, width: 160, height: 40)
        try await browser.waitFor("the first page") { $0.contains("row 1/") && $0.contains("up to date") }
        return (emulator, browser, home)
    }

    /// Moves the selection down until its row shows `status`; returns that row (marker dropped).
    static func select(_ status: String, in tmux: TmuxSession) async throws -> String {
        for step in 1...jobs {
            let screen = try tmux.capture()
            if let row = BrowserV2TmuxTests.selectedRow(screen), row.contains(" \(status) ") { return row }
            try tmux.send("j")
            try await tmux.waitFor("row \(step + 1)") { $0.contains("row \(step + 1)/") }
        }
        throw TmuxError.timedOut("a \(status) row", try tmux.capture())
    }

    /// The row's first column (the job's name as shown), to find the row again.
    static func name(_ row: String) -> String {
        String(row.trimmingCharacters(in: .whitespaces).prefix { $0 != " " })
    }

    /// What the open delete confirmation asks to be typed, read off the box.
    static func expected(_ screen: String) throws -> String {
        let lines = screen.split(separator: "\n").map(String.init)
        if let line = lines.first(where: { $0.contains(" (the end of its id) to delete:") }),
            let start = line.range(of: "Type "), let end = line.range(of: " (the end of its id)")
        {
            return String(line[start.upperBound..<end.lowerBound])
        }
        let line = try #require(lines.first { $0.contains("Delete ") && $0.contains("?") }, "\(screen)")
        let start = try #require(line.range(of: "Delete "))
        let rest = line[start.upperBound...]
        let end = try #require(rest.range(of: " and all its versions?") ?? rest.range(of: "?"))
        return String(rest[..<end.lowerBound])
    }

    @Test(
        "Ctrl-K then y stops a running job; the row shows it stopping at once, then settled",
        arguments: [("v2", "Terminating", "Terminated"), ("v1", "Stopping", "Stopped")])
    func stopSettles(api: String, stopping: String, stopped: String) async throws {
        let (emulator, tmux, home) = try await Self.browse(api: api)
        defer { emulator.kill() }
        defer { tmux.kill() }
        let row = try await Self.select("Running", in: tmux)
        let name = Self.name(row)
        try tmux.send("C-k")
        let box = try await tmux.waitFor(text: "y stops it; any other key cancels")
        #expect(box.contains("Stop \(name)"))
        try tmux.send("y")
        try await tmux.waitFor("the row stopping") {
            BrowserV2TmuxTests.selectedRow($0)?.contains(stopping) == true
        }
        // The emulator settles a stop within seconds; the browser asks every two and shows the end.
        try await tmux.waitFor(timeoutSeconds: 40, "the row settled") { screen in
            BrowserV2TmuxTests.rows(screen).contains { $0.contains(name) && $0.contains(" \(stopped) ") }
        }
        try tmux.send("q")
        #expect(try await waitForExitStatus(home) == 0)
    }

    @Test(
        "Ctrl-D, the name typed and Enter delete the job: its row leaves the table, the count drops by one",
        arguments: ["v2", "v1"])
    func deleteByName(api: String) async throws {
        let (emulator, tmux, home) = try await Self.browse(api: api)
        defer { emulator.kill() }
        defer { tmux.kill() }
        try tmux.send("j", "j")
        let before = try await tmux.waitFor("row 3") { $0.contains("row 3/") }
        let total = ListPosition.totalJobs(before)
        let row = try #require(BrowserV2TmuxTests.selectedRow(before))
        try tmux.send("C-d")
        let box = try await tmux.waitFor(text: "deletes once it matches")
        let expected = try Self.expected(box)
        // A wrong text first: nothing is deleted, the row stays.
        try tmux.type("nope")
        try tmux.send("Enter")
        try await tmux.waitFor(text: "delete cancelled")
        #expect(BrowserV2TmuxTests.rows(try tmux.capture()).contains(row))
        try tmux.send("C-d")
        try await tmux.waitFor(text: "deletes once it matches")
        try tmux.type(expected)
        try tmux.send("Enter")
        let after = try await tmux.waitFor("the row gone") { screen in
            screen.contains("deleted ") && !BrowserV2TmuxTests.rows(screen).contains(row)
        }
        #expect(ListPosition.totalJobs(after) == total.map { $0 - 1 })
        // A refresh asks the server: the job is gone there too.
        try tmux.send("r")
        let refreshed = try await tmux.waitFor("refreshed") { $0.contains("up to date") }
        #expect(!BrowserV2TmuxTests.rows(refreshed).contains(row))
        try tmux.send("q")
        #expect(try await waitForExitStatus(home) == 0)
    }
}
