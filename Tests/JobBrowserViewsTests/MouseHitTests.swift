import JobBrowser
import JobBrowserViews
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("Mouse hit test")
struct MouseHitTests {
    static let size = Size(width: 120, height: 40)

    static func loaded() -> BrowserState {
        ViewFixtures.loaded(SampleJobs.plain(40), total: 95, size: size)
    }

    /// The x of `title` in the column title row as drawn.
    static func column(_ title: String, in state: BrowserState) throws -> Int {
        let row = BrowserView.render(state).rowText(state.layout.tableHeaderRow)
        let range = try #require(row.range(of: title))
        return row.distance(from: row.startIndex, to: range.lowerBound)
    }

    @Test("a press on a drawn row points at that row of the page")
    func rows() {
        let state = Self.loaded()
        let top = state.layout.tableTop
        #expect(BrowserView.mouseTarget(MouseEvent(kind: .press, x: 10, y: top), in: state) == .row(0))
        #expect(BrowserView.mouseTarget(MouseEvent(kind: .press, x: 10, y: top + 4), in: state) == .row(4))
        #expect(BrowserView.mouseTarget(MouseEvent(kind: .press, x: 10, y: 0), in: state) == nil)
        #expect(BrowserView.mouseTarget(MouseEvent(kind: .press, x: 10, y: state.layout.statusRow), in: state) == nil)
    }

    @Test(
        "a press on a column title points at its sort field, wherever the layout put it",
        arguments: [("NAME", SortField.name), ("STATUS", .status), ("DURATION", .duration), ("CREATED", .created)])
    func titles(title: String, field: SortField) throws {
        let state = Self.loaded()
        let x = try Self.column(title, in: state)
        let y = state.layout.tableHeaderRow
        #expect(BrowserView.mouseTarget(MouseEvent(kind: .press, x: x + 1, y: y), in: state) == .columnTitle(field))
    }

    @Test("rows below the data and a scrolled view map to the rows actually drawn")
    func scrolled() {
        var state = ViewFixtures.loaded(SampleJobs.plain(40), total: 95, size: Size(width: 120, height: 12))
        ViewFixtures.press(&state, .char("G"))
        let top = state.layout.tableTop
        let last = state.layout.tableTop + state.layout.tableRows - 1
        let bottom = BrowserView.mouseTarget(MouseEvent(kind: .press, x: 3, y: last), in: state)
        // Rows of the whole list (G went to the 95th job, its page still loading): a press still names it.
        #expect(bottom == .row(94))
        #expect(state.selection.count == 95)
        let first = BrowserView.mouseTarget(MouseEvent(kind: .press, x: 3, y: top), in: state)
        #expect(first == .row(95 - state.layout.tableRows))
    }

    @Test("the wheel is a wheel wherever it turns")
    func wheel() {
        let state = Self.loaded()
        #expect(BrowserView.mouseTarget(MouseEvent(kind: .wheelDown, x: 0, y: 0), in: state) == .wheelDown)
        #expect(BrowserView.mouseTarget(MouseEvent(kind: .wheelUp, x: 99, y: 30), in: state) == .wheelUp)
    }
}
