import Testing
@testable import TerminalUI

@Suite("Theme and ColorMode")
struct ThemeTests {
    static let statusRoles: [StyleRole] = [
        .statusQueued, .statusRunning, .statusSucceeded, .statusFailed, .statusStopping, .statusStopped,
        .statusUnknown,
    ]

    @Test("the colour theme gives each status its colour")
    func statusColors() {
        let t = Theme.color
        #expect(t[.statusQueued].foreground == .yellow)
        #expect(t[.statusRunning].foreground == .green)
        #expect(t[.statusSucceeded] == CellStyle(dim: true))
        #expect(t[.statusFailed].foreground == .red)
        #expect(t[.statusStopping].foreground == .magenta)
        #expect(t[.statusStopped].dim)
        #expect(t[.statusUnknown] == .plain)
    }

    @Test("the colour theme styles chrome roles as specified")
    func chrome() {
        let t = Theme.color
        #expect(t[.selectedRow].reverse)
        #expect(t[.title] == CellStyle(foreground: .cyan, bold: true))
        #expect(t[.tableHeader].foreground == .cyan && t[.tableHeader].bold)
        #expect(t[.demoBadge].foreground == .black && t[.demoBadge].background == .yellow)
        #expect(t[.error].foreground == .red && t[.error].bold)
        #expect(t[.warning].foreground == .yellow)
        #expect(t[.keyHint].bold)
        #expect(t[.placeholder].dim || t[.placeholder].reverse)
        #expect(t[.normal] == .plain)
        #expect(!t.isMonochrome)
    }

    @Test("the monochrome theme uses no colour at all")
    func monochromeHasNoColor() {
        for role in StyleRole.allCases {
            #expect(!Theme.monochrome[role].hasColor, "\(role)")
        }
        #expect(Theme.monochrome.isMonochrome)
    }

    @Test("in monochrome, failed stands out from running and the selected row is reverse")
    func monochromeDistinct() {
        let t = Theme.monochrome
        #expect(t[.statusFailed].bold)
        #expect(t[.statusFailed] != t[.statusRunning])
        #expect(t[.statusFailed] != t[.statusQueued])
        #expect(t[.statusSucceeded] != t[.statusFailed])
        #expect(t[.selectedRow].reverse)
        #expect(t[.error] != .plain)
        #expect(t[.placeholder] != .plain)
        #expect(t[.demoBadge] != .plain)
    }

    @Test(
        "every role except normal and status fallbacks looks different from plain in colour mode",
        arguments: [
            StyleRole.title, .demoBadge, .tableHeader, .tableHeaderSorted, .selectedRow, .error, .warning, .keyHint,
            .placeholder,
        ])
    func visibleRoles(_ role: StyleRole) {
        #expect(Theme.color[role] != .plain)
        #expect(Theme.monochrome[role] != .plain)
    }

    @Test("a theme built from overrides leaves other roles plain")
    func overrides() {
        let t = Theme(name: "t", [.error: CellStyle(underline: true)])
        #expect(t.style(for: .error).underline)
        #expect(t.style(for: .title) == .plain)
        #expect(CellStyle(foreground: .red, bold: true).withoutColor == CellStyle(bold: true))
    }

    @Test("NO_COLOR with any non-empty value, --no-color, TERM=dumb or no colours mean monochrome")
    func resolveMonochrome() {
        let term = ["TERM": "xterm-256color"]
        #expect(ColorMode.resolve(flagNoColor: true, env: term, terminalHasColors: true) == .monochrome)
        #expect(
            ColorMode.resolve(
                flagNoColor: false, env: term.merging(["NO_COLOR": "1"]) { $1 },
                terminalHasColors: true) == .monochrome)
        #expect(
            ColorMode.resolve(
                flagNoColor: false, env: term.merging(["NO_COLOR": "0"]) { $1 },
                terminalHasColors: true) == .monochrome)
        #expect(ColorMode.resolve(flagNoColor: false, env: ["TERM": "dumb"], terminalHasColors: true) == .monochrome)
        #expect(ColorMode.resolve(flagNoColor: false, env: term, terminalHasColors: false) == .monochrome)
    }

    @Test("colour is used otherwise, including an empty NO_COLOR")
    func resolveColor() {
        #expect(ColorMode.resolve(flagNoColor: false, env: ["TERM": "xterm"], terminalHasColors: true) == .color)
        #expect(
            ColorMode.resolve(
                flagNoColor: false, env: ["TERM": "xterm", "NO_COLOR": ""],
                terminalHasColors: true) == .color)
        #expect(ColorMode.resolve(flagNoColor: false, env: [:], terminalHasColors: true) == .color)
        #expect(ColorMode.color.theme == .color)
        #expect(ColorMode.monochrome.theme == .monochrome)
    }
}
