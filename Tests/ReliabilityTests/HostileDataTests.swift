import Foundation
import ModelArts
import ModelArtsEmulator
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
        let run = try await Majobs.run(["list", "--endpoint", server.endpoint, "--per-page", "20", "--output", "json"],
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
        let run = try await Majobs.run(["list", "--endpoint", server.endpoint, "--per-page", "20", "--output", "csv"],
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
