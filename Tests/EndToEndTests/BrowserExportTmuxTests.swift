import Foundation
import JobPresentation
import ModelArts
import ModelArtsEmulator
import Testing
import TestSupport

/// Copy (OSC 52 into tmux's paste buffer) and Ctrl-S export (file content checked) against the demo.
@Suite("majobs copy and export in tmux", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BrowserExportTmuxTests {
    static func exportDir(_ home: TempHome) throws -> String {
        let dir = home.path + "/exports"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Presses Ctrl-S and `format`, waits for the status line, returns the file's path and content.
    static func export(_ tmux: TempHomeTmux, format: String) async throws -> (path: String, text: String) {
        try tmux.tmux.send("C-s")
        try await tmux.tmux.waitFor(text: "JSON")
        try tmux.tmux.send(format)
        let done = try await tmux.tmux.waitFor(timeoutSeconds: 30, "the export's path in the status line") {
            $0.contains("exported ") && $0.contains("majobs-export-")
        }
        let all = try FileManager.default.contentsOfDirectory(atPath: tmux.exportDir)
        #expect(!all.contains { $0.hasSuffix(".partial") })
        let files = all.filter { $0.hasSuffix(format == "c" ? ".csv" : ".json") }
        let name = try #require(files.first)
        #expect(files.count == 1)
        #expect(name.range(of: #"^majobs-export-\d{8}-\d{6}\.(csv|json)$"#, options: .regularExpression) != nil)
        #expect(done.contains(name))
        let path = tmux.exportDir + "/" + name
        return (path, try String(contentsOfFile: path, encoding: .utf8))
    }

    /// A still `majobs emulator` in a process of its own (in a second tmux server): an in-process one
    /// shares the test runner's few threads with the other suites' polling and was seen starved.
    static func startEmulator(jobs: Int) async throws -> (TmuxSession, String) {
        let binary = try ProductBinary.majobs
        let tmux = try TmuxSession(command: "'\(binary)' emulator --port 0 --jobs \(jobs); sleep 600")
        let screen = try await tmux.waitFor(timeoutSeconds: 20, "the emulator's endpoint") {
            $0.contains("listening on")
        }
        let range = try #require(screen.range(of: #"http://127\.0\.0\.1:\d+"#, options: .regularExpression))
        return (tmux, String(screen[range]))
    }

    @Test("c puts the selected job's id on the clipboard through OSC 52 and says so")
    func copy() async throws {
        let home = try TempHome()
        let tmux = try startBrowser(home: home)
        defer { tmux.kill() }
        try tmux.command("set-option", "-s", "set-clipboard", "on")
        let first = try await tmux.waitFor(timeoutSeconds: 20, "the first page") {
            $0.contains("row 1/") && $0.contains("up to date")
        }
        try tmux.send("j")
        let screen = try await tmux.waitForRow(2, of: try #require(ListPosition(screen: first)).count)
        let id = try #require(BrowserOverlayTmuxTests.selectedID(screen))
        try tmux.send("c")
        try await tmux.waitFor(text: "copied job id \(id) to clipboard")
        #expect(try tmux.command("show-buffer") == id)
    }

    @Test("Ctrl-S c writes every job of the view as CSV: a header and job_total_count rows")
    func exportCSV() async throws {
        // A still emulator (not the living demo), so the total cannot change while the file is written.
        let (emulator, endpoint) = try await Self.startEmulator(jobs: 137)
        defer { emulator.kill() }
        let home = try TempHome()
        try home.writeCredentials(.demo)
        let dir = try Self.exportDir(home)
        let tmux = try startBrowser(
            "--endpoint \(endpoint) --per-page 15", home: home,
            environment: "MAJOBS_EXPORT_DIR='\(dir)'")
        defer { tmux.kill() }
        let first = try await tmux.waitFor(timeoutSeconds: 20, "the first page") {
            $0.contains("row 1/") && $0.contains("up to date")
        }
        let total = try #require(ListPosition.totalJobs(first))
        #expect(total == 137)  // many pages, so "every page" means something
        let (_, text) = try await Self.export(TempHomeTmux(tmux: tmux, exportDir: dir), format: "c")
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == JobCSV.header.joined(separator: ","))
        #expect(lines.first?.hasPrefix("job_id,job_name,status,") == true)
        #expect(lines.count - 1 == total)
        let ids = lines.dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" }
        #expect(Set(ids).count == total)  // no page twice
    }

    @Test("Ctrl-S j under a status group writes the merged list as JSON with the group's total")
    func exportGroupJSON() async throws {
        let (emulator, endpoint) = try await Self.startEmulator(jobs: 300)
        defer { emulator.kill() }
        let home = try TempHome()
        try home.writeCredentials(.demo)
        let dir = try Self.exportDir(home)
        let tmux = try startBrowser(
            "--endpoint \(endpoint) --per-page 10 --status failed", home: home,
            environment: "MAJOBS_EXPORT_DIR='\(dir)'")
        defer { tmux.kill() }
        let first = try await tmux.waitFor(timeoutSeconds: 20, "the failed group's first page") {
            $0.contains("[status: Failed]") && $0.contains("row 1/") && $0.contains("up to date")
        }
        let total = try #require(ListPosition.totalJobs(first))
        let (_, text) = try await Self.export(TempHomeTmux(tmux: tmux, exportDir: dir), format: "j")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let jobs = try #require(object["jobs"] as? [[String: Any]])
        #expect(object["job_total_count"] as? Int == total)
        #expect(jobs.count == total)
        let failedCodes = Set(StatusGroup.failed.codes)
        let statuses = Set(jobs.compactMap { $0["status"] as? Int })
        #expect(!statuses.isEmpty && statuses.isSubset(of: failedCodes), "statuses \(statuses)")
    }

    @Test("Esc at the format question cancels: no file is written")
    func exportCancel() async throws {
        let home = try TempHome()
        let dir = try Self.exportDir(home)
        let tmux = try startBrowser(home: home, environment: "MAJOBS_EXPORT_DIR='\(dir)'")
        defer { tmux.kill() }
        try await tmux.waitFor(timeoutSeconds: 20, "the first page") {
            $0.contains("row 1/") && $0.contains("up to date")
        }
        try tmux.send("C-s")
        try await tmux.waitFor(text: "JSON")
        try tmux.send("Escape")
        try await tmux.waitFor { !$0.contains("Export every page") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    @Test("Enter shows the job's versions from the versions API: engine, resources and URLs")
    func detailVersions() async throws {
        let home = try TempHome()
        let tmux = try startBrowser(home: home)
        defer { tmux.kill() }
        try await tmux.waitFor(timeoutSeconds: 20, "the first page") {
            $0.contains("row 1/") && $0.contains("up to date")
        }
        try tmux.send("Enter")
        let detail = try await tmux.waitFor(timeoutSeconds: 20, "versions") {
            $0.contains("Versions (") && $0.contains("Engine")
        }
        #expect(detail.contains("Resources"))
        try tmux.send("G")
        try await tmux.waitFor(text: "Log URL")
        try tmux.send("y")
        try await tmux.waitFor(text: "\"job_id\"")
        // Esc leaves the raw JSON for the fields, then the panel for the list.
        try tmux.send("Escape")
        try await tmux.waitFor(timeoutSeconds: 20, "the fields again") {
            !$0.contains("\"job_id\"") && $0.contains("Versions (")
        }
        try tmux.send("Escape")
        try await tmux.waitFor(timeoutSeconds: 20, "the list") { !$0.contains("Versions (") && $0.contains("row 1/") }
    }
}

/// A tmux session and the directory its browser exports into.
struct TempHomeTmux {
    var tmux: TmuxSession
    var exportDir: String
}
