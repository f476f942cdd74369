import Foundation
import Testing
import TestSupport

/// The help overlay and the detail panel, driven through the real binary against the demo.
@Suite("majobs overlays in tmux", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BrowserOverlayTmuxTests {
    static func selectedRow(_ screen: String) -> String? {
        screen.split(separator: "\n").first { $0.hasPrefix("›") }.map(String.init)
    }

    /// The ID column's value on the selected row (the last word of the row at 120 columns).
    static func selectedID(_ screen: String) -> String? {
        selectedRow(screen)?.split(separator: " ").last.map(String.init)
    }

    /// The browser on the demo, once its first page is up to date, and where that page's selection is.
    func start(_ home: TempHome) async throws -> (TmuxSession, ListPosition) {
        let tmux = try startBrowser(home: home)
        let first = try await tmux.waitFor(timeoutSeconds: 20, "the first page") {
            $0.contains("row 1/") && $0.contains("up to date")
        }
        return (tmux, try #require(ListPosition(screen: first)))
    }

    @Test("? shows the keys of the live keymap and Esc closes it")
    func help() async throws {
        let home = try TempHome()
        let (tmux, _) = try await start(home)
        defer { tmux.kill() }
        try tmux.send("?")
        let lines = ["Job table", "move down", "search job names", "status/group filter", "job details", "quit"]
        // The whole box, not just its title: a capture can land between two halves of a frame.
        let help = try await tmux.waitFor(timeoutSeconds: 20, "the whole help box") { screen in
            screen.contains("Keys") && lines.allSatisfy { screen.contains($0) }
        }
        #expect(!help.contains("crash"))
        try tmux.send("Escape")
        // The table's status line is back (how fresh it says the page is depends on how long the test took).
        try await tmux.waitFor("the table without the help") {
            !$0.contains("search job names") && ListPosition(screen: $0) != nil
        }
    }

    @Test("Enter shows the selected job's full name and id; Esc returns with the same row selected")
    func detail() async throws {
        let home = try TempHome()
        let (tmux, first) = try await start(home)
        defer { tmux.kill() }
        try tmux.send("j", "j", "j")
        let table = try await tmux.waitForRow(4, of: first.count)
        let row = try #require(Self.selectedRow(table))
        let id = try #require(Self.selectedID(table))
        try tmux.send("Enter")
        let detail = try await tmux.waitFor(timeoutSeconds: 20, "the detail panel with versions") {
            $0.contains("Job ID") && $0.contains("Versions (")
        }
        let idLine = detail.split(separator: "\n").first { $0.contains("Job ID") } ?? ""
        #expect(idLine.contains(" \(id) "), "detail shows \(idLine)")
        let nameLine = detail.split(separator: "\n").first { $0.contains("│ Name") } ?? ""
        let shownName =
            nameLine.split(separator: "│").dropFirst().first.map {
                $0.trimmingCharacters(in: .whitespaces).dropFirst("Name".count).trimmingCharacters(in: .whitespaces)
            } ?? ""
        // The table may cut a long name in the middle; the panel shows it whole.
        let tableName = row.dropFirst().split(separator: " ").first.map(String.init) ?? ""
        #expect(!shownName.isEmpty && !shownName.contains("…"))
        if !tableName.contains("…") { #expect(shownName == tableName) }
        try tmux.send("Escape")
        let back = try await tmux.waitFor("the table, on the same job") {
            !$0.contains("Job ID") && ListPosition(screen: $0)?.isRow(4, of: first.count) == true
        }
        #expect(Self.selectedRow(back) == row)
    }
}
