import Foundation
import ModelArts
import ModelArtsEmulator
import TerminalUI
import Testing
import TestSupport

/// Server data that attacks terminals (`HostileJobs`): no control byte from it reaches the pty,
/// rows stay one line each, nothing crashes; json and csv keep the data exactly.
@Suite("Hostile data", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct HostileDataTests {
    @Test("H01 the browser writes no hostile byte to its pty; each job stays one row; detail too")
    func browserBytes() async throws {
        let server = try await EmulatorProcess.start(["--hostile"])
        defer { Task { await server.stop() } }
        let home = try ReliabilityHome()
        try home.writeCredentials()
        let run = try BrowserRun("--endpoint \(server.endpoint) --per-page 20", home: home, record: true)
        defer { run.tmux.kill() }
        let screen = try await run.waitFor("hostile rows", timeoutSeconds: 20) {
            $0.contains("row 1/\(HostileJobs.all.count)") && $0.contains("up to date")
        }
        #expect(screen.contains("图像分类"))
        // The name with a tab, newline and CR is drawn on one line, its controls made visible.
        #expect(screen.split(separator: "\n").contains { $0.contains("tab→here↵new↵line") }, "\(screen)")
        for _ in 0..<HostileJobs.all.count {
            try run.tmux.send("Enter")
            try await run.waitFor(text: "Esc", timeoutSeconds: 10)
            try run.tmux.send("Escape")
            try run.tmux.send("j")
        }
        try await run.waitFor(text: "row \(HostileJobs.all.count)/", timeoutSeconds: 10)
        #expect(try await run.quit() == 0)
        let bytes = run.recorded()
        #expect(bytes.count > 1000)
        #expect(TerminalBytes.problems(in: bytes).isEmpty, "\(TerminalBytes.problems(in: bytes))")
    }

    @Test("H05 the emoji row (job 9008) keeps its columns and leaves nothing in the row below, after detail too")
    func emojiRowStaysInItsCells() async throws {
        let server = try await EmulatorProcess.start(["--hostile"])
        defer { Task { await server.stop() } }
        let home = try ReliabilityHome()
        try home.writeCredentials()
        let run = try BrowserRun("--endpoint \(server.endpoint) --per-page 20", home: home)
        defer { run.tmux.kill() }
        let total = HostileJobs.all.count
        let first = try await run.waitFor("hostile rows", timeoutSeconds: 20) {
            $0.contains("row 1/\(total)") && $0.contains("up to date")
        }
        let lines = first.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let emojiLine = try #require(lines.firstIndex { $0.contains("emoji 🇨🇳") }, "\(first)")
        let tableTop = try #require(lines.firstIndex { $0.contains("NAME") && $0.contains("STATUS") }, "\(first)")
        // Select the emoji row, open and close its detail, then look at the row below.
        for _ in 0..<(emojiLine - tableTop - 1) { try run.tmux.send("j") }
        try await run.waitFor(text: "row \(emojiLine - tableTop)/\(total)", timeoutSeconds: 10)
        try run.tmux.send("Enter")
        try await run.waitFor(text: "Esc", timeoutSeconds: 10)
        try run.tmux.send("Escape")
        let screen = try await run.waitFor("the table again", timeoutSeconds: 10) {
            $0.contains("emoji 🇨🇳") && $0.contains("row \(emojiLine - tableTop)/\(total)") && !$0.contains("Esc")
        }
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows[emojiLine].contains("🚀"), "\(screen)")
        #expect(!rows[emojiLine + 1].unicodeScalars.contains { $0.value == 0x200D }, "\(rows[emojiLine + 1])")
        #expect(!rows[emojiLine].contains("\u{200D}🇨"), "no joiner before the flag: \(rows[emojiLine])")
        // The detail panel drew the name elsewhere: none of it may stay behind once it is closed.
        #expect(rows.filter { $0.contains("🇨🇳") }.count == 1, "\(screen)")
        // CREATED starts in the same terminal column on the emoji row as on the row below.
        func createdColumn(_ row: String) -> Int? {
            guard let date = row.firstRange(of: #/\d{4}-\d{2}-\d{2} /#) else { return nil }
            return DisplayWidth.of(row[..<date.lowerBound])
        }
        #expect(createdColumn(rows[emojiLine]) != nil)
        #expect(createdColumn(rows[emojiLine]) == createdColumn(rows[emojiLine + 1]), "\(screen)")
        #expect(try await run.quit() == 0)
    }

    @Test("H02 list --output table on a terminal writes no hostile byte and one line per job")
    func listTableOnPty() async throws {
        let server = try await EmulatorProcess.start(["--hostile"])
        defer { Task { await server.stop() } }
        let home = try ReliabilityHome()
        try home.writeCredentials()
        let run = try BrowserRun(
            "list --endpoint \(server.endpoint) --per-page 20 --output table", home: home, record: true, width: 160)
        defer { run.tmux.kill() }
        #expect(try await run.exitStatus(timeoutSeconds: 20) == 0)
        let bytes = run.recorded()
        #expect(TerminalBytes.problems(in: bytes).isEmpty, "\(TerminalBytes.problems(in: bytes))")
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\r\n", omittingEmptySubsequences: true)
        #expect(lines.count == HostileJobs.all.count + 1, "\(lines)")
    }

    @Test("H03 list --output json round-trips every hostile name and description exactly")
    func listJSON() async throws {
        let server = try await EmulatorProcess.start(["--hostile"])
        let home = try ReliabilityHome()
        try home.writeCredentials()
        let run = try await Majobs.run(
            ["list", "--api", "v1", "--endpoint", server.endpoint, "--per-page", "20", "--output", "json"],
            home: home)
        await server.stop()
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let page = try JSONDecoder().decode(JobListPage.self, from: Data(run.result.stdout.utf8))
        // The server sorts by name: compare in id order.
        let jobs = page.jobs.sorted { $0.id.description < $1.id.description }
        #expect(jobs.map(\.name) == HostileJobs.all.map(\.name))
        #expect(jobs.map(\.description) == HostileJobs.all.map(\.description))
        #expect(!run.result.stdout.utf8.contains(0x1B), "ESC is escaped as \\u001b in JSON")
    }

    @Test("H04 list --output csv (piped) quotes fields so every value round-trips exactly")
    func listCSV() async throws {
        let server = try await EmulatorProcess.start(["--hostile"])
        let home = try ReliabilityHome()
        try home.writeCredentials()
        let run = try await Majobs.run(
            ["list", "--api", "v1", "--endpoint", server.endpoint, "--per-page", "20", "--output", "csv"],
            home: home)
        await server.stop()
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let records = TerminalBytes.csvRecords(run.result.stdout)
        #expect(records.count == HostileJobs.all.count + 1)
        #expect(records.allSatisfy { $0.count == 9 })
        let rows = records.dropFirst().sorted { $0[0] < $1[0] }
        let names = rows.map { $0[1] }, descriptions = rows.map { $0[8] }
        #expect(names == HostileJobs.all.map(\.name))
        #expect(descriptions == HostileJobs.all.map(\.description))
    }
}
