@testable import JobBrowserViews
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("Column layout on v2")
struct V2ColumnLayoutTests {
    /// The optional v2 columns in the order they join as the terminal widens.
    static let joinOrder: [TableColumn] = [.duration, .nodes, .id, .algorithm]

    @Test("over widths 40...220 v2 columns join in priority order and never vanish as the terminal widens")
    func dropOrder() throws {
        let rows = SampleV2Jobs.plain(20)
        var previousShown = 0
        var widest: [TableColumn] = []
        for width in 40...220 {
            let placed = ColumnLayout.place(
                width: width, rows: rows, sortField: .created, options: ViewOptions(), api: .v2)
            let columns = placed.map(\.column)
            #expect(!columns.contains(.versions) && !columns.contains(.description), "v1 columns at \(width)")
            #expect(Array(columns.prefix(3)) == [.name, .status, .created], "at \(width)")
            let shown = Self.joinOrder.filter(columns.contains)
            #expect(Array(Self.joinOrder.prefix(shown.count)) == shown, "at \(width): \(columns)")
            #expect(shown.count >= previousShown, "at \(width): a column vanished as the terminal widened")
            previousShown = shown.count
            widest = columns
        }
        #expect(widest == [.name, .status, .created, .duration, .nodes, .algorithm, .id])
    }

    @Test("the ID column shows a v2 id's first 8 characters, a v1 id in full")
    func shortID() throws {
        let v2 = SampleV2Jobs.job(3)
        #expect(v2.shortID == "00000003")
        let v1 = try #require(SampleJobs.plain(1).first)
        #expect(v1.shortID == v1.id.description)
    }
}
