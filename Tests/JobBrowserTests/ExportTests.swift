import JobBrowser
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("Reducer: exporting the view")
struct ExportTests {
    static let server = InMemoryServer(SampleJobs.plain(23))

    @Test("Ctrl-S asks for the format; c starts a CSV export of the current query with progress")
    func csv() throws {
        var state = BrowserState.loaded(Self.server)
        #expect(state.press(.ctrl("s")).isEmpty)
        #expect(state.mode == .export(ExportSession(id: 1)))
        let wanted = try #require(state.wantedRequest)
        #expect(
            state.press(.char("c")) == [
                .export(
                    ExportRequest(
                        id: 1, format: .csv, request: wanted,
                        startedAtMS: SampleJobs.nowMS))
            ])
        #expect(state.mode == .export(ExportSession(id: 1, phase: .running(.csv, written: 0, total: nil))))
        _ = state.reduce(.exportProgress(id: 1, written: 300, total: 1200))
        #expect(state.mode == .export(ExportSession(id: 1, phase: .running(.csv, written: 300, total: 1200))))
        _ = state.reduce(.exportFinished(id: 1, path: "/tmp/majobs-export-x.csv", count: 1200))
        #expect(state.mode == .table)
        #expect(state.notice == "exported 1200 jobs to\t /tmp/majobs-export-x.csv")
    }

    @Test("j picks JSON; Esc at the question cancels without an effect")
    func jsonAndCancel() throws {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.ctrl("s"))
        #expect(state.press(.escape).isEmpty)
        #expect(state.mode == .table)
        _ = state.press(.ctrl("s"))
        let effects = state.press(.char("j"))
        let request = try #require(effects.first?.asExport)
        #expect(request.format == .json && request.id == 2)
    }

    @Test("Esc while running cancels by id; that export's late events change nothing")
    func cancelRunning() {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.ctrl("s"), .char("c"))
        #expect(state.press(.escape) == [.cancelExport(id: 1)])
        #expect(state.mode == .table && state.notice == "export cancelled")
        let before = state
        _ = state.reduce(.exportFinished(id: 1, path: "/tmp/x.csv", count: 3))
        _ = state.reduce(.exportFailed(id: 1, message: "late"))
        #expect(state == before)
    }

    @Test("a failed export says why in the status line")
    func failure() {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.ctrl("s"), .char("j"))
        _ = state.reduce(.exportFailed(id: 1, message: "HTTP 503 ModelArts.0001: busy\u{1B}"))
        #expect(state.mode == .table)
        #expect(state.notice == "export failed: HTTP 503 ModelArts.0001: busy␛")
    }

    @Test("a status group exports the merged query, not one code")
    func group() throws {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.char("s"))
        while let picker = state.statusPickerForTests, picker.highlighted != .group(.failed) {
            _ = state.press(.char("j"))
        }
        _ = state.press(.enter)
        state.answerAll([], from: Self.server)
        _ = state.press(.ctrl("s"))
        let effects = state.press(.char("c"))
        let request = try #require(effects.first?.asExport)
        let g = try #require(request.request.asGroup, "not a group: \(request.request)")
        #expect(g.codes == StatusGroup.failed.codes)
    }
}

extension BrowserState {
    var statusPickerForTests: StatusPicker? {
        if case .statusPicker(let p) = mode { return p }
        return nil
    }
}
