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

    @Test("the demo's first page appears, j moves, ] pages, q exits 0 and leaves the alternate screen")
    func firstPageMovePageQuit() async throws {
        let home = try TempHome()
        let tmux = try startBrowser(home: home)
        defer { tmux.kill() }
        // The header can show the page count a frame before the rows and status line are drawn.
        let first = try await tmux.waitFor("the first page drawn") { $0.contains("page 1/") && $0.contains("row 1/") }
        #expect(first.contains("demo (local emulator)"))
        #expect(try tmux.display("#{alternate_on}") == "1")
        try tmux.send("j", "j")
        try await tmux.waitFor(text: "row 3/")
        try tmux.send("]")
        try await tmux.waitFor(text: "page 2/")
        try tmux.send("[")
        try await tmux.waitFor(text: "page 1/")
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
        let initial = Self.selectedRow(try await tmux.waitFor(text: "page 1/"))
        try tmux.send("N")
        let asc = try await tmux.waitFor("name ascending") {
            $0.contains("sort: name ▲") && $0.contains("up to date") && Self.selectedRow($0) != initial
        }
        try tmux.send("N")
        let desc = try await tmux.waitFor("name descending") {
            $0.contains("sort: name ▼") && $0.contains("up to date") && Self.selectedRow($0) != Self.selectedRow(asc)
        }
        let firstAsc = Self.selectedRow(asc) ?? "", firstDesc = Self.selectedRow(desc) ?? ""
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
        try await tmux.waitFor(text: "page 1/")
        // The first page and its next-page prefetch land before counting, so only the search is measured.
        try await eventually("the first page and its prefetch at the server") { server.service.requestCount >= 2 }
        let before = server.service.requestCount
        try tmux.send("/")
        try tmux.type("resnet")
        let screen = try await tmux.waitFor("the search's first page") {
            $0.contains("[name: resnet]") && $0.contains(" match")  // "searching…" until it is loaded
        }
        // The settled search is one list, plus the prefetch of its next page when it has one: wait for those.
        let settled = try #require(BrowserExportTmuxTests.totalJobs(screen)) > 20 ? 2 : 1
        try await eventually("the search's \(settled) request(s) at the server") {
            server.service.requestCount - before >= settled
        }
        let searches = server.service.requestCount - before
        #expect(searches >= settled && searches <= 2, "requests while typing: \(searches)")
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
        try await tmux.waitFor(text: "page 1/")
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
        try await tmux.waitFor(text: "page 1/")
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
        try await tmux.waitFor(text: "page 1/")
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
