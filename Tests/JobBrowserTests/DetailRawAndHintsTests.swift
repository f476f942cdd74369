import Foundation
import JobBrowser
import ModelArts
import Testing
import TerminalUI
import TestSupport

/// The raw JSON view's way back, its hints, the export's hints and C1 characters in raw JSON.
@Suite("Reducer: raw JSON and the hint bar's scope")
struct DetailRawAndHintsTests {
    static let server = InMemoryServer(SampleJobs.plain(5))

    func panel(_ state: BrowserState) -> DetailPanel? {
        guard case .detail(let panel) = state.mode else { return nil }
        return panel
    }

    @Test("Esc in the raw JSON returns to the job's fields; Esc again returns to the list")
    func escapeFromRaw() throws {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.char("j"), .enter, .char("y"))
        #expect(panel(state)?.showsRaw == true)
        _ = state.press(.escape)
        let fields = try #require(panel(state))
        #expect(fields.showsRaw == false)
        _ = state.press(.escape)
        #expect(state.mode == .table)
    }

    @Test("the hint bar offers `y fields` and `Esc back` in the raw JSON, `y raw JSON` in the fields")
    func rawHints() {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.enter)
        let fields = state.keymap.hints(for: state.mode.hintScope).map(\.label)
        #expect(fields.contains("raw JSON") && fields.contains("close"))
        _ = state.press(.char("y"))
        let raw = state.keymap.hints(for: state.mode.hintScope)
        #expect(raw.map(\.label).contains("fields") && !raw.map(\.label).contains("raw JSON"))
        #expect(raw.first { $0.label == "fields" }?.keys == [.char("y")])
        #expect(raw.map(\.label).contains("back"))
    }

    @Test("while an export runs the hint bar offers only cancelling")
    func exportHints() {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.ctrl("s"))
        #expect(state.keymap.hints(for: state.mode.hintScope).map(\.label) == ["CSV", "JSON", "cancel"])
        _ = state.press(.char("c"))
        let hints = state.keymap.hints(for: state.mode.hintScope)
        #expect(hints == [KeyHint(keys: [.escape], label: "cancel")])
    }

    @Test("C1 controls and DEL in raw JSON show as JSON escapes (\\u009b), never as raw or a placeholder")
    func c1Escaped() {
        let json = "{\n  \"job_name\" : \"a\u{9B}31mb\u{85}c\u{7F}\"\n}"
        let panel = DetailPanel(job: SampleJobs.plain(1)[0], showsRaw: true, rawJSON: json)
        let lines = DetailContent.lines(panel, utcOffsetSeconds: 0, glyphs: .unicode, valueWidth: 80)
        #expect(lines.contains { $0.text.contains(#""a\u009b31mb\u0085c\u007f""#) })
        #expect(!lines.contains { $0.text.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) } })
        #expect(!lines.contains { $0.text.contains("\u{FFFD}") })
    }
}
