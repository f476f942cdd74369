import Foundation
import ModelArtsEmulator
import Testing
import TestSupport

/// Drives the real `majobs` binary in tmux against the emulator, reading the screen as a person would.
@Suite("majobs browser in tmux", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BrowserTmuxTests {
    static func selectedRow(_ screen: String) -> String? {
        screen.split(separator: "\n").first { $0.hasPrefix("›") }.map(String.init)
    }

    /// The status line's `jobs A–B of N`: the rows in view.
    static func shownJobs(_ screen: String) -> ClosedRange<Int>? {
        guard let range = screen.range(of: #"jobs \d+–\d+ of"#, options: .regularExpression) else { return nil }
        let bounds = screen[range].dropFirst(5).dropLast(3).split(separator: "–").compactMap { Int($0) }
        guard bounds.count == 2, bounds[0] <= bounds[1] else { return nil }
        return bounds[0]...bounds[1]
    }

    @Test(
        "the demo's first rows appear, j moves past the first screen, G reaches the last job, g comes back, q exits 0")
    func firstPageMovePageQuit() async throws {
        let home = try TempHome()
        let tmux = try startBrowser(home: home)
        defer { tmux.kill() }
        // The header can show the count a frame before the rows and status line are drawn.
        let first = try await tmux.waitFor("the first rows drawn") {
            $0.contains("row 1/") && $0.contains("up to date") && ListPosition.totalJobs($0) != nil
        }
        let total = try #require(ListPosition.totalJobs(first))
        #expect(total > 40)
        #expect(first.contains("demo (local emulator)"))
        #expect(try tmux.display("#{alternate_on}") == "1")
        // The demo is live: jobs may arrive above the selection while the test runs, so rows are waited
        // for as jobs (`waitForRow`), not as row numbers.
        try tmux.send("j", "j")
        try await tmux.waitForRow(3, of: total)
        // Past the first screen (35 rows at 120x40): the view scrolls on through the one list.
        try tmux.type(String(repeating: "j", count: 37))
        let past = try await tmux.waitForRow(40, of: total)
        let shown = try #require(Self.shownJobs(past), "screen:\n\(past)")
        let selected = try #require(ListPosition(screen: past)).row
        #expect(shown.count == 35 && shown.lowerBound > 1 && shown.contains(selected), "screen:\n\(past)")
        #expect(!past.contains("loading…"))
        try tmux.send("G")
        let last = try await tmux.waitFor("the last job, loaded") {
            guard let position = ListPosition(screen: $0) else { return false }
            return position.fromEnd == 0 && position.count >= total && $0.contains("up to date")
                && Self.selectedRow($0) != nil
        }
        #expect(!last.contains("loading…"))
        try tmux.send("g")
        let top = try await tmux.waitFor("the first job") { ListPosition(screen: $0)?.row == 1 }
        #expect(Self.selectedRow(top) != nil)
        let count = try #require(ListPosition(screen: top)).count
        try tmux.send("]")
        try await tmux.waitForRow(36, of: count)
        try tmux.send("[")
        try await tmux.waitForRow(1, of: count)
        try tmux.send("q")
        #expect(try await waitForExitStatus(home) == 0)
        #expect(try tmux.display("#{alternate_on}") == "0")
        #expect(try tmux.display("#{cursor_flag}") == "1")
    }

    @Test("N sorts by name ascending, N again flips to descending")
    func sortFlip() async throws {
        let home = try TempHome()
        let tmux = try startBrowser(home: home)
        defer { tmux.kill() }
        try await tmux.waitFor(text: "row 1/")
        // A sort keeps the selected job selected (wherever the new order puts it on the first page),
        // so g goes to the first job of each order before it is read.
        func firstJob(_ arrow: String) async throws -> String {
            try tmux.send("N")
            try await tmux.waitFor("name \(arrow)") { $0.contains("sort: name \(arrow)") && $0.contains("up to date") }
            try tmux.send("g")
            let top = try await tmux.waitFor("the first job by name \(arrow)") {
                $0.contains("sort: name \(arrow)") && $0.contains("row 1/") && Self.selectedRow($0) != nil
            }
            return try #require(Self.selectedRow(top))
        }
        let firstAsc = try await firstJob("▲")
        let firstDesc = try await firstJob("▼")
        #expect(firstAsc != firstDesc)
        #expect(firstAsc.dropFirst().lowercased() < firstDesc.dropFirst().lowercased())
    }

    @Test("a typed search reaches the server once and shows a name chip; Chinese works")
    func search() async throws {
        let server = try await EmulatorServer.start(EmulatorConfiguration(jobCount: 300))
        defer { Task { await server.stop() } }
        let home = try TempHome()
        try home.writeCredentials(.demo)
        let tmux = try startBrowser("--endpoint \(server.endpoint) --per-page 20", home: home)
        defer { tmux.kill() }
        try await tmux.waitFor(text: "row 1/")
        // The first screen's pages of 20 and the prefetch past them land before counting, so only the
        // search is measured: 35 rows in view and 35 ahead are pages 1-4.
        try await eventually("the first pages and their prefetch at the server") { server.service.requestCount >= 4 }
        let before = server.service.requestCount
        try tmux.send("/")
        try tmux.type("resnet")
        let screen = try await tmux.waitFor("the search's first page") {
            $0.contains("[name: resnet]") && $0.contains(" match")  // "searching…" until it is loaded
        }
        // The settled search is one request for its first page, then the pages of 20 its first screen
        // and prefetch need (35 rows in view, 35 ahead): wait for those, and no more.
        let matches = try #require(ListPosition.totalJobs(screen))
        let settled = min(4, max(1, (matches + 19) / 20))
        try await eventually("the search's \(settled) request(s) at the server") {
            server.service.requestCount - before >= settled
        }
        let searches = server.service.requestCount - before
        #expect(searches == settled, "requests while typing: \(searches)")
        #expect(screen.split(separator: "\n").filter { $0.contains("resnet") }.count >= 1)
        try tmux.send("Enter", "Escape")
        try await tmux.waitFor { !$0.contains("[name: resnet]") }
        try tmux.send("/")
        try tmux.type("训练")
        try await tmux.waitFor(text: "[name: 训练]")
    }

    @Test("the Failed group filter shows only failed statuses")
    func statusGroup() async throws {
        let home = try TempHome()
        let tmux = try startBrowser(home: home)
        defer { tmux.kill() }
        try await tmux.waitFor(text: "row 1/")
        try tmux.send("s")
        try await tmux.waitFor(text: "Filter by status")
        try tmux.send("j", "j", "j", "j", "Enter")
        func tableRows(_ screen: String) -> [Substring] {
            screen.split(separator: "\n").dropFirst(3).prefix(10).filter {
                !$0.trimmingCharacters(in: .whitespaces).isEmpty
            }
        }
        // The chip shows at once; the rows change when the merged group page arrives.
        try await tmux.waitFor("only failed rows under [status: Failed]") { screen in
            let rows = tableRows(screen)
            return screen.contains("[status: Failed]") && !rows.isEmpty && rows.allSatisfy { $0.contains("✗") }
        }
    }

    @Test("a resize re-lays out at once; below 60x10 it says the terminal is too small")
    func resize() async throws {
        let home = try TempHome()
        let tmux = try startBrowser(home: home)
        defer { tmux.kill() }
        try await tmux.waitFor(text: "row 1/")
        try tmux.resize(width: 80, height: 24)
        let small = try await tmux.waitFor("an 80-column layout") { s in
            s.split(separator: "\n").allSatisfy { $0.count <= 80 } && s.contains("NAME") && !s.contains("DESCRIPTION")
        }
        #expect(small.contains("STATUS"))
        try tmux.resize(width: 50, height: 8)
        try await tmux.waitFor(text: "terminal too small: need 60x10, have 50x8")
        try tmux.resize(width: 120, height: 40)
        // Wider again: the column header spreads past 80 cells (which optional columns come back depends on
        // the names on the page: NAME gets its natural width first).
        try await tmux.waitFor("a 120-column layout") { s in
            s.split(separator: "\n").contains { $0.hasPrefix(" NAME") && $0.contains("CREATED") && $0.count > 80 }
        }
    }

    @Test("when the server starts failing the error shows, the rows stay, and r recovers")
    func errorKeepsRows() async throws {
        let server = try await EmulatorServer.start(EmulatorConfiguration(jobCount: 300))
        defer { Task { await server.stop() } }
        let home = try TempHome()
        try home.writeCredentials(.demo)
        let tmux = try startBrowser("--endpoint \(server.endpoint)", home: home)
        defer { tmux.kill() }
        let good = try await tmux.waitFor(timeoutSeconds: 20, "the first page's rows") {
            $0.contains("up to date") && Self.selectedRow($0) != nil
        }
        let row = try #require(Self.selectedRow(good))
        server.service.setFaults(FaultPlan(errorRates: [500: 1.0]))
        try tmux.send("r")
        let failed = try await tmux.waitFor(text: "HTTP 500")
        #expect(failed.contains(row))
        server.service.setFaults(.none)
        try tmux.send("r")
        try await tmux.waitFor { !$0.contains("HTTP 500") && $0.contains(row) }
    }

    @Test("Ctrl-C exits 130 and SIGTERM 143, each restoring the terminal", arguments: ["ctrl-c", "sigterm"])
    func exitPaths(how: String) async throws {
        let home = try TempHome()
        let tmux = try startBrowser(home: home)
        defer { tmux.kill() }
        try await tmux.waitFor(text: "row 1/")
        if how == "ctrl-c" {
            try tmux.send("C-c")
        } else {
            try signalBrowser(tmux, "TERM")
        }
        let status = try await waitForExitStatus(home)
        #expect(status == (how == "ctrl-c" ? 130 : 143))
        #expect(try tmux.display("#{alternate_on}") == "0")
        #expect(try tmux.display("#{cursor_flag}") == "1")
    }
}
