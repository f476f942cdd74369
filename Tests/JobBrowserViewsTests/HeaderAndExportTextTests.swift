import JobBrowser
@testable import JobBrowserViews
import ModelArts
import Testing
import TerminalUI
import TestSupport

/// Words on screen that used to mislead: the description sort, an export's count before its total.
@Suite("Header sort label and export progress wording")
struct HeaderAndExportTextTests {
    @Test("sorting by description reads `sort: description ▲`, never `desc` (which reads as descending)")
    func descriptionSortLabel() {
        var s = ViewFixtures.loaded(SampleJobs.plain(10), size: Size(width: 120, height: 40))
        ViewFixtures.press(&s, .char("E"))
        let rendered = BrowserView.render(s)
        let header = (0..<3).map(rendered.rowText).joined(separator: "\n")
        #expect(header.contains("sort: description "), "\(header)")
        #expect(!header.contains("sort: desc "), "\(header)")
    }

    @Test("an export says `exporting CSV…` until the total is known, then `exporting 300/1200 CSV…`")
    func exportProgressWording() {
        var s = ViewFixtures.loaded(SampleJobs.plain(40), total: 1200, size: Size(width: 120, height: 40))
        ViewFixtures.press(&s, .ctrl("s"), .char("c"))
        let starting = BrowserView.render(s).text
        #expect(starting.contains("exporting CSV…"), "\(starting)")
        #expect(!starting.contains("exporting 0"))
        _ = s.reduce(.exportProgress(id: 1, written: 300, total: 1200))
        let running = BrowserView.render(s).text
        #expect(running.contains("exporting 300/1200 CSV…"), "\(running)")
        let hints = BrowserView.render(s).rowText(39)
        #expect(hints.contains("cancel") && !hints.contains("CSV") && !hints.contains("JSON"), "\(hints)")
    }
}
