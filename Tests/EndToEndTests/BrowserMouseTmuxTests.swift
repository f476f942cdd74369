import Foundation
import Testing
import TestSupport

/// The opt-in mouse, driven by writing SGR mouse reports (`ESC [ < b ; x ; y M`) into the pane as a
/// terminal would. TERM is xterm-256color inside the pane so curses asks for and decodes SGR reports.
@Suite("majobs mouse in tmux", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BrowserMouseTmuxTests {
    static func start(_ arguments: String, home: TempHome) throws -> TmuxSession {
        let binary = try ProductBinary.majobs
        let command =
            "env -u NO_COLOR TERM=xterm-256color \(home.shellPrefix) '\(binary)' --api v1 \(arguments); "
            + "echo $? > '\(home.path)/exit-status'; sleep 600"
        return try TmuxSession(command: command, width: 120, height: 30)
    }

    /// A press and release of button `button` at 0-based cell (x, y).
    static func click(_ tmux: TmuxSession, x: Int, y: Int, button: Int = 0) throws {
        try tmux.type("\u{1B}[<\(button);\(x + 1);\(y + 1)M\u{1B}[<\(button);\(x + 1);\(y + 1)m")
    }

    static func column(_ title: String, in screen: String) -> Int? {
        let header = screen.split(separator: "\n").dropFirst(2).first.map(String.init) ?? ""
        return header.range(of: title).map { header.distance(from: header.startIndex, to: $0.lowerBound) }
    }

    @Test("with --mouse a click selects a row, a click on STATUS sorts and flips, the wheel scrolls")
    func clicksAndWheel() async throws {
        let home = try TempHome()
        let tmux = try Self.start("--mouse --refresh 0", home: home)
        defer { tmux.kill() }
        let first = try await tmux.waitFor(timeoutSeconds: 20, "the first page") {
            $0.contains("row 1/") && $0.contains("up to date")
        }
        #expect(try tmux.display("#{mouse_sgr_flag}") == "1")
        try Self.click(tmux, x: 4, y: 7)
        try await tmux.waitForRow(5, of: try #require(ListPosition(screen: first)).count)
        let status = try #require(Self.column("STATUS", in: first))
        try Self.click(tmux, x: status + 1, y: 2)
        try await tmux.waitFor("sorted by status ascending") {
            $0.contains("sort: status ▲") && $0.contains("up to date")
        }
        try Self.click(tmux, x: status + 1, y: 2)
        try await tmux.waitFor("sorted by status descending") {
            $0.contains("sort: status ▼") && $0.contains("up to date")
        }
        let row = try tmux.capture().split(separator: "\n").first { $0.contains("row ") && $0.contains("/25") }
        let startRow = row.flatMap { $0.split(separator: "/").first?.split(separator: " ").last }.flatMap { Int($0) }
        try Self.click(tmux, x: 10, y: 10, button: 65)
        try await tmux.waitFor(text: "row \((startRow ?? 1) + 3)/")
    }

    @Test("without --mouse a click is not taken: the terminal keeps its own selection")
    func offByDefault() async throws {
        let home = try TempHome()
        let tmux = try Self.start("--refresh 0", home: home)
        defer { tmux.kill() }
        try await tmux.waitFor(timeoutSeconds: 20, "the first page") {
            $0.contains("row 1/") && $0.contains("up to date")
        }
        // Curses did not ask for mouse reports, so tmux sends none to the program.
        #expect(try tmux.display("#{mouse_any_flag}") == "0")
        #expect(try tmux.display("#{mouse_sgr_flag}") == "0")
    }
}
